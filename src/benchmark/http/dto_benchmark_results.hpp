#pragma once
// Benchmarking results: comparison with peers, a service over time, good practice and DEA runs.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// A service as the reader may see it: an anonymised peer has no id and a label such as "Služba C".
struct BenchmarkServiceRef {
  static constexpr const char* kSchemaName = "BenchmarkServiceRef";
  std::optional<long long> service_id;
  std::string name;
  std::string name_en;  // "Service C" for an anonymised peer; a registered name otherwise
  std::string provider_name;
  bool own = false;
  bool anonymised = false;
};
BOOST_DESCRIBE_STRUCT(BenchmarkServiceRef, (), (service_id, name, name_en, provider_name, own, anonymised))

struct BenchmarkScore {
  static constexpr const char* kSchemaName = "BenchmarkScore";
  BenchmarkServiceRef service;
  std::optional<double> value;
  std::string missing_reason;          // machine form: "missing: costs_total", "implausible: rule occupancy"
  std::string missing_reason_text;     // Czech text naming the items ("chybí údaj: Náklady celkem")
  std::string missing_reason_text_en;  // English text ("missing value: Total costs")
  std::optional<double> percent_rank;  // fraction in [0, 1], ascending values (PERCENTRANK.INC)
  std::optional<double> z_score;
  std::optional<double> reserve_median;  // improvement needed to reach the peer median (0 = there)
  std::optional<double> reserve_best;    // … to reach the best quartile
};
BOOST_DESCRIBE_STRUCT(BenchmarkScore, (),
                      (service, value, missing_reason, missing_reason_text, missing_reason_text_en, percent_rank,
                       z_score, reserve_median, reserve_best))

struct BenchmarkPeerGroup {
  static constexpr const char* kSchemaName = "BenchmarkPeerGroup";
  std::string peer_key;
  std::string kind_code;
  std::string form_code;
  std::string label;
  std::string label_en;
  bool suppressed = false;
  std::string note;  // "potlačeno: méně než 3 služby" when suppressed
  std::string note_en;
  std::optional<long long> n;
  std::optional<double> min;
  std::optional<double> q1;
  std::optional<double> median;
  std::optional<double> q3;
  std::optional<double> max;
  std::optional<double> mean;
  std::optional<double> sd;
  std::vector<BenchmarkScore> scores;
};
BOOST_DESCRIBE_STRUCT(BenchmarkPeerGroup, (),
                      (peer_key, kind_code, form_code, label, label_en, suppressed, note, note_en, n, min, q1, median,
                       q3, max, mean, sd, scores))

struct BenchmarkIndicatorComparison {
  static constexpr const char* kSchemaName = "BenchmarkIndicatorComparison";
  long long indicator_id = 0;
  std::string code;
  std::string name;
  std::string name_en;  // the Czech name when the methodology gives no English one
  std::string unit;
  std::string direction;  // higher | lower
  std::string rba;        // how_much | how_well | better_off
  std::vector<BenchmarkPeerGroup> groups;
};
BOOST_DESCRIBE_STRUCT(BenchmarkIndicatorComparison, (),
                      (indicator_id, code, name, name_en, unit, direction, rba, groups))

struct BenchmarkComparison {
  static constexpr const char* kSchemaName = "BenchmarkComparison";
  long long round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::string round_kind;
  long long group_id = 0;
  std::string group_name;
  std::string quantile_method;
  std::string peer;  // kind_form | kind
  std::optional<std::string> territory;
  std::optional<std::string> founder;
  std::optional<std::string> size_band;
  std::string audience;  // region | full_member | data_only
  bool precomputed = true;
  std::vector<BenchmarkIndicatorComparison> indicators;
};
BOOST_DESCRIBE_STRUCT(BenchmarkComparison, (),
                      (round_id, round_name, period_year, round_kind, group_id, group_name, quantile_method, peer,
                       territory, founder, size_band, audience, precomputed, indicators))

// ---- a service over time ----------------------------------------------------------------------

