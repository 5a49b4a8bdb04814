#include "planning/app/clients_views.hpp"

#include <map>
#include <optional>

#include "planning/core/gas.hpp"

namespace kvalis::planning::app {
namespace {

// The GAS T of each review over its ratings, with the goals' weights and the provider's ρ.
std::map<long long, std::optional<double>> review_ts(const std::vector<store::RatingRow>& ratings,
                                                     const std::map<long long, double>& weights, double rho) {
  std::map<long long, std::vector<GasItem>> items;
  for (const auto& r : ratings) {
    const auto w = weights.find(r.client_goal_id);
    items[r.review_id].push_back({reported_level(r.level), w == weights.end() ? 1.0 : w->second});
  }
  std::map<long long, std::optional<double>> out;
  for (const auto& [review, list] : items) out[review] = gas_t_score(list, rho);
  return out;
}

ClientSummary summary_of(const store::ClientRow& c, const std::vector<const store::ClientGoalRow*>& goals,
                         const std::vector<const store::ReviewRow*>& reviews,
                         const std::map<long long, std::optional<double>>& ts, const std::string& today) {
  ClientSummary out{c, 0, "", DueState::later, std::nullopt};
  std::vector<std::string> dates;
  for (const auto* g : goals)
    if (g->state == "active") {
      ++out.goals_active;
      dates.push_back(g->next_review_on);
    }
  out.next_review_on = earliest_date(dates);
  if (c.state == "active" && !out.next_review_on.empty()) out.review_state = due_state(out.next_review_on, today);
  for (const auto* r : reviews) {  // by held_on
    const auto t = ts.find(r->id);
    if (t != ts.end() && t->second) out.last_t = t->second;
  }
  return out;
}

}  // namespace

std::vector<ClientSummary> summaries_of(soci::session& s, const std::vector<store::ClientRow>& clients,
                                        const std::string& today) {
  std::vector<long long> ids;
  for (const auto& c : clients) ids.push_back(c.id);
  const auto goals = store::goals_of(s, ids);
  const auto reviews = store::reviews_of(s, ids);
  const auto ratings = store::ratings_of(s, ids);
  std::map<long long, double> weights;
  std::map<long long, std::vector<const store::ClientGoalRow*>> goals_by_client;
  for (const auto& g : goals) {
    weights[g.id] = g.weight;
    goals_by_client[g.client_id].push_back(&g);
  }
  std::map<long long, std::vector<const store::ReviewRow*>> reviews_by_client;
  std::map<long long, long long> client_of_review;
  for (const auto& r : reviews) {
    reviews_by_client[r.client_id].push_back(&r);
    client_of_review[r.id] = r.client_id;
  }
  std::map<long long, double> rho_by_org;
  std::map<long long, std::vector<store::RatingRow>> ratings_by_client;
  for (const auto& r : ratings) ratings_by_client[client_of_review[r.review_id]].push_back(r);
  std::vector<ClientSummary> out;
  for (const auto& c : clients) {
    if (!rho_by_org.count(c.organisation_id)) rho_by_org[c.organisation_id] = rho_of(s, c.organisation_id);
    const auto ts = review_ts(ratings_by_client[c.id], weights, rho_by_org[c.organisation_id]);
    out.push_back(summary_of(c, goals_by_client[c.id], reviews_by_client[c.id], ts, today));
  }
  return out;
}

ClientDetail detail_of(soci::session& s, const LoadedClient& l) {
  ClientDetail d;
  d.today = today_text();
  d.provider_name = l.service.provider_name;
  d.rho = rho_of(s, l.client.organisation_id);
  d.can_erase = l.rights.erase;
  const std::vector<long long> ids{l.client.id};
  const auto goals = store::goals_of(s, ids);
  const auto reviews = store::reviews_of(s, ids);
  const auto ratings = store::ratings_of(s, ids);
  std::map<long long, double> weights;
  for (const auto& g : goals) weights[g.id] = g.weight;
  std::map<long long, std::string> held_on;
  for (const auto& r : reviews) held_on[r.id] = r.held_on;
  const auto ts = review_ts(ratings, weights, d.rho);

  const bool active_client = l.client.state == "active";
  std::vector<const store::ClientGoalRow*> goal_ptrs;
  for (const auto& g : goals) {
    goal_ptrs.push_back(&g);
    ClientGoalView v{g, DueState::later, std::nullopt, {}};
    if (active_client && g.state == "active") v.review_state = due_state(g.next_review_on, d.today);
    for (const auto& r : ratings)  // by held_on
      if (r.client_goal_id == g.id) v.ratings.push_back({r.review_id, held_on[r.review_id], r.level});
    if (!v.ratings.empty()) v.latest = v.ratings.back();
    d.goals.push_back(std::move(v));
  }
  std::vector<const store::ReviewRow*> review_ptrs;
  for (const auto& r : reviews) {
    review_ptrs.push_back(&r);
    ReviewView v{r, {}, std::nullopt};
    for (const auto& x : ratings)
      if (x.review_id == r.id) v.ratings.push_back(x);
    if (auto t = ts.find(r.id); t != ts.end()) v.t = t->second;
    d.reviews.push_back(std::move(v));
  }
  d.summary = summary_of(l.client, goal_ptrs, review_ptrs, ts, d.today);

  std::map<long long, std::vector<store::AssessmentRow>> by_ladder;
  for (auto& a : store::assessments_of(s, l.client.id)) by_ladder[a.ladder_id].push_back(std::move(a));
  for (auto& [ladder_id, list] : by_ladder) {
    auto ladder = store::get_ladder(s, ladder_id);
    if (!ladder) continue;
    LadderView v{std::move(*ladder), std::move(list), {}};
    if (v.assessments.size() >= 2) {
      std::vector<LadderValue> from, to;
      for (const auto& [area, value] : v.assessments.front().values) from.push_back({area, value});
      for (const auto& [area, value] : v.assessments.back().values) to.push_back({area, value});
      v.distance = distance(from, to);
    }
    d.ladders.push_back(std::move(v));
  }
  return d;
}

}  // namespace kvalis::planning::app
