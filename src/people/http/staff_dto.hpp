#pragma once
// DTOs of the people module's staff part: organisations, workers with their requirement, a worker's record
// (absences, external trainings, Kvalis sessions, education plans, appraisals, requirement per year,
// supervision hours), the organisation's requirement list, the region's aggregates and the supervision
// overview. Schema names start with "Pe" (people) and name the staff part.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct PeStaffOrganisation {
  static constexpr const char* kSchemaName = "PeStaffOrganisation";
  long long id = 0;
  std::string name;
  std::string type;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PeStaffOrganisation, (), (id, name, type, can_manage))

struct PeStaffOrganisationList {
  static constexpr const char* kSchemaName = "PeStaffOrganisationList";
  std::vector<PeStaffOrganisation> items;
};
BOOST_DESCRIBE_STRUCT(PeStaffOrganisationList, (), (items))

// The requirement of a year in numbers (hours).
struct PeRequirementSummary {
  static constexpr const char* kSchemaName = "PeRequirementSummary";
  int year = 0;
  double required_hours = 0;
  double counted_hours = 0;
  double shortfall_hours = 0;
  double planned_hours = 0;
};
BOOST_DESCRIBE_STRUCT(PeRequirementSummary, (), (year, required_hours, counted_hours, shortfall_hours, planned_hours))

struct PeWorker {
  static constexpr const char* kSchemaName = "PeWorker";
  long long id = 0;
  long long organisation_id = 0;
  std::string name;
  std::string position;
  std::string team;
  std::string category;  // social_worker | social_services_worker | ospod | manager | other
  double fte = 1;
  std::string employment_start;
  std::string employment_end;
  std::string probation_end;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> user_id;
  PeRequirementSummary requirement;  // of the current year
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PeWorker, (),
                      (id, organisation_id, name, position, team, category, fte, employment_start, employment_end,
                       probation_end, service_id, service_name, user_id, requirement, can_manage))

struct PeWorkerList {
  static constexpr const char* kSchemaName = "PeWorkerList";
  std::vector<PeWorker> items;
};
BOOST_DESCRIBE_STRUCT(PeWorkerList, (), (items))

struct PeWorkerInput {
  static constexpr const char* kSchemaName = "PeWorkerInput";
  std::optional<long long> organisation_id;  // required on create, ignored on change
  std::string name;
  std::optional<std::string> position;
  std::optional<std::string> team;
  std::string category;
  std::optional<double> fte;  // default 1
  std::string employment_start;
  std::optional<std::string> employment_end;
  std::optional<std::string> probation_end;
  std::optional<long long> service_id;
  std::optional<long long> user_id;
};
BOOST_DESCRIBE_STRUCT(PeWorkerInput, (),
                      (organisation_id, name, position, team, category, fte, employment_start, employment_end,
                       probation_end, service_id, user_id))

// A line of the requirement's explanation: its message key and the text in the caller's language.
struct PeNote {
  static constexpr const char* kSchemaName = "PeNote";
  std::string key;
  std::string text;
};
BOOST_DESCRIBE_STRUCT(PeNote, (), (key, text))

// The reading of the absence rule used, and what it says.
struct PeRule {
  static constexpr const char* kSchemaName = "PeRule";
  std::string reading;  // one_twelfth_once | whole_months | started_months
  std::string text;
};
BOOST_DESCRIBE_STRUCT(PeRule, (), (reading, text))

struct PeRequirementYear {
  static constexpr const char* kSchemaName = "PeRequirementYear";
  int year = 0;
  double required_hours = 0;
  double counted_hours = 0;
  double shortfall_hours = 0;
  double planned_hours = 0;
  double in_house_counted = 0;
  int duty_twelfths = 0;
  std::string source;
  std::vector<PeNote> notes;
};
BOOST_DESCRIBE_STRUCT(PeRequirementYear, (),
                      (year, required_hours, counted_hours, shortfall_hours, planned_hours, in_house_counted,
                       duty_twelfths, source, notes))

