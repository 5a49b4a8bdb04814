#pragma once
// Use cases of registrations (issue 14 item 2): a provider registers its workers for an open session (a place
// while there is one, otherwise the waiting list), cancels its registrations (the first waiting one moves up),
// and the organiser records attendance (the session becomes held; attended hours count for the worker's
// education requirement: in-house modules as in-house training, the others as courses).
#include <optional>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/app/training_catalogue.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct RegistrationOutcome {
  long long worker_id = 0;
  long long registration_id = 0;
  RegistrationState state = RegistrationState::registered;
  std::optional<int> waiting_position;
};

struct RegistrationResult {
  std::vector<RegistrationOutcome> items;  // in the order of the worker ids given
  SessionDetail session;
};

// Each worker must exist and be employed by an organisation the caller manages registrations of; a worker
// registered already (in any state but cancelled) is refused naming worker_ids[i]. At most 100 at once.
Result<RegistrationResult> register_workers(soci::session& s, const accounts::Caller& caller, long long session_id,
                                            const std::vector<long long>& worker_ids);
Result<RegistrationResult> register_workers(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long session_id, const std::vector<long long>& worker_ids);

// Cancels a registered or waiting registration; answers the session as the caller sees it afterwards.
Result<SessionDetail> cancel_registration(soci::session& s, const accounts::Caller& caller, long long registration_id);
Result<SessionDetail> cancel_registration(kvalis::store::Database& db, const accounts::Caller& caller,
                                          long long registration_id);

struct AttendanceItem {
  long long registration_id = 0;
  bool attended = false;
  std::optional<double> hours;  // default: the module's hours
};
// The organiser records who attended: the session must not be cancelled nor in the future (`today`,
// YYYY-MM-DD); each registration must be one of the session's, registered/attended/absent. Attended ones get
// their hours and a certificate number. The session becomes held.
Result<SessionDetail> record_attendance(soci::session& s, const accounts::Caller& caller, long long session_id,
                                        const std::vector<AttendanceItem>& items, const std::string& today);
Result<SessionDetail> record_attendance(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long session_id, const std::vector<AttendanceItem>& items,
                                        const std::string& today);

// Hours attended in Kvalis sessions per worker in a year (for the education requirement of the staff part).
std::vector<store::AttendedHours> attended_hours_of(soci::session& s, const std::vector<long long>& worker_ids,
                                                    int year);

}  // namespace kvalis::people::app
