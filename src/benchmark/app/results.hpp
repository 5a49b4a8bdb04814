#pragma once
// Use cases of the benchmarking results (namespace kvalis::benchmark::app): the comparison of a round with
// its response cache, a service's indicators over time, the Excel/CSV exports of a round and of a DEA run,
// the printable reports and the DEA runs as a reader sees them. Who sees what is decided once, in
// exports::viewer_for; each function reads in one transaction. The HTTP handlers only parse, call one of
// these and map the result.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/comparison.hpp"
#include "platform/core/result.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

// ---- the comparison of a round ------------------------------------------------------------------

// The query of a comparison as the edge read it (values of the fixed lists already checked there); the use
// cases check the territory against the catalogues and the indicator against the round's methodology.
struct ComparisonQuery {
  std::string peer = "kind_form";  // kind_form | kind
  std::string territory;           // ORP code
  std::string founder;             // exports::founder_types()
  std::string size_band;           // exports::size_bands()
  std::string indicator;           // id or code of an indicator of the round's methodology; empty: all
};

// Rendered answers kept between requests (the server's response cache), each valid for one benchmark data
// version: any data change bumps it, so a kept answer is never stale.
struct AnswerCache {
  std::function<std::optional<std::string>(const std::string& key, long long version)> get;
  std::function<void(const std::string& key, long long version, const std::string& text)> put;
};

// Renders a comparison of a round of the working group group_id (the JSON answer).
using ComparisonRenderer = std::function<std::string(const exports::ComparisonView& view, long long group_id)>;

// The comparison of a round as the caller may see it, rendered; taken from the cache when it has the answer
// for the round, the caller's view, the query and the registry data version (names come from the registry).
// Errors: not_found (no such round or not the caller's), invalid_input naming territory or indicator,
// forbidden (territory) when a data-only member narrows the peers (core/disclosure).
Result<std::string> rendered_comparison(store::Database& db, const accounts::Caller& caller, long long round_id,
                                        const ComparisonQuery& query,
                                        const store::catalogue_repo::Catalogues& catalogues, long long registry_version,
                                        const AnswerCache& cache, const ComparisonRenderer& render);

// ---- a service over time ------------------------------------------------------------------------

struct GroupTrends {
  store::benchmark_results_repo::GroupInfo group;
  Audience audience = Audience::region;
  exports::ServiceTrends trends;
};
struct ServiceScores {
  store::benchmark_results_repo::ServiceInfo service;
  std::vector<GroupTrends> groups;  // the groups the caller sees the service in by name
};

// A service's indicators across the rounds of each working group it takes part in (or of group_id only)
// that the caller sees it in by name. No groups when the caller reads the service in the registry (or an
// audit of it) but sees it in no group; not_found for anyone else, so ids cannot be probed.
Result<ServiceScores> service_scores(store::Database& db, const accounts::Caller& caller, long long service_id,
                                     std::optional<long long> group_id);

// ---- exports and reports ------------------------------------------------------------------------

enum class TableFormat { xlsx, csv };

// A file to download.
struct FileDocument {
  std::string body;
  std::string content_type;
  std::string file_name;
};

// The comparison of a round as an Excel workbook or CSV (Czech headers); errors as rendered_comparison.
Result<FileDocument> round_export(store::Database& db, const accounts::Caller& caller, long long round_id,
                                  const ComparisonQuery& query, const store::catalogue_repo::Catalogues& catalogues,
                                  TableFormat format, char csv_delimiter);

// A DEA run as an Excel workbook or CSV; not_found when there is no such run or the caller does not see its round.
Result<FileDocument> dea_export(store::Database& db, const accounts::Caller& caller, long long run_id,
                                TableFormat format, char csv_delimiter);

// The printable report (HTML) of a service in a round; not_found unless the caller sees the round, sees the
// service by name and the service has results in the round or the group.
Result<std::string> service_report(store::Database& db, const accounts::Caller& caller, long long round_id,
                                   long long service_id, const store::catalogue_repo::Catalogues& catalogues);

// The printable report (HTML) of a working group for one of its rounds (default: the latest); not_found when
// the caller does not see the group or it has no rounds, invalid_input (round) for a round of another group.
Result<std::string> group_report(store::Database& db, const accounts::Caller& caller, long long group_id,
                                 std::optional<long long> round_id,
                                 const store::catalogue_repo::Catalogues& catalogues);

// ---- DEA runs -----------------------------------------------------------------------------------

struct DeaRunSummary {
  store::benchmark_results_repo::DeaRun run;
  long long services = 0;  // results stored
  long long scored = 0;    // results with an efficiency score
};

struct DeaRunView {
  DeaRunSummary summary;
  store::benchmark_results_repo::GroupInfo group;
  Audience audience = Audience::region;
  exports::DeaView view;
};

// A DEA run as the caller may see it; not_found when there is no such run or the caller does not see its round.
Result<DeaRunView> dea_run_view(store::Database& db, const accounts::Caller& caller, long long run_id);

// The DEA runs of a round, newest first; not_found when the caller does not see the round.
Result<std::vector<DeaRunSummary>> dea_runs(store::Database& db, const accounts::Caller& caller, long long round_id);

}  // namespace kvalis::benchmark::app
