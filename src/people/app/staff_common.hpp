#pragma once
// What the staff part's use cases share: a worker with the caller's rights, everything recorded of a set of
// workers (absences, trainings, Kvalis sessions, education plans, appraisals) and the requirement of one
// worker in one year computed from it through people::evaluate_requirement.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "people/core/requirement.hpp"
#include "people/core/staff_access.hpp"
#include "people/core/staff_rules.hpp"
#include "people/store/staff_repo.hpp"
#include "platform/core/result.hpp"

namespace kvalis::people::app {

inline Error worker_missing() { return not_found("people.staff.worker_not_found"); }
inline Error organisation_missing() { return not_found("people.staff.organisation_not_found"); }

struct LoadedWorker {
  store::WorkerRow worker;
  WorkerRights rights;
};

// The worker with the caller's rights; not found when it does not exist or the caller may not read it.
Result<LoadedWorker> load_worker(soci::session& s, const accounts::Principal& p, long long id);
// The worker the caller may change: not found as above, forbidden for a worker reading their own record.
Result<store::WorkerRow> writable_worker(soci::session& s, const accounts::Principal& p, long long id);
// The organisation whose staff the caller manages: not found for outsiders, forbidden for its other members.
Result<store::OrganisationRow> managed_organisation(soci::session& s, const accounts::Principal& p, long long id);

// Everything recorded of one worker that the requirement and the detail show.
struct WorkerData {
  store::WorkerRow worker;
  std::vector<store::AbsenceRow> absences;
  std::vector<store::ExternalTrainingRow> trainings;
  std::vector<store::SessionEntryRow> sessions;  // registrations for sessions of the loaded period
  std::vector<store::EducationPlanRow> plans;    // newest year first
  std::vector<store::AppraisalRow> appraisals;   // newest first
};
// The data of the workers with their sessions held between from and to.
std::vector<WorkerData> load_worker_data(soci::session& s, std::vector<store::WorkerRow> workers,
                                         const std::string& from, const std::string& to);

// The requirement of a worker for a year: the core's result, the hours planned (registered for sessions from
// today to the year's end) and the notes of the whole explanation (the core's and the staff part's).
struct WorkerRequirement {
  int year = 0;
  RequirementResult result;
  double planned_hours = 0;
  std::vector<RequirementNote> notes;
};
WorkerRequirement requirement_of(const WorkerData& data, int year, const std::vector<RequirementRule>& rules,
                                 const std::string& today);
// The training hours of the worker in the year as they count (Kvalis sessions attended + external).
TrainingHours training_hours_of(const WorkerData& data, int year);
// The hours a session attendance counts: hours_attended when recorded, else the module's hours.
double attended_hours(const store::SessionEntryRow& e);

std::string today_text();
int current_year();

}  // namespace kvalis::people::app
