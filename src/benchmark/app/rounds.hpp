#pragma once
// Data rounds of a working group: open a round with a published methodology, follow the completeness of
// each service, remind the services that have not submitted, lock the round, recompute its comparison.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/access.hpp"
#include "benchmark/core/round_comparison.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

Result<std::vector<repo::RoundRow>> list_rounds(store::Database& db, const accounts::Caller& caller,
                                                long long group_id);

struct RoundInput {
  std::string name;
  int period_year = 0;           // 1990–2100
  std::string kind;              // pilot | full
  std::string deadline;          // YYYY-MM-DD or ""
  long long methodology_id = 0;  // published, of the group
};
Result<repo::RoundRow> create_round(store::Database& db, const accounts::Caller& caller, long long group_id,
                                    const RoundInput& in);

// How far a service is with its form.
struct ServiceProgress {
  repo::RoundServiceRow service;
  repo::SubmissionRow submission;
  int filled = 0;
  int required = 0;
  int errors = 0;
};
struct RoundDetail {
  repo::RoundRow round;
  std::string group_name;
  bool can_manage = false;
  std::vector<ServiceProgress> services;  // those the caller may see
  int submitted() const;
};
Result<RoundDetail> get_round(store::Database& db, const accounts::Caller& caller, long long round_id);
Result<RoundDetail> lock_round(store::Database& db, const accounts::Caller& caller, long long round_id);
// Records a reminder for every service that has not submitted; returns them.
Result<std::vector<ServiceProgress>> remind_round(store::Database& db, const accounts::Caller& caller,
                                                  long long round_id);

// Recomputes the round's comparison with peers (benchmark/core/round_comparison) and stores it; the data
// side does this itself after every change, the command line on demand. progress(done, total) per step.
Result<RecomputeSummary> recompute_round(store::Database& db, const accounts::Caller& caller, long long round_id,
                                         const std::function<void(std::size_t, std::size_t)>& progress = {});

struct RoundIndicator {
  long long id = 0;
  std::string code;
  std::string direction;  // higher | lower
};
// The stored comparison of a round, one row per indicator and service (the command line prints it).
struct ScoreLine {
  RoundIndicator indicator;
  long long service_id = 0;
  std::string service_name;
  std::string peer_key;
  std::optional<double> value, percent_rank, z_score, reserve_median, reserve_best;
};
Result<std::vector<ScoreLine>> round_scores(store::Database& db, const accounts::Caller& caller, long long round_id);

// recompute_round and the scores it wrote without reading them back (the command line at national scale:
// 280,000 rows): `order` lists the scores in round_scores's order (indicator, peer group, service), each
// score's indicator is in `indicators`, and services' names are in `service_names` only when asked for.
struct RecomputedRound {
  RecomputeSummary summary;
  std::vector<ServiceResult> scores;
  std::vector<std::uint32_t> order;
  std::map<long long, RoundIndicator> indicators;
  std::map<long long, std::string> service_names;
};
Result<RecomputedRound> recompute_round_scores(store::Database& db, const accounts::Caller& caller, long long round_id,
                                               bool service_names,
                                               const std::function<void(std::size_t, std::size_t)>& progress = {});

// ---- the same in a transaction the caller holds (the demo builds its region in one), at the time `now`
Result<std::vector<repo::RoundRow>> list_rounds(soci::session& s, const accounts::Caller& caller, long long group_id);
Result<repo::RoundRow> create_round(soci::session& s, const accounts::Caller& caller, long long group_id,
                                    const RoundInput& in, long long now);
Result<RoundDetail> get_round(soci::session& s, const accounts::Caller& caller, long long round_id);
Result<RoundDetail> lock_round(soci::session& s, const accounts::Caller& caller, long long round_id, long long now);
Result<std::vector<ServiceProgress>> remind_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                                  long long now);
Result<RecomputeSummary> recompute_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                         const std::function<void(std::size_t, std::size_t)>& progress = {});
Result<std::vector<RoundIndicator>> round_indicators(soci::session& s, const accounts::Caller& caller,
                                                     long long round_id);
Result<std::vector<ScoreLine>> round_scores(soci::session& s, const accounts::Caller& caller, long long round_id);

}  // namespace kvalis::benchmark::app
