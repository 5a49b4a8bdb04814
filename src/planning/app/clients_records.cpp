#include "planning/app/clients_records.hpp"

#include <algorithm>
#include <set>

#include "planning/app/clients_common.hpp"
#include "planning/app/clients_views.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::planning::app {
namespace {

using kvalis::store::Database;

Error goal_missing() { return not_found("planning.clients.goal_not_found"); }
Error erased_conflict() { return Error{ErrorCode::conflict, {}, "planning.clients.erased", {}}; }

std::string summary_detail(const store::ClientRow& c) { return "service " + std::to_string(c.service_id); }

// ---- input checks ------------------------------------------------------------------------------------

Status check_client(const ClientInput& in) {
  if (!in.code.empty())
    if (auto st = check_client_code("code", in.code); !st) return st;
  for (auto st : {check_line("name", in.name, 200, false), check_date("contract_from", in.contract_from, true),
                  check_date("contract_to", in.contract_to, false)})
    if (!st) return st;
  if (!in.contract_to.empty() && in.contract_to < in.contract_from)
    return invalid("contract_to", "planning.clients.date_before", {{"value", in.contract_from}});
  const auto state = parse_client_state(in.state);
  if (!state || *state == ClientState::erased) return invalid("state", "field.invalid_value", {{"value", in.state}});
  return ok_status();
}

// The key worker is always on the staff of the service and works with clients in the provider.
Status check_key_worker(soci::session& s, const store::ServiceRow& service, const std::optional<long long>& user) {
  if (!user) return ok_status();
  const auto kind = store::staff_kind(s, service.id, *user);
  if (!kind || !roles_work_with_clients(store::member_roles(s, *user, service.provider_id)))
    return invalid("key_worker_user_id", "planning.clients.key_worker_not_staff");
  return ok_status();
}

Status check_goal(soci::session& s, const store::ClientRow& client, const ClientGoalInput& in) {
  for (auto st :
       {check_text("wording", in.wording, 2000, true), check_text("steps", in.steps, 4000, false),
        check_text("responsibilities", in.responsibilities, 4000, false),
        check_text("level_minus2", in.level_minus2, 1000, true),
        check_text("level_minus1", in.level_minus1, 1000, true), check_text("level_0", in.level_0, 1000, true),
        check_text("level_plus1", in.level_plus1, 1000, true), check_text("level_plus2", in.level_plus2, 1000, true),
        check_weight("weight", in.weight), check_date("set_on", in.set_on, true),
        check_date("next_review_on", in.next_review_on, false), check_date("ended_on", in.ended_on, false),
        check_text("unlinked_reason", in.unlinked_reason, 1000, false)})
    if (!st) return st;
  if (!in.next_review_on.empty() && in.next_review_on < in.set_on)
    return invalid("next_review_on", "planning.clients.date_before", {{"value", in.set_on}});
  if (!parse_client_goal_state(in.state)) return invalid("state", "field.invalid_value", {{"value", in.state}});
  if (in.service_goal_id) {
    const auto goal = store::get_goal(s, *in.service_goal_id);
    if (!goal || goal->level != "service" || goal->organisation_id != client.organisation_id ||
        (goal->service_id && *goal->service_id != client.service_id))
      return invalid("service_goal_id", "planning.clients.service_goal_invalid",
                     {{"value", std::to_string(*in.service_goal_id)}});
  }
  return check_goal_link(in.service_goal_id.has_value(), in.unlinked_reason);
}

void fill_goal(store::ClientGoalRow& g, const ClientGoalInput& in) {
  g.service_goal_id = in.service_goal_id;
  g.unlinked_reason = in.service_goal_id ? "" : in.unlinked_reason;
  g.wording = in.wording;
  g.steps = in.steps;
  g.responsibilities = in.responsibilities;
  g.level_minus2 = in.level_minus2;
  g.level_minus1 = in.level_minus1;
  g.level_0 = in.level_0;
  g.level_plus1 = in.level_plus1;
  g.level_plus2 = in.level_plus2;
  g.weight = in.weight;
  g.set_on = in.set_on;
  g.next_review_on = in.next_review_on;
  g.state = in.state;
  g.ended_on = in.ended_on;
}

Status check_review(const ReviewInput& in, const std::vector<store::ClientGoalRow>& goals) {
  for (auto st :
       {check_date("held_on", in.held_on, true), check_text("what_changed", in.what_changed, 4000, false),
        check_text("client_view", in.client_view, 4000, false), check_text("next_steps", in.next_steps, 4000, false),
        check_text("participants", in.participants, 1000, false),
        check_date("next_review_on", in.next_review_on, false)})
    if (!st) return st;
  if (in.held_on > add_days(today_text(), 1))  // a day of slack for the time zones
    return invalid("held_on", "planning.clients.date_future", {{"value", in.held_on}});
  if (!in.next_review_on.empty() && in.next_review_on < in.held_on)
    return invalid("next_review_on", "planning.clients.date_before", {{"value", in.held_on}});
  if (in.ratings.size() > 50) return invalid("ratings", "field.too_long", {{"max", "50"}});
  std::set<long long> seen;
  for (std::size_t i = 0; i < in.ratings.size(); ++i) {
    const std::string base = "ratings[" + std::to_string(i) + "]";
    const auto& r = in.ratings[i];
    const auto id = std::to_string(r.client_goal_id);
    if (std::none_of(goals.begin(), goals.end(), [&](const auto& g) { return g.id == r.client_goal_id; }))
      return invalid(base + ".client_goal_id", "planning.clients.rating_goal_unknown", {{"value", id}});
    if (!seen.insert(r.client_goal_id).second)
      return invalid(base + ".client_goal_id", "planning.clients.rating_duplicate", {{"value", id}});
    if (auto st = check_rating_level(base + ".level", r.level); !st) return st;
    if (auto st = check_text(base + ".note", r.note, 2000, false); !st) return st;
  }
  return ok_status();
}

Status check_assessment(const AssessmentInput& in, const std::optional<store::LadderRow>& ladder,
                        const store::ClientRow& client) {
  if (!ladder || ladder->organisation_id != client.organisation_id || ladder->archived)
    return invalid("ladder_id", "planning.clients.ladder_not_found");
  for (auto st : {check_date("assessed_on", in.assessed_on, true), check_text("note", in.note, 4000, false)})
    if (!st) return st;
  if (in.assessed_on > add_days(today_text(), 1))
    return invalid("assessed_on", "planning.clients.date_future", {{"value", in.assessed_on}});
  if (in.values.empty()) return invalid("values", "field.required");
  std::set<long long> seen;
  for (std::size_t i = 0; i < in.values.size(); ++i) {
    const std::string base = "values[" + std::to_string(i) + "]";
    const auto& [area, value] = in.values[i];
    const auto id = std::to_string(area);
    if (std::none_of(ladder->areas.begin(), ladder->areas.end(),
                     [&area = area](const auto& a) { return a.id == area; }))
      return invalid(base + ".area_id", "planning.clients.ladder_area_unknown", {{"value", id}});
    if (!seen.insert(area).second)
      return invalid(base + ".area_id", "planning.clients.ladder_area_duplicate", {{"value", id}});
    if (auto st = check_ladder_value(base + ".value", value, ladder->scale_min, ladder->scale_max); !st) return st;
  }
  return ok_status();
}

// The client the caller may change: loaded, writable and not erased.
Result<LoadedClient> load_for_change(soci::session& s, const accounts::Caller& caller, long long id) {
  auto l = load_client(s, caller.principal, id);
  if (!l) return l.error();
  if (!l->rights.write) return client_missing();
  if (l->client.state == "erased") return erased_conflict();
  return l;
}

Result<ClientDetail> reload(soci::session& s, const accounts::Caller& caller, long long id) {
  auto l = load_client(s, caller.principal, id);
  if (!l) return l.error();
  return detail_of(s, *l);
}

}  // namespace

