#pragma once
// DTOs of cooperation with partner bodies and funded projects (people module, PEOPLE_SPEC "HTTP API"
// [cooperation]): partners, meetings with participants and agreed actions, projects with activities and
// links, budget, expenses, indicators, publicity and the monitoring report.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// ---- partners ----
struct PcPartner {
  static constexpr const char* kSchemaName = "PcPartner";
  long long id = 0, organisation_id = 0;
  std::string name, kind, contact;
  bool archived = false, can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PcPartner, (), (id, organisation_id, name, kind, contact, archived, can_manage))
struct PcPartnerList {
  static constexpr const char* kSchemaName = "PcPartnerList";
  std::vector<PcPartner> items;
};
BOOST_DESCRIBE_STRUCT(PcPartnerList, (), (items))
struct PcPartnerInput {
  static constexpr const char* kSchemaName = "PcPartnerInput";
  std::optional<long long> organisation_id;  // required on create
  std::string name;
  std::optional<std::string> kind, contact;
  std::optional<bool> archived;
};
BOOST_DESCRIBE_STRUCT(PcPartnerInput, (), (organisation_id, name, kind, contact, archived))

// ---- meetings ----
struct PcParticipant {
  static constexpr const char* kSchemaName = "PcParticipant";
  std::optional<long long> partner_id;
  std::string partner_name, name, role;
};
BOOST_DESCRIBE_STRUCT(PcParticipant, (), (partner_id, partner_name, name, role))
struct PcParticipantInput {
  static constexpr const char* kSchemaName = "PcParticipantInput";
  std::optional<long long> partner_id;
  std::optional<std::string> name, role;
};
BOOST_DESCRIBE_STRUCT(PcParticipantInput, (), (partner_id, name, role))
struct PcMeeting {
  static constexpr const char* kSchemaName = "PcMeeting";
  long long id = 0, organisation_id = 0;
  std::string organisation_name, title, planned_on, held_on, place, state;
  int participants = 0, actions = 0, open_actions = 0;
};
BOOST_DESCRIBE_STRUCT(PcMeeting, (),
                      (id, organisation_id, organisation_name, title, planned_on, held_on, place, state, participants,
                       actions, open_actions))
struct PcMeetingList {
  static constexpr const char* kSchemaName = "PcMeetingList";
  std::vector<PcMeeting> items;
};
BOOST_DESCRIBE_STRUCT(PcMeetingList, (), (items))
struct PcAction {
  static constexpr const char* kSchemaName = "PcAction";
  long long id = 0, meeting_id = 0;
  std::string meeting_title, meeting_date, text, owner, due_on, state;
  std::optional<long long> follow_up_meeting_id;
  std::string follow_up_note;
};
BOOST_DESCRIBE_STRUCT(PcAction, (),
                      (id, meeting_id, meeting_title, meeting_date, text, owner, due_on, state, follow_up_meeting_id,
                       follow_up_note))
struct PcMeetingDetail {
  static constexpr const char* kSchemaName = "PcMeetingDetail";
  PcMeeting meeting;
  std::string minutes;
  std::vector<PcParticipant> participants;
  std::vector<PcAction> actions, follow_ups;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PcMeetingDetail, (), (meeting, minutes, participants, actions, follow_ups, can_manage))
struct PcMeetingInput {
  static constexpr const char* kSchemaName = "PcMeetingInput";
  std::optional<long long> organisation_id;  // required on create
  std::string title, planned_on;
  std::optional<std::string> held_on, place, minutes, state;
  std::optional<std::vector<PcParticipantInput>> participants;
};
BOOST_DESCRIBE_STRUCT(PcMeetingInput, (),
                      (organisation_id, title, planned_on, held_on, place, minutes, state, participants))
struct PcSeriesInput {
  static constexpr const char* kSchemaName = "PcSeriesInput";
  long long organisation_id = 0;
  std::string title, first_on;
  int every_months = 3;
  int count = 0;
  std::optional<std::string> place;
};
BOOST_DESCRIBE_STRUCT(PcSeriesInput, (), (organisation_id, title, first_on, every_months, count, place))
struct PcActionInput {
  static constexpr const char* kSchemaName = "PcActionInput";
  std::string text, owner;
  std::optional<std::string> due_on;
};
BOOST_DESCRIBE_STRUCT(PcActionInput, (), (text, owner, due_on))
struct PcActionUpdate {
  static constexpr const char* kSchemaName = "PcActionUpdate";
  std::optional<std::string> text, owner, due_on, state;
  std::optional<long long> follow_up_meeting_id;  // 0 clears
  std::optional<std::string> follow_up_note;
};
BOOST_DESCRIBE_STRUCT(PcActionUpdate, (), (text, owner, due_on, state, follow_up_meeting_id, follow_up_note))

