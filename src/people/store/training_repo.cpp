#include "people/store/training_repo.hpp"

#include <algorithm>
#include <map>

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::people::store {
namespace {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

const std::string kModuleColumns =
    "m.id, m.organiser_org_id, o.name, m.code, m.title, m.topic, m.description, m.hours, m.accreditation_number, "
    "m.accreditation_body, m.accredited_until, m.in_house, m.archived";
const std::string kModuleFrom = " FROM pe_modules m JOIN organisations o ON o.id = m.organiser_org_id";

// Reads the 13 module columns from position i.
ModuleRow module_of(const soci::row& r, std::size_t i) {
  ModuleRow m;
  m.id = as_ll(r, i);
  m.organiser_org_id = as_ll(r, i + 1);
  m.organiser_name = as_str(r, i + 2);
  m.code = as_str(r, i + 3);
  m.title = as_str(r, i + 4);
  m.topic = as_str(r, i + 5);
  m.description = as_str(r, i + 6);
  m.hours = as_double(r, i + 7);
  m.accreditation_number = as_str(r, i + 8);
  m.accreditation_body = as_str(r, i + 9);
  m.accredited_until = as_str(r, i + 10);
  m.in_house = as_ll(r, i + 11) != 0;
  m.archived = as_ll(r, i + 12) != 0;
  return m;
}

const std::string kSessionColumns =
    "s.id, s.module_id, s.held_on, s.time_from, s.time_to, s.place, s.capacity, s.lecturer, s.cost, s.state, "
    "s.run_label, (SELECT COUNT(*) FROM pe_registrations r WHERE r.session_id = s.id AND r.state IN ('registered', "
    "'attended', 'absent')), (SELECT COUNT(*) FROM pe_registrations r WHERE r.session_id = s.id AND r.state = "
    "'waiting'), " +
    kModuleColumns;
const std::string kSessionFrom =
    " FROM pe_sessions s JOIN pe_modules m ON m.id = s.module_id JOIN organisations o ON o.id = m.organiser_org_id";

SessionRow session_of(const soci::row& r) {
  SessionRow x;
  x.id = as_ll(r, 0);
  x.module_id = as_ll(r, 1);
  x.held_on = as_str(r, 2);
  x.time_from = as_str(r, 3);
  x.time_to = as_str(r, 4);
  x.place = as_str(r, 5);
  x.capacity = as_int(r, 6);
  x.lecturer = as_str(r, 7);
  x.cost = as_double(r, 8);
  x.state = as_str(r, 9);
  x.run_label = as_str(r, 10);
  x.registered = as_int(r, 11);
  x.waiting = as_int(r, 12);
  x.module = module_of(r, 13);
  return x;
}

const std::string kRegistrationColumns =
    "r.id, r.session_id, r.worker_id, w.name, w.user_id, r.organisation_id, o.name, r.state, r.waiting_position, "
    "r.hours_attended, r.certificate_number, r.feedback_given";
const std::string kRegistrationFrom =
    " FROM pe_registrations r JOIN pe_workers w ON w.id = r.worker_id JOIN organisations o ON o.id = "
    "r.organisation_id";

RegistrationRow registration_of(const soci::row& r) {
  RegistrationRow x;
  x.id = as_ll(r, 0);
  x.session_id = as_ll(r, 1);
  x.worker_id = as_ll(r, 2);
  x.worker_name = as_str(r, 3);
  x.worker_user_id = as_opt_ll(r, 4);
  x.organisation_id = as_ll(r, 5);
  x.organisation_name = as_str(r, 6);
  x.state = as_str(r, 7);
  if (auto p = as_opt_ll(r, 8)) x.waiting_position = static_cast<int>(*p);
  x.hours_attended = as_opt_double(r, 9);
  x.certificate_number = as_str(r, 10);
  x.feedback_given = as_ll(r, 11) != 0;
  return x;
}

void add_in(Filter& f, const std::string& column, const std::vector<long long>& ids) {
  if (ids.empty())
    f.add("1 = 0");
  else
    f.add(column + " IN (" + placeholders(ids.size()) + ")", std::vector<Param>(ids.begin(), ids.end()));
}

}  // namespace

// ---- modules ------------------------------------------------------------------------------------------------

std::vector<ModuleRow> list_modules(soci::session& s, const ModuleFilter& mf) {
  Filter f;
  if (mf.organiser_org_id) f.add("m.organiser_org_id = ?", {*mf.organiser_org_id});
  f.add_contains({"m.code", "m.title", "m.topic"}, mf.q);
  std::vector<ModuleRow> out;
  for_each_row(s, "SELECT " + kModuleColumns + kModuleFrom + f.where() + " ORDER BY m.archived, m.code, m.title, m.id",
               f, [&](const soci::row& r) { out.push_back(module_of(r, 0)); });
  return out;
}

std::optional<ModuleRow> get_module(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  std::optional<ModuleRow> out;
  for_each_row(s, "SELECT " + kModuleColumns + kModuleFrom + f.where(), f,
               [&](const soci::row& r) { out = module_of(r, 0); });
  return out;
}

long long insert_module(soci::session& s, const ModuleRow& r, long long now) {
  long long id = 0;
  const int in_house = r.in_house ? 1 : 0;
  const int archived = r.archived ? 1 : 0;
  s << "INSERT INTO pe_modules (organiser_org_id, code, title, topic, description, hours, accreditation_number, "
       "accreditation_body, accredited_until, in_house, archived, created_at, updated_at) VALUES (:o, :c, :t, :tp, "
       ":d, :h, :an, :ab, :au, :ih, :ar, :ca, :ua) RETURNING id",
      soci::use(r.organiser_org_id), soci::use(r.code), soci::use(r.title), soci::use(r.topic),
      soci::use(r.description), soci::use(r.hours), soci::use(r.accreditation_number), soci::use(r.accreditation_body),
      soci::use(r.accredited_until), soci::use(in_house), soci::use(archived), soci::use(now), soci::use(now),
      soci::into(id);
  return id;
}

void update_module(soci::session& s, const ModuleRow& r, long long now) {
  const int in_house = r.in_house ? 1 : 0;
  const int archived = r.archived ? 1 : 0;
  s << "UPDATE pe_modules SET code = :c, title = :t, topic = :tp, description = :d, hours = :h, "
       "accreditation_number = :an, accreditation_body = :ab, accredited_until = :au, in_house = :ih, archived = :ar, "
       "updated_at = :ua WHERE id = :id",
      soci::use(r.code), soci::use(r.title), soci::use(r.topic), soci::use(r.description), soci::use(r.hours),
      soci::use(r.accreditation_number), soci::use(r.accreditation_body), soci::use(r.accredited_until),
      soci::use(in_house), soci::use(archived), soci::use(now), soci::use(r.id);
}

// ---- sessions -----------------------------------------------------------------------------------------------

std::vector<SessionRow> list_sessions(soci::session& s, const SessionFilter& sf) {
  Filter f;
  if (!sf.from.empty()) f.add("s.held_on >= ?", {sf.from});
  if (!sf.to.empty()) f.add("s.held_on <= ?", {sf.to});
  if (!sf.state.empty()) f.add("s.state = ?", {sf.state});
  if (sf.module_id) f.add("s.module_id = ?", {*sf.module_id});
  if (sf.organiser_org_id) f.add("m.organiser_org_id = ?", {*sf.organiser_org_id});
  std::vector<SessionRow> out;
  for_each_row(s, "SELECT " + kSessionColumns + kSessionFrom + f.where() + " ORDER BY s.held_on, s.place, s.id", f,
               [&](const soci::row& r) { out.push_back(session_of(r)); });
  return out;
}

std::optional<SessionRow> get_session(soci::session& s, long long id) {
  Filter f;
  f.add("s.id = ?", {id});
  std::optional<SessionRow> out;
  for_each_row(s, "SELECT " + kSessionColumns + kSessionFrom + f.where(), f,
               [&](const soci::row& r) { out = session_of(r); });
  return out;
}

long long insert_session(soci::session& s, const SessionRow& r, long long now) {
  long long id = 0;
  s << "INSERT INTO pe_sessions (module_id, held_on, time_from, time_to, place, capacity, lecturer, cost, state, "
       "run_label, created_at, updated_at) VALUES (:m, :h, :tf, :tt, :p, :c, :l, :co, :st, :rl, :ca, :ua) RETURNING id",
      soci::use(r.module_id), soci::use(r.held_on), soci::use(r.time_from), soci::use(r.time_to), soci::use(r.place),
      soci::use(r.capacity), soci::use(r.lecturer), soci::use(r.cost), soci::use(r.state), soci::use(r.run_label),
      soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_session(soci::session& s, const SessionRow& r, long long now) {
  s << "UPDATE pe_sessions SET held_on = :h, time_from = :tf, time_to = :tt, place = :p, capacity = :c, lecturer = :l, "
       "cost = :co, run_label = :rl, updated_at = :ua WHERE id = :id",
      soci::use(r.held_on), soci::use(r.time_from), soci::use(r.time_to), soci::use(r.place), soci::use(r.capacity),
      soci::use(r.lecturer), soci::use(r.cost), soci::use(r.run_label), soci::use(now), soci::use(r.id);
}

void set_session_state(soci::session& s, long long id, const std::string& state, long long now) {
  s << "UPDATE pe_sessions SET state = :st, updated_at = :ua WHERE id = :id", soci::use(state), soci::use(now),
      soci::use(id);
}

// ---- registrations ------------------------------------------------------------------------------------------

std::vector<RegistrationRow> registrations_of(soci::session& s, long long session_id) {
  Filter f;
  f.add("r.session_id = ?", {session_id});
  std::vector<RegistrationRow> out;
  for_each_row(
      s,
      "SELECT " + kRegistrationColumns + kRegistrationFrom + f.where() +
          " ORDER BY CASE r.state WHEN 'waiting' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END, r.waiting_position, r.id",
      f, [&](const soci::row& r) { out.push_back(registration_of(r)); });
  return out;
}

std::optional<RegistrationRow> get_registration(soci::session& s, long long id) {
  Filter f;
  f.add("r.id = ?", {id});
  std::optional<RegistrationRow> out;
  for_each_row(s, "SELECT " + kRegistrationColumns + kRegistrationFrom + f.where(), f,
               [&](const soci::row& r) { out = registration_of(r); });
  return out;
}

long long insert_registration(soci::session& s, const RegistrationRow& r, long long registered_by, long long now) {
  long long id = 0;
  Nullable<int> position(r.waiting_position);
  s << "INSERT INTO pe_registrations (session_id, worker_id, organisation_id, state, waiting_position, registered_by, "
       "registered_at, updated_at) VALUES (:s, :w, :o, :st, :wp, :rb, :ra, :ua) RETURNING id",
      soci::use(r.session_id), soci::use(r.worker_id), soci::use(r.organisation_id), soci::use(r.state),
      soci::use(position.value, position.ind), soci::use(registered_by), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void set_registration_state(soci::session& s, long long id, const std::string& state,
                            std::optional<int> waiting_position, long long now) {
  Nullable<int> position(waiting_position);
  s << "UPDATE pe_registrations SET state = :st, waiting_position = :wp, updated_at = :ua WHERE id = :id",
      soci::use(state), soci::use(position.value, position.ind), soci::use(now), soci::use(id);
}

void set_attendance(soci::session& s, long long id, const std::string& state, std::optional<double> hours,
                    const std::string& certificate_number, long long now) {
  Nullable<double> h(hours);
  s << "UPDATE pe_registrations SET state = :st, waiting_position = NULL, hours_attended = :h, certificate_number = "
       ":cn, updated_at = :ua WHERE id = :id",
      soci::use(state), soci::use(h.value, h.ind), soci::use(certificate_number), soci::use(now), soci::use(id);
}

void mark_feedback_given(soci::session& s, long long registration_id) {
  s << "UPDATE pe_registrations SET feedback_given = 1 WHERE id = :id", soci::use(registration_id);
}

std::vector<std::pair<RegistrationRow, SessionRow>> registrations_of_workers(soci::session& s,
                                                                             const std::vector<long long>& worker_ids) {
  Filter f;
  add_in(f, "r.worker_id", worker_ids);
  std::vector<std::pair<RegistrationRow, SessionRow>> out;
  std::vector<long long> session_ids;
  for_each_row(s, "SELECT " + kRegistrationColumns + kRegistrationFrom + f.where() + " ORDER BY r.id", f,
               [&](const soci::row& r) {
                 out.emplace_back(registration_of(r), SessionRow{});
                 session_ids.push_back(out.back().first.session_id);
               });
  if (out.empty()) return out;
  Filter sf;
  add_in(sf, "s.id", session_ids);
  std::map<long long, SessionRow> sessions;
  for_each_row(s, "SELECT " + kSessionColumns + kSessionFrom + sf.where(), sf, [&](const soci::row& r) {
    auto x = session_of(r);
    sessions[x.id] = x;
  });
  for (auto& [reg, session] : out) session = sessions[reg.session_id];
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second.held_on > b.second.held_on; });
  return out;
}

std::optional<WorkerRef> worker_ref(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<WorkerRef> out;
  for_each_row(s, "SELECT id, organisation_id, name, user_id FROM pe_workers" + f.where(), f, [&](const soci::row& r) {
    out = WorkerRef{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_opt_ll(r, 3)};
  });
  return out;
}

std::optional<std::string> organisation_name(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<std::string> out;
  for_each_row(s, "SELECT name FROM organisations" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

// ---- feedback -----------------------------------------------------------------------------------------------

void insert_feedback(soci::session& s, const FeedbackRow& r, long long now) {
  s << "INSERT INTO pe_feedback (session_id, content_rating, lecturer_rating, usefulness_rating, organisation_rating, "
       "comment, created_at) VALUES (:s, :c, :l, :u, :o, :cm, :ca)",
      soci::use(r.session_id), soci::use(r.content), soci::use(r.lecturer), soci::use(r.usefulness),
      soci::use(r.organisation), soci::use(r.comment), soci::use(now);
}

std::vector<FeedbackOfSession> feedback_of(soci::session& s, std::optional<long long> module_id,
                                           const std::optional<std::string>& lecturer) {
  Filter f;
  if (module_id) f.add("s.module_id = ?", {*module_id});
  if (lecturer) f.add("s.lecturer = ?", {*lecturer});
  std::vector<FeedbackOfSession> out;
  for_each_row(s,
               "SELECT f.session_id, f.content_rating, f.lecturer_rating, f.usefulness_rating, f.organisation_rating, "
               "f.comment, s.module_id, m.organiser_org_id, s.lecturer FROM pe_feedback f JOIN pe_sessions s ON s.id = "
               "f.session_id JOIN pe_modules m ON m.id = s.module_id" +
                   f.where() + " ORDER BY s.held_on, s.id, f.id",
               f, [&](const soci::row& r) {
                 FeedbackOfSession x;
                 x.feedback = {as_ll(r, 0), as_int(r, 1), as_int(r, 2), as_int(r, 3), as_int(r, 4), as_str(r, 5)};
                 x.module_id = as_ll(r, 6);
                 x.organiser_org_id = as_ll(r, 7);
                 x.lecturer = as_str(r, 8);
                 out.push_back(std::move(x));
               });
  return out;
}

std::vector<AttendedHours> attended_hours(soci::session& s, const std::vector<long long>& worker_ids, int year) {
  Filter f;
  add_in(f, "r.worker_id", worker_ids);
  f.add("r.state = 'attended'");
  f.add("s.held_on >= ?", {std::to_string(year) + "-01-01"});
  f.add("s.held_on <= ?", {std::to_string(year) + "-12-31"});
  std::map<long long, AttendedHours> by_worker;
  for_each_row(s,
               "SELECT r.worker_id, m.in_house, r.hours_attended FROM pe_registrations r JOIN pe_sessions s ON s.id = "
               "r.session_id JOIN pe_modules m ON m.id = s.module_id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 auto& h = by_worker[as_ll(r, 0)];
                 h.worker_id = as_ll(r, 0);
                 (as_ll(r, 1) != 0 ? h.in_house_hours : h.course_hours) += as_double(r, 2);
               });
  std::vector<AttendedHours> out;
  for (auto& [id, h] : by_worker) out.push_back(h);
  return out;
}

}  // namespace kvalis::people::store