Result<std::vector<ClientSummary>> list_clients(Database& db, const accounts::Caller& caller,
                                                const ClientFilter& filter) {
  return db.write([&](soci::session& s) -> Result<std::vector<ClientSummary>> {
    store::ClientQuery q;
    q.service_ids = readable_services(s, caller.principal);
    if (filter.service_id) {
      const bool known =
          std::find(q.service_ids.begin(), q.service_ids.end(), *filter.service_id) != q.service_ids.end();
      q.service_ids = known ? std::vector<long long>{*filter.service_id} : std::vector<long long>{};
    }
    q.q = filter.q;
    q.state = filter.state;
    if (filter.mine) q.key_worker_user_id = caller.principal.user_id;
    auto out = summaries_of(s, store::list_clients(s, q), today_text());
    long long org = 0;
    if (filter.service_id && !q.service_ids.empty())
      if (auto svc = store::get_service(s, *filter.service_id)) org = svc->provider_id;
    kvalis::store::activity_log::append(
        s, caller.activity("planning.clients.list", "pl_clients", filter.service_id.value_or(0), org,
                           "count " + std::to_string(out.size()) + (filter.mine ? ", mine" : "")));
    return out;
  });
}

Result<ClientDetail> create_client(soci::session& s, const accounts::Caller& caller, const ClientInput& in) {
  if (auto st = check_client(in); !st) return st.error();
  const auto service = store::get_service(s, in.service_id);
  if (!service) return service_missing();
  const auto rights = client_rights(caller.principal, facts_of(s, caller.principal, *service));
  if (!rights.write) return service_missing();
  if (auto st = check_key_worker(s, *service, in.key_worker_user_id); !st) return st.error();
  store::ClientRow c;
  c.organisation_id = service->provider_id;
  c.service_id = service->id;
  c.code = in.code;
  if (c.code.empty()) {
    long long n = store::count_clients(s, service->id) + 1;
    while (store::code_taken(s, service->id, client_code(static_cast<int>(n)), 0)) ++n;
    c.code = client_code(static_cast<int>(n));
  } else if (store::code_taken(s, service->id, c.code, 0)) {
    return Error{ErrorCode::conflict, "code", "planning.clients.code_taken", {{"value", c.code}}};
  }
  c.name = in.name;
  c.contract_from = in.contract_from;
  c.contract_to = in.contract_to;
  c.key_worker_user_id = in.key_worker_user_id;
  c.state = "active";
  c.created_by = caller.principal.user_id;
  c.created_at = c.updated_at = kvalis::store::now_epoch();
  c.id = store::insert_client(s, c);
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(
      s, caller.activity("planning.client.create", "pl_clients", c.id, c.organisation_id, summary_detail(c)));
  return reload(s, caller, c.id);
}

