#pragma once
// Storage of cooperation with partner bodies (people module, tables pe_partners, pe_meetings,
// pe_meeting_participants, pe_agreed_actions of migration 0008). Every value is bound; rows are plain structs
// and states stay the migration's strings (parsed in app).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::people::store::cooperation_repo {

struct OrgRow {
  long long id = 0;
  std::string name, type, region_code;
};
std::optional<OrgRow> get_org(soci::session& s, long long id);

// ---- partners ----
struct PartnerRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string region_code;
  std::string name, kind, contact;
  bool archived = false;
  long long created_at = 0;
};
std::vector<PartnerRow> list_partners(soci::session& s, std::optional<long long> organisation_id);
std::optional<PartnerRow> get_partner(soci::session& s, long long id);
long long insert_partner(soci::session& s, const PartnerRow& r);
void update_partner(soci::session& s, const PartnerRow& r);

// ---- meetings ----
struct ParticipantRow {
  std::optional<long long> partner_id;
  std::string partner_name;  // of the partner (read only)
  std::string name, role;
};
struct MeetingRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string organisation_name, region_code;
  std::string title, planned_on, held_on, place, minutes;
  std::string state = "planned";
  long long created_at = 0, updated_at = 0;
  int participants = 0, actions = 0, open_actions = 0;  // counts (lists)
};
struct MeetingFilter {
  std::optional<long long> organisation_id;
  std::string from, to;  // the meeting's date (held_on, else planned_on), both ends included; empty: open
};
std::vector<MeetingRow> list_meetings(soci::session& s, const MeetingFilter& f);
std::optional<MeetingRow> get_meeting(soci::session& s, long long id);
long long insert_meeting(soci::session& s, const MeetingRow& r);
void update_meeting(soci::session& s, const MeetingRow& r);
std::vector<ParticipantRow> participants_of(soci::session& s, long long meeting_id);
void replace_participants(soci::session& s, long long meeting_id, const std::vector<ParticipantRow>& rows);

// ---- agreed actions ----
struct ActionRow {
  long long id = 0;
  long long meeting_id = 0;
  std::string meeting_title, meeting_date;  // of the meeting that agreed it
  std::string text, owner, due_on;
  std::string state = "open";
  std::optional<long long> follow_up_meeting_id;
  std::string follow_up_note;
  long long created_at = 0, updated_at = 0;
};
std::vector<ActionRow> actions_of(soci::session& s, long long meeting_id);
// Actions of earlier meetings of the organisation (meeting date before `before`) still open, and those
// followed up at the meeting `follow_up_meeting_id`, oldest first.
std::vector<ActionRow> follow_ups_for(soci::session& s, long long organisation_id, const std::string& before,
                                      long long follow_up_meeting_id);
std::optional<ActionRow> get_action(soci::session& s, long long id);
long long insert_action(soci::session& s, const ActionRow& r);
void update_action(soci::session& s, const ActionRow& r);

}  // namespace kvalis::people::store::cooperation_repo
