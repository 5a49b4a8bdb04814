#pragma once
// Use cases of staff records (issue 14 item 1): the organisations whose staff the caller sees, workers with
// their requirement summary, a worker's record (logged), its absences, external trainings, education plans
// and appraisals. Each one transaction: load, check the rights (people/core/staff_access) and the input
// (people/core/staff_rules), write, and append the activity entry. HTTP, the CLI and the demo call these.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/app/staff_common.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct StaffOrganisation {
  store::OrganisationRow organisation;
  bool can_manage = false;
};
// Organisations whose staff the caller manages, and those where the caller has their own record.
std::vector<StaffOrganisation> staff_organisations(kvalis::store::Database& db, const accounts::Caller& caller);

struct WorkerFilter {
  std::optional<long long> organisation_id;
  std::string text;
  std::string category;
};
struct WorkerSummary {
  store::WorkerRow worker;
  WorkerRequirement requirement;  // of the current year
  bool can_manage = false;
};
// Workers the caller may read (managed organisations' and the caller's own record); an organisation the
// caller sees nothing of is not found.
Result<std::vector<WorkerSummary>> list_workers(soci::session& s, const accounts::Caller& caller,
                                                const WorkerFilter& filter);
Result<std::vector<WorkerSummary>> list_workers(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const WorkerFilter& filter);

struct WorkerDetail {
  WorkerData data;
  std::vector<WorkerRequirement> requirements;  // this year, then last year
  AppraisalState appraisal = AppraisalState::none;
  std::string appraisal_next_due_on;
  double supervision_hours = 0;  // this year, from the quality module's records
  int supervision_sessions = 0;
  bool can_manage = false;
};

Result<WorkerDetail> create_worker(soci::session& s, const accounts::Caller& caller, long long organisation_id,
                                   const WorkerInput& in);
Result<WorkerDetail> create_worker(kvalis::store::Database& db, const accounts::Caller& caller,
                                   long long organisation_id, const WorkerInput& in);
// The worker's record; the read is logged.
Result<WorkerDetail> get_worker(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<WorkerDetail> update_worker(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const WorkerInput& in);
Status delete_worker(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

Result<WorkerDetail> add_absence(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                 const AbsenceInput& in);
Result<WorkerDetail> add_absence(kvalis::store::Database& db, const accounts::Caller& caller, long long worker_id,
                                 const AbsenceInput& in);
Status delete_absence(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<WorkerDetail> add_external_training(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                           const ExternalTrainingInput& in);
Result<WorkerDetail> add_external_training(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long worker_id, const ExternalTrainingInput& in);
Status delete_external_training(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<WorkerDetail> add_education_plan(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                        const EducationPlanInput& in);
Result<WorkerDetail> add_education_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long worker_id, const EducationPlanInput& in);
Result<WorkerDetail> update_education_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                           const EducationPlanInput& in);
Result<WorkerDetail> add_appraisal(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                   const AppraisalInput& in);
Result<WorkerDetail> add_appraisal(kvalis::store::Database& db, const accounts::Caller& caller, long long worker_id,
                                   const AppraisalInput& in);

}  // namespace kvalis::people::app
