#pragma once
// DTOs of need coverage (NETWORK_SPEC [coverage]): rounds, forms and their answers, upload results, the
// coverage map with its gaps and overlaps. Every item carries the names the UI shows (kind, need, service,
// provider, territory): the UI never shows a raw code.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct NwCovKind {
  static constexpr const char* kSchemaName = "NwCovKind";
  std::string code, name;
};
BOOST_DESCRIBE_STRUCT(NwCovKind, (), (code, name))

struct NwCovRound {
  static constexpr const char* kSchemaName = "NwCovRound";
  long long id = 0;
  std::string title, period_from, period_to;
  std::vector<NwCovKind> kinds;
  std::string deadline, status;
  int submitted = 0, total = 0, overdue = 0;
  std::string region_code, region_name, opened_at, locked_at;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwCovRound, (),
                      (id, title, period_from, period_to, kinds, deadline, status, submitted, total, overdue,
                       region_code, region_name, opened_at, locked_at, can_manage))
struct NwCovRoundList {
  static constexpr const char* kSchemaName = "NwCovRoundList";
  std::vector<NwCovRound> items;
};
BOOST_DESCRIBE_STRUCT(NwCovRoundList, (), (items))
struct NwCovRoundInput {
  static constexpr const char* kSchemaName = "NwCovRoundInput";
  std::string title, period_from, period_to;
  std::vector<std::string> kinds;
  std::string deadline;
};
BOOST_DESCRIBE_STRUCT(NwCovRoundInput, (), (title, period_from, period_to, kinds, deadline))

struct NwCovSubmission {
  static constexpr const char* kSchemaName = "NwCovSubmission";
  long long id = 0, round_id = 0, service_id = 0;
  std::string service_name, provider_name, kind_code, kind_name, status, submitted_at, source;
  int reminders = 0, answered = 0, needs = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovSubmission, (),
                      (id, round_id, service_id, service_name, provider_name, kind_code, kind_name, status,
                       submitted_at, source, reminders, answered, needs))
struct NwCovSubmissionList {
  static constexpr const char* kSchemaName = "NwCovSubmissionList";
  std::vector<NwCovSubmission> items;
};
BOOST_DESCRIBE_STRUCT(NwCovSubmissionList, (), (items))

struct NwCovReminder {
  static constexpr const char* kSchemaName = "NwCovReminder";
  long long submission_id = 0, service_id = 0;
  std::string service_name, provider_name, kind_name;
  int reminders = 0;
  std::vector<std::string> contacts;
};
BOOST_DESCRIBE_STRUCT(NwCovReminder, (),
                      (submission_id, service_id, service_name, provider_name, kind_name, reminders, contacts))
struct NwCovReminderList {
  static constexpr const char* kSchemaName = "NwCovReminderList";
  std::vector<NwCovReminder> items;
};
BOOST_DESCRIBE_STRUCT(NwCovReminderList, (), (items))

struct NwCovFormNeed {
  static constexpr const char* kSchemaName = "NwCovFormNeed";
  long long need_area_id = 0;
  std::string need_code, need_name;
  std::vector<std::string> activities;
  std::optional<std::string> mode;  // direct | mediated | referred | none; null while not answered
  std::optional<long long> mediated_service_id;
  std::string mediated_service_name, mediated_text;
  std::optional<long long> clients, contacts;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(NwCovFormNeed, (),
                      (need_area_id, need_code, need_name, activities, mode, mediated_service_id,
                       mediated_service_name, mediated_text, clients, contacts, note))
struct NwCovForm {
  static constexpr const char* kSchemaName = "NwCovForm";
  NwCovSubmission submission;
  std::string round_title, round_status, deadline;
  long long card_version_id = 0;
  std::vector<NwCovFormNeed> needs;
  bool can_edit = false;
};
BOOST_DESCRIBE_STRUCT(NwCovForm, (), (submission, round_title, round_status, deadline, card_version_id, needs, can_edit))

struct NwCovAnswerInput {
  static constexpr const char* kSchemaName = "NwCovAnswerInput";
  long long need_area_id = 0;
  std::optional<std::string> mode;
  std::optional<long long> mediated_service_id;
  std::optional<std::string> mediated_text;
  std::optional<long long> clients, contacts;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(NwCovAnswerInput, (),
                      (need_area_id, mode, mediated_service_id, mediated_text, clients, contacts, note))
struct NwCovFormInput {
  static constexpr const char* kSchemaName = "NwCovFormInput";
  std::vector<NwCovAnswerInput> answers;
};
BOOST_DESCRIBE_STRUCT(NwCovFormInput, (), (answers))

struct NwCovUploadResult {
  static constexpr const char* kSchemaName = "NwCovUploadResult";
  int forms = 0, answers = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovUploadResult, (), (forms, answers))

// ---- the map ----
struct NwCovMapRound {
  static constexpr const char* kSchemaName = "NwCovMapRound";
  long long id = 0;
  std::string title, period_from, period_to, status;
};
BOOST_DESCRIBE_STRUCT(NwCovMapRound, (), (id, title, period_from, period_to, status))
struct NwCovMapNeed {
  static constexpr const char* kSchemaName = "NwCovMapNeed";
  long long id = 0;
  std::string code, name;
};
BOOST_DESCRIBE_STRUCT(NwCovMapNeed, (), (id, code, name))
struct NwCovMapTerritory {
  static constexpr const char* kSchemaName = "NwCovMapTerritory";
  std::string code, name;
  long long population = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovMapTerritory, (), (code, name, population))
struct NwCovCell {
  static constexpr const char* kSchemaName = "NwCovCell";
  std::string territory;
  long long need_area_id = 0;
  int direct = 0, mediated = 0, referred = 0, none = 0, services = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovCell, (), (territory, need_area_id, direct, mediated, referred, none, services))
struct NwCovGap {
  static constexpr const char* kSchemaName = "NwCovGap";
  std::string territory, territory_name;
  long long need_area_id = 0;
  std::string need_name, kind;  // kind: no_direct | unanswered
  int mediated = 0, referred = 0, none = 0, services = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovGap, (),
                      (territory, territory_name, need_area_id, need_name, kind, mediated, referred, none, services))
struct NwCovOverlap {
  static constexpr const char* kSchemaName = "NwCovOverlap";
  std::string territory, territory_name;
  long long need_area_id = 0;
  std::string need_name;
  int direct = 0, services = 0;
};
BOOST_DESCRIBE_STRUCT(NwCovOverlap, (), (territory, territory_name, need_area_id, need_name, direct, services))
struct NwCovMap {
  static constexpr const char* kSchemaName = "NwCovMap";
  std::optional<NwCovMapRound> round;
  std::vector<NwCovMapRound> rounds;
  std::vector<NwCovMapNeed> needs;
  std::vector<NwCovMapTerritory> territories;
  std::vector<NwCovCell> cells;
  std::vector<NwCovGap> gaps;
  std::vector<NwCovOverlap> overlaps;
  std::string attribution;
};
BOOST_DESCRIBE_STRUCT(NwCovMap, (), (round, rounds, needs, territories, cells, gaps, overlaps, attribution))

}  // namespace kvalis::http::dto
