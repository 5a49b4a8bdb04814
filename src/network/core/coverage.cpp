#include "network/core/coverage.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "platform/core/text.hpp"

namespace kvalis::network {

std::string_view to_string(CoverageMode mode) {
  switch (mode) {
    case CoverageMode::direct:
      return "direct";
    case CoverageMode::mediated:
      return "mediated";
    case CoverageMode::referred:
      return "referred";
    case CoverageMode::none:
      return "none";
  }
  return "none";
}

std::optional<CoverageMode> parse_mode(std::string_view code) {
  for (auto m : {CoverageMode::direct, CoverageMode::mediated, CoverageMode::referred, CoverageMode::none})
    if (to_string(m) == code) return m;
  return std::nullopt;
}

std::optional<CoverageMode> parse_mode_word(std::string_view word) {
  // Compared by search_key: lower case, no diacritics ("Přímo" = "primo").
  static const std::array<std::pair<std::string_view, CoverageMode>, 14> kWords = {{
      {"direct", CoverageMode::direct},
      {"primo", CoverageMode::direct},
      {"prime", CoverageMode::direct},
      {"naplnuje primo", CoverageMode::direct},
      {"mediated", CoverageMode::mediated},
      {"zprostredkovanim", CoverageMode::mediated},
      {"zprostredkovane", CoverageMode::mediated},
      {"zprostredkovani", CoverageMode::mediated},
      {"referred", CoverageMode::referred},
      {"odkazem", CoverageMode::referred},
      {"odkaz", CoverageMode::referred},
      {"none", CoverageMode::none},
      {"nenaplnuje", CoverageMode::none},
      {"ne", CoverageMode::none},
  }};
  const std::string key = search_key(trim(word));
  for (const auto& [w, m] : kWords)
    if (key == w) return m;
  return std::nullopt;
}

std::string_view to_string(GapKind kind) { return kind == GapKind::no_direct ? "no_direct" : "unanswered"; }

namespace {

template <class T>
bool allowed(const std::vector<T>& list, const T& value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::vector<long long> answered_needs(const std::vector<ServiceFacts>& services,
                                      const std::vector<CoverageAnswer>& answers, const CoverageFilter& filter,
                                      const std::vector<long long>& needs) {
  std::unordered_set<long long> of_kinds;
  for (const auto& s : services)
    if (allowed(filter.kinds, s.kind_code)) of_kinds.insert(s.service_id);
  std::unordered_set<long long> answered;
  for (const auto& a : answers)
    if (of_kinds.count(a.service_id)) answered.insert(a.need_area_id);
  std::vector<long long> out;
  for (long long n : needs)
    if (answered.count(n)) out.push_back(n);
  return out;
}

CoverageMap aggregate_coverage(const std::vector<ServiceFacts>& services, const std::vector<CoverageAnswer>& answers,
                               const CoverageFilter& filter, const std::vector<std::string>& territories,
                               const std::vector<long long>& needs, int overlap_threshold) {
  CoverageMap map;
  for (const auto& t : territories)
    if (allowed(filter.territories, t)) map.territories.push_back(t);
  for (long long n : needs)
    if (allowed(filter.needs, n)) map.needs.push_back(n);
  const std::size_t nt = map.territories.size(), nn = map.needs.size();

  std::unordered_map<std::string, std::size_t> territory_index;
  for (std::size_t i = 0; i < nt; ++i) territory_index.emplace(map.territories[i], i);
  std::unordered_map<long long, std::size_t> need_index;
  for (std::size_t i = 0; i < nn; ++i) need_index.emplace(map.needs[i], i);

  // The services that pass the filter, each with the map's territories it works in.
  std::unordered_map<long long, std::size_t> service_index;
  std::vector<std::vector<std::size_t>> service_territories;
  for (const auto& s : services) {
    if (!allowed(filter.kinds, s.kind_code)) continue;
    if (!filter.target_group.empty() &&
        std::find(s.target_groups.begin(), s.target_groups.end(), filter.target_group) == s.target_groups.end())
      continue;
    std::vector<std::size_t> ts;
    for (const auto& t : s.territories)
      if (auto it = territory_index.find(t); it != territory_index.end()) ts.push_back(it->second);
    std::sort(ts.begin(), ts.end());
    ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
    if (ts.empty() || service_index.count(s.service_id)) continue;
    service_index.emplace(s.service_id, service_territories.size());
    service_territories.push_back(std::move(ts));
  }

  // One answer per service and need (the last one given): 0 = no answer, else mode + 1.
  const std::size_t ns = service_territories.size();
  std::vector<std::uint8_t> answer_of(ns * nn, 0);
  for (const auto& a : answers) {
    auto s = service_index.find(a.service_id);
    if (s == service_index.end()) continue;
    auto n = need_index.find(a.need_area_id);
    if (n == need_index.end()) continue;
    answer_of[s->second * nn + n->second] = static_cast<std::uint8_t>(static_cast<int>(a.mode) + 1);
  }

  map.cells.resize(nt * nn);
  for (std::size_t t = 0; t < nt; ++t)
    for (std::size_t n = 0; n < nn; ++n) {
      auto& c = map.cells[t * nn + n];
      c.territory = map.territories[t];
      c.need_area_id = map.needs[n];
    }
  for (std::size_t s = 0; s < ns; ++s)
    for (std::size_t n = 0; n < nn; ++n) {
      const auto a = answer_of[s * nn + n];
      if (a == 0) continue;
      for (std::size_t t : service_territories[s]) {
        auto& c = map.cells[t * nn + n];
        ++c.services;
        switch (static_cast<CoverageMode>(a - 1)) {
          case CoverageMode::direct:
            ++c.direct;
            break;
          case CoverageMode::mediated:
            ++c.mediated;
            break;
          case CoverageMode::referred:
            ++c.referred;
            break;
          case CoverageMode::none:
            ++c.none;
            break;
        }
      }
    }
  for (const auto& c : map.cells) {
    if (c.direct == 0) map.gaps.push_back({c, c.services == 0 ? GapKind::unanswered : GapKind::no_direct});
    if (overlap_threshold > 0 && c.direct >= overlap_threshold) map.overlaps.push_back(c);
  }
  return map;
}

}  // namespace kvalis::network
