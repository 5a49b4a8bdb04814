#include "network/core/portal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace kvalis::network {

bool portal_suppressed(int n) { return n < kPortalMinN; }

std::vector<long long> portal_answered_needs(const CoverageMap& map) {
  std::set<long long> answered;
  for (const auto& c : map.cells)
    if (c.services > 0) answered.insert(c.need_area_id);
  std::vector<long long> out;
  for (long long id : map.needs)
    if (answered.contains(id)) out.push_back(id);
  return out;
}

std::vector<PortalCell> portal_coverage_cells(const std::vector<PortalTerritory>& territories,
                                              const std::vector<PortalNeed>& needs, const CoverageMap& map) {
  std::map<std::pair<std::string, long long>, const CoverageCell*> at;
  for (const auto& c : map.cells) at.emplace(std::pair(c.territory, c.need_area_id), &c);
  std::vector<PortalCell> cells;
  cells.reserve(territories.size() * needs.size());
  for (const auto& t : territories)
    for (const auto& n : needs) {
      if (auto it = at.find({t.code, n.id}); it != at.end()) {
        cells.push_back(*it->second);
      } else {
        PortalCell c;
        c.territory = t.code;
        c.need_area_id = n.id;
        cells.push_back(std::move(c));
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

std::string portal_date(const std::string& iso, bool english) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 ||
      d < 1 || d > 31)
    return iso;
  if (english) return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
  return std::to_string(d) + ". " + std::to_string(m) + ". " + std::to_string(y);
}

namespace {

// How each capacity unit is worded after a number: 1, 2–4, 5+ and a fraction in Czech; 1 and more in English.
struct CapacityForms {
  const char *code, *one, *few, *many, *part, *en_one, *en_many;
};
constexpr CapacityForms kCapacityForms[] = {
    {"luzka", "lůžko", "lůžka", "lůžek", "lůžka", "bed", "beds"},
    {"klient", "klient", "klienti", "klientů", "klienta", "client", "clients"},
    {"kontakt", "kontakt", "kontakty", "kontaktů", "kontaktu", "contact", "contacts"},
    {"interv", "intervence", "intervence", "intervencí", "intervence", "intervention", "interventions"},
    {"hovor", "hovor", "hovory", "hovorů", "hovoru", "call", "calls"},
    {"hodiny", "hodina", "hodiny", "hodin", "hodiny", "hour", "hours"}};

}  // namespace

std::string portal_capacity(long long count, const std::string& unit, bool english) {
  std::string word = unit;
  for (const auto& f : kCapacityForms)
    if (unit == f.code) {
      if (english)
        word = count == 1 ? f.en_one : f.en_many;
      else
        word = count == 1 ? f.one : (count >= 2 && count <= 4 ? f.few : f.many);
    }
  std::string digits = std::to_string(count), grouped;
  // Thousands grouped by a no-break space, as both languages' pages print numbers.
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') grouped += "\u00a0";
    grouped += digits[i];
  }
  return word.empty() ? grouped : grouped + " " + word;
}

std::string capacity_words(double value, const std::string& unit, bool english) {
  if (std::isfinite(value) && value == std::round(value) && std::fabs(value) < 1e15)
    return portal_capacity(static_cast<long long>(std::llround(value)), unit, english);
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.2f", value);
  std::string number = digits;
  while (!number.empty() && number.back() == '0') number.pop_back();
  if (!english)
    for (auto& c : number)
      if (c == '.') c = ',';
  std::string word = unit;
  for (const auto& f : kCapacityForms)
    if (unit == f.code) word = english ? f.en_many : f.part;
  return word.empty() ? number : number + " " + word;
}

std::string portal_law_ref(const std::string& paragraph, const std::string& letter, bool english) {
  std::string number = paragraph;
  if (number.rfind("§", 0) == 0) number = number.substr(std::string("§").size());
  number.erase(0, std::min(number.find_first_not_of(' '), number.size()));
  std::string out = number.empty() ? std::string() : "§ " + number;
  if (!letter.empty()) {
    if (english)
      out += "(" + letter + ")";
    else
      out += std::string(out.empty() ? "" : " ") + "písm. " + letter + ")";
  }
  return out;
}

std::string portal_capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
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
