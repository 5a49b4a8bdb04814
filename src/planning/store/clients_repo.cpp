#include "planning/store/clients_repo.hpp"

#include <map>

#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::planning::store {
namespace {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

std::vector<Param> params_of(const std::vector<long long>& ids) { return {ids.begin(), ids.end()}; }

// "column IN (…)" over the ids; an empty list matches nothing.
void add_in(Filter& f, const std::string& column, const std::vector<long long>& ids) {
  if (ids.empty())
    f.add("1 = 0");
  else
    f.add(column + " IN (" + placeholders(ids.size()) + ")", params_of(ids));
}

constexpr const char* kServiceColumns =
    "SELECT s.id, s.provider_id, o.name, s.name, s.kind_code, "
    "COALESCE((SELECT MAX(k.name_cs) FROM catalogue_items k WHERE k.catalogue = 'service_kinds' AND k.code = "
    "s.kind_code), ''), s.region_code FROM services s JOIN organisations o ON o.id = s.provider_id";

ServiceRow read_service(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), as_str(r, 6)};
}

constexpr const char* kClientColumns =
    "SELECT c.id, c.organisation_id, c.service_id, s.name, c.code, c.name, c.contract_from, c.contract_to, "
    "c.key_worker_user_id, COALESCE(u.display_name, ''), c.state, c.erased_at, c.created_by, c.created_at, "
    "c.updated_at FROM pl_clients c JOIN services s ON s.id = c.service_id "
    "LEFT JOIN users u ON u.id = c.key_worker_user_id";

ClientRow read_client(const soci::row& r) {
  ClientRow c;
  c.id = as_ll(r, 0);
  c.organisation_id = as_ll(r, 1);
  c.service_id = as_ll(r, 2);
  c.service_name = as_str(r, 3);
  c.code = as_str(r, 4);
  c.name = as_str(r, 5);
  c.contract_from = as_str(r, 6);
  c.contract_to = as_str(r, 7);
  c.key_worker_user_id = as_opt_ll(r, 8);
  c.key_worker_name = as_str(r, 9);
  c.state = as_str(r, 10);
  c.erased_at = as_opt_ll(r, 11);
  c.created_by = as_ll(r, 12);
  c.created_at = as_ll(r, 13);
  c.updated_at = as_ll(r, 14);
  return c;
}

constexpr const char* kGoalColumns =
    "SELECT g.id, g.client_id, g.service_goal_id, COALESCE(sg.code, ''), COALESCE(sg.title, ''), g.unlinked_reason, "
    "g.wording, g.steps, g.responsibilities, g.level_minus2, g.level_minus1, g.level_0, g.level_plus1, "
    "g.level_plus2, g.weight, g.set_on, g.next_review_on, g.state, g.ended_on, g.position, g.created_by, "
    "g.created_at, g.updated_at FROM pl_client_goals g LEFT JOIN pl_goals sg ON sg.id = g.service_goal_id";

ClientGoalRow read_goal(const soci::row& r) {
  ClientGoalRow g;
  g.id = as_ll(r, 0);
  g.client_id = as_ll(r, 1);
  g.service_goal_id = as_opt_ll(r, 2);
  g.service_goal_code = as_str(r, 3);
  g.service_goal_title = as_str(r, 4);
  g.unlinked_reason = as_str(r, 5);
  g.wording = as_str(r, 6);
  g.steps = as_str(r, 7);
  g.responsibilities = as_str(r, 8);
  g.level_minus2 = as_str(r, 9);
  g.level_minus1 = as_str(r, 10);
  g.level_0 = as_str(r, 11);
  g.level_plus1 = as_str(r, 12);
  g.level_plus2 = as_str(r, 13);
  g.weight = as_double(r, 14);
  g.set_on = as_str(r, 15);
  g.next_review_on = as_str(r, 16);
  g.state = as_str(r, 17);
  g.ended_on = as_str(r, 18);
  g.position = as_int(r, 19);
  g.created_by = as_ll(r, 20);
  g.created_at = as_ll(r, 21);
  g.updated_at = as_ll(r, 22);
  return g;
}

}  // namespace