struct BenchmarkTrendPoint {
  static constexpr const char* kSchemaName = "BenchmarkTrendPoint";
  long long round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::string round_kind;
  std::optional<double> value;
  std::string missing_reason;
  std::string missing_reason_text;     // Czech text naming the items
  std::string missing_reason_text_en;  // English text
  std::string peer_key;
  bool suppressed = false;
  std::optional<long long> n;
  std::optional<double> peer_median;
  std::optional<double> peer_q1;
  std::optional<double> peer_q3;
  std::optional<double> percent_rank;
  std::optional<double> z_score;
  std::optional<double> reserve_median;
  std::optional<double> reserve_best;
};
BOOST_DESCRIBE_STRUCT(BenchmarkTrendPoint, (),
                      (round_id, round_name, period_year, round_kind, value, missing_reason, missing_reason_text,
                       missing_reason_text_en, peer_key, suppressed, n, peer_median, peer_q1, peer_q3, percent_rank,
                       z_score, reserve_median, reserve_best))

struct BenchmarkTrend {
  static constexpr const char* kSchemaName = "BenchmarkTrend";
  std::string code;
  std::string name;
  std::string name_en;
  std::string unit;
  std::string direction;
  std::vector<BenchmarkTrendPoint> points;  // oldest round first
};
BOOST_DESCRIBE_STRUCT(BenchmarkTrend, (), (code, name, name_en, unit, direction, points))

struct BenchmarkServiceGroupTrends {
  static constexpr const char* kSchemaName = "BenchmarkServiceGroupTrends";
  long long group_id = 0;
  std::string group_name;
  std::string audience;
  std::vector<BenchmarkTrend> indicators;
};
BOOST_DESCRIBE_STRUCT(BenchmarkServiceGroupTrends, (), (group_id, group_name, audience, indicators))

struct BenchmarkServiceScores {
  static constexpr const char* kSchemaName = "BenchmarkServiceScores";
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string kind_code;
  std::string quantile_method;
  std::vector<BenchmarkServiceGroupTrends> groups;
};
BOOST_DESCRIBE_STRUCT(BenchmarkServiceScores, (),
                      (service_id, service_name, provider_name, kind_code, quantile_method, groups))

// ---- good practice ----------------------------------------------------------------------------

struct GoodPracticeLink {
  static constexpr const char* kSchemaName = "GoodPracticeLink";
  std::optional<long long> service_id;
  std::optional<std::string> service_name;
  std::optional<long long> indicator_id;
  std::optional<std::string> indicator_code;
  std::optional<std::string> indicator_name;
  std::optional<long long> round_id;
  std::optional<std::string> round_name;
  std::optional<double> value;  // the service's indicator value in the round, when all three are linked
  std::string note;
  bool round_readable = false;  // the caller may open the round's comparison (a member of its working group)
};
BOOST_DESCRIBE_STRUCT(GoodPracticeLink, (),
                      (service_id, service_name, indicator_id, indicator_code, indicator_name, round_id, round_name,
                       value, note, round_readable))

struct GoodPractice {
  static constexpr const char* kSchemaName = "GoodPractice";
  long long id = 0;
  long long author_org_id = 0;
  std::string author_org_name;
  std::string title;
  std::string summary;
  std::string body;
  std::vector<std::string> kinds;
  std::vector<GoodPracticeLink> links;
  std::string created_at;
  std::string updated_at;
  bool can_edit = false;
};
BOOST_DESCRIBE_STRUCT(GoodPractice, (),
                      (id, author_org_id, author_org_name, title, summary, body, kinds, links, created_at, updated_at,
                       can_edit))

