#include "network/core/portal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace kvalis::network {

bool portal_suppressed(int n) { return n < kPortalMinN; }

std::optional<PortalMode> parse_portal_mode(const std::string& s) {
  if (s == "direct") return PortalMode::direct;
  if (s == "mediated") return PortalMode::mediated;
  if (s == "referred") return PortalMode::referred;
  if (s == "none") return PortalMode::none;
  return std::nullopt;
}

std::vector<PortalCell> portal_coverage_cells(const std::vector<PortalTerritory>& territories,
                                              const std::vector<PortalNeed>& needs,
                                              const std::vector<PortalServiceFacts>& services,
                                              const std::vector<PortalAnswer>& answers) {
  std::map<std::string, std::size_t> territory_index;
  for (std::size_t i = 0; i < territories.size(); ++i) territory_index.emplace(territories[i].code, i);
  std::map<long long, std::size_t> need_index;
  for (std::size_t i = 0; i < needs.size(); ++i) need_index.emplace(needs[i].id, i);
  std::vector<PortalCell> cells(territories.size() * needs.size());
  for (std::size_t t = 0; t < territories.size(); ++t)
    for (std::size_t n = 0; n < needs.size(); ++n) {
      cells[t * needs.size() + n].territory = territories[t].code;
      cells[t * needs.size() + n].need_area_id = needs[n].id;
    }
  std::map<long long, std::vector<std::size_t>> where;  // service → territory indexes (each once)
  for (const auto& s : services) {
    std::set<std::size_t> seen;
    for (const auto& code : s.territories)
      if (auto it = territory_index.find(code); it != territory_index.end() && seen.insert(it->second).second)
        where[s.service_id].push_back(it->second);
  }
  std::set<std::pair<long long, long long>> counted;  // (service, need): one answer each
  for (const auto& a : answers) {
    auto n = need_index.find(a.need_area_id);
    auto w = where.find(a.service_id);
    if (n == need_index.end() || w == where.end() || !counted.emplace(a.service_id, a.need_area_id).second) continue;
    for (std::size_t t : w->second) {
      PortalCell& c = cells[t * needs.size() + n->second];
      ++c.services;
      switch (a.mode) {
        case PortalMode::direct: ++c.direct; break;
        case PortalMode::mediated: ++c.mediated; break;
        case PortalMode::referred: ++c.referred; break;
        case PortalMode::none: ++c.none; break;
      }
    }
  }
  return cells;
}

int portal_coverage_level(int services, int needs_direct, int needs_total) {
  if (services <= 0 || needs_total <= 0) return 0;
  if (needs_direct >= needs_total) return 4;
  const double share = static_cast<double>(needs_direct) / needs_total;
  if (share >= 0.75) return 3;
  if (share >= 0.5) return 2;
  return 1;
}

std::vector<PortalTerritorySummary> portal_coverage_summary(const std::vector<PortalTerritory>& territories,
                                                            const std::vector<PortalNeed>& needs,
                                                            const std::vector<PortalCell>& cells) {
  std::vector<PortalTerritorySummary> out;
  for (std::size_t t = 0; t < territories.size(); ++t) {
    PortalTerritorySummary s;
    s.code = territories[t].code;
    s.name = territories[t].name;
    s.needs_total = static_cast<int>(needs.size());
    for (std::size_t n = 0; n < needs.size(); ++n) {
      const std::size_t i = t * needs.size() + n;
      if (i >= cells.size()) break;
      const PortalCell& c = cells[i];
      s.services = std::max(s.services, c.services);
      if (c.direct > 0)
        ++s.needs_direct;
      else
        s.gaps.push_back(c.need_area_id);
    }
    s.level = portal_coverage_level(s.services, s.needs_direct, s.needs_total);
    out.push_back(std::move(s));
  }
  return out;
}

std::pair<std::string, std::string> parse_peer_key(const std::string& key) {
  std::string kind, form;
  std::size_t pos = 0;
  while (pos <= key.size()) {
    std::size_t end = key.find(';', pos);
    if (end == std::string::npos) end = key.size();
    const std::string part = key.substr(pos, end - pos);
    if (part.rfind("kind=", 0) == 0) kind = part.substr(5);
    if (part.rfind("form=", 0) == 0) form = part.substr(5);
    pos = end + 1;
  }
  return {kind, form};
}

