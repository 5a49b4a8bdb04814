#pragma once
// DTOs of service cards (network module, NETWORK_SPEC "HTTP API" [cards]): regions, need areas, basic
// activities, cards and versions, comments, comparison, meetings per kind. Dates are YYYY-MM-DD.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct NwRegion {
  static constexpr const char* kSchemaName = "NwRegion";
  long long org_id = 0;
  std::string region_code, name;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwRegion, (), (org_id, region_code, name, can_manage))
struct NwRegionList {
  static constexpr const char* kSchemaName = "NwRegionList";
  std::vector<NwRegion> items;
};
BOOST_DESCRIBE_STRUCT(NwRegionList, (), (items))

// ---- need areas ----
struct NwNeedArea {
  static constexpr const char* kSchemaName = "NwNeedArea";
  long long id = 0;
  std::string code, name_cs, name_en, description_cs;
  int position = 0;
  bool active = true;
};
BOOST_DESCRIBE_STRUCT(NwNeedArea, (), (id, code, name_cs, name_en, description_cs, position, active))
struct NwNeedAreaList {
  static constexpr const char* kSchemaName = "NwNeedAreaList";
  std::vector<NwNeedArea> items;
};
BOOST_DESCRIBE_STRUCT(NwNeedAreaList, (), (items))
struct NwNeedAreaInput {
  static constexpr const char* kSchemaName = "NwNeedAreaInput";
  std::string code, name_cs;
  std::optional<std::string> name_en, description_cs;
  std::optional<int> position;
  std::optional<bool> active;
};
BOOST_DESCRIBE_STRUCT(NwNeedAreaInput, (), (code, name_cs, name_en, description_cs, position, active))

// ---- basic activities ----
struct NwActivity {
  static constexpr const char* kSchemaName = "NwActivity";
  long long id = 0;
  std::string kind_code, kind_name, paragraph, form_scope, letter, text_cs, text_en, source;
  bool verified = false, national = true, active = true;
  int position = 0;
};
BOOST_DESCRIBE_STRUCT(NwActivity, (),
                      (id, kind_code, kind_name, paragraph, form_scope, letter, text_cs, text_en, source, verified,
                       national, active, position))
struct NwActivityList {
  static constexpr const char* kSchemaName = "NwActivityList";
  std::vector<NwActivity> items;
};
BOOST_DESCRIBE_STRUCT(NwActivityList, (), (items))
struct NwActivityInput {
  static constexpr const char* kSchemaName = "NwActivityInput";
  std::string kind_code, text_cs;
  std::optional<std::string> paragraph, form_scope, letter, text_en, source;
  std::optional<bool> verified, active;
  std::optional<int> position;
};
BOOST_DESCRIBE_STRUCT(NwActivityInput, (),
                      (kind_code, text_cs, paragraph, form_scope, letter, text_en, source, verified, active, position))

// ---- cards ----
struct NwVersionBrief {
  static constexpr const char* kSchemaName = "NwVersionBrief";
  long long version_id = 0;
  int version_no = 0;
  std::string status, title, comments_until, sent_at, published_at, change_note;
  int comments_total = 0, comments_open = 0;
};
BOOST_DESCRIBE_STRUCT(NwVersionBrief, (),
                      (version_id, version_no, status, title, comments_until, sent_at, published_at, change_note,
                       comments_total, comments_open))
struct NwCard {
  static constexpr const char* kSchemaName = "NwCard";
  long long id = 0;
  std::string kind_code, kind_name, form_code;
  NwVersionBrief latest;
  std::optional<NwVersionBrief> published;
  bool can_manage = false, can_comment = false;
};
BOOST_DESCRIBE_STRUCT(NwCard, (), (id, kind_code, kind_name, form_code, latest, published, can_manage, can_comment))
struct NwCardList {
  static constexpr const char* kSchemaName = "NwCardList";
  std::vector<NwCard> items;
};
BOOST_DESCRIBE_STRUCT(NwCardList, (), (items))
struct NwCardDetail {
  static constexpr const char* kSchemaName = "NwCardDetail";
  NwCard card;
  std::vector<NwVersionBrief> versions;
};
BOOST_DESCRIBE_STRUCT(NwCardDetail, (), (card, versions))
struct NwCardInput {
  static constexpr const char* kSchemaName = "NwCardInput";
  std::string kind_code;
  std::optional<std::string> form_code;
};
BOOST_DESCRIBE_STRUCT(NwCardInput, (), (kind_code, form_code))

struct NwNeedActivity {
  static constexpr const char* kSchemaName = "NwNeedActivity";
  long long id = 0;
  std::string paragraph, letter, text;
  bool verified = false;
};
BOOST_DESCRIBE_STRUCT(NwNeedActivity, (), (id, paragraph, letter, text, verified))
struct NwCardNeed {
  static constexpr const char* kSchemaName = "NwCardNeed";
  long long need_area_id = 0;
  std::string code, name, name_en, description, answer;
  int position = 0;
  std::vector<NwNeedActivity> activities;
};
BOOST_DESCRIBE_STRUCT(NwCardNeed, (), (need_area_id, code, name, name_en, description, answer, position, activities))
struct NwVersion {
  static constexpr const char* kSchemaName = "NwVersion";
  long long version_id = 0, card_id = 0;
  int version_no = 0;
  std::string region_name, kind_code, kind_name, form_code, status;
  std::string title, summary, user_expect, user_not_expect, public_expect, public_not_expect, partners_expect,
      partners_not_expect;
  std::string comments_until, change_note, sent_at, finalised_at, published_at;
  std::vector<NwCardNeed> needs;
  std::vector<std::string> allowed;
  int recipients = 0, comments_total = 0, comments_open = 0;
};
BOOST_DESCRIBE_STRUCT(NwVersion, (),
                      (version_id, card_id, version_no, region_name, kind_code, kind_name, form_code, status, title,
                       summary, user_expect, user_not_expect, public_expect, public_not_expect, partners_expect,
                       partners_not_expect, comments_until, change_note, sent_at, finalised_at, published_at, needs,
                       allowed, recipients, comments_total, comments_open))
