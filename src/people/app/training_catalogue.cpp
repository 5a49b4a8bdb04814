#include "people/app/training_catalogue.hpp"

#include <cctype>
#include <map>

#include "people/core/training_access.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {
namespace {

Error module_missing() { return not_found("people.training.module_not_found"); }
Error session_missing() { return not_found("people.training.session_not_found"); }
Error refused() { return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}; }

constexpr double kMaxModuleHours = 1000;

Status check_module(const ModuleInput& in) {
  for (auto st : {check_line("code", in.code, 40, false), check_line("title", in.title, 300, true),
                  check_line("topic", in.topic, 200, false), check_text("description", in.description, 4000, false),
                  check_line("accreditation_number", in.accreditation_number, 100, false),
                  check_line("accreditation_body", in.accreditation_body, 200, false),
                  check_date("accredited_until", in.accredited_until, false)})
    if (!st) return st;
  if (!(in.hours > 0) || in.hours > kMaxModuleHours)
    return invalid("hours", "people.training.hours", {{"max", "1000"}});
  return ok_status();
}

Status check_time(const std::string& field, const std::string& value) {
  if (value.empty()) return ok_status();
  const bool shape = value.size() == 5 && value[2] == ':' && std::isdigit(static_cast<unsigned char>(value[0])) &&
                     std::isdigit(static_cast<unsigned char>(value[1])) &&
                     std::isdigit(static_cast<unsigned char>(value[3])) &&
                     std::isdigit(static_cast<unsigned char>(value[4]));
  if (!shape || std::stoi(value.substr(0, 2)) > 23 || std::stoi(value.substr(3, 2)) > 59)
    return invalid(field, "people.training.time", {{"value", value}});
  return ok_status();
}

Status check_session(const SessionInput& in) {
  for (auto st : {check_date("held_on", in.held_on, true), check_time("time_from", in.time_from),
                  check_time("time_to", in.time_to), check_line("place", in.place, 200, true),
                  check_line("lecturer", in.lecturer, 200, false), check_line("run_label", in.run_label, 40, false)})
    if (!st) return st;
  if (in.capacity < 1 || in.capacity > 500)
    return invalid("capacity", "people.training.range", {{"min", "1"}, {"max", "500"}});
  if (!(in.cost >= 0) || in.cost > 1e9) return invalid("cost", "people.training.cost");
  return ok_status();
}

Result<SessionState> initial_state(const std::string& state) {
  auto parsed = parse_session_state(state);
  if (!parsed || (*parsed != SessionState::planned && *parsed != SessionState::open))
    return invalid("state", "people.training.state_unknown", {{"value", state}});
  return *parsed;
}

store::ModuleRow row_of(const ModuleInput& in) {
  store::ModuleRow r;
  r.organiser_org_id = in.organiser_org_id;
  r.code = in.code;
  r.title = in.title;
  r.topic = in.topic;
  r.description = in.description;
  r.hours = in.hours;
  r.accreditation_number = in.accreditation_number;
  r.accreditation_body = in.accreditation_body;
  r.accredited_until = in.accredited_until;
  r.in_house = in.in_house;
  r.archived = in.archived;
  return r;
}

ModuleDetail module_detail(soci::session& s, const accounts::Principal& p, store::ModuleRow module) {
  ModuleDetail d;
  const bool organiser = organises_training(p, module.organiser_org_id);
  store::SessionFilter f;
  f.module_id = module.id;
  for (auto& x : store::list_sessions(s, f)) d.sessions.push_back({std::move(x), organiser});
  if (organiser) {
    std::vector<FeedbackRatings> all;
    std::map<std::string, std::vector<FeedbackRatings>> by_lecturer;
    for (const auto& x : store::feedback_of(s, module.id, std::nullopt)) {
      const FeedbackRatings r{x.feedback.content, x.feedback.lecturer, x.feedback.usefulness, x.feedback.organisation,
                              x.feedback.comment};
      all.push_back(r);
      by_lecturer[x.lecturer].push_back(r);
    }
    d.feedback = summarise_feedback(all);
    for (const auto& [lecturer, answers] : by_lecturer)
      d.feedback_by_lecturer.push_back({lecturer, summarise_feedback(answers)});
  }
  d.item = {std::move(module), organiser};
  return d;
}

bool manages_any_employer(const accounts::Principal& p) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships)
    if (manages_registrations_of(p, m.organisation_id)) return true;
  return false;
}

}  // namespace

SessionDetail session_detail(soci::session& s, const accounts::Principal& p, store::SessionRow session) {
  SessionDetail d;
  for (auto& r : store::registrations_of(s, session.id))
    if (registration_sight(p, session.module.organiser_org_id, r.organisation_id, r.worker_user_id) ==
        RegistrationSight::full)
      d.registrations.push_back(std::move(r));
  d.can_register = manages_any_employer(p);
  const bool organiser = organises_training(p, session.module.organiser_org_id);
  d.item = {std::move(session), organiser};
  return d;
}