// ---- services and staff ----------------------------------------------------------------------------------

std::optional<ServiceRow> get_service(soci::session& s, long long id) {
  Filter f;
  f.add("s.id = ?", {id});
  std::optional<ServiceRow> out;
  for_each_row(s, std::string(kServiceColumns) + f.where(), f, [&](const soci::row& r) { out = read_service(r); });
  return out;
}

std::vector<ServiceRow> list_services(soci::session& s, const std::vector<long long>& provider_ids,
                                      long long staff_user_id) {
  Filter f;
  std::string clause = "s.id IN (SELECT service_id FROM pl_service_staff WHERE user_id = ?)";
  std::vector<Param> params{staff_user_id};
  if (!provider_ids.empty()) {
    clause += " OR s.provider_id IN (" + placeholders(provider_ids.size()) + ")";
    params.insert(params.end(), provider_ids.begin(), provider_ids.end());
  }
  f.add(clause, params);
  f.add("s.status = 'active'");
  std::vector<ServiceRow> out;
  for_each_row(s, std::string(kServiceColumns) + f.where() + " ORDER BY o.name, s.name, s.id", f,
               [&](const soci::row& r) { out.push_back(read_service(r)); });
  return out;
}

std::vector<StaffRow> staff_of(soci::session& s, const std::vector<long long>& service_ids) {
  Filter f;
  add_in(f, "st.service_id", service_ids);
  std::vector<StaffRow> out;
  for_each_row(s,
               "SELECT st.service_id, st.user_id, u.login, u.display_name, st.kind FROM pl_service_staff st "
               "JOIN users u ON u.id = st.user_id" +
                   f.where() + " ORDER BY st.service_id, u.display_name, u.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)});
               });
  return out;
}

std::vector<std::pair<long long, long long>> staffed_services(soci::session& s, long long user_id) {
  Filter f;
  f.add("st.user_id = ?", {user_id});
  std::vector<std::pair<long long, long long>> out;
  for_each_row(s,
               "SELECT st.service_id, s.provider_id FROM pl_service_staff st JOIN services s ON s.id = st.service_id" +
                   f.where() + " ORDER BY st.service_id",
               f, [&](const soci::row& r) { out.emplace_back(as_ll(r, 0), as_ll(r, 1)); });
  return out;
}

std::optional<std::string> staff_kind(soci::session& s, long long service_id, long long user_id) {
  Filter f;
  f.add("service_id = ? AND user_id = ?", {service_id, user_id});
  std::optional<std::string> out;
  for_each_row(s, "SELECT kind FROM pl_service_staff" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

void replace_staff(soci::session& s, long long service_id, const std::vector<std::pair<long long, std::string>>& staff,
                   long long granted_by, long long now) {
  s << "DELETE FROM pl_service_staff WHERE service_id = :s", soci::use(service_id);
  for (const auto& [user, kind] : staff)
    s << "INSERT INTO pl_service_staff (service_id, user_id, kind, granted_by, created_at) VALUES (:s, :u, :k, :g, :n)",
        soci::use(service_id), soci::use(user), soci::use(kind), soci::use(granted_by), soci::use(now);
}

std::vector<std::string> member_roles(soci::session& s, long long user_id, long long organisation_id) {
  Filter f;
  f.add("m.user_id = ? AND m.organisation_id = ? AND u.active = 1", {user_id, organisation_id});
  std::vector<std::string> out;
  for_each_row(s, "SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id" + f.where(), f,
               [&](const soci::row& r) { out.push_back(as_str(r, 0)); });
  return out;
}

std::vector<UserRef> client_workers_of(soci::session& s, long long organisation_id) {
  Filter f;
  f.add(
      "u.id IN (SELECT user_id FROM memberships WHERE organisation_id = ? AND role IN ('admin', 'manager', "
      "'worker')) AND u.active = 1",
      {organisation_id});
  std::vector<UserRef> out;
  for_each_row(s, "SELECT u.id, u.login, u.display_name FROM users u" + f.where() + " ORDER BY u.display_name, u.id", f,
               [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2)});
               });
  return out;
}

