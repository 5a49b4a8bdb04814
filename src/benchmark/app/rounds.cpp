#include "benchmark/app/rounds.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "benchmark/core/validation.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/app/benchmark_queries.hpp"

namespace kvalis::benchmark::app {
namespace {

// Progress of every service the caller may see in the round.
std::vector<ServiceProgress> progress(soci::session& s, const accounts::Principal& p, const RoundView& rv) {
  const auto content = repo::round_content(s, rv.round.methodology_id);
  const FormValidator validator(repo::item_specs(content), repo::rule_specs(content));
  const auto submissions = repo::round_submissions(s, rv.round.id);
  const auto values = repo::round_values(s, rv.round.id);
  static const FormValues kNone;
  std::vector<ServiceProgress> out;
  for (const auto& svc : repo::group_services(s, rv.view.group)) {
    if (!reads_service(p, rv.view.access, svc.provider_id)) continue;
    const auto sub = submissions.count(svc.service_id) ? submissions.at(svc.service_id) : repo::SubmissionRow{};
    const auto v = validator.validate(values.count(svc.service_id) ? values.at(svc.service_id) : kNone);
    out.push_back({svc, sub, v.filled, v.required, v.errors()});
  }
  return out;
}

RoundDetail detail_of(soci::session& s, const accounts::Principal& p, const RoundView& rv) {
  return {rv.round, rv.view.group.name, rv.view.access.manage, progress(s, p, rv)};
}

Result<RoundView> managed_open_round(soci::session& s, const accounts::Principal& p, long long round_id) {
  store::benchmark_results_repo::hold_round(s, round_id);  // a form write in flight finishes first
  auto rv = visible_round(s, p, round_id);
  if (!rv) return rv.error();
  if (!rv->view.access.manage) return not_allowed();
  if (rv->round.status == RoundStatus::locked) return conflict("", "bm.round.locked");
  return rv;
}

}  // namespace

int RoundDetail::submitted() const {
  return static_cast<int>(std::count_if(services.begin(), services.end(), [](const auto& x) {
    return x.submission.status == SubmissionStatus::submitted;
  }));
}

Result<std::vector<repo::RoundRow>> list_rounds(soci::session& s, const accounts::Caller& caller, long long group_id) {
  if (!visible_group(s, caller.principal, group_id)) return group_missing();
  return repo::list_rounds(s, group_id);
}

Result<std::vector<repo::RoundRow>> list_rounds(store::Database& db, const accounts::Caller& caller,
                                                long long group_id) {
  return db.read([&](soci::session& s) { return list_rounds(s, caller, group_id); });
}

Result<repo::RoundRow> create_round(soci::session& s, const accounts::Caller& caller, long long group_id,
                                    const RoundInput& in, long long now) {
  if (in.name.find_first_not_of(" \t\r\n") == std::string::npos) return invalid("name", "field.required");
  if (in.period_year < 1990 || in.period_year > 2100)
    return invalid("period_year", "field.out_of_range", {{"min", "1990"}, {"max", "2100"}});
  if (in.kind != "pilot" && in.kind != "full") return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  auto v = managed_group(s, caller.principal, group_id);
  if (!v) return v.error();
  auto m = repo::get_methodology(s, in.methodology_id);
  if (!m || m->group_id != v->group.id || m->status != "published")
    return invalid("methodology_id", "bm.methodology.not_published");
  repo::RoundRow r;
  r.name = in.name;
  r.period_year = in.period_year;
  r.kind = in.kind;
  r.deadline = in.deadline;
  r.methodology_id = in.methodology_id;
  r.group_id = v->group.id;
  r.created_at = now;
  r.id = repo::insert_round(s, r);
  store::data_versions::bump(s, "benchmark");
  store::activity_log::append(s, caller.activity("benchmark.round.create", "bm_round", r.id, v->group.region_org_id,
                                                 r.name + " (" + std::to_string(r.period_year) + ", " + r.kind + ")"));
  return *repo::get_round(s, r.id);
}

Result<repo::RoundRow> create_round(store::Database& db, const accounts::Caller& caller, long long group_id,
                                    const RoundInput& in) {
  return db.write([&](soci::session& s) { return create_round(s, caller, group_id, in, store::now_epoch()); });
}

Result<RoundDetail> get_round(soci::session& s, const accounts::Caller& caller, long long round_id) {
  auto rv = visible_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  return detail_of(s, caller.principal, *rv);
}

Result<RoundDetail> get_round(store::Database& db, const accounts::Caller& caller, long long round_id) {
  return db.read([&](soci::session& s) { return get_round(s, caller, round_id); });
}

Result<RoundDetail> lock_round(soci::session& s, const accounts::Caller& caller, long long round_id, long long now) {
  auto rv = managed_open_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  repo::lock_round(s, rv->round.id, now);
  store::benchmark_results_repo::recompute_round(s, rv->round.id);
  store::activity_log::append(
      s, caller.activity("benchmark.round.lock", "bm_round", rv->round.id, rv->view.group.region_org_id));
  rv->round = *repo::get_round(s, rv->round.id);
  return detail_of(s, caller.principal, *rv);
}

Result<RoundDetail> lock_round(store::Database& db, const accounts::Caller& caller, long long round_id) {
  return db.write([&](soci::session& s) { return lock_round(s, caller, round_id, store::now_epoch()); });
}

Result<std::vector<ServiceProgress>> remind_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                                  long long now) {
  auto rv = managed_open_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  std::vector<ServiceProgress> out;
  std::string detail;
  for (auto& p : progress(s, caller.principal, *rv)) {
    if (p.submission.status == SubmissionStatus::submitted) continue;
    repo::set_reminded(s, rv->round.id, p.service.service_id, now);
    p.submission.reminded_at = now;
    detail += (detail.empty() ? "" : ", ") + std::to_string(p.service.service_id);
    out.push_back(std::move(p));
  }
  store::data_versions::bump(s, "benchmark");
  store::activity_log::append(s, caller.activity("benchmark.round.remind", "bm_round", rv->round.id,
                                                 rv->view.group.region_org_id, "services: " + detail));
  return out;
}