struct NwNeedInput {
  static constexpr const char* kSchemaName = "NwNeedInput";
  long long need_area_id = 0;
  std::optional<std::string> description, answer;
  std::optional<std::vector<long long>> activity_ids;
};
BOOST_DESCRIBE_STRUCT(NwNeedInput, (), (need_area_id, description, answer, activity_ids))
struct NwVersionInput {
  static constexpr const char* kSchemaName = "NwVersionInput";
  std::string title;
  std::optional<std::string> summary, user_expect, user_not_expect, public_expect, public_not_expect, partners_expect,
      partners_not_expect, change_note;
  std::vector<NwNeedInput> needs;
};
BOOST_DESCRIBE_STRUCT(NwVersionInput, (),
                      (title, summary, user_expect, user_not_expect, public_expect, public_not_expect, partners_expect,
                       partners_not_expect, change_note, needs))
struct NwSendInput {
  static constexpr const char* kSchemaName = "NwSendInput";
  std::string comments_until;
};
BOOST_DESCRIBE_STRUCT(NwSendInput, (), (comments_until))

struct NwPartDiff {
  static constexpr const char* kSchemaName = "NwPartDiff";
  std::string part, label, label_en, before, after, change;
};
BOOST_DESCRIBE_STRUCT(NwPartDiff, (), (part, label, label_en, before, after, change))
struct NwComparison {
  static constexpr const char* kSchemaName = "NwComparison";
  long long version_id = 0, with_id = 0;
  int version_no = 0, with_no = 0;
  std::vector<NwPartDiff> items;
};
BOOST_DESCRIBE_STRUCT(NwComparison, (), (version_id, with_id, version_no, with_no, items))

// ---- comments ----
struct NwComment {
  static constexpr const char* kSchemaName = "NwComment";
  long long id = 0, version_id = 0, card_id = 0;
  int version_no = 0;
  std::string kind_code, kind_name, part, part_label, part_label_en, text, author_org_name, author_name, status, status_label, answer,
      answered_at, created_at;
  bool mine = false, can_edit = false, can_answer = false;
};
BOOST_DESCRIBE_STRUCT(NwComment, (),
                      (id, version_id, card_id, version_no, kind_code, kind_name, part, part_label, part_label_en, text,
                       author_org_name, author_name, status, status_label, answer, answered_at, created_at, mine,
                       can_edit, can_answer))
struct NwCommentList {
  static constexpr const char* kSchemaName = "NwCommentList";
  std::vector<NwComment> items;
};
BOOST_DESCRIBE_STRUCT(NwCommentList, (), (items))
struct NwCommentInput {
  static constexpr const char* kSchemaName = "NwCommentInput";
  std::string part, text;
};
BOOST_DESCRIBE_STRUCT(NwCommentInput, (), (part, text))
struct NwAnswerInput {
  static constexpr const char* kSchemaName = "NwAnswerInput";
  std::string status;
  std::optional<std::string> answer;
};
BOOST_DESCRIBE_STRUCT(NwAnswerInput, (), (status, answer))

// ---- meetings ----
struct NwInvitation {
  static constexpr const char* kSchemaName = "NwInvitation";
  long long org_id = 0;
  std::string org_name;
  bool attended = false;
  std::string attendees;
};
BOOST_DESCRIBE_STRUCT(NwInvitation, (), (org_id, org_name, attended, attendees))
struct NwMeeting {
  static constexpr const char* kSchemaName = "NwMeeting";
  long long id = 0;
  std::string kind_code, kind_name, title, held_on, starts_at, place, status, minutes;
  std::optional<long long> card_version_id;
  int card_version_no = 0, invited = 0, attended = 0;
  std::vector<NwInvitation> invitations;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwMeeting, (),
                      (id, kind_code, kind_name, title, held_on, starts_at, place, status, minutes, card_version_id,
                       card_version_no, invited, attended, invitations, can_manage))
struct NwMeetingList {
  static constexpr const char* kSchemaName = "NwMeetingList";
  std::vector<NwMeeting> items;
};
BOOST_DESCRIBE_STRUCT(NwMeetingList, (), (items))
struct NwMeetingInput {
  static constexpr const char* kSchemaName = "NwMeetingInput";
  std::optional<std::string> kind_code;  // required on create
  std::string title, held_on;
  std::optional<std::string> starts_at, place, status, minutes;
  std::optional<long long> card_version_id;
};
BOOST_DESCRIBE_STRUCT(NwMeetingInput, (), (kind_code, title, held_on, starts_at, place, status, minutes, card_version_id))
struct NwAttendanceItem {
  static constexpr const char* kSchemaName = "NwAttendanceItem";
  long long org_id = 0;
  bool attended = false;
  std::optional<std::string> attendees;
};
BOOST_DESCRIBE_STRUCT(NwAttendanceItem, (), (org_id, attended, attendees))
struct NwAttendanceInput {
  static constexpr const char* kSchemaName = "NwAttendanceInput";
  std::vector<NwAttendanceItem> items;
};
BOOST_DESCRIBE_STRUCT(NwAttendanceInput, (), (items))

}  // namespace kvalis::http::dto
