#pragma once
// DTOs of the people module's training part: modules, sessions, the run plan, registrations with the waiting
// list, attendance and feedback. Schema names start with "Pt" (people training).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct PtModule {
  static constexpr const char* kSchemaName = "PtModule";
  long long id = 0;
  long long organiser_org_id = 0;
  std::string organiser_name;
  std::string code;
  std::string title;
  std::string topic;
  std::string description;
  double hours = 0;
  std::string accreditation_number;
  std::string accreditation_body;
  std::string accredited_until;
  bool accredited = false;
  bool in_house = false;
  bool archived = false;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PtModule, (),
                      (id, organiser_org_id, organiser_name, code, title, topic, description, hours,
                       accreditation_number, accreditation_body, accredited_until, accredited, in_house, archived,
                       can_manage))

struct PtModuleList {
  static constexpr const char* kSchemaName = "PtModuleList";
  std::vector<PtModule> items;
};
BOOST_DESCRIBE_STRUCT(PtModuleList, (), (items))

struct PtModuleInput {
  static constexpr const char* kSchemaName = "PtModuleInput";
  std::optional<long long> organiser_org_id;  // create only
  std::optional<std::string> code;
  std::string title;
  std::optional<std::string> topic;
  std::optional<std::string> description;
  double hours = 0;
  std::optional<std::string> accreditation_number;
  std::optional<std::string> accreditation_body;
  std::optional<std::string> accredited_until;
  std::optional<bool> in_house;
  std::optional<bool> archived;
};
BOOST_DESCRIBE_STRUCT(PtModuleInput, (),
                      (organiser_org_id, code, title, topic, description, hours, accreditation_number,
                       accreditation_body, accredited_until, in_house, archived))

struct PtModuleRef {
  static constexpr const char* kSchemaName = "PtModuleRef";
  long long id = 0;
  std::string code;
  std::string title;
  double hours = 0;
  bool accredited = false;
  bool in_house = false;
  long long organiser_org_id = 0;
  std::string organiser_name;
};
BOOST_DESCRIBE_STRUCT(PtModuleRef, (), (id, code, title, hours, accredited, in_house, organiser_org_id, organiser_name))

struct PtSession {
  static constexpr const char* kSchemaName = "PtSession";
  long long id = 0;
  PtModuleRef module;
  std::string held_on;
  std::string time_from;
  std::string time_to;
  std::string place;
  int capacity = 0;
  int registered = 0;
  int waiting = 0;
  std::string lecturer;
  std::string state;  // planned | open | held | cancelled
  double cost = 0;
  std::string run_label;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PtSession, (),
                      (id, module, held_on, time_from, time_to, place, capacity, registered, waiting, lecturer, state,
                       cost, run_label, can_manage))

struct PtSessionList {
  static constexpr const char* kSchemaName = "PtSessionList";
  std::vector<PtSession> items;
};
BOOST_DESCRIBE_STRUCT(PtSessionList, (), (items))

struct PtFeedbackSummary {
  static constexpr const char* kSchemaName = "PtFeedbackSummary";
  int n = 0;
  double content_rating = 0;
  double lecturer_rating = 0;
  double usefulness_rating = 0;
  double organisation_rating = 0;
  double overall = 0;
  std::vector<std::string> comments;
};
BOOST_DESCRIBE_STRUCT(PtFeedbackSummary, (),
                      (n, content_rating, lecturer_rating, usefulness_rating, organisation_rating, overall, comments))

struct PtLecturerFeedback {
  static constexpr const char* kSchemaName = "PtLecturerFeedback";
  std::string lecturer;
  PtFeedbackSummary results;
};
BOOST_DESCRIBE_STRUCT(PtLecturerFeedback, (), (lecturer, results))

struct PtModuleDetail {
  static constexpr const char* kSchemaName = "PtModuleDetail";
  PtModule module;
  std::vector<PtSession> sessions;
  std::optional<PtFeedbackSummary> feedback;             // the organiser only
  std::vector<PtLecturerFeedback> feedback_by_lecturer;  // the organiser only
};
BOOST_DESCRIBE_STRUCT(PtModuleDetail, (), (module, sessions, feedback, feedback_by_lecturer))

struct PtRunPlanInput {
  static constexpr const char* kSchemaName = "PtRunPlanInput";
  std::vector<std::string> places;
  int runs_per_place = 1;
  std::string first_date;
  std::optional<int> interval_days;  // default 7
  int capacity = 0;
  std::optional<std::string> lecturer;
  std::optional<double> cost;
  std::optional<std::string> state;  // planned (default) | open
};
BOOST_DESCRIBE_STRUCT(PtRunPlanInput, (),
                      (places, runs_per_place, first_date, interval_days, capacity, lecturer, cost, state))

