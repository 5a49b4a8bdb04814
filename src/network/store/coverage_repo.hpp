#pragma once
// Storage of need coverage (network module, issue 12 items 3 and 4): collection rounds, one submission per
// service with its answers per need, and the scan of a round's answers with the facts of its services (kind,
// ORP territories, target groups) for the coverage map. Until the cards part's functions are in main, the
// published card versions and their needs are read here straight from the schema (nw_card_versions,
// nw_card_needs, nw_need_areas).
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "network/core/coverage.hpp"
#include "network/core/coverage_rules.hpp"

namespace kvalis::network::store::coverage_repo {

// Regions, services with their provider and names: common_repo.hpp.

struct RoundRow {
  long long id = 0, region_org_id = 0;
  std::string title, period_from, period_to;
  std::vector<std::string> kinds;
  std::string deadline;
  RoundStatus status = RoundStatus::draft;
  long long opened_at = 0, locked_at = 0, created_by = 0, created_at = 0, updated_at = 0;
};
std::vector<RoundRow> list_rounds(soci::session& s, long long region_org_id);
std::optional<RoundRow> get_round(soci::session& s, long long id);
// Holds the round's row until the transaction ends (PostgreSQL FOR NO KEY UPDATE; SQLite's writers are serialised
// anyway): a write of the round's answers and a change of its status, through any kvalis process, happen one
// after the other, so no answer is stored after a lock that it did not see.
void hold_round(soci::session& s, long long id);
long long insert_round(soci::session& s, const RoundRow& r);
void update_round(soci::session& s, const RoundRow& r);
void set_round_status(soci::session& s, long long id, RoundStatus status, long long now);
// The latest locked round of a region (by period end, then id).
std::optional<RoundRow> latest_locked_round(soci::session& s, long long region_org_id);
// The latest locked round of every region.
std::vector<RoundRow> latest_locked_rounds(soci::session& s);

// The latest published version of each card of the region for all forms (form_code ''), else of any form.
std::map<std::string, long long> published_versions(soci::session& s, long long region_org_id);

struct CardNeedRow {
  long long need_area_id = 0;
  std::string code, name_cs, name_en;
  int position = 0;
  std::vector<std::string> activities;  // "§40 odst. 1 písm. a) text"
};
std::vector<CardNeedRow> card_needs(soci::session& s, long long version_id);

struct NeedAreaRow {
  long long id = 0;
  std::string code, name_cs, name_en;
  int position = 0;
};
// Active need areas of a region in position order (every region when region_org_id is 0).
std::vector<NeedAreaRow> need_areas(soci::session& s, long long region_org_id);

struct SubmissionRow {
  long long id = 0, round_id = 0, service_id = 0, card_version_id = 0;
  std::string service_name, registry_id, kind_code;
  long long provider_id = 0;
  std::string provider_name;
  bool submitted = false;
  long long submitted_at = 0, submitted_by = 0;
  int reminders = 0;
  long long last_reminded_at = 0;
  std::string source;  // form | upload
  long long updated_at = 0;
  int answered = 0;  // answers with a mode
  int needs = 0;     // needs on the card version
};
std::vector<SubmissionRow> list_submissions(soci::session& s, long long round_id);
std::optional<SubmissionRow> get_submission(soci::session& s, long long id);
long long insert_submission(soci::session& s, long long round_id, long long service_id, long long card_version_id,
                            long long now);
void set_submitted(soci::session& s, long long id, long long user_id, long long now);
void set_reminded(soci::session& s, long long id, long long now);
void touch_submission(soci::session& s, long long id, const std::string& source, long long now);

struct AnswerRow {
  long long need_area_id = 0;
  CoverageMode mode = CoverageMode::none;
  long long mediated_service_id = 0;
  std::string mediated_service_name, mediated_text;
  std::optional<long long> clients, contacts;
  std::string note;
};
std::vector<AnswerRow> answers(soci::session& s, long long submission_id);
// Replaces the answers of the needs given (others stay).
void save_answers(soci::session& s, long long submission_id, const std::vector<AnswerRow>& rows);

// Contacts of a service from the registry (e-mail and phone), for reminders.
std::vector<std::string> service_contacts(soci::session& s, long long service_id);

// The map's input of rounds: the facts of every service with a submitted form, and its answers.
struct MapScan {
  std::vector<ServiceFacts> services;
  std::vector<CoverageAnswer> answers;
};
MapScan scan_rounds(soci::session& s, const std::vector<long long>& round_ids);

// data_versions of "network" and "registry" (the map cache's key).
struct MapVersions {
  long long network = 0, registry = 0;
  friend bool operator==(const MapVersions&, const MapVersions&) = default;
};
MapVersions versions(soci::session& s);

}  // namespace kvalis::network::store::coverage_repo
