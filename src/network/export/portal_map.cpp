#include "network/export/portal_map.hpp"

#include <boost/json.hpp>

#include <map>
#include <mutex>

#include "platform/core/resources.hpp"

namespace kvalis::network::exports {
namespace {

namespace json = boost::json;

// Every ORP of the country in (lon, lat), parsed once.
const std::vector<GeoShape>& all_shapes() {
  static const std::vector<GeoShape> shapes = [] {
    std::vector<GeoShape> out;
    auto text = kvalis::store::find_resource("web/public/geo/orp.geojson");
    if (!text) return out;
    boost::system::error_code ec;
    json::value doc = json::parse(*text, ec);
    if (ec || !doc.is_object()) return out;
    const auto* features = doc.as_object().if_contains("features");
    if (!features || !features->is_array()) return out;
    auto ring_of = [](const json::value& v) {
      GeoRing ring;
      if (!v.is_array()) return ring;
      for (const auto& p : v.as_array())
        if (p.is_array() && p.as_array().size() >= 2)
          ring.push_back({json::value_to<double>(p.as_array()[0]), json::value_to<double>(p.as_array()[1])});
      return ring;
    };
    for (const auto& f : features->as_array()) {
      if (!f.is_object()) continue;
      const auto* props = f.as_object().if_contains("properties");
      const auto* geom = f.as_object().if_contains("geometry");
      if (!props || !geom || !props->is_object() || !geom->is_object()) continue;
      GeoShape shape;
      if (const auto* c = props->as_object().if_contains("orp_code"); c && c->is_string())
        shape.code = std::string(c->as_string());
      if (const auto* n = props->as_object().if_contains("name"); n && n->is_string())
        shape.name = std::string(n->as_string());
      const auto* type = geom->as_object().if_contains("type");
      const auto* coords = geom->as_object().if_contains("coordinates");
      if (!type || !coords || !type->is_string() || !coords->is_array()) continue;
      if (type->as_string() == "Polygon") {
        for (const auto& r : coords->as_array()) shape.rings.push_back(ring_of(r));
      } else if (type->as_string() == "MultiPolygon") {
        for (const auto& poly : coords->as_array())
          if (poly.is_array())
            for (const auto& r : poly.as_array()) shape.rings.push_back(ring_of(r));
      }
      out.push_back(std::move(shape));
    }
    return out;
  }();
  return shapes;
}

}  // namespace

const RegionMap& region_map(const std::vector<std::string>& codes, double width) {
  static std::mutex mutex;
  static std::map<std::pair<std::vector<std::string>, double>, RegionMap> cache;
  std::lock_guard lock(mutex);
  auto key = std::make_pair(codes, width);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  RegionMap map;
  map.width = width;
  for (const auto& s : all_shapes())
    for (const auto& c : codes)
      if (s.code == c) map.shapes.push_back(s);
  map.height = project_shapes(map.shapes, width);
  // About half a unit of tolerance at this size: the outline stays true to the eye and the SVG small.
  for (auto& s : map.shapes) {
    std::vector<GeoRing> kept;
    for (auto& r : s.rings) {
      GeoRing simple = simplify_ring(r, 0.6);
      if (simple.size() >= 4) kept.push_back(std::move(simple));
    }
    s.rings = std::move(kept);
  }
  return cache.emplace(std::move(key), std::move(map)).first->second;
}

}  // namespace kvalis::network::exports