Result<std::vector<ServiceProgress>> remind_round(store::Database& db, const accounts::Caller& caller,
                                                  long long round_id) {
  return db.write([&](soci::session& s) { return remind_round(s, caller, round_id, store::now_epoch()); });
}

Result<RecomputeSummary> recompute_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                         const std::function<void(std::size_t, std::size_t)>& progress) {
  auto rv = visible_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  return store::benchmark_results_repo::recompute_round(s, round_id, progress);
}

Result<RecomputeSummary> recompute_round(store::Database& db, const accounts::Caller& caller, long long round_id,
                                         const std::function<void(std::size_t, std::size_t)>& progress) {
  return db.write([&](soci::session& s) { return recompute_round(s, caller, round_id, progress); });
}

Result<std::vector<RoundIndicator>> round_indicators(soci::session& s, const accounts::Caller& caller,
                                                     long long round_id) {
  auto rv = visible_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  std::vector<RoundIndicator> out;
  for (const auto& ind : store::benchmark_results_repo::indicators_of_methodology(s, rv->round.methodology_id))
    out.push_back({ind.id, ind.code, ind.direction});
  return out;
}

Result<std::vector<ScoreLine>> round_scores(soci::session& s, const accounts::Caller& caller, long long round_id) {
  namespace results = store::benchmark_results_repo;
  auto indicators = round_indicators(s, caller, round_id);
  if (!indicators) return indicators.error();
  std::map<long long, RoundIndicator> by_id;
  for (const auto& ind : *indicators) by_id[ind.id] = ind;
  const auto scores = results::scores_of_round(s, round_id);
  std::set<long long> ids;
  for (const auto& sc : scores) ids.insert(sc.service_id);
  const auto services = results::services_by_id(s, std::vector<long long>(ids.begin(), ids.end()));
  std::vector<ScoreLine> out;
  for (const auto& sc : scores) {
    ScoreLine line{by_id[sc.indicator_id], sc.service_id,  "", sc.peer_key, sc.value, sc.percent_rank, sc.z_score,
                   sc.reserve_median,      sc.reserve_best};
    if (auto it = services.find(sc.service_id); it != services.end()) line.service_name = it->second.name;
    out.push_back(std::move(line));
  }
  return out;
}

Result<std::vector<ScoreLine>> round_scores(store::Database& db, const accounts::Caller& caller, long long round_id) {
  return db.read([&](soci::session& s) { return round_scores(s, caller, round_id); });
}

Result<RecomputedRound> recompute_round_scores(store::Database& db, const accounts::Caller& caller, long long round_id,
                                               bool service_names,
                                               const std::function<void(std::size_t, std::size_t)>& progress) {
  namespace results = store::benchmark_results_repo;
  std::vector<ServiceResult> scores;
  auto summary = db.write([&](soci::session& s) -> Result<RecomputeSummary> {
    auto rv = visible_round(s, caller.principal, round_id);
    if (!rv) return rv.error();
    return results::recompute_round(s, round_id, progress, &scores);
  });
  if (!summary) return summary.error();
  return db.read([&](soci::session& s) -> Result<RecomputedRound> {
    auto indicators = round_indicators(s, caller, round_id);
    if (!indicators) return indicators.error();
    RecomputedRound out{*summary, std::move(scores), {}, {}, {}};
    for (auto& ind : *indicators) out.indicators.emplace(ind.id, std::move(ind));
    if (service_names) {
      std::set<long long> ids;
      for (const auto& sc : out.scores) ids.insert(sc.service_id);
      for (auto& [id, info] : results::services_by_id(s, std::vector<long long>(ids.begin(), ids.end())))
        out.service_names.emplace(id, std::move(info.name));
    }
    // Positions sorted, not the rows (a score is some 150 bytes with two strings), by numbers: a peer group's
    // place among the round's few dozen groups stands for its key.
    std::map<std::string_view, std::uint32_t> peer_rank;
    for (const auto& sc : out.scores) peer_rank.emplace(sc.peer_key, 0);
    std::uint32_t next = 0;
    for (auto& [key, rank] : peer_rank) rank = next++;
    struct Key {
      long long indicator;
      std::uint32_t peer;
      long long service;
      std::uint32_t at;
    };
    std::vector<Key> keys;
    keys.reserve(out.scores.size());
    const std::string_view* last_key = nullptr;
    std::uint32_t last_rank = 0;
    for (std::uint32_t i = 0; i < out.scores.size(); ++i) {
      const auto& sc = out.scores[i];
      if (!last_key || *last_key != sc.peer_key) {
        const auto it = peer_rank.find(sc.peer_key);
        last_key = &it->first;
        last_rank = it->second;
      }
      keys.push_back({sc.indicator_id, last_rank, sc.service_id, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
      return std::tie(a.indicator, a.peer, a.service) < std::tie(b.indicator, b.peer, b.service);
    });
    out.order.reserve(keys.size());
    for (const auto& k : keys) out.order.push_back(k.at);
    return out;
  });
}

}  // namespace kvalis::benchmark::app