Result<ClientDetail> create_client(Database& db, const accounts::Caller& caller, const ClientInput& in) {
  return db.write([&](soci::session& s) { return create_client(s, caller, in); });
}

Result<ClientDetail> get_client(Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Result<ClientDetail> {
    auto l = load_client(s, caller.principal, id);
    if (!l) return l.error();
    kvalis::store::activity_log::append(s, caller.activity("planning.client.read", "pl_clients", l->client.id,
                                                           l->client.organisation_id, summary_detail(l->client)));
    return detail_of(s, *l);
  });
}

Result<ClientDetail> update_client(Database& db, const accounts::Caller& caller, long long id, const ClientInput& in) {
  return db.write([&](soci::session& s) -> Result<ClientDetail> {
    auto l = load_for_change(s, caller, id);
    if (!l) return l.error();
    ClientInput given = in;
    if (given.code.empty()) given.code = l->client.code;
    if (auto st = check_client(given); !st) return st.error();
    if (store::code_taken(s, l->client.service_id, given.code, l->client.id))
      return Error{ErrorCode::conflict, "code", "planning.clients.code_taken", {{"value", given.code}}};
    if (auto st = check_key_worker(s, l->service, given.key_worker_user_id); !st) return st.error();
    auto c = l->client;
    c.code = given.code;
    c.name = given.name;
    c.contract_from = given.contract_from;
    c.contract_to = given.contract_to;
    c.key_worker_user_id = given.key_worker_user_id;
    c.state = given.state;
    c.updated_at = kvalis::store::now_epoch();
    store::update_client(s, c);
    kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
    kvalis::store::activity_log::append(
        s, caller.activity("planning.client.update", "pl_clients", c.id, c.organisation_id, summary_detail(c)));
    return reload(s, caller, c.id);
  });
}