struct PeAbsence {
  static constexpr const char* kSchemaName = "PeAbsence";
  long long id = 0;
  std::string date_from;
  std::string date_to;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(PeAbsence, (), (id, date_from, date_to, reason))

struct PeAbsenceInput {
  static constexpr const char* kSchemaName = "PeAbsenceInput";
  std::string date_from;
  std::string date_to;
  std::optional<std::string> reason;
};
BOOST_DESCRIBE_STRUCT(PeAbsenceInput, (), (date_from, date_to, reason))

struct PeExternalTraining {
  static constexpr const char* kSchemaName = "PeExternalTraining";
  long long id = 0;
  std::string held_on;
  std::string title;
  std::string organiser;
  double hours = 0;
  std::string kind;  // accredited_course | in_house | other
  std::string accreditation_number;
};
BOOST_DESCRIBE_STRUCT(PeExternalTraining, (), (id, held_on, title, organiser, hours, kind, accreditation_number))

struct PeExternalTrainingInput {
  static constexpr const char* kSchemaName = "PeExternalTrainingInput";
  std::string held_on;
  std::string title;
  std::optional<std::string> organiser;
  double hours = 0;
  std::string kind;
  std::optional<std::string> accreditation_number;
};
BOOST_DESCRIBE_STRUCT(PeExternalTrainingInput, (), (held_on, title, organiser, hours, kind, accreditation_number))

// A registration of the worker for a Kvalis session (attended, registered, waiting, …).
struct PeWorkerSession {
  static constexpr const char* kSchemaName = "PeWorkerSession";
  long long registration_id = 0;
  long long session_id = 0;
  long long module_id = 0;
  std::string module_code;
  std::string module_title;
  std::string held_on;
  std::string place;
  std::string state;          // registered | waiting | cancelled | attended | absent
  std::string session_state;  // planned | open | held | cancelled
  double hours = 0;           // attended: the hours that count; otherwise the module's hours
  bool in_house = false;
};
BOOST_DESCRIBE_STRUCT(PeWorkerSession, (),
                      (registration_id, session_id, module_id, module_code, module_title, held_on, place, state,
                       session_state, hours, in_house))

struct PeEducationPlan {
  static constexpr const char* kSchemaName = "PeEducationPlan";
  long long id = 0;
  int year = 0;
  std::string agreed_on;
  std::string content;
  std::string next_review_on;
};
BOOST_DESCRIBE_STRUCT(PeEducationPlan, (), (id, year, agreed_on, content, next_review_on))

struct PeEducationPlanInput {
  static constexpr const char* kSchemaName = "PeEducationPlanInput";
  int year = 0;
  std::string agreed_on;
  std::optional<std::string> content;
  std::optional<std::string> next_review_on;
};
BOOST_DESCRIBE_STRUCT(PeEducationPlanInput, (), (year, agreed_on, content, next_review_on))

struct PeAppraisal {
  static constexpr const char* kSchemaName = "PeAppraisal";
  long long id = 0;
  std::string held_on;
  std::string appraiser;
  std::string summary;
  std::string next_due_on;
};
BOOST_DESCRIBE_STRUCT(PeAppraisal, (), (id, held_on, appraiser, summary, next_due_on))

struct PeAppraisalInput {
  static constexpr const char* kSchemaName = "PeAppraisalInput";
  std::string held_on;
  std::optional<std::string> appraiser;
  std::optional<std::string> summary;
  std::optional<std::string> next_due_on;
};
BOOST_DESCRIBE_STRUCT(PeAppraisalInput, (), (held_on, appraiser, summary, next_due_on))

struct PeWorkerDetail {
  static constexpr const char* kSchemaName = "PeWorkerDetail";
  PeWorker worker;
  std::vector<PeAbsence> absences;
  std::vector<PeExternalTraining> trainings;
  std::vector<PeWorkerSession> sessions;
  std::vector<PeEducationPlan> education_plans;
  std::vector<PeAppraisal> appraisals;
  std::vector<PeRequirementYear> requirements;  // this year, then last year
  PeRule rule;
  std::string appraisal_next_due_on;
  std::string appraisal_state;   // none | planned | overdue
  double supervision_hours = 0;  // this year, from the quality module's supervision records
  int supervision_sessions = 0;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PeWorkerDetail, (),
                      (worker, absences, trainings, sessions, education_plans, appraisals, requirements, rule,
                       appraisal_next_due_on, appraisal_state, supervision_hours, supervision_sessions, can_manage))

// ---- the requirement list --------------------------------------------------------------------------------

struct PeRequirementWorker {
  static constexpr const char* kSchemaName = "PeRequirementWorker";
  long long id = 0;
  std::string name;
  std::string category;
};
BOOST_DESCRIBE_STRUCT(PeRequirementWorker, (), (id, name, category))

struct PeRequirementItem {
  static constexpr const char* kSchemaName = "PeRequirementItem";
  PeRequirementWorker worker;
  double required_hours = 0;
  double counted_hours = 0;
  double shortfall_hours = 0;
  double planned_hours = 0;
  std::vector<PeNote> notes;
  std::string appraisal_next_due_on;
  std::string appraisal_state;  // none | planned | overdue
  bool education_plan = false;
};
BOOST_DESCRIBE_STRUCT(PeRequirementItem, (),
                      (worker, required_hours, counted_hours, shortfall_hours, planned_hours, notes,
                       appraisal_next_due_on, appraisal_state, education_plan))

struct PeRequirementList {
  static constexpr const char* kSchemaName = "PeRequirementList";
  long long organisation_id = 0;
  std::string organisation_name;
  int year = 0;
  PeRule rule;
  std::vector<PeRequirementItem> items;
};
BOOST_DESCRIBE_STRUCT(PeRequirementList, (), (organisation_id, organisation_name, year, rule, items))

// A cell of the region's aggregates; the numbers are absent when the cell is suppressed (fewer than 5).
struct PeRegionalCell {
  static constexpr const char* kSchemaName = "PeRegionalCell";
  std::string category;  // "" for the organisation's total
  std::optional<long long> workers;
  std::optional<long long> short_workers;
  std::optional<double> shortfall_hours;
  bool suppressed = false;
};
BOOST_DESCRIBE_STRUCT(PeRegionalCell, (), (category, workers, short_workers, shortfall_hours, suppressed))

struct PeRegionalItem {
  static constexpr const char* kSchemaName = "PeRegionalItem";
  long long organisation_id = 0;
  std::string organisation_name;
  std::string organisation_type;
  std::vector<PeRegionalCell> categories;
  PeRegionalCell total;
};
BOOST_DESCRIBE_STRUCT(PeRegionalItem, (), (organisation_id, organisation_name, organisation_type, categories, total))

struct PeRegionalList {
  static constexpr const char* kSchemaName = "PeRegionalList";
  std::string region_code;
  int year = 0;
  int min_cell = 5;
  PeRule rule;
  std::vector<PeRegionalItem> items;
};
BOOST_DESCRIBE_STRUCT(PeRegionalList, (), (region_code, year, min_cell, rule, items))

// ---- supervision -------------------------------------------------------------------------------------------

struct PeSupervisionWorker {
  static constexpr const char* kSchemaName = "PeSupervisionWorker";
  long long worker_id = 0;
  std::string name;
  std::string team;
  double supervision_hours = 0;
  int supervision_sessions = 0;
  double training_hours = 0;
};
BOOST_DESCRIBE_STRUCT(PeSupervisionWorker, (),
                      (worker_id, name, team, supervision_hours, supervision_sessions, training_hours))

struct PeSupervisionTeam {
  static constexpr const char* kSchemaName = "PeSupervisionTeam";
  std::string team;
  double hours = 0;
  double person_hours = 0;
  int sessions = 0;
  int workers = 0;
  double training_hours = 0;
};
BOOST_DESCRIBE_STRUCT(PeSupervisionTeam, (), (team, hours, person_hours, sessions, workers, training_hours))

struct PeSupervisionParticipant {
  static constexpr const char* kSchemaName = "PeSupervisionParticipant";
  std::string name;
  std::string team;
  double hours = 0;
  int sessions = 0;
};
BOOST_DESCRIBE_STRUCT(PeSupervisionParticipant, (), (name, team, hours, sessions))

struct PeSupervisionOverview {
  static constexpr const char* kSchemaName = "PeSupervisionOverview";
  long long organisation_id = 0;
  std::string organisation_name;
  int year = 0;
  int sessions = 0;
  double session_hours = 0;
  std::vector<PeSupervisionWorker> items;
  std::vector<PeSupervisionTeam> teams;
  std::vector<PeSupervisionParticipant> unmatched;
};
BOOST_DESCRIBE_STRUCT(PeSupervisionOverview, (),
                      (organisation_id, organisation_name, year, sessions, session_hours, items, teams, unmatched))

}  // namespace kvalis::http::dto
