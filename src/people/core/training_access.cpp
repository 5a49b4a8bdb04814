#include "people/core/training_access.hpp"

namespace kvalis::people {

using accounts::Role;

bool organises_training(const accounts::Principal& p, long long organiser_org_id) {
  return p.platform_admin || accounts::member_of(p, organiser_org_id, {Role::admin, Role::manager});
}

bool manages_registrations_of(const accounts::Principal& p, long long employer_org_id) {
  return p.platform_admin || accounts::member_of(p, employer_org_id, {Role::admin, Role::manager});
}

namespace {
bool is_the_worker(const accounts::Principal& p, std::optional<long long> worker_user_id) {
  return worker_user_id && p.user_id > 0 && *worker_user_id == p.user_id;
}
}  // namespace

RegistrationSight registration_sight(const accounts::Principal& p, long long organiser_org_id,
                                     long long employer_org_id, std::optional<long long> worker_user_id) {
  if (organises_training(p, organiser_org_id) || manages_registrations_of(p, employer_org_id) ||
      is_the_worker(p, worker_user_id))
    return RegistrationSight::full;
  return RegistrationSight::count_only;
}

bool may_cancel_registration(const accounts::Principal& p, long long organiser_org_id, long long employer_org_id) {
  return manages_registrations_of(p, employer_org_id) || organises_training(p, organiser_org_id);
}

bool may_read_certificate(const accounts::Principal& p, long long organiser_org_id, long long employer_org_id,
                          std::optional<long long> worker_user_id) {
  return registration_sight(p, organiser_org_id, employer_org_id, worker_user_id) == RegistrationSight::full;
}

bool may_give_feedback(const accounts::Principal& p, long long employer_org_id,
                       std::optional<long long> worker_user_id) {
  return manages_registrations_of(p, employer_org_id) || is_the_worker(p, worker_user_id);
}

}  // namespace kvalis::people
