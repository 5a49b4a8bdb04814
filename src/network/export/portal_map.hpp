#pragma once
// The ORP boundaries of the coverage map, read once from the copy of web/public/geo/orp.geojson embedded at
// build time, simplified (Douglas–Peucker) and projected for an inline SVG of a region's territories.
#include <string>
#include <vector>

#include "network/core/portal.hpp"

namespace kvalis::network::exports {

struct RegionMap {
  double width = 0, height = 0;
  std::vector<GeoShape> shapes;  // projected and simplified, in the order of the geojson
};

// The ORP territories whose code is in `codes`, in a box `width` units wide (cached per set of codes).
const RegionMap& region_map(const std::vector<std::string>& codes, double width = 600);

inline constexpr const char* kMapAttribution = "© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR";

}  // namespace kvalis::network::exports
