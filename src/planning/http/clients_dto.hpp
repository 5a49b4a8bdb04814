#pragma once
// DTOs of the planning module's client part: services and their staff, client records, personal goals with
// GAS, reviews, ladder instruments and assessments, due reviews, export and erasure. Schema names start with
// "Plc" (planning clients).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// ---- services and staff ----------------------------------------------------------------------------

struct PlcStaffMember {
  static constexpr const char* kSchemaName = "PlcStaffMember";
  long long user_id = 0;
  std::string display_name;
  std::string kind;  // staff | granted
};
BOOST_DESCRIBE_STRUCT(PlcStaffMember, (), (user_id, display_name, kind))

struct PlcService {
  static constexpr const char* kSchemaName = "PlcService";
  long long id = 0;
  std::string name;
  std::string kind_code;
  std::string kind_name;
  long long organisation_id = 0;
  std::string organisation_name;
  std::vector<PlcStaffMember> staff;
  bool can_manage_staff = false;
  bool is_staff = false;
};
BOOST_DESCRIBE_STRUCT(PlcService, (),
                      (id, name, kind_code, kind_name, organisation_id, organisation_name, staff, can_manage_staff,
                       is_staff))

struct PlcServiceList {
  static constexpr const char* kSchemaName = "PlcServiceList";
  std::vector<PlcService> items;
};
BOOST_DESCRIBE_STRUCT(PlcServiceList, (), (items))

struct PlcStaffItemInput {
  static constexpr const char* kSchemaName = "PlcStaffItemInput";
  long long user_id = 0;
  std::optional<std::string> kind;  // staff (default) | granted
};
BOOST_DESCRIBE_STRUCT(PlcStaffItemInput, (), (user_id, kind))

struct PlcStaffInput {
  static constexpr const char* kSchemaName = "PlcStaffInput";
  std::vector<PlcStaffItemInput> staff;
};
BOOST_DESCRIBE_STRUCT(PlcStaffInput, (), (staff))

struct PlcUser {
  static constexpr const char* kSchemaName = "PlcUser";
  long long id = 0;
  std::string login;
  std::string display_name;
};
BOOST_DESCRIBE_STRUCT(PlcUser, (), (id, login, display_name))

struct PlcUserList {
  static constexpr const char* kSchemaName = "PlcUserList";
  std::vector<PlcUser> items;
};
BOOST_DESCRIBE_STRUCT(PlcUserList, (), (items))

// ---- clients ----------------------------------------------------------------------------------------

struct PlcUserRef {
  static constexpr const char* kSchemaName = "PlcUserRef";
  long long id = 0;
  std::string display_name;
};
BOOST_DESCRIBE_STRUCT(PlcUserRef, (), (id, display_name))

struct PlcClient {
  static constexpr const char* kSchemaName = "PlcClient";
  long long id = 0;
  std::string code;
  std::string name;
  long long organisation_id = 0;
  long long service_id = 0;
  std::string service_name;
  std::optional<PlcUserRef> key_worker;
  std::string contract_from;
  std::string contract_to;
  std::string state;  // active | ended | erased
  int goals_active = 0;
  std::string next_review_on;
  std::string review_state;  // later | due_soon | overdue
  std::optional<double> last_t;
};
BOOST_DESCRIBE_STRUCT(PlcClient, (),
                      (id, code, name, organisation_id, service_id, service_name, key_worker, contract_from,
                       contract_to, state, goals_active, next_review_on, review_state, last_t))

struct PlcClientList {
  static constexpr const char* kSchemaName = "PlcClientList";
  std::vector<PlcClient> items;
};
BOOST_DESCRIBE_STRUCT(PlcClientList, (), (items))

struct PlcClientInput {
  static constexpr const char* kSchemaName = "PlcClientInput";
  std::optional<long long> service_id;  // required on create
  std::optional<std::string> code;      // empty: K-0001 style, generated per service
  std::optional<std::string> name;
  std::string contract_from;
  std::optional<std::string> contract_to;
  std::optional<long long> key_worker_user_id;
  std::optional<std::string> state;  // update: active | ended
};
BOOST_DESCRIBE_STRUCT(PlcClientInput, (),
                      (service_id, code, name, contract_from, contract_to, key_worker_user_id, state))

struct PlcGoalRef {
  static constexpr const char* kSchemaName = "PlcGoalRef";
  long long id = 0;
  std::string code;
  std::string title;
};
BOOST_DESCRIBE_STRUCT(PlcGoalRef, (), (id, code, title))

// The GAS levels −2 … +2 described in words when the goal is set.
struct PlcGoalRefList {
  static constexpr const char* kSchemaName = "PlcGoalRefList";
  std::vector<PlcGoalRef> items;
};
BOOST_DESCRIBE_STRUCT(PlcGoalRefList, (), (items))

