#pragma once
// Who reads and writes staff records (pe_workers and everything under them: absences, external trainings,
// education plans, appraisals, the requirement per worker) and who sees the region's aggregates. Pure: the
// facts come from storage, the principal from the session.
//
// PEOPLE_SPEC "Access": the employer's (the worker's organisation's) administrators and managers read and
// write; the platform administrator too; a worker who is a Kvalis user reads their own record; nobody else
// (another provider, the region, an evaluator, the employer's other roles) sees the record: 404, so ids cannot
// be probed. The region sees aggregates only, for the providers and offices of its region.
#include <optional>
#include <string>

#include "accounts/core/access.hpp"

namespace kvalis::people {

// A worker's record as the rules need it.
struct WorkerFacts {
  long long organisation_id = 0;
  std::optional<long long> user_id;  // pe_workers.user_id
};

struct WorkerRights {
  bool read = false;
  bool write = false;
};

// The employer's administrators and managers and the platform administrator manage its staff records.
bool may_manage_staff(const accounts::Principal& p, long long organisation_id);
WorkerRights worker_rights(const accounts::Principal& p, const WorkerFacts& f);
// The region's aggregates (no names): members of the region (kraj) of this code and the platform administrator.
bool sees_regional_staff(const accounts::Principal& p, const std::string& region_code);

}  // namespace kvalis::people
