#pragma once
// The precomputed benchmarking comparison (bm_stats, bm_scores), good-practice records and DEA runs.
//
// The comparison of a round is recomputed as a whole whenever its data change (recompute_round, called
// by the data-collection side in the same transaction as the change), so readers only ever read
// precomputed rows and the rows are never older than the data.
#include <soci/soci.h>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "benchmark/core/dea_round.hpp"
#include "benchmark/core/formula.hpp"
#include "benchmark/core/round_comparison.hpp"

namespace kvalis::store::benchmark_results_repo {

// Holds the round's row until the transaction ends (PostgreSQL: SELECT … FOR NO KEY UPDATE; SQLite needs nothing,
// its writers are serialised by BEGIN IMMEDIATE). Every transaction that changes a round's data or status
// takes it first, before it reads the round's status: several kvalis processes (and the threads of one) then
// change one round one at a time, so a form write cannot slip in after a lock it did not see, and two
// recomputes never replace the same rows at once (which deadlocked or broke bm_stats' primary key).
void hold_round(soci::session& s, long long round_id);

// Recomputes the whole comparison of one round from its values: every indicator of the round's
// methodology for every service with values, grouped by the default peer key (kind and form), and
// replaces the round's rows in bm_stats and bm_scores; bumps the data version "benchmark". Runs in the
// caller's transaction: call it after every change of the round's data, so results never go stale.
void recompute_round(soci::session& s, long long round_id);

using RecomputeSummary = benchmark::RecomputeSummary;  // benchmark/core/round_comparison.hpp
// progress(done, total) is called once per indicator computed and once per table written. When scores is
// given it receives the rows written to bm_scores (so a caller that shows them need not read them back).
RecomputeSummary recompute_round(soci::session& s, long long round_id,
                                 const std::function<void(std::size_t, std::size_t)>& progress,
                                 std::vector<benchmark::ServiceResult>* scores = nullptr);

// The default peer key of a service: "kind=13;form=pob". A service registered in several forms is
// compared in its most intensive one (pobytová before ambulantní before terénní).
std::string primary_form(const std::string& forms);  // forms as stored: ";amb;pob;"
std::string peer_key(const std::string& kind_code, const std::string& form_code);
std::string kind_peer_key(const std::string& kind_code);

// ---- what the comparison reads ----------------------------------------------------------------

struct RoundInfo {
  long long id = 0;
  long long group_id = 0;
  long long methodology_id = 0;
  std::string name;
  int period_year = 0;
  std::string kind;    // pilot, full
  std::string status;  // open, locked
  long long created_at = 0;
  std::string group_name;
  long long region_org_id = 0;
  long long region_created_at = 0;  // of the region organisation; never shown
  std::string anon_salt;            // random, never shown: the order of anonymous labels (core/disclosure)
};
std::optional<RoundInfo> get_round(soci::session& s, long long round_id);
// Rounds of a group, oldest period first.
std::vector<RoundInfo> rounds_of_group(soci::session& s, long long group_id);

struct GroupInfo {
  long long id = 0;
  long long region_org_id = 0;
  std::string name;
  std::string region_code;  // of the region organisation
};
std::optional<GroupInfo> get_group(soci::session& s, long long group_id);
// provider organisation id → participation ("full" or "data_only").
std::map<long long, std::string> group_members(soci::session& s, long long group_id);
// Groups in which the service has scores (through the rounds), ascending.
std::vector<long long> groups_of_service(soci::session& s, long long service_id);

struct IndicatorInfo {
  long long id = 0;
  long long methodology_id = 0;
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string numerator;
  std::string denominator;
  double factor = 1.0;
  std::string unit;
  std::string direction;  // higher, lower
  std::string rba;        // how_much, how_well, better_off
  std::string kinds;      // ";13;14;" or "" = all kinds of the group
  int position = 0;
};
// Of a round's methodology (published, never changed): read once per Database (store/memo.hpp). Never a draft's.
std::vector<IndicatorInfo> indicators_of_methodology(soci::session& s, long long methodology_id);
std::optional<IndicatorInfo> get_indicator(soci::session& s, long long indicator_id);

struct ItemInfo {
  std::string code;
  std::string name_cs;
  std::string unit;
  std::string name_en;
};
// Of a round's methodology, as indicators_of_methodology.
std::vector<ItemInfo> items_of_methodology(soci::session& s, long long methodology_id);

// A service as the comparison shows and filters it.
struct ServiceInfo {
  long long id = 0;
  std::string name;
  std::string registry_id;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::string forms;  // ";amb;pob;"
  long long capacity_total = 0;
  std::string capacity_unit;
  std::string region_code;
  std::string legal_form_code;  // of the provider
  std::string founder;          // of the provider (zřizovatel), may be empty
  std::vector<std::string> territory_codes;
};
std::map<long long, ServiceInfo> services_by_id(soci::session& s, const std::vector<long long>& ids);
std::optional<ServiceInfo> get_service(soci::session& s, long long service_id);

struct StatRow {
  long long round_id = 0;
  long long indicator_id = 0;
  std::string peer_key;
  long long n = 0;
  std::optional<double> min, q1, median, q3, max, mean, sd;
};
struct ScoreRow {
  long long round_id = 0;
  long long indicator_id = 0;
  long long service_id = 0;
  std::string peer_key;
  std::optional<double> value;
  std::string missing_reason;
  std::optional<double> percent_rank, z_score, reserve_median, reserve_best;
};
// indicator_id 0 = every indicator of the round.
std::vector<StatRow> stats_of_round(soci::session& s, long long round_id, long long indicator_id = 0);
std::vector<ScoreRow> scores_of_round(soci::session& s, long long round_id, long long indicator_id = 0);
// Scores of one service in every round of a group, with the round id filled in.
std::vector<ScoreRow> scores_of_service(soci::session& s, long long service_id, long long group_id);
// The statistics of the peer groups those scores belong to.
std::vector<StatRow> stats_of_service(soci::session& s, long long service_id, long long group_id);

// ---- values used by the comparison and DEA ----------------------------------------------------

// Data items of every service of a round, with implausible values (outside an item's min/max, or read
// by a consistency rule the service breaks) removed and the reason recorded.
struct RoundValues {
  std::map<long long, benchmark::ItemValues> items;  // service id → item code → value
  // service id → item code → why its value is not used ("implausible: occupancy_max")
  std::map<long long, std::map<std::string, std::string>> rejected;
};
RoundValues round_values(soci::session& s, long long round_id, long long methodology_id);

// ---- good practice ----------------------------------------------------------------------------

struct PracticeLink {
  std::optional<long long> service_id;
  std::optional<long long> indicator_id;
  std::optional<long long> round_id;
  std::string note;
};
struct Practice {
  long long id = 0;
  long long author_org_id = 0;
  std::string author_org_name;
  std::string author_org_type;
  std::string author_region_code;
  std::string title;
  std::string summary;
  std::string body;
  std::string kinds;  // ";13;14;"
  long long created_at = 0;
  long long updated_at = 0;
  std::vector<PracticeLink> links;
};
struct PracticeQuery {
  std::string kind;            // kind code; "" = any
  std::string indicator_code;  // indicator code linked to the practice; "" = any
  std::string q;               // words searched in title, summary and body (case and diacritics ignored)
  int limit = 50;
  int offset = 0;
};
std::vector<Practice> list_practices(soci::session& s, const PracticeQuery& q, long long& total);
std::optional<Practice> get_practice(soci::session& s, long long id);
long long insert_practice(soci::session& s, const Practice& p, long long now);
void update_practice(soci::session& s, const Practice& p, long long now);
void delete_practice(soci::session& s, long long id);

// ---- DEA runs ---------------------------------------------------------------------------------

struct DeaRun {
  long long id = 0;
  long long round_id = 0;
  std::string model;        // ccr, bcc
  std::string orientation;  // input, output
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  long long created_at = 0;
  std::optional<long long> created_by;
};
// A service's row of a run, as benchmark/core/dea_round computes it.
using DeaResultRow = benchmark::ServiceDeaRow;

// Stores a new run (run.id 0), or replaces the results of run run.id; sets run.id and run.created_at to
// now and returns the id.
long long store_dea_run(soci::session& s, DeaRun& run, const std::vector<DeaResultRow>& rows, long long now);
std::optional<DeaRun> get_dea_run(soci::session& s, long long run_id);
std::vector<DeaRun> dea_runs_of_round(soci::session& s, long long round_id);
std::vector<DeaResultRow> dea_results(soci::session& s, long long run_id);
// Known codes of a methodology usable as DEA variables: item codes and indicator codes.
std::set<std::string> dea_variable_codes(soci::session& s, long long methodology_id);
// Services with any value in the round (the DMUs a DEA run may compare).
long long services_with_values(soci::session& s, long long round_id);

// ---- DEA jobs (DEA over HTTP runs on a worker thread; its state is here for every process) ----------

struct DeaJob {
  long long id = 0;
  long long round_id = 0;
  std::string model;
  std::string orientation;
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string state;  // queued, running, done, failed
  long long done = 0;
  long long total = 0;
  std::optional<long long> run_id;
  std::string error;
  std::optional<long long> created_by;
  long long created_at = 0;
  long long updated_at = 0;
};
long long insert_dea_job(soci::session& s, const DeaJob& job, long long now);
std::optional<DeaJob> get_dea_job(soci::session& s, long long job_id);
// state running (or the state given) with progress done/total.
void update_dea_job(soci::session& s, long long job_id, const std::string& state, long long done, long long total,
                    long long now);
void finish_dea_job(soci::session& s, long long job_id, long long run_id, long long now);
void fail_dea_job(soci::session& s, long long job_id, const std::string& error, long long now);

}  // namespace kvalis::store::benchmark_results_repo
