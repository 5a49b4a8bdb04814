#pragma once
// Who may do what in the training part (PEOPLE_SPEC.md "Access"), as pure decisions over the caller's
// principal: modules and sessions are read by everyone with people.read; the organiser's administrators and
// managers (pe_modules.organiser_org_id) write modules, sessions and attendance, see the names of every
// registered worker and read the feedback results; a provider's administrators and managers register ITS
// workers, cancel ITS registrations and see them by name; a worker sees his own registration; everyone else
// sees counts only. Feedback is given once per attended registration by the worker or the employer.
#include <optional>

#include "accounts/core/access.hpp"

namespace kvalis::people {

// The organiser's administrator or manager, or the platform administrator.
bool organises_training(const accounts::Principal& p, long long organiser_org_id);
// The employer's administrator or manager, or the platform administrator: registers its workers, cancels.
bool manages_registrations_of(const accounts::Principal& p, long long employer_org_id);

// What the caller may know of one registration of a session.
enum class RegistrationSight {
  count_only,  // counted in registered/waiting, nothing else
  full,        // the worker's name, state, hours and certificate
};
// worker_user_id: pe_workers.user_id of the registered worker (nullopt when the worker is no Kvalis user).
RegistrationSight registration_sight(const accounts::Principal& p, long long organiser_org_id,
                                     long long employer_org_id, std::optional<long long> worker_user_id);

// Cancelling a registration: the employer's administrators and managers (and the platform administrator); the
// organiser too (it runs the list).
bool may_cancel_registration(const accounts::Principal& p, long long organiser_org_id, long long employer_org_id);

// The certificate (and giving feedback): the worker himself, his employer's administrators and managers, and
// (certificate only) the organiser.
bool may_read_certificate(const accounts::Principal& p, long long organiser_org_id, long long employer_org_id,
                          std::optional<long long> worker_user_id);
bool may_give_feedback(const accounts::Principal& p, long long employer_org_id,
                       std::optional<long long> worker_user_id);

}  // namespace kvalis::people