// ---- modules ------------------------------------------------------------------------------------------------

Result<std::vector<ModuleItem>> list_modules(soci::session& s, const accounts::Caller& caller,
                                             const store::ModuleFilter& filter) {
  std::vector<ModuleItem> out;
  for (auto& m : store::list_modules(s, filter)) {
    const bool manage = organises_training(caller.principal, m.organiser_org_id);
    out.push_back({std::move(m), manage});
  }
  return out;
}

Result<std::vector<ModuleItem>> list_modules(kvalis::store::Database& db, const accounts::Caller& caller,
                                             const store::ModuleFilter& filter) {
  return db.read([&](soci::session& s) { return list_modules(s, caller, filter); });
}

Result<ModuleDetail> create_module(soci::session& s, const accounts::Caller& caller, const ModuleInput& in) {
  if (auto st = check_module(in); !st) return st.error();
  if (!store::organisation_name(s, in.organiser_org_id))
    return invalid("organiser_org_id", "people.training.organisation_not_found");
  if (!organises_training(caller.principal, in.organiser_org_id)) return refused();
  auto row = row_of(in);
  row.id = store::insert_module(s, row, kvalis::store::now_epoch());
  kvalis::store::activity_log::append(
      s, caller.activity("people.training.module.create", "pe_modules", row.id, row.organiser_org_id, row.title));
  return module_detail(s, caller.principal, *store::get_module(s, row.id));
}

Result<ModuleDetail> create_module(kvalis::store::Database& db, const accounts::Caller& caller, const ModuleInput& in) {
  return db.write([&](soci::session& s) { return create_module(s, caller, in); });
}

Result<ModuleDetail> get_module(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<ModuleDetail> {
    auto m = store::get_module(s, id);
    if (!m) return module_missing();
    return module_detail(s, caller.principal, std::move(*m));
  });
}

Result<ModuleDetail> update_module(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const ModuleInput& in) {
  return db.write([&](soci::session& s) -> Result<ModuleDetail> {
    auto old = store::get_module(s, id);
    if (!old) return module_missing();
    if (!organises_training(caller.principal, old->organiser_org_id)) return refused();
    if (auto st = check_module(in); !st) return st.error();
    auto row = row_of(in);
    row.id = id;
    row.organiser_org_id = old->organiser_org_id;
    store::update_module(s, row, kvalis::store::now_epoch());
    kvalis::store::activity_log::append(
        s, caller.activity("people.training.module.update", "pe_modules", id, row.organiser_org_id, row.title));
    return module_detail(s, caller.principal, *store::get_module(s, id));
  });
}

Result<ModuleDetail> create_run_plan(soci::session& s, const accounts::Caller& caller, long long module_id,
                                     const RunPlanRequest& in) {
  auto module = store::get_module(s, module_id);
  if (!module) return module_missing();
  if (!organises_training(caller.principal, module->organiser_org_id)) return refused();
  auto planned = plan_runs(in.plan);
  if (!planned) return planned.error();
  if (auto st = check_line("lecturer", in.lecturer, 200, false); !st) return st.error();
  if (!(in.cost >= 0) || in.cost > 1e9) return invalid("cost", "people.training.cost");
  auto state = initial_state(in.state);
  if (!state) return state.error();
  const long long now = kvalis::store::now_epoch();
  for (const auto& p : *planned) {
    store::SessionRow row;
    row.module_id = module_id;
    row.held_on = p.held_on;
    row.place = p.place;
    row.capacity = in.plan.capacity;
    row.lecturer = in.lecturer;
    row.cost = in.cost;
    row.state = std::string(session_state_code(*state));
    row.run_label = p.run_label;
    store::insert_session(s, row, now);
  }
  kvalis::store::activity_log::append(
      s, caller.activity("people.training.run_plan", "pe_modules", module_id, module->organiser_org_id,
                         std::to_string(planned->size()) + " sessions"));
  return module_detail(s, caller.principal, std::move(*module));
}

Result<ModuleDetail> create_run_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long module_id,
                                     const RunPlanRequest& in) {
  return db.write([&](soci::session& s) { return create_run_plan(s, caller, module_id, in); });
}

// ---- sessions -----------------------------------------------------------------------------------------------

Result<std::vector<SessionItem>> list_sessions(soci::session& s, const accounts::Caller& caller,
                                               const store::SessionFilter& filter) {
  std::vector<SessionItem> out;
  for (auto& x : store::list_sessions(s, filter)) {
    const bool manage = organises_training(caller.principal, x.module.organiser_org_id);
    out.push_back({std::move(x), manage});
  }
  return out;
}