// ---- projects ----
struct PjProject {
  static constexpr const char* kSchemaName = "PjProject";
  long long id = 0, organisation_id = 0;
  std::string organisation_name, name, registration_number, programme, starts_on, ends_on, manager, description;
};
BOOST_DESCRIBE_STRUCT(PjProject, (),
                      (id, organisation_id, organisation_name, name, registration_number, programme, starts_on, ends_on,
                       manager, description))
struct PjProjectList {
  static constexpr const char* kSchemaName = "PjProjectList";
  std::vector<PjProject> items;
};
BOOST_DESCRIBE_STRUCT(PjProjectList, (), (items))
struct PjProjectInput {
  static constexpr const char* kSchemaName = "PjProjectInput";
  std::optional<long long> organisation_id;  // required on create
  std::string name, starts_on, ends_on;
  std::optional<std::string> registration_number, programme, manager, description;
};
BOOST_DESCRIBE_STRUCT(PjProjectInput, (),
                      (organisation_id, name, starts_on, ends_on, registration_number, programme, manager, description))
struct PjLinked {
  static constexpr const char* kSchemaName = "PjLinked";
  std::string kind;
  long long object_id = 0;
  std::string label, date, state;
  bool visible = true;
};
BOOST_DESCRIBE_STRUCT(PjLinked, (), (kind, object_id, label, date, state, visible))
struct PjLinkedList {
  static constexpr const char* kSchemaName = "PjLinkedList";
  std::vector<PjLinked> items;
};
BOOST_DESCRIBE_STRUCT(PjLinkedList, (), (items))
struct PjKindCount {
  static constexpr const char* kSchemaName = "PjKindCount";
  std::string kind;
  int count = 0;
};
BOOST_DESCRIBE_STRUCT(PjKindCount, (), (kind, count))
struct PjActivity {
  static constexpr const char* kSchemaName = "PjActivity";
  long long id = 0, project_id = 0;
  std::string code, title, starts_on, ends_on, output;
  std::optional<double> output_target;
  std::string output_unit;
  int position = 0;
};
BOOST_DESCRIBE_STRUCT(PjActivity, (),
                      (id, project_id, code, title, starts_on, ends_on, output, output_target, output_unit, position))
