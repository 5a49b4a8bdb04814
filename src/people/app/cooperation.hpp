#pragma once
// Use cases of cooperation with partner bodies (people module, issue 14 item 5): partner bodies, planned and
// held meetings with participants (partners by name and role), minutes, agreed actions with owner and due
// date, their follow-up at a later meeting, and a series of meetings planned in one step. Each is one
// transaction that loads (store), checks access and input (people/core/cooperation_rules) and writes with its
// activity entry. HTTP, the CLI and the demo call these alike (the demo with the session it holds).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/core/cooperation_rules.hpp"
#include "people/store/cooperation_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

namespace crepo = store::cooperation_repo;

// ---- partners ----
struct PartnerInput {
  long long organisation_id = 0;  // create only
  std::string name;
  std::string kind = "other";  // court, police, school, health, ngo, municipality, other (free text, a line)
  std::string contact;
  bool archived = false;
};
struct PartnerView {
  crepo::PartnerRow partner;
  bool can_manage = false;
};
// Partners of the organisations the caller reads (of one organisation when given).
std::vector<PartnerView> list_partners(kvalis::store::Database& db, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id);
std::vector<PartnerView> list_partners(soci::session& s, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id);
Result<PartnerView> create_partner(kvalis::store::Database& db, const accounts::Caller& caller, const PartnerInput& in);
Result<PartnerView> create_partner(soci::session& s, const accounts::Caller& caller, const PartnerInput& in);
Result<PartnerView> update_partner(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const PartnerInput& in);

// ---- meetings ----
struct ParticipantInput {
  std::optional<long long> partner_id;  // a partner of the meeting's organisation
  std::string name;                     // default: the partner's name
  std::string role;
};
struct MeetingInput {
  long long organisation_id = 0;  // create only
  std::string title, planned_on, held_on, place, minutes;
  std::optional<MeetingState> state;                          // default: held when held_on is given, else planned
  std::optional<std::vector<ParticipantInput>> participants;  // absent on update: unchanged
};
struct MeetingDetail {
  crepo::MeetingRow meeting;
  std::vector<crepo::ParticipantRow> participants;
  std::vector<crepo::ActionRow> actions;     // agreed at this meeting
  std::vector<crepo::ActionRow> follow_ups;  // open actions of earlier meetings, and those followed up here
  bool can_manage = false;
};
struct MeetingQuery {
  std::optional<long long> organisation_id;
  std::string from, to;
};
std::vector<crepo::MeetingRow> list_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                             const MeetingQuery& q);
std::vector<crepo::MeetingRow> list_meetings(soci::session& s, const accounts::Caller& caller, const MeetingQuery& q);
Result<MeetingDetail> get_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<MeetingDetail> create_meeting(kvalis::store::Database& db, const accounts::Caller& caller,
                                     const MeetingInput& in);
Result<MeetingDetail> create_meeting(soci::session& s, const accounts::Caller& caller, const MeetingInput& in);
Result<MeetingDetail> update_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                     const MeetingInput& in);
Result<MeetingDetail> update_meeting(soci::session& s, const accounts::Caller& caller, long long id,
                                     const MeetingInput& in);

// A series of planned meetings (every `every_months` months from first_on), titled "<title> <n>/<count>".
struct SeriesInput {
  long long organisation_id = 0;
  std::string title, first_on, place;
  int every_months = 3;
  int count = 0;  // 1–48
};
Result<std::vector<crepo::MeetingRow>> plan_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     const SeriesInput& in);
Result<std::vector<crepo::MeetingRow>> plan_meetings(soci::session& s, const accounts::Caller& caller,
                                                     const SeriesInput& in);

// ---- agreed actions ----
struct ActionInput {
  std::string text, owner, due_on;
};
struct ActionUpdate {
  std::optional<std::string> text, owner, due_on;
  std::optional<ActionState> state;
  std::optional<long long> follow_up_meeting_id;  // 0 clears it
  std::optional<std::string> follow_up_note;
};
Result<crepo::ActionRow> add_action(kvalis::store::Database& db, const accounts::Caller& caller, long long meeting_id,
                                    const ActionInput& in);
Result<crepo::ActionRow> add_action(soci::session& s, const accounts::Caller& caller, long long meeting_id,
                                    const ActionInput& in);
Result<crepo::ActionRow> update_action(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                       const ActionUpdate& in);
Result<crepo::ActionRow> update_action(soci::session& s, const accounts::Caller& caller, long long id,
                                       const ActionUpdate& in);

// ---- shared with the projects' use cases ----
namespace detail {
struct CoopOwner {
  crepo::OrgRow org;
  CooperationRights rights;
};
// The organisation with the caller's rights; nullopt when it does not exist or the caller may not read it.
std::optional<CoopOwner> coop_owner(soci::session& s, const accounts::Principal& p, long long organisation_id);
Error missing(const char* what);  // not_found, people.coop.<what>.not_found
Error not_allowed();              // forbidden, people.coop.forbidden
}  // namespace detail

}  // namespace kvalis::people::app