struct GoodPracticeList {
  static constexpr const char* kSchemaName = "GoodPracticeList";
  std::vector<GoodPractice> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(GoodPracticeList, (), (items, total, page, page_size))

struct GoodPracticeLinkInput {
  static constexpr const char* kSchemaName = "GoodPracticeLinkInput";
  std::optional<long long> service_id;
  std::optional<long long> indicator_id;
  std::optional<long long> round_id;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(GoodPracticeLinkInput, (), (service_id, indicator_id, round_id, note))

// POST: title required; PATCH: only the given fields change (links, when given, replace all links).
struct GoodPracticeInput {
  static constexpr const char* kSchemaName = "GoodPracticeInput";
  std::optional<long long> author_org_id;
  std::optional<std::string> title;
  std::optional<std::string> summary;
  std::optional<std::string> body;
  std::optional<std::vector<std::string>> kinds;
  std::optional<std::vector<GoodPracticeLinkInput>> links;
};
BOOST_DESCRIBE_STRUCT(GoodPracticeInput, (), (author_org_id, title, summary, body, kinds, links))

// ---- DEA ----------------------------------------------------------------------------------------

struct DeaRunInput {
  static constexpr const char* kSchemaName = "DeaRunInput";
  std::string model;                // ccr | bcc
  std::string orientation;          // input | output
  std::vector<std::string> inputs;  // item or indicator codes of the round's methodology
  std::vector<std::string> outputs;
};
BOOST_DESCRIBE_STRUCT(DeaRunInput, (), (model, orientation, inputs, outputs))

struct DeaRunSummary {
  static constexpr const char* kSchemaName = "DeaRunSummary";
  long long id = 0;
  long long round_id = 0;
  std::string model;
  std::string orientation;
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string created_at;
  long long service_count = 0;  // services in the run (with or without a score)
  long long scored_count = 0;   // of them with a score
};
BOOST_DESCRIBE_STRUCT(DeaRunSummary, (),
                      (id, round_id, model, orientation, inputs, outputs, created_at, service_count, scored_count))

struct DeaRunList {
  static constexpr const char* kSchemaName = "DeaRunList";
  std::vector<DeaRunSummary> items;
};
BOOST_DESCRIBE_STRUCT(DeaRunList, (), (items))

struct DeaPeer {
  static constexpr const char* kSchemaName = "DeaPeer";
  BenchmarkServiceRef service;
  double lambda = 0.0;
};
BOOST_DESCRIBE_STRUCT(DeaPeer, (), (service, lambda))

struct DeaSlack {
  static constexpr const char* kSchemaName = "DeaSlack";
  std::string variable;
  std::string kind;  // input | output
  double value = 0.0;
};
BOOST_DESCRIBE_STRUCT(DeaSlack, (), (variable, kind, value))

struct DeaResult {
  static constexpr const char* kSchemaName = "DeaResult";
  BenchmarkServiceRef service;
  std::optional<double> efficiency;
  // ok | unbounded | solver_failure | missing: <code> | implausible: <code> | invalid: <code> |
  // no_positive_input: <codes> | no_positive_output: <codes>
  std::string status;
  std::string status_text;     // Czech, naming the items
  std::string status_text_en;  // English
  bool efficient = false;      // score 1 and no slack
  std::vector<DeaPeer> peers;  // other services (an efficient service is not its own peer)
  std::vector<DeaSlack> slacks;
};
BOOST_DESCRIBE_STRUCT(DeaResult, (),
                      (service, efficiency, status, status_text, status_text_en, efficient, peers, slacks))

struct DeaRun {
  static constexpr const char* kSchemaName = "DeaRun";
  DeaRunSummary run;
  std::string round_name;
  long long group_id = 0;
  std::string group_name;
  std::string audience;
  std::vector<DeaResult> results;  // best first; services without a score last
};
BOOST_DESCRIBE_STRUCT(DeaRun, (), (run, round_name, group_id, group_name, audience, results))

// A DEA run requested over HTTP. A round of at most `dea_inline_max_services` services (200 by default,
// `kvalis serve --dea-inline-max`) is computed within the request and answered done; a larger one is
// answered queued and runs on the server's worker thread, its progress readable at GET
// /api/benchmark/dea-jobs/{id} from any server process sharing the database.
struct DeaJob {
  static constexpr const char* kSchemaName = "DeaJob";
  long long id = 0;
  long long round_id = 0;
  std::string state;                 // queued | running | done | failed
  long long done = 0;                // services compared so far
  long long total = 0;               // services with values in the round
  std::optional<long long> run_id;   // done: the stored run (GET /api/benchmark/dea/{run_id})
  std::optional<std::string> error;  // failed: what went wrong, in the caller's language
  std::string created_at;
  std::string updated_at;
};
BOOST_DESCRIBE_STRUCT(DeaJob, (), (id, round_id, state, done, total, run_id, error, created_at, updated_at))

}  // namespace kvalis::http::dto