Result<ClientDetail> add_client_goal(soci::session& s, const accounts::Caller& caller, long long client_id,
                                     const ClientGoalInput& in) {
  auto l = load_for_change(s, caller, client_id);
  if (!l) return l.error();
  if (auto st = check_goal(s, l->client, in); !st) return st.error();
  store::ClientGoalRow g;
  fill_goal(g, in);
  g.client_id = l->client.id;
  g.position = static_cast<int>(store::goals_of(s, {l->client.id}).size()) + 1;
  g.created_by = caller.principal.user_id;
  g.created_at = g.updated_at = kvalis::store::now_epoch();
  g.id = store::insert_client_goal(s, g);
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(s, caller.activity("planning.client_goal.create", "pl_client_goals", g.id,
                                                         l->client.organisation_id, summary_detail(l->client)));
  return reload(s, caller, l->client.id);
}

Result<ClientDetail> add_client_goal(Database& db, const accounts::Caller& caller, long long client_id,
                                     const ClientGoalInput& in) {
  return db.write([&](soci::session& s) { return add_client_goal(s, caller, client_id, in); });
}

Result<ClientDetail> update_client_goal(Database& db, const accounts::Caller& caller, long long goal_id,
                                        const ClientGoalInput& in) {
  return db.write([&](soci::session& s) -> Result<ClientDetail> {
    auto g = store::get_client_goal(s, goal_id);
    if (!g) return goal_missing();
    auto l = load_for_change(s, caller, g->client_id);
    if (!l) return l.error().code == ErrorCode::not_found ? goal_missing() : l.error();
    if (auto st = check_goal(s, l->client, in); !st) return st.error();
    fill_goal(*g, in);
    g->updated_at = kvalis::store::now_epoch();
    store::update_client_goal(s, *g);
    kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
    kvalis::store::activity_log::append(s, caller.activity("planning.client_goal.update", "pl_client_goals", g->id,
                                                           l->client.organisation_id, summary_detail(l->client)));
    return reload(s, caller, l->client.id);
  });
}

Result<ClientDetail> add_review(soci::session& s, const accounts::Caller& caller, long long client_id,
                                const ReviewInput& in) {
  auto l = load_for_change(s, caller, client_id);
  if (!l) return l.error();
  const auto goals = store::goals_of(s, {l->client.id});
  if (auto st = check_review(in, goals); !st) return st.error();
  store::ReviewRow r;
  r.client_id = l->client.id;
  r.held_on = in.held_on;
  r.what_changed = in.what_changed;
  r.client_view = in.client_view;
  r.next_steps = in.next_steps;
  r.participants = in.participants;
  r.next_review_on = in.next_review_on;
  r.created_by = caller.principal.user_id;
  r.created_at = kvalis::store::now_epoch();
  r.id = store::insert_review(s, r);
  for (const auto& x : in.ratings) store::insert_rating(s, {r.id, x.client_goal_id, x.level, x.note});
  // The review agrees when the plan is reviewed next: every active goal's next review moves there.
  if (!in.next_review_on.empty())
    for (const auto& g : goals)
      if (g.state == "active") store::set_goal_next_review(s, g.id, in.next_review_on);
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(
      s, caller.activity("planning.review.create", "pl_reviews", r.id, l->client.organisation_id,
                         summary_detail(l->client) + ", ratings " + std::to_string(in.ratings.size())));
  return reload(s, caller, l->client.id);
}

Result<ClientDetail> add_review(Database& db, const accounts::Caller& caller, long long client_id,
                                const ReviewInput& in) {
  return db.write([&](soci::session& s) { return add_review(s, caller, client_id, in); });
}

