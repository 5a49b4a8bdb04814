#pragma once
// Who may read and manage an organisation's plans, goals, indicators, evaluations and impact reports, and
// whose view of client-level numbers is the service's own (planning module, PLANNING_SPEC "Access").
// Pure functions: the app layer loads the facts and asks these.
#include <string>

#include "accounts/core/access.hpp"

namespace kvalis::planning {

// The organisation a plan (goal, evaluation, report) belongs to.
struct PlanOwner {
  long long organisation_id = 0;
  std::string region_code;  // of the organisation (kraj)
};

struct PlanRights {
  bool read = false;    // members of the organisation (any role, evaluator included), its region, platform admin
  bool manage = false;  // admin/manager of the organisation and the platform administrator
};

PlanRights plan_rights(const accounts::Principal& principal, const PlanOwner& owner);

// Whether the caller sees a service's client-level numbers unsuppressed: listed as staff of the service
// (pl_service_staff, `listed_staff`) and holding clients.work (admin, manager, worker) in the provider.
// Evaluators, regions and the platform administrator never do.
bool owns_service(const accounts::Principal& principal, long long provider_id, bool listed_staff);

}  // namespace kvalis::planning
