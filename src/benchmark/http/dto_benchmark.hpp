#pragma once
// Benchmarking data side: working groups, meetings, methodologies, rounds, forms and corrections.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// ---- working groups --------------------------------------------------------------------------

struct BmMember {
  static constexpr const char* kSchemaName = "BmMember";
  long long provider_org_id = 0;
  std::string provider_name;
  std::string participation;  // full | data_only
  std::string joined_on;
};
BOOST_DESCRIBE_STRUCT(BmMember, (), (provider_org_id, provider_name, participation, joined_on))

struct BmGroup {
  static constexpr const char* kSchemaName = "BmGroup";
  long long id = 0;
  long long region_org_id = 0;
  std::string region_name;
  std::string name;
  std::string description;
  std::vector<std::string> kinds;
  std::vector<BmMember> members;
  std::string created_at;
  bool can_manage = false;  // the caller may edit the group, its methodologies and rounds
};
BOOST_DESCRIBE_STRUCT(BmGroup, (),
                      (id, region_org_id, region_name, name, description, kinds, members, created_at, can_manage))

struct BmGroupList {
  static constexpr const char* kSchemaName = "BmGroupList";
  std::vector<BmGroup> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(BmGroupList, (), (items, total, page, page_size))

struct BmGroupInput {
  static constexpr const char* kSchemaName = "BmGroupInput";
  std::optional<long long> region_org_id;  // on create; defaults to the caller's only region
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<std::vector<std::string>> kinds;
};
BOOST_DESCRIBE_STRUCT(BmGroupInput, (), (region_org_id, name, description, kinds))

struct BmMemberInput {
  static constexpr const char* kSchemaName = "BmMemberInput";
  long long provider_org_id = 0;
  std::string participation;
  std::optional<std::string> joined_on;
};
BOOST_DESCRIBE_STRUCT(BmMemberInput, (), (provider_org_id, participation, joined_on))

struct BmMembersInput {
  static constexpr const char* kSchemaName = "BmMembersInput";
  std::vector<BmMemberInput> members;
};
BOOST_DESCRIBE_STRUCT(BmMembersInput, (), (members))

// ---- meetings ---------------------------------------------------------------------------------

struct BmAttendance {
  static constexpr const char* kSchemaName = "BmAttendance";
  long long organisation_id = 0;
  std::string organisation_name;
  int attendees = 1;
};
BOOST_DESCRIBE_STRUCT(BmAttendance, (), (organisation_id, organisation_name, attendees))

struct BmMeeting {
  static constexpr const char* kSchemaName = "BmMeeting";
  long long id = 0;
  long long group_id = 0;
  std::string held_on;
  std::string place;
  std::string agenda;
  std::string minutes;
  std::vector<BmAttendance> attendance;
};
BOOST_DESCRIBE_STRUCT(BmMeeting, (), (id, group_id, held_on, place, agenda, minutes, attendance))

struct BmMeetingList {
  static constexpr const char* kSchemaName = "BmMeetingList";
  std::vector<BmMeeting> items;
};
BOOST_DESCRIBE_STRUCT(BmMeetingList, (), (items))

struct BmAttendanceInput {
  static constexpr const char* kSchemaName = "BmAttendanceInput";
  long long organisation_id = 0;
  std::optional<int> attendees;
};
BOOST_DESCRIBE_STRUCT(BmAttendanceInput, (), (organisation_id, attendees))

struct BmMeetingInput {
  static constexpr const char* kSchemaName = "BmMeetingInput";
  std::optional<std::string> held_on;
  std::optional<std::string> place;
  std::optional<std::string> agenda;
  std::optional<std::string> minutes;
  std::optional<std::vector<BmAttendanceInput>> attendance;
};
BOOST_DESCRIBE_STRUCT(BmMeetingInput, (), (held_on, place, agenda, minutes, attendance))

// ---- methodologies ----------------------------------------------------------------------------

struct BmItem {
  static constexpr const char* kSchemaName = "BmItem";
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string unit;
  bool required = true;
  std::optional<double> min_value;
  std::optional<double> max_value;
  std::string help_cs;
};
BOOST_DESCRIBE_STRUCT(BmItem, (), (code, name_cs, name_en, unit, required, min_value, max_value, help_cs))

struct BmIndicator {
  static constexpr const char* kSchemaName = "BmIndicator";
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string numerator;
  std::string denominator;
  double factor = 1;
  std::string unit;
  std::string direction;  // higher | lower
  std::string rba;        // how_much | how_well | better_off
  std::vector<std::string> kinds;
};
BOOST_DESCRIBE_STRUCT(BmIndicator, (),
                      (code, name_cs, name_en, numerator, denominator, factor, unit, direction, rba, kinds))

struct BmRule {
  static constexpr const char* kSchemaName = "BmRule";
  std::string code;
  std::string left;
  std::string op;  // <= < >= > =
  std::string right;
  std::string message_cs;
  std::string message_en;
};
BOOST_DESCRIBE_STRUCT(BmRule, (), (code, left, op, right, message_cs, message_en))

struct BmMethodologySummary {
  static constexpr const char* kSchemaName = "BmMethodologySummary";
  long long id = 0;
  long long group_id = 0;
  int version = 0;
  std::string name;
  std::string status;  // draft | published
  std::string created_at;
  int item_count = 0;
  int indicator_count = 0;
  int rule_count = 0;
};
BOOST_DESCRIBE_STRUCT(BmMethodologySummary, (),
                      (id, group_id, version, name, status, created_at, item_count, indicator_count, rule_count))

struct BmMethodologyList {
  static constexpr const char* kSchemaName = "BmMethodologyList";
  std::vector<BmMethodologySummary> items;
};
BOOST_DESCRIBE_STRUCT(BmMethodologyList, (), (items))

struct BmMethodology {
  static constexpr const char* kSchemaName = "BmMethodology";
  long long id = 0;
  long long group_id = 0;
  int version = 0;
  std::string name;
  std::string status;
  std::string created_at;
  std::vector<BmItem> items;
  std::vector<BmIndicator> indicators;
  std::vector<BmRule> rules;
};
BOOST_DESCRIBE_STRUCT(BmMethodology, (), (id, group_id, version, name, status, created_at, items, indicators, rules))

struct BmMethodologyCreate {
  static constexpr const char* kSchemaName = "BmMethodologyCreate";
  std::optional<std::string> name;
  std::optional<bool> copy_from_latest;
};
BOOST_DESCRIBE_STRUCT(BmMethodologyCreate, (), (name, copy_from_latest))

struct BmItemInput {
  static constexpr const char* kSchemaName = "BmItemInput";
  std::string code;
  std::string name_cs;
  std::optional<std::string> name_en;
  std::optional<std::string> unit;
  std::optional<bool> required;
  std::optional<double> min_value;
  std::optional<double> max_value;
  std::optional<std::string> help_cs;
};
BOOST_DESCRIBE_STRUCT(BmItemInput, (), (code, name_cs, name_en, unit, required, min_value, max_value, help_cs))

struct BmIndicatorInput {
  static constexpr const char* kSchemaName = "BmIndicatorInput";
  std::string code;
  std::string name_cs;
  std::optional<std::string> name_en;
  std::string numerator;
  std::optional<std::string> denominator;  // default "1"
  std::optional<double> factor;            // default 1
  std::optional<std::string> unit;
  std::string direction;
  std::string rba;
  std::optional<std::vector<std::string>> kinds;
};
BOOST_DESCRIBE_STRUCT(BmIndicatorInput, (),
                      (code, name_cs, name_en, numerator, denominator, factor, unit, direction, rba, kinds))

struct BmRuleInput {
  static constexpr const char* kSchemaName = "BmRuleInput";
  std::string code;
  std::string left;
  std::string op;
  std::string right;
  std::string message_cs;
  std::optional<std::string> message_en;
};
BOOST_DESCRIBE_STRUCT(BmRuleInput, (), (code, left, op, right, message_cs, message_en))

struct BmMethodologyInput {
  static constexpr const char* kSchemaName = "BmMethodologyInput";
  std::optional<std::string> name;
  std::vector<BmItemInput> items;
  std::vector<BmIndicatorInput> indicators;
  std::vector<BmRuleInput> rules;
};
BOOST_DESCRIBE_STRUCT(BmMethodologyInput, (), (name, items, indicators, rules))

// ---- rounds -----------------------------------------------------------------------------------

struct BmRound {
  static constexpr const char* kSchemaName = "BmRound";
  long long id = 0;
  long long group_id = 0;
  long long methodology_id = 0;
  int methodology_version = 0;
  std::string name;
  int period_year = 0;
  std::string kind;  // pilot | full
  std::string deadline;
  std::string status;  // open | locked
  std::optional<std::string> locked_at;
  std::string created_at;
};
BOOST_DESCRIBE_STRUCT(BmRound, (),
                      (id, group_id, methodology_id, methodology_version, name, period_year, kind, deadline, status,
                       locked_at, created_at))

struct BmRoundList {
  static constexpr const char* kSchemaName = "BmRoundList";
  std::vector<BmRound> items;
};
BOOST_DESCRIBE_STRUCT(BmRoundList, (), (items))

struct BmRoundInput {
  static constexpr const char* kSchemaName = "BmRoundInput";
  std::string name;
  int period_year = 0;
  std::string kind;
  std::optional<std::string> deadline;
  long long methodology_id = 0;
};
BOOST_DESCRIBE_STRUCT(BmRoundInput, (), (name, period_year, kind, deadline, methodology_id))

// One service's progress in a round.
struct BmServiceProgress {
  static constexpr const char* kSchemaName = "BmServiceProgress";
  long long service_id = 0;
  std::string service_name;
  std::string kind_code;
  long long provider_id = 0;
  std::string provider_name;
  std::string status;  // not_started | draft | submitted | reopened
  int filled = 0;      // required items with a value
  int required = 0;
  int errors = 0;  // problems that prevent submitting
  std::optional<std::string> submitted_at;
  std::optional<std::string> reminded_at;
};
BOOST_DESCRIBE_STRUCT(BmServiceProgress, (),
                      (service_id, service_name, kind_code, provider_id, provider_name, status, filled, required,
                       errors, submitted_at, reminded_at))

struct BmRoundDetail {
  static constexpr const char* kSchemaName = "BmRoundDetail";
  BmRound round;
  std::string group_name;
  bool can_manage = false;
  int services_total = 0;
  int services_submitted = 0;
  std::vector<BmServiceProgress> services;  // all of the group for region staff; the caller's own for providers
};
BOOST_DESCRIBE_STRUCT(BmRoundDetail, (), (round, group_name, can_manage, services_total, services_submitted, services))

struct BmReminded {
  static constexpr const char* kSchemaName = "BmReminded";
  std::vector<BmServiceProgress> reminded;
};
BOOST_DESCRIBE_STRUCT(BmReminded, (), (reminded))

// ---- forms ------------------------------------------------------------------------------------

struct BmFormItem {
  static constexpr const char* kSchemaName = "BmFormItem";
  std::string code;
  std::string name;
  std::string unit;
  bool required = true;
  std::optional<double> min_value;
  std::optional<double> max_value;
  std::string help;
  std::optional<double> value;
  bool entered = false;  // a value was saved (possibly empty)
  // Prefilled from another module (not entered yet; saved on submit): where the value comes from.
  std::optional<std::string> source;
};
BOOST_DESCRIBE_STRUCT(BmFormItem, (),
                      (code, name, unit, required, min_value, max_value, help, value, entered, source))

struct BmProblemParam {
  static constexpr const char* kSchemaName = "BmProblemParam";
  std::string name;
  std::string value;
};
BOOST_DESCRIBE_STRUCT(BmProblemParam, (), (name, value))

struct BmProblem {
  static constexpr const char* kSchemaName = "BmProblem";
  std::string target;  // item | rule
  std::string code;    // the item's or the rule's code
  std::string kind;    // missing, not_a_number, below_min, above_max, rule_failed, rule_not_checked, rule_invalid
  bool blocking = true;
  std::string message;
  std::vector<BmProblemParam> params;
};
BOOST_DESCRIBE_STRUCT(BmProblem, (), (target, code, kind, blocking, message, params))

struct BmIndicatorPreview {
  static constexpr const char* kSchemaName = "BmIndicatorPreview";
  std::string code;
  std::string name;
  std::string unit;
  std::string direction;
  std::string rba;
  std::optional<double> value;
  std::string missing_reason;  // when value is null: "missing: a, b", "missing: division by zero"
};
BOOST_DESCRIBE_STRUCT(BmIndicatorPreview, (), (code, name, unit, direction, rba, value, missing_reason))

struct BmCorrection {
  static constexpr const char* kSchemaName = "BmCorrection";
  long long id = 0;
  std::string item_code;
  std::optional<double> old_value;
  std::optional<double> new_value;
  std::string at;
  std::optional<long long> user_id;
  std::string user_login;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(BmCorrection, (), (id, item_code, old_value, new_value, at, user_id, user_login, reason))

struct BmForm {
  static constexpr const char* kSchemaName = "BmForm";
  long long round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::string round_status;  // open | locked
  std::string deadline;
  long long service_id = 0;
  std::string service_name;
  std::string kind_code;
  long long provider_id = 0;
  std::string provider_name;
  std::string status;        // not_started | draft | submitted | reopened
  bool editable = false;     // the caller may save values now
  bool can_correct = false;  // the round is locked and the caller may record corrections
  int filled = 0;
  int required = 0;
  int errors = 0;
  std::optional<std::string> submitted_at;
  std::vector<BmFormItem> items;
  std::vector<BmProblem> problems;
  std::vector<BmIndicatorPreview> indicators;
  std::vector<BmCorrection> corrections;
};
BOOST_DESCRIBE_STRUCT(BmForm, (),
                      (round_id, round_name, period_year, round_status, deadline, service_id, service_name, kind_code,
                       provider_id, provider_name, status, editable, can_correct, filled, required, errors,
                       submitted_at, items, problems, indicators, corrections))

// {values: {code: number | null}}; codes not given keep their value.
struct BmValuesInput {
  static constexpr const char* kSchemaName = "BmValuesInput";
  AnyJson values;
};
BOOST_DESCRIBE_STRUCT(BmValuesInput, (), (values))

struct BmCorrectionInput {
  static constexpr const char* kSchemaName = "BmCorrectionInput";
  std::string item_code;
  std::optional<double> value;  // null clears the value
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(BmCorrectionInput, (), (item_code, value, reason))

}  // namespace kvalis::http::dto
