#pragma once
// The benchmarking comparison as a reader may see it: precomputed rows (bm_stats, bm_scores) or a peer
// grouping computed on the fly, with names hidden from data-only members and small groups suppressed for
// readers outside the region. The JSON routes, the Excel/CSV exports, the printable reports and the
// command line all show this one view, so they cannot disagree about who sees what.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "benchmark/core/disclosure.hpp"
#include "benchmark/core/peer_filters.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/store/catalogue_repo.hpp"

namespace kvalis::exports {

namespace results = store::benchmark_results_repo;

inline constexpr const char* kQuantileMethod = "R type 7 (Excel QUARTILE.INC)";
inline constexpr const char* kSuppressedNote = "potlačeno: méně než 3 služby";
inline constexpr const char* kSuppressedNoteEn = "suppressed: fewer than 3 services";

// Who reads and what they see: the rules are in benchmark/core/disclosure.
using benchmark::Audience;
using benchmark::audience_name;
using benchmark::full_viewer;
using benchmark::Viewer;

// nullopt: the reader has nothing to do with the group (the routes answer 404).
std::optional<Viewer> viewer_for(const accounts::Principal& principal, const results::GroupInfo& group,
                                 const std::map<long long, std::string>& members);

// Context filters of a peer group: benchmark/core/peer_filters.
using benchmark::founder_type;
using benchmark::founder_type_name;
using benchmark::founder_types;
using benchmark::size_band;
using benchmark::size_band_name;
using benchmark::size_bands;

struct ComparisonFilter {
  std::string peer = "kind_form";  // kind_form (default, precomputed) or kind
  std::string territory;           // ORP code the service works in
  std::string founder;             // founder_types()
  std::string size_band;           // size_bands()
  long long indicator_id = 0;      // 0 = all indicators of the round
  bool is_default() const { return peer == "kind_form" && territory.empty() && founder.empty() && size_band.empty(); }
};

// A service as shown to this reader: anonymised peers have no id and a label "Služba A".
struct ServiceLabel {
  std::optional<long long> service_id;
  std::string name;
  std::string name_en;  // "Service A" for an anonymised peer; otherwise the service's (registered) name
  std::string provider_name;
  bool own = false;
  bool anonymised = false;
};

struct ScoreView {
  ServiceLabel service;
  std::optional<double> value;
  std::string missing_reason;  // as stored ("missing: costs_total"); see reason_cs
  std::optional<double> percent_rank, z_score, reserve_median, reserve_best;
};

struct PeerGroupView {
  std::string peer_key;
  std::string kind_code;
  std::string form_code;  // empty for peer=kind
  std::string label;      // "Domovy pro seniory – pobytová"
  std::string label_en;   // "homes for the elderly – residential"
  bool suppressed = false;
  std::optional<long long> n;
  std::optional<double> min, q1, median, q3, max, mean, sd;
  std::vector<ScoreView> scores;  // best first (by the indicator's direction), missing values last
};

struct IndicatorView {
  results::IndicatorInfo indicator;
  std::vector<PeerGroupView> groups;
};

// Czech and English names of a methodology's items and indicators by code: texts name what is missing, never a
// code alone. add_variable_names adds (over what is there) the Czech names to `cs` and the English ones to `en`;
// an item or indicator without an English name keeps its Czech one. `indicators`: the methodology's, as the
// caller read them (results::indicators_of_methodology), so that they are read once.
using VariableNames = std::map<std::string, std::string, std::less<>>;
void add_variable_names(soci::session& s, long long methodology_id,
                        const std::vector<results::IndicatorInfo>& indicators, VariableNames& cs, VariableNames& en);
// The name of a code, or the code itself when the methodology has no such variable.
std::string variable_name(const VariableNames& names, const std::string& code);

struct ComparisonView {
  results::RoundInfo round;
  VariableNames names;  // of the round's methodology
  VariableNames names_en;
  ComparisonFilter filter;
  Audience audience = Audience::region;
  bool precomputed = true;  // false: computed on the fly for a filter
  std::vector<IndicatorView> indicators;
};

struct ComparisonInput {
  results::RoundInfo round;
  VariableNames names;
  VariableNames names_en;
  std::vector<results::IndicatorInfo> indicators;
  std::vector<results::StatRow> stats;
  std::vector<results::ScoreRow> scores;
  std::map<long long, results::ServiceInfo> services;
};
ComparisonInput load_comparison_input(soci::session& s, const results::RoundInfo& round, long long indicator_id = 0);

ComparisonView build_comparison(const ComparisonInput& input, const ComparisonFilter& filter, const Viewer& viewer,
                                const store::catalogue_repo::Catalogues& catalogues);

// Labels of anonymised services, stable for the round: the same service is "Služba C" in every indicator,
// table, export and report of the round. The order derives from the round's random salt (core/disclosure).
std::map<long long, std::string> anonymous_labels(const results::RoundInfo& round,
                                                  const std::set<long long>& service_ids);
ServiceLabel label_for(const results::ServiceInfo& service, const Viewer& viewer,
                       const std::map<long long, std::string>& anonymous);

std::string peer_group_label(const std::string& peer_key, const store::catalogue_repo::Catalogues& catalogues,
                             bool english = false);
// Czech text of a stored missing reason ("chybí údaj: Náklady celkem", "nevěrohodná hodnota …"), the codes
// replaced by their names.
std::string reason_cs(const std::string& reason, const VariableNames& names = {});
// The same in English ("missing value: Total costs"), names_en from variable_names_en.
std::string reason_en(const std::string& reason, const VariableNames& names_en = {});
std::string direction_cs(const std::string& direction);  // "vyšší je lepší" / "nižší je lepší"
std::string rba_cs(const std::string& rba);

// ---- a service over time ------------------------------------------------------------------------

struct TrendPoint {
  results::RoundInfo round;
  std::optional<double> value;
  std::string missing_reason;
  std::string peer_key;
  bool suppressed = false;
  std::optional<long long> n;
  std::optional<double> median, q1, q3;
  std::optional<double> percent_rank, z_score, reserve_median, reserve_best;
};
struct TrendView {
  results::IndicatorInfo indicator;  // as defined in the latest round that has it
  std::vector<TrendPoint> points;    // oldest round first
};
struct ServiceTrends {
  results::ServiceInfo service;
  results::GroupInfo group;
  VariableNames names, names_en;  // of the methodologies of the group's rounds (for the missing reasons)
  std::vector<TrendView> indicators;
};
// Indicators are matched across rounds by code (methodology versions may renumber them).
ServiceTrends load_trends(soci::session& s, const results::ServiceInfo& service, const results::GroupInfo& group,
                          const Viewer& viewer);

// ---- DEA ------------------------------------------------------------------------------------------

struct DeaDmuView {
  ServiceLabel service;
  std::optional<double> efficiency;
  std::string status;
  std::vector<std::pair<ServiceLabel, double>> peers;
  std::vector<std::pair<std::string, double>> slacks;
};
struct DeaView {
  results::DeaRun run;
  results::RoundInfo round;
  VariableNames names;  // of the round's methodology (the run's inputs and outputs are its codes)
  VariableNames names_en;
  std::vector<DeaDmuView> results;  // by efficiency, best first; no score last
};
DeaView build_dea_view(const results::DeaRun& run, const results::RoundInfo& round,
                       const std::vector<results::DeaResultRow>& rows,
                       const std::map<long long, results::ServiceInfo>& services, const Viewer& viewer);
DeaView load_dea_view(soci::session& s, const results::DeaRun& run, const results::RoundInfo& round,
                      const Viewer& viewer);

}  // namespace kvalis::exports