std::vector<long long> key_workers_of(soci::session& s, long long service_id) {
  Filter f;
  f.add("service_id = ? AND state <> 'erased' AND key_worker_user_id IS NOT NULL", {service_id});
  std::vector<long long> out;
  for_each_row(s, "SELECT DISTINCT key_worker_user_id FROM pl_clients" + f.where(), f,
               [&](const soci::row& r) { out.push_back(as_ll(r, 0)); });
  return out;
}

bool organisation_exists(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM organisations" + f.where(), f) > 0;
}

std::optional<UserRef> get_user(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<UserRef> out;
  for_each_row(s, "SELECT id, login, display_name FROM users" + f.where(), f, [&](const soci::row& r) {
    out = UserRef{as_ll(r, 0), as_str(r, 1), as_str(r, 2)};
  });
  return out;
}

std::optional<double> gas_rho(soci::session& s, long long organisation_id) {
  Filter f;
  f.add("organisation_id = ?", {organisation_id});
  std::optional<double> out;
  for_each_row(s, "SELECT gas_rho FROM pl_settings" + f.where(), f, [&](const soci::row& r) { out = as_double(r, 0); });
  return out;
}

// ---- clients ------------------------------------------------------------------------------------------

std::vector<ClientRow> list_clients(soci::session& s, const ClientQuery& q) {
  Filter f;
  add_in(f, "c.service_id", q.service_ids);
  if (!q.q.empty()) f.add_contains({"c.code", "c.name"}, q.q);
  if (!q.state.empty()) f.add("c.state = ?", {q.state});
  if (q.key_worker_user_id) f.add("c.key_worker_user_id = ?", {*q.key_worker_user_id});
  std::vector<ClientRow> out;
  for_each_row(s, std::string(kClientColumns) + f.where() + " ORDER BY s.name, c.code, c.id", f,
               [&](const soci::row& r) { out.push_back(read_client(r)); });
  return out;
}

std::optional<ClientRow> get_client(soci::session& s, long long id) {
  Filter f;
  f.add("c.id = ?", {id});
  std::optional<ClientRow> out;
  for_each_row(s, std::string(kClientColumns) + f.where(), f, [&](const soci::row& r) { out = read_client(r); });
  return out;
}