Result<std::vector<SessionItem>> list_sessions(kvalis::store::Database& db, const accounts::Caller& caller,
                                               const store::SessionFilter& filter) {
  return db.read([&](soci::session& s) { return list_sessions(s, caller, filter); });
}

Result<SessionDetail> create_session(kvalis::store::Database& db, const accounts::Caller& caller,
                                     const SessionInput& in) {
  return db.write([&](soci::session& s) -> Result<SessionDetail> {
    auto module = store::get_module(s, in.module_id);
    if (!module) return invalid("module_id", "people.training.module_not_found");
    if (!organises_training(caller.principal, module->organiser_org_id)) return refused();
    if (auto st = check_session(in); !st) return st.error();
    auto state = initial_state(in.state);
    if (!state) return state.error();
    store::SessionRow row;
    row.module_id = in.module_id;
    row.held_on = in.held_on;
    row.time_from = in.time_from;
    row.time_to = in.time_to;
    row.place = in.place;
    row.capacity = in.capacity;
    row.lecturer = in.lecturer;
    row.cost = in.cost;
    row.state = std::string(session_state_code(*state));
    row.run_label = in.run_label;
    const long long id = store::insert_session(s, row, kvalis::store::now_epoch());
    kvalis::store::activity_log::append(s, caller.activity("people.training.session.create", "pe_sessions", id,
                                                           module->organiser_org_id, in.held_on + " " + in.place));
    return session_detail(s, caller.principal, *store::get_session(s, id));
  });
}

Result<SessionDetail> get_session(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<SessionDetail> {
    auto x = store::get_session(s, id);
    if (!x) return session_missing();
    return session_detail(s, caller.principal, std::move(*x));
  });
}

Result<SessionDetail> update_session(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                     const SessionInput& in) {
  return db.write([&](soci::session& s) -> Result<SessionDetail> {
    auto old = store::get_session(s, id);
    if (!old) return session_missing();
    if (!organises_training(caller.principal, old->module.organiser_org_id)) return refused();
    const auto state = parse_session_state(old->state).value_or(SessionState::planned);
    if (state == SessionState::held || state == SessionState::cancelled)
      return Error{ErrorCode::conflict, "state", "people.training.session_closed", {}};
    if (auto st = check_session(in); !st) return st.error();
    if (in.capacity < old->registered)
      return invalid("capacity", "people.training.range", {{"min", std::to_string(old->registered)}, {"max", "500"}});
    auto row = *old;
    row.held_on = in.held_on;
    row.time_from = in.time_from;
    row.time_to = in.time_to;
    row.place = in.place;
    row.capacity = in.capacity;
    row.lecturer = in.lecturer;
    row.cost = in.cost;
    row.run_label = in.run_label;
    const long long now = kvalis::store::now_epoch();
    store::update_session(s, row, now);
    // More places: the first waiting ones move up.
    std::vector<WaitingEntry> waiting;
    for (const auto& r : store::registrations_of(s, id))
      if (r.state == "waiting") waiting.push_back({r.id, r.waiting_position.value_or(0)});
    const auto change = fill_free_places(in.capacity, old->registered, waiting);
    for (long long r : change.promoted) store::set_registration_state(s, r, "registered", std::nullopt, now);
    for (const auto& [r, position] : change.renumbered) store::set_registration_state(s, r, "waiting", position, now);
    kvalis::store::activity_log::append(s, caller.activity("people.training.session.update", "pe_sessions", id,
                                                           old->module.organiser_org_id, in.held_on + " " + in.place));
    return session_detail(s, caller.principal, *store::get_session(s, id));
  });
}

Result<SessionDetail> change_session_state(soci::session& s, const accounts::Caller& caller, long long id,
                                           SessionState to) {
  auto old = store::get_session(s, id);
  if (!old) return session_missing();
  if (!organises_training(caller.principal, old->module.organiser_org_id)) return refused();
  const auto from = parse_session_state(old->state).value_or(SessionState::planned);
  if (auto st = check_session_transition(from, to); !st) return st.error();
  store::set_session_state(s, id, std::string(session_state_code(to)), kvalis::store::now_epoch());
  kvalis::store::activity_log::append(
      s, caller.activity(to == SessionState::open ? "people.training.session.open" : "people.training.session.cancel",
                         "pe_sessions", id, old->module.organiser_org_id, old->held_on + " " + old->place));
  return session_detail(s, caller.principal, *store::get_session(s, id));
}

Result<SessionDetail> change_session_state(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                           SessionState to) {
  return db.write([&](soci::session& s) { return change_session_state(s, caller, id, to); });
}

}  // namespace kvalis::people::app