namespace {

double distance_to_segment(const GeoPoint& p, const GeoPoint& a, const GeoPoint& b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  const double x = a.x + t * dx - p.x, y = a.y + t * dy - p.y;
  return std::sqrt(x * x + y * y);
}

void douglas_peucker(const GeoRing& r, std::size_t first, std::size_t last, double tol, std::vector<bool>& keep) {
  if (last <= first + 1) return;
  double worst = -1;
  std::size_t at = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    const double d = distance_to_segment(r[i], r[first], r[last]);
    if (d > worst) {
      worst = d;
      at = i;
    }
  }
  if (worst <= tol) return;
  keep[at] = true;
  douglas_peucker(r, first, at, tol, keep);
  douglas_peucker(r, at, last, tol, keep);
}

}  // namespace

GeoRing simplify_ring(const GeoRing& ring, double tolerance) {
  if (ring.size() <= 4) return ring;
  // A closed ring is split at its farthest point from the start so both halves simplify as lines.
  std::size_t far = 0;
  double best = -1;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const double dx = ring[i].x - ring[0].x, dy = ring[i].y - ring[0].y;
    if (dx * dx + dy * dy > best) {
      best = dx * dx + dy * dy;
      far = i;
    }
  }
  std::vector<bool> keep(ring.size(), false);
  keep.front() = keep.back() = keep[far] = true;
  douglas_peucker(ring, 0, far, tolerance, keep);
  douglas_peucker(ring, far, ring.size() - 1, tolerance, keep);
  GeoRing out;
  for (std::size_t i = 0; i < ring.size(); ++i)
    if (keep[i]) out.push_back(ring[i]);
  if (out.size() < 4) {
    // Too small to keep its shape at this tolerance: a quadrilateral of its extreme points.
    out.clear();
    const std::size_t step = std::max<std::size_t>(1, (ring.size() - 1) / 3);
    for (std::size_t i = 0; i + 1 < ring.size() && out.size() < 3; i += step) out.push_back(ring[i]);
    out.push_back(ring.front());
  }
  return out;
}

double project_shapes(std::vector<GeoShape>& shapes, double width) {
  double min_x = 1e18, min_y = 1e18, max_x = -1e18, max_y = -1e18;
  for (const auto& s : shapes)
    for (const auto& r : s.rings)
      for (const auto& p : r) {
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x);
        min_y = std::min(min_y, p.y);
        max_y = std::max(max_y, p.y);
      }
  if (min_x > max_x) return 0;
  constexpr double kPi = 3.14159265358979323846;
  const double k = std::cos((min_y + max_y) / 2 * kPi / 180);
  const double span_x = std::max(1e-9, (max_x - min_x) * k);
  const double scale = width / span_x;
  for (auto& s : shapes)
    for (auto& r : s.rings)
      for (auto& p : r) p = GeoPoint{(p.x - min_x) * k * scale, (max_y - p.y) * scale};
  return (max_y - min_y) * scale;
}

std::string svg_path(const GeoShape& shape) {
  std::string d;
  char buf[64];
  for (const auto& r : shape.rings) {
    if (r.size() < 3) continue;
    // Absolute first point, then relative moves in tenths: short and exact to the rounding.
    long long px = std::llround(r[0].x * 10), py = std::llround(r[0].y * 10);
    std::snprintf(buf, sizeof buf, "M%lld.%lld %lld.%lld", px / 10, px % 10, py / 10, py % 10);
    d += buf;
    std::size_t end = r.size();
    if (r.size() > 1 && r.front().x == r.back().x && r.front().y == r.back().y) --end;
    for (std::size_t i = 1; i < end; ++i) {
      const long long x = std::llround(r[i].x * 10), y = std::llround(r[i].y * 10);
      const long long dx = x - px, dy = y - py;
      if (dx == 0 && dy == 0) continue;
      std::snprintf(buf, sizeof buf, "l%s%lld.%lld %s%lld.%lld", dx < 0 ? "-" : "", std::llabs(dx) / 10,
                    std::llabs(dx) % 10, dy < 0 ? "-" : "", std::llabs(dy) / 10, std::llabs(dy) % 10);
      d += buf;
      px = x;
      py = y;
    }
    d += 'z';
  }
  return d;
}

}  // namespace kvalis::network