struct PtSessionInput {
  static constexpr const char* kSchemaName = "PtSessionInput";
  std::optional<long long> module_id;  // create only
  std::string held_on;
  std::optional<std::string> time_from;
  std::optional<std::string> time_to;
  std::string place;
  int capacity = 0;
  std::optional<std::string> lecturer;
  std::optional<double> cost;
  std::optional<std::string> state;  // create only: planned (default) | open
  std::optional<std::string> run_label;
};
BOOST_DESCRIBE_STRUCT(PtSessionInput, (),
                      (module_id, held_on, time_from, time_to, place, capacity, lecturer, cost, state, run_label))

struct PtRegistration {
  static constexpr const char* kSchemaName = "PtRegistration";
  long long id = 0;
  long long worker_id = 0;
  std::string worker_name;
  long long organisation_id = 0;
  std::string organisation_name;
  std::string state;  // registered | waiting | cancelled | attended | absent
  std::optional<int> waiting_position;
  std::optional<double> hours_attended;
  std::string certificate_number;
  bool feedback_given = false;
};
BOOST_DESCRIBE_STRUCT(PtRegistration, (),
                      (id, worker_id, worker_name, organisation_id, organisation_name, state, waiting_position,
                       hours_attended, certificate_number, feedback_given))

struct PtSessionDetail {
  static constexpr const char* kSchemaName = "PtSessionDetail";
  PtSession session;
  std::vector<PtRegistration> registrations;  // those the caller may see by name
  bool can_register = false;
};
BOOST_DESCRIBE_STRUCT(PtSessionDetail, (), (session, registrations, can_register))

struct PtRegistrationInput {
  static constexpr const char* kSchemaName = "PtRegistrationInput";
  std::vector<long long> worker_ids;
};
BOOST_DESCRIBE_STRUCT(PtRegistrationInput, (), (worker_ids))

struct PtRegistrationOutcome {
  static constexpr const char* kSchemaName = "PtRegistrationOutcome";
  long long worker_id = 0;
  long long registration_id = 0;
  std::string state;  // registered | waiting
  std::optional<int> waiting_position;
};
BOOST_DESCRIBE_STRUCT(PtRegistrationOutcome, (), (worker_id, registration_id, state, waiting_position))

struct PtRegistrationResult {
  static constexpr const char* kSchemaName = "PtRegistrationResult";
  std::vector<PtRegistrationOutcome> items;
  PtSessionDetail session;
};
BOOST_DESCRIBE_STRUCT(PtRegistrationResult, (), (items, session))

struct PtAttendanceItem {
  static constexpr const char* kSchemaName = "PtAttendanceItem";
  long long registration_id = 0;
  bool attended = false;
  std::optional<double> hours;
};
BOOST_DESCRIBE_STRUCT(PtAttendanceItem, (), (registration_id, attended, hours))

struct PtAttendanceInput {
  static constexpr const char* kSchemaName = "PtAttendanceInput";
  std::vector<PtAttendanceItem> items;
};
BOOST_DESCRIBE_STRUCT(PtAttendanceInput, (), (items))

struct PtFeedbackInput {
  static constexpr const char* kSchemaName = "PtFeedbackInput";
  std::optional<long long> registration_id;  // the employer on the worker's behalf; absent: the caller's own
  int content_rating = 0;
  int lecturer_rating = 0;
  int usefulness_rating = 0;
  int organisation_rating = 0;
  std::optional<std::string> comment;
};
BOOST_DESCRIBE_STRUCT(PtFeedbackInput, (),
                      (registration_id, content_rating, lecturer_rating, usefulness_rating, organisation_rating,
                       comment))

struct PtFeedbackReceipt {
  static constexpr const char* kSchemaName = "PtFeedbackReceipt";
  long long session_id = 0;
  int answers = 0;
};
BOOST_DESCRIBE_STRUCT(PtFeedbackReceipt, (), (session_id, answers))

struct PtFeedbackResults {
  static constexpr const char* kSchemaName = "PtFeedbackResults";
  std::optional<long long> module_id;
  std::optional<std::string> lecturer;
  PtFeedbackSummary results;
};
BOOST_DESCRIBE_STRUCT(PtFeedbackResults, (), (module_id, lecturer, results))

}  // namespace kvalis::http::dto
