#include "people/app/registrations_app.hpp"

#include <map>
#include <set>

#include "people/core/training_access.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {
namespace {

Error session_missing() { return not_found("people.training.session_not_found"); }
Error registration_missing() { return not_found("people.training.registration_not_found"); }
Error refused() { return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}; }

constexpr std::size_t kMaxWorkersAtOnce = 100;

std::vector<WaitingEntry> waiting_of(const std::vector<store::RegistrationRow>& regs) {
  std::vector<WaitingEntry> out;
  for (const auto& r : regs)
    if (r.state == "waiting") out.push_back({r.id, r.waiting_position.value_or(0)});
  return out;
}

}  // namespace

Result<RegistrationResult> register_workers(soci::session& s, const accounts::Caller& caller, long long session_id,
                                            const std::vector<long long>& worker_ids) {
  auto session = store::get_session(s, session_id);
  if (!session) return session_missing();
  if (worker_ids.empty() || worker_ids.size() > kMaxWorkersAtOnce)
    return invalid("worker_ids", "people.training.workers_count", {{"max", std::to_string(kMaxWorkersAtOnce)}});
  if (auto st = check_registration_allowed(parse_session_state(session->state).value_or(SessionState::planned)); !st)
    return st.error();
  auto regs = store::registrations_of(s, session_id);
  std::set<long long> taken;
  for (const auto& r : regs)
    if (r.state != "cancelled") taken.insert(r.worker_id);
  int occupied = session->registered;
  int waiting = session->waiting;
  const long long now = kvalis::store::now_epoch();
  RegistrationResult out;
  for (std::size_t i = 0; i < worker_ids.size(); ++i) {
    const std::string field = "worker_ids[" + std::to_string(i) + "]";
    const std::string value = std::to_string(worker_ids[i]);
    auto worker = store::worker_ref(s, worker_ids[i]);
    if (!worker) return invalid(field, "people.training.worker_not_found", {{"value", value}});
    if (!manages_registrations_of(caller.principal, worker->organisation_id)) {
      // A worker of an organisation the caller cannot see is not found; one it sees but does not manage is refused.
      return invalid(field, "people.training.worker_not_yours", {{"value", value}});
    }
    if (!taken.insert(worker->id).second)
      return invalid(field, "people.training.already_registered", {{"value", value}});
    const auto placement = place_registration(session->capacity, occupied, waiting);
    store::RegistrationRow row;
    row.session_id = session_id;
    row.worker_id = worker->id;
    row.organisation_id = worker->organisation_id;
    row.state = std::string(registration_state_code(placement.state));
    row.waiting_position = placement.waiting_position;
    // A cancelled registration of the same worker is reused (the pair session–worker is unique).
    long long id = 0;
    for (const auto& r : regs)
      if (r.worker_id == worker->id && r.state == "cancelled") id = r.id;
    if (id)
      store::set_registration_state(s, id, row.state, row.waiting_position, now);
    else
      id = store::insert_registration(s, row, caller.principal.user_id, now);
    if (placement.state == RegistrationState::registered)
      ++occupied;
    else
      ++waiting;
    out.items.push_back({worker->id, id, placement.state, placement.waiting_position});
    kvalis::store::activity_log::append(
        s, caller.activity("people.training.register", "pe_registrations", id, worker->organisation_id,
                           "session " + std::to_string(session_id) + ": " + row.state));
  }
  out.session = session_detail(s, caller.principal, *store::get_session(s, session_id));
  return out;
}

Result<RegistrationResult> register_workers(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long session_id, const std::vector<long long>& worker_ids) {
  return db.write([&](soci::session& s) { return register_workers(s, caller, session_id, worker_ids); });
}

