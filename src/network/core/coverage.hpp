#pragma once
// Need coverage (issue 12 item 3 and 4): how each service answers each need of its kind's card, and the
// aggregation kernel of the coverage map: per ORP territory × need, how many services meet the need directly,
// by mediating contact with another service, by referral to the municipal social worker, or not at all; the
// gaps (nobody meets the need directly; nobody answers at all) and the overlaps (many meet it directly).
// Pure: no storage, no HTTP. Used by the coverage routes, the public portal and the bench.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::network {

enum class CoverageMode { direct, mediated, referred, none };

std::string_view to_string(CoverageMode mode);
// The code (direct|mediated|referred|none).
std::optional<CoverageMode> parse_mode(std::string_view code);
// The code or a Czech word as people write it in a spreadsheet (přímo, zprostředkováním, odkazem,
// nenaplňuje, …), any letter case, surrounding spaces ignored.
std::optional<CoverageMode> parse_mode_word(std::string_view word);

struct CoverageAnswer {
  long long service_id = 0;
  long long need_area_id = 0;
  CoverageMode mode = CoverageMode::none;
};

struct ServiceFacts {
  long long service_id = 0;
  std::string kind_code;
  std::vector<std::string> territories;  // ORP codes where the service works
  std::vector<std::string> target_groups;
};

// Empty lists: no restriction.
struct CoverageFilter {
  std::vector<std::string> kinds;
  std::string target_group;
  std::vector<std::string> territories;
  std::vector<long long> needs;
};

// Services of the filtered kinds answering a need in a territory, by how they answer it.
struct CoverageCell {
  std::string territory;
  long long need_area_id = 0;
  int direct = 0, mediated = 0, referred = 0, none = 0;
  int services = 0;
  friend bool operator==(const CoverageCell&, const CoverageCell&) = default;
};

// no_direct: services answer the need in the territory but none meets it directly;
// unanswered: no service answers the need there at all.
enum class GapKind { no_direct, unanswered };
std::string_view to_string(GapKind kind);

struct CoverageGap {
  CoverageCell cell;
  GapKind kind = GapKind::no_direct;
};

struct CoverageMap {
  std::vector<std::string> territories;  // the map's territories, in the order given
  std::vector<long long> needs;          // the map's needs, in the order given
  std::vector<CoverageCell> cells;       // every territory × need (territory order, then need order)
  std::vector<CoverageGap> gaps;         // cells with direct == 0, in cell order
  std::vector<CoverageCell> overlaps;    // cells with direct >= overlap_threshold, in cell order
};

// The needs (of `needs`, in that order) that some service of the filter's kinds answered: the needs on the
// cards of those kinds. A need on no card of the filtered kinds is no gap of theirs, so the map leaves it out.
std::vector<long long> answered_needs(const std::vector<ServiceFacts>& services,
                                      const std::vector<CoverageAnswer>& answers, const CoverageFilter& filter,
                                      const std::vector<long long>& needs);

inline constexpr int kDefaultOverlapThreshold = 3;

// The map over the territories and needs given (the region's ORP and its need areas), restricted by the
// filter. An answer of a service that is not among `services`, or of a need not on the map, is ignored; a
// service counts in every territory of the map it works in. A service answering a need twice counts once
// (its last answer).
CoverageMap aggregate_coverage(const std::vector<ServiceFacts>& services, const std::vector<CoverageAnswer>& answers,
                               const CoverageFilter& filter, const std::vector<std::string>& territories,
                               const std::vector<long long>& needs, int overlap_threshold = kDefaultOverlapThreshold);

}  // namespace kvalis::network