Result<ClientDetail> add_assessment(soci::session& s, const accounts::Caller& caller, long long client_id,
                                    const AssessmentInput& in) {
  auto l = load_for_change(s, caller, client_id);
  if (!l) return l.error();
  const auto ladder = store::get_ladder(s, in.ladder_id);
  if (auto st = check_assessment(in, ladder, l->client); !st) return st.error();
  store::AssessmentRow a;
  a.client_id = l->client.id;
  a.ladder_id = in.ladder_id;
  a.assessed_on = in.assessed_on;
  a.note = in.note;
  a.values = in.values;
  a.created_by = caller.principal.user_id;
  a.id = store::insert_assessment(s, a, kvalis::store::now_epoch());
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(s, caller.activity("planning.ladder_assessment.create", "pl_ladder_assessments",
                                                         a.id, l->client.organisation_id, summary_detail(l->client)));
  return reload(s, caller, l->client.id);
}

Result<ClientDetail> add_assessment(Database& db, const accounts::Caller& caller, long long client_id,
                                    const AssessmentInput& in) {
  return db.write([&](soci::session& s) { return add_assessment(s, caller, client_id, in); });
}

Result<std::vector<store::GoalRef>> linkable_goals(soci::session& s, const accounts::Caller& caller,
                                                   long long client_id) {
  auto l = load_client(s, caller.principal, client_id);
  if (!l) return l.error();
  return store::service_goals_for(s, l->client.organisation_id, l->client.service_id);
}

Result<std::vector<store::GoalRef>> linkable_goals(Database& db, const accounts::Caller& caller, long long client_id) {
  return db.read([&](soci::session& s) { return linkable_goals(s, caller, client_id); });
}

Result<std::vector<DueReview>> due_reviews(Database& db, const accounts::Caller& caller, bool mine,
                                           std::optional<long long> service_id) {
  return db.write([&](soci::session& s) -> Result<std::vector<DueReview>> {
    store::ClientQuery q;
    q.service_ids = readable_services(s, caller.principal);
    if (service_id) {
      if (std::find(q.service_ids.begin(), q.service_ids.end(), *service_id) == q.service_ids.end())
        return service_missing();
      q.service_ids = {*service_id};
    }
    q.state = "active";
    if (mine) q.key_worker_user_id = caller.principal.user_id;
    std::vector<DueReview> out;
    for (const auto& sum : summaries_of(s, store::list_clients(s, q), today_text())) {
      if (sum.review_state == DueState::later) continue;
      const auto& c = sum.client;
      out.push_back({c.id, c.code, c.name, c.service_id, c.service_name, c.key_worker_user_id, c.key_worker_name,
                     sum.next_review_on, sum.review_state});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DueReview& a, const DueReview& b) { return a.next_review_on < b.next_review_on; });
    kvalis::store::activity_log::append(
        s, caller.activity(
               "planning.clients.list", "pl_clients", service_id.value_or(0), 0,
               std::string("due reviews ") + (mine ? "mine" : "service") + ", count " + std::to_string(out.size())));
    return out;
  });
}

Result<ClientExport> export_client(Database& db, const accounts::Caller& caller, long long id,
                                   const std::string& format) {
  return db.write([&](soci::session& s) -> Result<ClientExport> {
    auto l = load_client(s, caller.principal, id);
    if (!l) return l.error();
    kvalis::store::activity_log::append(
        s, caller.activity("planning.client.export", "pl_clients", l->client.id, l->client.organisation_id, format));
    return ClientExport{detail_of(s, *l), format_timestamp(kvalis::store::now_epoch())};
  });
}

Result<ClientDetail> erase_client(Database& db, const accounts::Caller& caller, long long id,
                                  const std::string& confirm_code) {
  return db.write([&](soci::session& s) -> Result<ClientDetail> {
    auto l = load_client(s, caller.principal, id);
    if (!l) return l.error();
    if (!l->rights.erase) return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
    if (l->client.state == "erased") return erased_conflict();
    if (confirm_code != l->client.code) return invalid("confirm_code", "planning.clients.erase_confirm");
    store::erase_client(s, l->client.id, "erased-" + std::to_string(l->client.id), kvalis::store::now_epoch());
    kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
    kvalis::store::activity_log::append(s, caller.activity("planning.client.erase", "pl_clients", l->client.id,
                                                           l->client.organisation_id, summary_detail(l->client)));
    return reload(s, caller, l->client.id);
  });
}

}  // namespace kvalis::planning::app