Result<SessionDetail> cancel_registration(soci::session& s, const accounts::Caller& caller, long long registration_id) {
  auto reg = store::get_registration(s, registration_id);
  if (!reg) return registration_missing();
  auto session = store::get_session(s, reg->session_id);
  if (!session) return registration_missing();
  const long long organiser = session->module.organiser_org_id;
  if (registration_sight(caller.principal, organiser, reg->organisation_id, reg->worker_user_id) !=
      RegistrationSight::full)
    return registration_missing();
  if (!may_cancel_registration(caller.principal, organiser, reg->organisation_id)) return refused();
  const auto state = parse_registration_state(reg->state).value_or(RegistrationState::cancelled);
  auto change = plan_cancellation(reg->id, state, session->capacity, session->registered,
                                  waiting_of(store::registrations_of(s, session->id)));
  if (!change) return change.error();
  const long long now = kvalis::store::now_epoch();
  store::set_registration_state(s, reg->id, "cancelled", std::nullopt, now);
  for (long long r : change->promoted) store::set_registration_state(s, r, "registered", std::nullopt, now);
  for (const auto& [r, position] : change->renumbered) store::set_registration_state(s, r, "waiting", position, now);
  std::string detail = "session " + std::to_string(session->id);
  for (long long r : change->promoted) detail += "; moved up: registration " + std::to_string(r);
  kvalis::store::activity_log::append(
      s, caller.activity("people.training.cancel", "pe_registrations", reg->id, reg->organisation_id, detail));
  return session_detail(s, caller.principal, *store::get_session(s, session->id));
}

Result<SessionDetail> cancel_registration(kvalis::store::Database& db, const accounts::Caller& caller,
                                          long long registration_id) {
  return db.write([&](soci::session& s) { return cancel_registration(s, caller, registration_id); });
}

Result<SessionDetail> record_attendance(soci::session& s, const accounts::Caller& caller, long long session_id,
                                        const std::vector<AttendanceItem>& items, const std::string& today) {
  auto session = store::get_session(s, session_id);
  if (!session) return session_missing();
  if (!organises_training(caller.principal, session->module.organiser_org_id)) return refused();
  const auto state = parse_session_state(session->state).value_or(SessionState::planned);
  if (state == SessionState::cancelled) return invalid("session_id", "people.training.session_cancelled");
  if (session->held_on > today)
    return invalid("session_id", "people.training.session_in_future", {{"value", session->held_on}});
  if (items.empty() || items.size() > 500)
    return invalid("items", "people.training.range", {{"min", "1"}, {"max", "500"}});
  std::map<long long, store::RegistrationRow> regs;
  for (auto& r : store::registrations_of(s, session_id)) regs[r.id] = std::move(r);
  const long long now = kvalis::store::now_epoch();
  std::set<long long> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const std::string base = "items[" + std::to_string(i) + "]";
    const std::string value = std::to_string(it.registration_id);
    auto found = regs.find(it.registration_id);
    if (found == regs.end() || !seen.insert(it.registration_id).second)
      return invalid(base + ".registration_id", "people.training.registration_of_other_session", {{"value", value}});
    const auto rstate = parse_registration_state(found->second.state).value_or(RegistrationState::cancelled);
    if (!holds_place(rstate))
      return invalid(base + ".registration_id", "people.training.registration_not_present", {{"value", value}});
    auto hours = attended_hours(it.attended, it.hours, session->module.hours, base + ".hours");
    if (!hours) return hours.error();
    const std::string number =
        it.attended
            ? (found->second.certificate_number.empty()
                   ? certificate_number(session->module.code, session->module.id, session->held_on, found->second.id)
                   : found->second.certificate_number)
            : std::string();
    store::set_attendance(s, it.registration_id, it.attended ? "attended" : "absent",
                          it.attended ? std::optional<double>(*hours) : std::nullopt, number, now);
  }
  store::set_session_state(s, session_id, "held", now);
  kvalis::store::activity_log::append(
      s, caller.activity("people.training.attendance", "pe_sessions", session_id, session->module.organiser_org_id,
                         std::to_string(items.size()) + " registrations"));
  return session_detail(s, caller.principal, *store::get_session(s, session_id));
}

Result<SessionDetail> record_attendance(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long session_id, const std::vector<AttendanceItem>& items,
                                        const std::string& today) {
  return db.write([&](soci::session& s) { return record_attendance(s, caller, session_id, items, today); });
}

std::vector<store::AttendedHours> attended_hours_of(soci::session& s, const std::vector<long long>& worker_ids,
                                                    int year) {
  return store::attended_hours(s, worker_ids, year);
}

}  // namespace kvalis::people::app