struct PlcLevels {
  static constexpr const char* kSchemaName = "PlcLevels";
  std::string minus2;
  std::string minus1;
  std::string zero;
  std::string plus1;
  std::string plus2;
};
BOOST_DESCRIBE_STRUCT(PlcLevels, (), (minus2, minus1, zero, plus1, plus2))

struct PlcRatingPoint {
  static constexpr const char* kSchemaName = "PlcRatingPoint";
  long long review_id = 0;
  std::string held_on;
  double level = 0;
};
BOOST_DESCRIBE_STRUCT(PlcRatingPoint, (), (review_id, held_on, level))

struct PlcLatestRating {
  static constexpr const char* kSchemaName = "PlcLatestRating";
  double level = 0;
  std::string held_on;
};
BOOST_DESCRIBE_STRUCT(PlcLatestRating, (), (level, held_on))

struct PlcClientGoal {
  static constexpr const char* kSchemaName = "PlcClientGoal";
  long long id = 0;
  std::optional<PlcGoalRef> service_goal;
  std::string unlinked_reason;
  std::string wording;
  std::string steps;
  std::string responsibilities;
  PlcLevels levels;
  double weight = 1;
  std::string set_on;
  std::string next_review_on;
  std::string review_state;
  std::string state;  // active | attained | ended | dropped
  std::string ended_on;
  std::optional<PlcLatestRating> latest;
  std::vector<PlcRatingPoint> ratings;
};
BOOST_DESCRIBE_STRUCT(PlcClientGoal, (),
                      (id, service_goal, unlinked_reason, wording, steps, responsibilities, levels, weight, set_on,
                       next_review_on, review_state, state, ended_on, latest, ratings))

struct PlcClientGoalInput {
  static constexpr const char* kSchemaName = "PlcClientGoalInput";
  std::optional<long long> service_goal_id;
  std::optional<std::string> unlinked_reason;
  std::string wording;
  std::optional<std::string> steps;
  std::optional<std::string> responsibilities;
  PlcLevels levels;
  std::optional<double> weight;  // 1 when absent
  std::string set_on;
  std::optional<std::string> next_review_on;
  std::optional<std::string> state;  // active (default) | attained | ended | dropped
  std::optional<std::string> ended_on;
};
BOOST_DESCRIBE_STRUCT(PlcClientGoalInput, (),
                      (service_goal_id, unlinked_reason, wording, steps, responsibilities, levels, weight, set_on,
                       next_review_on, state, ended_on))

