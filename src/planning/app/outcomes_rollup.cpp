#include "planning/app/outcomes_rollup.hpp"

#include <algorithm>

#include "benchmark/app/results.hpp"
#include "planning/core/gas.hpp"
#include "planning/core/ladder.hpp"
#include "planning/core/plan_access.hpp"
#include "planning/store/outcomes_repo.hpp"

namespace kvalis::planning::app {

namespace orepo = store::outcomes_repo;

BenchmarkLookup benchmark_lookup(kvalis::store::Database& db, const accounts::Caller& caller) {
  return [&db, caller](long long service_id, const std::string& code, int year_from,
                       int year_to) -> std::optional<double> {
    auto scores = benchmark::app::service_scores(db, caller, service_id, std::nullopt);
    if (!scores) return std::nullopt;
    std::optional<double> best;
    int best_year = 0;
    long long best_round = 0;
    for (const auto& g : scores->groups)
      for (const auto& ind : g.trends.indicators) {
        if (ind.indicator.code != code) continue;
        for (const auto& pt : ind.points) {
          if (!pt.value || pt.round.period_year < year_from || pt.round.period_year > year_to) continue;
          if (pt.round.period_year > best_year || (pt.round.period_year == best_year && pt.round.id > best_round)) {
            best = pt.value;
            best_year = pt.round.period_year;
            best_round = pt.round.id;
          }
        }
      }
    return best;
  };
}

OutcomeCalculator::OutcomeCalculator(soci::session& s, long long organisation_id)
    : s_(s), organisation_id_(organisation_id), rho_(repo::gas_rho(s, organisation_id).value_or(kDefaultRho)) {}

std::vector<long long> OutcomeCalculator::chain(const repo::GoalRow& service_goal) {
  std::vector<long long> out{service_goal.id};
  auto cur = service_goal;
  while (cur.origin_goal_id && (cur.carry == "carry_over" || cur.carry == "revise") && out.size() < 100) {
    auto prev = repo::get_goal(s_, *cur.origin_goal_id);
    if (!prev || std::find(out.begin(), out.end(), prev->id) != out.end()) break;
    out.push_back(prev->id);
    cur = *prev;
  }
  return out;
}

std::vector<repo::GoalRow> OutcomeCalculator::service_goals_under(const repo::GoalRow& goal, int year_from,
                                                                  int year_to) {
  const auto in_years = [&](const repo::GoalRow& g) {
    return year_from == 0 || (g.operational_year >= year_from && g.operational_year <= year_to);
  };
  std::vector<repo::GoalRow> found;
  if (goal.level == "service") {
    found.push_back(goal);
  } else {
    std::vector<repo::GoalRow> objectives;
    if (goal.level == "objective")
      objectives.push_back(goal);
    else
      for (auto& c : repo::children_of(s_, goal.id))
        if (c.level == "objective" && c.state != "dropped" && in_years(c)) objectives.push_back(std::move(c));
    for (const auto& o : objectives)
      for (auto& c : repo::children_of(s_, o.id))
        if (c.level == "service" && c.state != "dropped" && in_years(c)) found.push_back(std::move(c));
  }
  // A goal carried into another one of the set counts through its successor.
  std::set<long long> superseded;
  for (const auto& g : found) {
    const auto ids = chain(g);
    superseded.insert(ids.begin() + 1, ids.end());
  }
  std::vector<repo::GoalRow> out;
  std::set<long long> seen;
  for (auto& g : found)
    if (!superseded.count(g.id) && seen.insert(g.id).second) out.push_back(std::move(g));
  return out;
}

OutcomeCell OutcomeCalculator::service_cell(const repo::GoalRow& service_goal, const Period& period) {
  const std::string key = std::to_string(service_goal.id) + "|" + period.from + "|" + period.to;
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  // Each personal goal's latest rating in the period (rows come oldest first).
  std::map<long long, std::map<long long, orepo::RatingRow>> latest;
  for (auto& r : orepo::ratings(s_, chain(service_goal), period.from, period.to))
    latest[r.client_id][r.client_goal_id] = r;
  std::vector<long long> client_ids;
  for (const auto& [client, _] : latest) client_ids.push_back(client);
  // Ladder change: per client and ladder, first → last assessment in the period; the mean over ladders.
  std::map<long long, std::map<long long, std::vector<std::pair<long long, std::vector<LadderValue>>>>> ladders;
  for (const auto& v : orepo::ladder_values(s_, client_ids, period.from, period.to)) {
    auto& assessments = ladders[v.client_id][v.ladder_id];
    if (assessments.empty() || assessments.back().first != v.assessment_id)
      assessments.push_back({v.assessment_id, {}});
    assessments.back().second.push_back({v.area_id, v.value});
  }
  std::vector<ClientOutcome> outcomes;
  for (const auto& [client, goals] : latest) {
    std::vector<GasItem> items;
    for (const auto& [_, r] : goals) items.push_back({r.level, r.weight});
    double sum = 0;
    int n = 0;
    if (auto it = ladders.find(client); it != ladders.end())
      for (const auto& [ladder, assessments] : it->second) {
        if (assessments.size() < 2) continue;
        auto d = distance(assessments.front().second, assessments.back().second);
        if (d.mean_change) {
          sum += *d.mean_change;
          ++n;
        }
      }
    outcomes.push_back(
        client_outcome(client, items, rho_, n > 0 ? std::optional<double>(sum / n) : std::optional<double>()));
  }
  auto cell = aggregate(outcomes);
  cache_[key] = cell;
  return cell;
}

std::optional<OutcomeCell> OutcomeCalculator::cell(const repo::GoalRow& goal, const Period& period, int year_from,
                                                   int year_to) {
  if (goal.level == "service") return service_cell(goal, period);
  const auto goals = service_goals_under(goal, year_from, year_to);
  if (goals.empty()) return std::nullopt;
  std::vector<OutcomeCell> parts;
  for (const auto& g : goals) parts.push_back(service_cell(g, period));
  return merge(parts);
}

std::set<long long> OutcomeCalculator::clients(const std::vector<repo::GoalRow>& service_goals, const Period& period) {
  std::vector<long long> ids;
  for (const auto& g : service_goals)
    for (long long id : chain(g)) ids.push_back(id);
  std::set<long long> out;
  for (const auto& r : orepo::ratings(s_, ids, period.from, period.to)) out.insert(r.client_id);
  return out;
}

std::vector<long long> OutcomeCalculator::services_of(const repo::GoalRow& goal) {
  std::set<long long> ids;
  if (goal.service_id) ids.insert(*goal.service_id);
  for (const auto& g : service_goals_under(goal))
    if (g.service_id) ids.insert(*g.service_id);
  if (ids.empty())
    for (const auto& sv : repo::services_of(s_, organisation_id_)) ids.insert(sv.id);
  return {ids.begin(), ids.end()};
}

namespace {

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

// The goal and every goal beneath it.
void goal_and_descendants(soci::session& s, long long goal_id, std::vector<long long>& out) {
  if (std::find(out.begin(), out.end(), goal_id) != out.end()) return;
  out.push_back(goal_id);
  for (const auto& c : repo::children_of(s, goal_id)) goal_and_descendants(s, c.id, out);
}

}  // namespace

ComputedValue OutcomeCalculator::compute(const repo::IndicatorRow& ind, const repo::GoalRow& goal, const Period& period,
                                         const BenchmarkLookup& benchmark) {
  ComputedValue out;
  const int yf = year_of(period.from), yt = year_of(period.to);
  if (ind.source == "gas_t" || ind.source == "share_attained" || ind.source == "ladder_change" ||
      ind.source == "clients") {
    auto c = cell(goal, period, goal.level == "service" ? 0 : yf, goal.level == "service" ? 0 : yt);
    if (!c) return out;
    out.clients_n = c->clients;
    if (ind.source == "gas_t") out.value = c->mean_t;
    if (ind.source == "share_attained" && c->share_attained) out.value = *c->share_attained * 100.0;
    if (ind.source == "ladder_change") {
      out.value = c->mean_ladder_change;
      out.clients_n = c->ladder_clients;
    }
    if (ind.source == "clients") out.value = c->clients;
    return out;
  }
  if (ind.source == "benchmark") {
    const auto services = goal.service_id ? std::vector<long long>{*goal.service_id} : services_of(goal);
    if (services.size() == 1 && benchmark)
      out.value = benchmark(services.front(), ind.benchmark_indicator_code, yf, yt);
    return out;
  }
  if (ind.source == "count") {
    if (ind.count_of == "reviews") out.value = repo::count_reviews(s_, services_of(goal), period.from, period.to);
    if (ind.count_of == "clients") out.value = repo::count_clients(s_, services_of(goal), period.from, period.to);
    if (ind.count_of == "evaluations") {
      std::vector<long long> ids;
      goal_and_descendants(s_, goal.id, ids);
      out.value = repo::count_evaluations(s_, ids, period.from, period.to);
    }
    if (ind.count_of == "personal_goals") {
      std::vector<long long> ids;
      for (const auto& g : service_goals_under(goal))
        for (long long id : chain(g)) ids.push_back(id);
      out.value = repo::count_personal_goals(s_, ids, period.to);
    }
    return out;
  }
  return out;  // manual: entered by hand
}

bool owns_goal(soci::session& s, const accounts::Principal& p, const repo::GoalRow& goal, OutcomeCalculator& calc) {
  if (p.user_id == 0) return false;
  std::set<long long> services;
  if (goal.service_id) services.insert(*goal.service_id);
  for (const auto& g : calc.service_goals_under(goal))
    if (g.service_id) services.insert(*g.service_id);
  if (services.empty()) return false;
  for (long long id : services)
    if (!owns_service(p, goal.organisation_id, repo::is_staff(s, id, p.user_id))) return false;
  return true;
}

std::optional<OutcomeCell> viewer_cell(const std::optional<OutcomeCell>& cell, bool own) {
  if (!cell) return std::nullopt;
  return suppress(*cell, own);
}

bool client_source(const std::string& source) {
  return source == "gas_t" || source == "share_attained" || source == "ladder_change" || source == "clients";
}

std::optional<double> visible_value(const repo::IndicatorRow& indicator, const repo::ValueRow& value, bool own) {
  if (!own && client_source(indicator.source) && value.clients_n && *value.clients_n < kMinCell) return std::nullopt;
  return value.value;
}

Direction direction_of(const std::string& text) { return text == "lower" ? Direction::lower : Direction::higher; }

std::optional<bool> indicator_on_target(const repo::IndicatorRow& indicator, std::optional<double> value) {
  return on_target(value, indicator.target, direction_of(indicator.direction));
}

}  // namespace kvalis::planning::app
