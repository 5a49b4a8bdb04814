#pragma once
// Storage of the people module's staff part: workers (pe_workers) with their absences, external trainings,
// education plans and appraisals, the hours of Kvalis training sessions they attended or are registered for
// (pe_registrations, pe_sessions, pe_modules: read only here), and the organisations whose staff is recorded.
// Rows in, rows out; the rules are in people/core (staff_rules, staff_access, requirement).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::people::store {

struct OrganisationRow {
  long long id = 0;
  std::string name;
  std::string type;  // provider | municipality | region | audit_body
  std::string region_code;
};

struct WorkerRow {
  long long id = 0;
  long long organisation_id = 0;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> user_id;
  std::string name;
  std::string position;
  std::string team;
  std::string category;
  double fte = 1;
  std::string employment_start;
  std::string employment_end;
  std::string probation_end;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
};

struct WorkerQuery {
  std::vector<long long> organisation_ids;
  std::string category;  // "" = any
};

struct AbsenceRow {
  long long id = 0;
  long long worker_id = 0;
  std::string date_from;
  std::string date_to;
  std::string reason;
};

struct ExternalTrainingRow {
  long long id = 0;
  long long worker_id = 0;
  std::string held_on;
  std::string title;
  std::string organiser;
  double hours = 0;
  std::string kind;
  std::string accreditation_number;
};

struct EducationPlanRow {
  long long id = 0;
  long long worker_id = 0;
  int year = 0;
  std::string agreed_on;
  std::string content;
  std::string next_review_on;
};

struct AppraisalRow {
  long long id = 0;
  long long worker_id = 0;
  std::string held_on;
  std::string appraiser;
  std::string summary;
  std::string next_due_on;
};

// A worker's registration for a Kvalis session with the session and module facts the requirement needs.
struct SessionEntryRow {
  long long registration_id = 0;
  long long worker_id = 0;
  long long session_id = 0;
  std::string held_on;
  std::string place;
  std::string session_state;  // planned | open | held | cancelled
  std::string state;          // registration: registered | waiting | cancelled | attended | absent
  std::optional<double> hours_attended;
  long long module_id = 0;
  std::string module_code;
  std::string module_title;
  double module_hours = 0;
  bool in_house = false;
  std::string accreditation_number;
};

std::optional<OrganisationRow> get_organisation(soci::session& s, long long id);
std::vector<OrganisationRow> organisations(soci::session& s, const std::vector<long long>& ids);
// Providers and offices (municipalities) of the region that have workers recorded.
std::vector<OrganisationRow> region_organisations_with_workers(soci::session& s, const std::string& region_code);
// Organisations that have workers recorded (for the platform administrator's list).
std::vector<long long> organisations_with_workers(soci::session& s);
// The organisations where the user is linked to a worker.
std::vector<long long> organisations_of_worker_user(soci::session& s, long long user_id);

std::optional<long long> service_provider(soci::session& s, long long service_id);
bool is_member(soci::session& s, long long user_id, long long organisation_id);
// Another worker of the organisation linked to the user (except the given worker id).
bool user_linked_elsewhere(soci::session& s, long long organisation_id, long long user_id, long long except_worker_id);

std::optional<WorkerRow> get_worker(soci::session& s, long long id);
std::vector<WorkerRow> list_workers(soci::session& s, const WorkerQuery& q);
long long insert_worker(soci::session& s, const WorkerRow& w);
void update_worker(soci::session& s, const WorkerRow& w);
void delete_worker(soci::session& s, long long id);
bool worker_has_registrations(soci::session& s, long long worker_id);

std::vector<AbsenceRow> absences_of(soci::session& s, const std::vector<long long>& worker_ids);
std::optional<AbsenceRow> get_absence(soci::session& s, long long id);
long long insert_absence(soci::session& s, const AbsenceRow& a, long long now);
void delete_absence(soci::session& s, long long id);

std::vector<ExternalTrainingRow> trainings_of(soci::session& s, const std::vector<long long>& worker_ids);
std::optional<ExternalTrainingRow> get_training(soci::session& s, long long id);
long long insert_training(soci::session& s, const ExternalTrainingRow& t, long long now);
void delete_training(soci::session& s, long long id);

std::vector<EducationPlanRow> education_plans_of(soci::session& s, const std::vector<long long>& worker_ids);
std::optional<EducationPlanRow> get_education_plan(soci::session& s, long long id);
// Another plan of the worker for the year (except the given id).
bool education_plan_exists(soci::session& s, long long worker_id, int year, long long except_id);
long long insert_education_plan(soci::session& s, const EducationPlanRow& p, long long now);
void update_education_plan(soci::session& s, const EducationPlanRow& p);

std::vector<AppraisalRow> appraisals_of(soci::session& s, const std::vector<long long>& worker_ids);
long long insert_appraisal(soci::session& s, const AppraisalRow& a, long long now);

// Registrations of the workers for sessions held (or planned) between from and to (inclusive), by date.
std::vector<SessionEntryRow> session_entries_of(soci::session& s, const std::vector<long long>& worker_ids,
                                                const std::string& from, const std::string& to);

}  // namespace kvalis::people::store
