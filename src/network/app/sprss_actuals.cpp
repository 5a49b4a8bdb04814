#include "network/app/sprss_actuals.hpp"

#include <algorithm>
#include <map>

#include "accounts/core/caller.hpp"
#include "benchmark/app/groups.hpp"
#include "benchmark/app/methodologies.hpp"
#include "benchmark/app/rounds.hpp"
#include "benchmark/core/statistics.hpp"
#include "planning/app/plans.hpp"

namespace kvalis::network::app {

namespace {

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

// The indicator of that code in the group's methodologies, the newest version first.
std::optional<benchmark::app::repo::IndicatorRow> methodology_indicator(soci::session& s,
                                                                        const accounts::Caller& system,
                                                                        long long group_id, const std::string& code) {
  auto list = benchmark::app::list_methodologies(s, system, group_id);
  if (!list) return std::nullopt;
  auto rows = *list;
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.version > b.version; });
  for (const auto& m : rows) {
    auto view = benchmark::app::get_methodology(s, system, m.id);
    if (!view) continue;
    for (const auto& ind : view->content.indicators)
      if (ind.code == code) return ind;
  }
  return std::nullopt;
}

}  // namespace

bool benchmark_indicator_known(soci::session& s, long long group_id, const std::string& code) {
  return methodology_indicator(s, accounts::system_caller(), group_id, code).has_value();
}

std::optional<BenchmarkSource> benchmark_source(soci::session& s, long long group_id, const std::string& code,
                                                int year_from, int year_to, bool region_reader) {
  const auto system = accounts::system_caller();
  auto group = benchmark::app::get_group(s, system, group_id);
  if (!group) return std::nullopt;
  BenchmarkSource out;
  out.group_name = group->group.name;
  out.indicator_name = code;
  if (auto ind = methodology_indicator(s, system, group_id, code)) {
    out.indicator_name = ind->name_cs;
    out.unit = ind->unit;
    out.direction = ind->direction;
  }
  auto rounds = benchmark::app::list_rounds(s, system, group_id);
  if (!rounds) return out;
  // The round of each year of the plan: the latest locked one, else the latest open one.
  std::map<int, benchmark::app::repo::RoundRow> by_year;
  auto better = [](const benchmark::app::repo::RoundRow& a, const benchmark::app::repo::RoundRow& b) {
    const bool la = a.status == benchmark::RoundStatus::locked, lb = b.status == benchmark::RoundStatus::locked;
    return la != lb ? la : a.id > b.id;
  };
  for (const auto& r : *rounds) {
    if (r.period_year < year_from || r.period_year > year_to) continue;
    auto it = by_year.find(r.period_year);
    if (it == by_year.end() || better(r, it->second)) by_year[r.period_year] = r;
  }
  for (const auto& [year, round] : by_year) {
    auto scores = benchmark::app::round_scores(s, system, round.id);
    if (!scores) continue;
    std::vector<double> values;
    for (const auto& line : *scores)
      if (line.indicator.code == code && line.value) values.push_back(*line.value);
    auto summary = benchmark::summarize(values);
    if (!summary) continue;  // nobody had a value in that round
    SourceActual a;
    a.year = year;
    a.source = "benchmark";
    a.detail = round.name;
    a.n = static_cast<long long>(summary->n);
    a.preliminary = round.status != benchmark::RoundStatus::locked;
    a.suppressed = !region_reader && benchmark::is_suppressed(summary->n);
    if (!a.suppressed) a.value = summary->median;
    out.actuals.push_back(std::move(a));
  }
  return out;
}

std::optional<PlanningSource> planning_source(kvalis::store::Database& db, long long goal_id, long long indicator_id,
                                              int year_from, int year_to) {
  planning::app::Period period{std::to_string(year_from) + "-01-01", std::to_string(year_to) + "-12-31"};
  auto goal = planning::app::get_goal(db, accounts::system_caller(), goal_id, period);
  if (!goal) return std::nullopt;
  PlanningSource out;
  out.goal_title = goal->goal.goal.title;
  for (const auto& view : goal->indicators) {
    if (view.indicator.id != indicator_id) continue;
    out.indicator_name = view.indicator.name;
    out.unit = view.indicator.unit;
    out.direction = view.indicator.direction;
    // The year of a value: the end of the period its evaluation covers (a closing evaluation of 2025 held in
    // January 2026 counts for 2025); the latest evaluation of each year of the plan.
    std::map<std::string, std::string> period_end;  // held_on → the latest period_to of evaluations held then
    for (const auto& e : goal->evaluations) period_end[e.held_on] = std::max(period_end[e.held_on], e.period_to);
    std::map<int, std::pair<std::string, std::optional<double>>> by_year;
    for (const auto& [held_on, value] : view.history) {
      const auto end = period_end.find(held_on);
      const int y = year_of(end != period_end.end() && !end->second.empty() ? end->second : held_on);
      if (y < year_from || y > year_to) continue;
      auto it = by_year.find(y);
      if (it == by_year.end() || it->second.first <= held_on) by_year[y] = {held_on, value};
    }
    for (const auto& [year, v] : by_year) {
      SourceActual a;
      a.year = year;
      a.source = "planning";
      a.detail = v.first;
      a.value = v.second;
      a.suppressed = !v.second.has_value();
      out.actuals.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace kvalis::network::app