bool code_taken(soci::session& s, long long service_id, const std::string& code, long long except_id) {
  Filter f;
  f.add("service_id = ? AND code = ? AND id <> ?", {service_id, code, except_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pl_clients" + f.where(), f) > 0;
}

long long count_clients(soci::session& s, long long service_id) {
  Filter f;
  f.add("service_id = ?", {service_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pl_clients" + f.where(), f);
}

long long insert_client(soci::session& s, const ClientRow& r) {
  long long id = 0;
  Nullable<long long> kw(r.key_worker_user_id);
  s << "INSERT INTO pl_clients (organisation_id, service_id, code, name, contract_from, contract_to, "
       "key_worker_user_id, state, created_by, created_at, updated_at) VALUES (:o, :s, :c, :n, :f, :t, :k, :st, :cb, "
       ":ca, :ua) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.service_id), soci::use(r.code), soci::use(r.name),
      soci::use(r.contract_from), soci::use(r.contract_to), soci::use(kw.value, kw.ind), soci::use(r.state),
      soci::use(r.created_by), soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_client(soci::session& s, const ClientRow& r) {
  Nullable<long long> kw(r.key_worker_user_id);
  s << "UPDATE pl_clients SET code = :c, name = :n, contract_from = :f, contract_to = :t, key_worker_user_id = :k, "
       "state = :st, updated_at = :ua WHERE id = :id",
      soci::use(r.code), soci::use(r.name), soci::use(r.contract_from), soci::use(r.contract_to),
      soci::use(kw.value, kw.ind), soci::use(r.state), soci::use(r.updated_at), soci::use(r.id);
}

// ---- goals, reviews, ratings ---------------------------------------------------------------------------

std::vector<ClientGoalRow> goals_of(soci::session& s, const std::vector<long long>& client_ids) {
  Filter f;
  add_in(f, "g.client_id", client_ids);
  std::vector<ClientGoalRow> out;
  for_each_row(s, std::string(kGoalColumns) + f.where() + " ORDER BY g.client_id, g.position, g.id", f,
               [&](const soci::row& r) { out.push_back(read_goal(r)); });
  return out;
}

std::optional<ClientGoalRow> get_client_goal(soci::session& s, long long id) {
  Filter f;
  f.add("g.id = ?", {id});
  std::optional<ClientGoalRow> out;
  for_each_row(s, std::string(kGoalColumns) + f.where(), f, [&](const soci::row& r) { out = read_goal(r); });
  return out;
}

long long insert_client_goal(soci::session& s, const ClientGoalRow& r) {
  long long id = 0;
  Nullable<long long> sg(r.service_goal_id);
  s << "INSERT INTO pl_client_goals (client_id, service_goal_id, unlinked_reason, wording, steps, responsibilities, "
       "level_minus2, level_minus1, level_0, level_plus1, level_plus2, weight, set_on, next_review_on, state, "
       "ended_on, position, created_by, created_at, updated_at) VALUES (:c, :sg, :ur, :w, :st, :re, :m2, :m1, :z, "
       ":p1, :p2, :wt, :so, :nr, :state, :eo, :pos, :cb, :ca, :ua) RETURNING id",
      soci::use(r.client_id), soci::use(sg.value, sg.ind), soci::use(r.unlinked_reason), soci::use(r.wording),
      soci::use(r.steps), soci::use(r.responsibilities), soci::use(r.level_minus2), soci::use(r.level_minus1),
      soci::use(r.level_0), soci::use(r.level_plus1), soci::use(r.level_plus2), soci::use(r.weight),
      soci::use(r.set_on), soci::use(r.next_review_on), soci::use(r.state), soci::use(r.ended_on),
      soci::use(r.position), soci::use(r.created_by), soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_client_goal(soci::session& s, const ClientGoalRow& r) {
  Nullable<long long> sg(r.service_goal_id);
  s << "UPDATE pl_client_goals SET service_goal_id = :sg, unlinked_reason = :ur, wording = :w, steps = :st, "
       "responsibilities = :re, level_minus2 = :m2, level_minus1 = :m1, level_0 = :z, level_plus1 = :p1, "
       "level_plus2 = :p2, weight = :wt, set_on = :so, next_review_on = :nr, state = :state, ended_on = :eo, "
       "updated_at = :ua WHERE id = :id",
      soci::use(sg.value, sg.ind), soci::use(r.unlinked_reason), soci::use(r.wording), soci::use(r.steps),
      soci::use(r.responsibilities), soci::use(r.level_minus2), soci::use(r.level_minus1), soci::use(r.level_0),
      soci::use(r.level_plus1), soci::use(r.level_plus2), soci::use(r.weight), soci::use(r.set_on),
      soci::use(r.next_review_on), soci::use(r.state), soci::use(r.ended_on), soci::use(r.updated_at), soci::use(r.id);
}

void set_goal_next_review(soci::session& s, long long goal_id, const std::string& date) {
  s << "UPDATE pl_client_goals SET next_review_on = :d WHERE id = :id", soci::use(date), soci::use(goal_id);
}

std::optional<GoalRef> get_goal(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<GoalRef> out;
  for_each_row(s, "SELECT id, level, organisation_id, service_id, code, title FROM pl_goals" + f.where(), f,
               [&](const soci::row& r) {
                 out = GoalRef{as_ll(r, 0), as_str(r, 1), as_ll(r, 2), as_opt_ll(r, 3), as_str(r, 4), as_str(r, 5)};
               });
  return out;
}

std::vector<GoalRef> service_goals_for(soci::session& s, long long organisation_id, long long service_id) {
  Filter f;
  f.add("level = 'service' AND state <> 'dropped' AND organisation_id = ? AND (service_id = ? OR service_id IS NULL)",
        {organisation_id, service_id});
  std::vector<GoalRef> out;
  for_each_row(
      s, "SELECT id, level, organisation_id, service_id, code, title FROM pl_goals" + f.where() + " ORDER BY code, id",
      f, [&](const soci::row& r) {
        out.push_back({as_ll(r, 0), as_str(r, 1), as_ll(r, 2), as_opt_ll(r, 3), as_str(r, 4), as_str(r, 5)});
      });
  return out;
}

std::vector<ReviewRow> reviews_of(soci::session& s, const std::vector<long long>& client_ids) {
  Filter f;
  add_in(f, "client_id", client_ids);
  std::vector<ReviewRow> out;
  for_each_row(s,
               "SELECT id, client_id, held_on, what_changed, client_view, next_steps, participants, next_review_on, "
               "created_by, created_at FROM pl_reviews" +
                   f.where() + " ORDER BY client_id, held_on, id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                as_str(r, 6), as_str(r, 7), as_ll(r, 8), as_ll(r, 9)});
               });
  return out;
}

std::vector<RatingRow> ratings_of(soci::session& s, const std::vector<long long>& client_ids) {
  Filter f;
  add_in(f, "rv.client_id", client_ids);
  std::vector<RatingRow> out;
  for_each_row(s,
               "SELECT gr.review_id, gr.client_goal_id, gr.level, gr.note FROM pl_goal_ratings gr "
               "JOIN pl_reviews rv ON rv.id = gr.review_id" +
                   f.where() + " ORDER BY rv.held_on, gr.review_id, gr.client_goal_id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_double(r, 2), as_str(r, 3)});
               });
  return out;
}

long long insert_review(soci::session& s, const ReviewRow& r) {
  long long id = 0;
  s << "INSERT INTO pl_reviews (client_id, held_on, what_changed, client_view, next_steps, participants, "
       "next_review_on, created_by, created_at) VALUES (:c, :h, :w, :v, :n, :p, :nr, :cb, :ca) RETURNING id",
      soci::use(r.client_id), soci::use(r.held_on), soci::use(r.what_changed), soci::use(r.client_view),
      soci::use(r.next_steps), soci::use(r.participants), soci::use(r.next_review_on), soci::use(r.created_by),
      soci::use(r.created_at), soci::into(id);
  return id;
}

void insert_rating(soci::session& s, const RatingRow& r) {
  s << "INSERT INTO pl_goal_ratings (review_id, client_goal_id, level, note) VALUES (:r, :g, :l, :n)",
      soci::use(r.review_id), soci::use(r.client_goal_id), soci::use(r.level), soci::use(r.note);
}

// ---- erasure ------------------------------------------------------------------------------------------

void erase_client(soci::session& s, long long client_id, const std::string& code, long long now) {
  s << "UPDATE pl_clients SET code = :c, name = '', state = 'erased', erased_at = :e, updated_at = :u WHERE id = :id",
      soci::use(code), soci::use(now), soci::use(now), soci::use(client_id);
  s << "UPDATE pl_client_goals SET unlinked_reason = '', "
       "wording = '', steps = '', responsibilities = '', level_minus2 = '', level_minus1 = '', level_0 = '', "
       "level_plus1 = '', level_plus2 = '', updated_at = :u WHERE client_id = :id",
      soci::use(now), soci::use(client_id);
  s << "UPDATE pl_reviews SET what_changed = '', client_view = '', next_steps = '', participants = '' "
       "WHERE client_id = :id",
      soci::use(client_id);
  s << "UPDATE pl_goal_ratings SET note = '' WHERE review_id IN (SELECT id FROM pl_reviews WHERE client_id = :id)",
      soci::use(client_id);
  s << "UPDATE pl_ladder_assessments SET note = '' WHERE client_id = :id", soci::use(client_id);
}

}  // namespace kvalis::planning::store