struct PlcRating {
  static constexpr const char* kSchemaName = "PlcRating";
  long long client_goal_id = 0;
  double level = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(PlcRating, (), (client_goal_id, level, note))

struct PlcReview {
  static constexpr const char* kSchemaName = "PlcReview";
  long long id = 0;
  std::string held_on;
  std::string what_changed;
  std::string client_view;
  std::string next_steps;
  std::string participants;
  std::string next_review_on;
  std::vector<PlcRating> ratings;
  std::optional<double> t;
};
BOOST_DESCRIBE_STRUCT(PlcReview, (),
                      (id, held_on, what_changed, client_view, next_steps, participants, next_review_on, ratings, t))

struct PlcRatingInput {
  static constexpr const char* kSchemaName = "PlcRatingInput";
  long long client_goal_id = 0;
  double level = 0;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(PlcRatingInput, (), (client_goal_id, level, note))

struct PlcReviewInput {
  static constexpr const char* kSchemaName = "PlcReviewInput";
  std::string held_on;
  std::optional<std::string> what_changed;
  std::optional<std::string> client_view;
  std::optional<std::string> next_steps;
  std::optional<std::string> participants;
  std::optional<std::string> next_review_on;
  std::vector<PlcRatingInput> ratings;
};
BOOST_DESCRIBE_STRUCT(PlcReviewInput, (),
                      (held_on, what_changed, client_view, next_steps, participants, next_review_on, ratings))

// ---- ladders --------------------------------------------------------------------------------------------

struct PlcLadderArea {
  static constexpr const char* kSchemaName = "PlcLadderArea";
  long long id = 0;
  std::string name;
  std::string description;
};
BOOST_DESCRIBE_STRUCT(PlcLadderArea, (), (id, name, description))

struct PlcLadderStage {
  static constexpr const char* kSchemaName = "PlcLadderStage";
  int from = 0;
  int to = 0;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(PlcLadderStage, (), (from, to, name))

struct PlcLadder {
  static constexpr const char* kSchemaName = "PlcLadder";
  long long id = 0;
  long long organisation_id = 0;
  std::string name;
  std::string description;
  int scale_min = 1;
  int scale_max = 10;
  std::string stages;  // as written: "1-2:Name;3-4:Name"
  std::vector<PlcLadderStage> stage_list;
  bool archived = false;
  std::vector<PlcLadderArea> areas;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PlcLadder, (),
                      (id, organisation_id, name, description, scale_min, scale_max, stages, stage_list, archived,
                       areas, can_manage))

struct PlcLadderList {
  static constexpr const char* kSchemaName = "PlcLadderList";
  std::vector<PlcLadder> items;
};
BOOST_DESCRIBE_STRUCT(PlcLadderList, (), (items))

struct PlcLadderAreaInput {
  static constexpr const char* kSchemaName = "PlcLadderAreaInput";
  std::optional<long long> id;
  std::string name;
  std::optional<std::string> description;
};
BOOST_DESCRIBE_STRUCT(PlcLadderAreaInput, (), (id, name, description))

struct PlcLadderInput {
  static constexpr const char* kSchemaName = "PlcLadderInput";
  std::optional<long long> organisation_id;  // required on create
  std::string name;
  std::optional<std::string> description;
  int scale_min = 1;
  int scale_max = 10;
  std::optional<std::string> stages;
  std::optional<bool> archived;
  std::vector<PlcLadderAreaInput> areas;
};
BOOST_DESCRIBE_STRUCT(PlcLadderInput, (),
                      (organisation_id, name, description, scale_min, scale_max, stages, archived, areas))

struct PlcAreaValue {
  static constexpr const char* kSchemaName = "PlcAreaValue";
  long long area_id = 0;
  int value = 0;
};
BOOST_DESCRIBE_STRUCT(PlcAreaValue, (), (area_id, value))

struct PlcAssessment {
  static constexpr const char* kSchemaName = "PlcAssessment";
  long long id = 0;
  std::string assessed_on;
  std::string note;
  std::vector<PlcAreaValue> values;
};
BOOST_DESCRIBE_STRUCT(PlcAssessment, (), (id, assessed_on, note, values))

struct PlcAreaChange {
  static constexpr const char* kSchemaName = "PlcAreaChange";
  long long area_id = 0;
  int change = 0;
};
BOOST_DESCRIBE_STRUCT(PlcAreaChange, (), (area_id, change))

struct PlcDistance {
  static constexpr const char* kSchemaName = "PlcDistance";
  std::vector<PlcAreaChange> per_area;
  std::optional<double> mean_change;
};
BOOST_DESCRIBE_STRUCT(PlcDistance, (), (per_area, mean_change))

struct PlcClientLadder {
  static constexpr const char* kSchemaName = "PlcClientLadder";
  PlcLadder ladder;
  std::vector<PlcAssessment> assessments;
  PlcDistance distance;  // first → last assessment
};
BOOST_DESCRIBE_STRUCT(PlcClientLadder, (), (ladder, assessments, distance))

struct PlcAssessmentInput {
  static constexpr const char* kSchemaName = "PlcAssessmentInput";
  long long ladder_id = 0;
  std::string assessed_on;
  std::optional<std::string> note;
  std::vector<PlcAreaValue> values;
};
BOOST_DESCRIBE_STRUCT(PlcAssessmentInput, (), (ladder_id, assessed_on, note, values))

// ---- the client's record --------------------------------------------------------------------------------

struct PlcTPoint {
  static constexpr const char* kSchemaName = "PlcTPoint";
  long long review_id = 0;
  std::string held_on;
  double t = 0;
};
BOOST_DESCRIBE_STRUCT(PlcTPoint, (), (review_id, held_on, t))

struct PlcClientDetail {
  static constexpr const char* kSchemaName = "PlcClientDetail";
  PlcClient client;
  std::string provider_name;
  double gas_rho = 0.3;
  std::vector<PlcClientGoal> goals;
  std::vector<PlcReview> reviews;
  std::vector<PlcClientLadder> ladders;
  std::vector<PlcTPoint> t_history;
  bool can_erase = false;
};
BOOST_DESCRIBE_STRUCT(PlcClientDetail, (),
                      (client, provider_name, gas_rho, goals, reviews, ladders, t_history, can_erase))

struct PlcClientExport {
  static constexpr const char* kSchemaName = "PlcClientExport";
  std::string exported_at;
  PlcClientDetail record;
};
BOOST_DESCRIBE_STRUCT(PlcClientExport, (), (exported_at, record))

struct PlcEraseInput {
  static constexpr const char* kSchemaName = "PlcEraseInput";
  std::string confirm_code;
};
BOOST_DESCRIBE_STRUCT(PlcEraseInput, (), (confirm_code))

struct PlcDueReview {
  static constexpr const char* kSchemaName = "PlcDueReview";
  long long client_id = 0;
  std::string client_code;
  std::string client_name;
  long long service_id = 0;
  std::string service_name;
  std::optional<PlcUserRef> key_worker;
  std::string next_review_on;
  std::string state;  // due_soon | overdue
};
BOOST_DESCRIBE_STRUCT(PlcDueReview, (),
                      (client_id, client_code, client_name, service_id, service_name, key_worker, next_review_on,
                       state))

struct PlcDueReviewList {
  static constexpr const char* kSchemaName = "PlcDueReviewList";
  std::vector<PlcDueReview> items;
};
BOOST_DESCRIBE_STRUCT(PlcDueReviewList, (), (items))

}  // namespace kvalis::http::dto