struct PjActivityDetail {
  static constexpr const char* kSchemaName = "PjActivityDetail";
  PjActivity activity;
  std::string schedule;  // not_started | running | ended (today)
  std::vector<PjLinked> links;
  std::vector<PjKindCount> counts;
};
BOOST_DESCRIBE_STRUCT(PjActivityDetail, (), (activity, schedule, links, counts))
struct PjActivityInput {
  static constexpr const char* kSchemaName = "PjActivityInput";
  std::string title, starts_on, ends_on;
  std::optional<std::string> code, output, output_unit;
  std::optional<double> output_target;
};
BOOST_DESCRIBE_STRUCT(PjActivityInput, (), (title, starts_on, ends_on, code, output, output_unit, output_target))
struct PjLinkInput {
  static constexpr const char* kSchemaName = "PjLinkInput";
  std::string kind;
  long long object_id = 0;
};
BOOST_DESCRIBE_STRUCT(PjLinkInput, (), (kind, object_id))
struct PjBudgetLine {
  static constexpr const char* kSchemaName = "PjBudgetLine";
  long long id = 0, project_id = 0;
  std::string category, title;
  double planned = 0, spent = 0;
};
BOOST_DESCRIBE_STRUCT(PjBudgetLine, (), (id, project_id, category, title, planned, spent))
struct PjBudgetLineInput {
  static constexpr const char* kSchemaName = "PjBudgetLineInput";
  std::string category, title;
  double planned = 0;
};
BOOST_DESCRIBE_STRUCT(PjBudgetLineInput, (), (category, title, planned))
struct PjExpense {
  static constexpr const char* kSchemaName = "PjExpense";
  long long id = 0, budget_line_id = 0;
  std::string category, spent_on;
  double amount = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(PjExpense, (), (id, budget_line_id, category, spent_on, amount, note))
struct PjExpenseInput {
  static constexpr const char* kSchemaName = "PjExpenseInput";
  long long budget_line_id = 0;
  std::string spent_on;
  double amount = 0;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(PjExpenseInput, (), (budget_line_id, spent_on, amount, note))
struct PjCategoryBudget {
  static constexpr const char* kSchemaName = "PjCategoryBudget";
  std::string category;
  double planned = 0, spent_period = 0, spent_cumulative = 0, remaining = 0;
  std::optional<double> share_spent;
};
BOOST_DESCRIBE_STRUCT(PjCategoryBudget, (), (category, planned, spent_period, spent_cumulative, remaining, share_spent))
struct PjValue {
  static constexpr const char* kSchemaName = "PjValue";
  long long id = 0, indicator_id = 0;
  std::string recorded_on;
  double value = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(PjValue, (), (id, indicator_id, recorded_on, value, note))
struct PjValueInput {
  static constexpr const char* kSchemaName = "PjValueInput";
  std::string recorded_on;
  double value = 0;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(PjValueInput, (), (recorded_on, value, note))
struct PjIndicator {
  static constexpr const char* kSchemaName = "PjIndicator";
  long long id = 0, project_id = 0;
  std::string code, name, unit;
  std::optional<double> target;
  std::string source;
  std::optional<double> value;
  std::vector<PjValue> values;
};
BOOST_DESCRIBE_STRUCT(PjIndicator, (), (id, project_id, code, name, unit, target, source, value, values))
struct PjIndicatorInput {
  static constexpr const char* kSchemaName = "PjIndicatorInput";
  std::string name;
  std::optional<std::string> code, unit, source;
  std::optional<double> target;
};
BOOST_DESCRIBE_STRUCT(PjIndicatorInput, (), (name, code, unit, source, target))
struct PjPublicity {
  static constexpr const char* kSchemaName = "PjPublicity";
  long long id = 0, project_id = 0;
  std::string duty, due_on, done_on, evidence;
};
BOOST_DESCRIBE_STRUCT(PjPublicity, (), (id, project_id, duty, due_on, done_on, evidence))
struct PjPublicityInput {
  static constexpr const char* kSchemaName = "PjPublicityInput";
  std::string duty;
  std::optional<std::string> due_on, done_on, evidence;
};
BOOST_DESCRIBE_STRUCT(PjPublicityInput, (), (duty, due_on, done_on, evidence))
struct PjProjectDetail {
  static constexpr const char* kSchemaName = "PjProjectDetail";
  PjProject project;
  std::vector<PjActivityDetail> activities;
  std::vector<PjBudgetLine> budget_lines;
  std::vector<PjExpense> expenses;
  std::vector<PjCategoryBudget> budget;
  std::vector<PjIndicator> indicators;
  std::vector<PjPublicity> publicity;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PjProjectDetail, (),
                      (project, activities, budget_lines, expenses, budget, indicators, publicity, can_manage))

// ---- monitoring ----
struct PjMonitoringActivity {
  static constexpr const char* kSchemaName = "PjMonitoringActivity";
  PjActivity activity;
  std::string schedule;
  std::vector<PjKindCount> outputs_period, outputs_cumulative;
  int total_period = 0, total_cumulative = 0;
  std::vector<PjLinked> records;
};
BOOST_DESCRIBE_STRUCT(PjMonitoringActivity, (),
                      (activity, schedule, outputs_period, outputs_cumulative, total_period, total_cumulative, records))
struct PjMonitoringIndicator {
  static constexpr const char* kSchemaName = "PjMonitoringIndicator";
  long long id = 0;
  std::string code, name, unit, source;
  std::optional<double> target, value, value_in_period, share_of_target;
  bool met = false;
};
BOOST_DESCRIBE_STRUCT(PjMonitoringIndicator, (),
                      (id, code, name, unit, source, target, value, value_in_period, share_of_target, met))
struct PjMonitoringPublicity {
  static constexpr const char* kSchemaName = "PjMonitoringPublicity";
  PjPublicity duty;
  bool met = false, overdue = false;
};
BOOST_DESCRIBE_STRUCT(PjMonitoringPublicity, (), (duty, met, overdue))
struct PjMonitoring {
  static constexpr const char* kSchemaName = "PjMonitoring";
  PjProject project;
  std::string from, to;
  std::vector<PjMonitoringActivity> activities;
  std::vector<PjCategoryBudget> budget;
  double planned_total = 0, spent_period_total = 0, spent_cumulative_total = 0;
  std::vector<PjMonitoringIndicator> indicators;
  std::vector<PjMonitoringPublicity> publicity;
};
BOOST_DESCRIBE_STRUCT(PjMonitoring, (),
                      (project, from, to, activities, budget, planned_total, spent_period_total, spent_cumulative_total,
                       indicators, publicity))

}  // namespace kvalis::http::dto
