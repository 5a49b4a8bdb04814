#pragma once
// Working groups of a region: create and update a group, replace its member providers, record its meetings.
// Each function is one use case (one transaction: load, check the rules, write, log), called alike by the
// HTTP handlers, the command line and the demo.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/access.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

using Catalogues = store::catalogue_repo::Catalogues;

// Fields absent are left as they are (on create: empty). The texts' form (length, characters) is checked
// where they are read; the rules here: a name is required, kinds are known service kinds, each once.
struct GroupInput {
  std::optional<long long> region_org_id;  // on create: the caller's only managed region when absent
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<std::vector<std::string>> kinds;
};

struct GroupPage {
  std::vector<GroupView> items;
  long long total = 0;
};

// Groups the caller runs or takes part in.
Result<GroupPage> list_groups(store::Database& db, const accounts::Caller& caller, int limit, int offset);
Result<GroupView> get_group(store::Database& db, const accounts::Caller& caller, long long group_id);
Result<GroupView> create_group(store::Database& db, const accounts::Caller& caller, const Catalogues& catalogues,
                               const GroupInput& in);
Result<GroupView> update_group(store::Database& db, const accounts::Caller& caller, const Catalogues& catalogues,
                               long long group_id, const GroupInput& in);

struct MemberInput {
  long long provider_org_id = 0;
  std::string participation;  // full | data_only
  std::string joined_on;      // YYYY-MM-DD or ""
};
// Replaces the member providers: each a provider the caller sees, once.
Result<GroupView> replace_members(store::Database& db, const accounts::Caller& caller, long long group_id,
                                  const std::vector<MemberInput>& members);

// ---- meetings ---------------------------------------------------------------------------------------

struct AttendanceInput {
  long long organisation_id = 0;
  int attendees = 1;
};
struct MeetingInput {
  std::optional<std::string> held_on;  // required on create
  std::optional<std::string> place;
  std::optional<std::string> agenda;
  std::optional<std::string> minutes;
  std::optional<std::vector<AttendanceInput>> attendance;  // the region or member providers, each once
};

// For the region and full members (data-only members: not_allowed).
Result<std::vector<repo::MeetingRow>> list_meetings(store::Database& db, const accounts::Caller& caller,
                                                    long long group_id);
Result<repo::MeetingRow> create_meeting(store::Database& db, const accounts::Caller& caller, long long group_id,
                                        const MeetingInput& in);
Result<repo::MeetingRow> update_meeting(store::Database& db, const accounts::Caller& caller, long long meeting_id,
                                        const MeetingInput& in);

// ---- the same in a transaction the caller holds (the demo builds its region in one), at the time `now`
Result<GroupPage> list_groups(soci::session& s, const accounts::Caller& caller, int limit, int offset);
Result<GroupView> get_group(soci::session& s, const accounts::Caller& caller, long long group_id);
Result<GroupView> create_group(soci::session& s, const accounts::Caller& caller, const Catalogues& catalogues,
                               const GroupInput& in, long long now);
Result<GroupView> update_group(soci::session& s, const accounts::Caller& caller, const Catalogues& catalogues,
                               long long group_id, const GroupInput& in);
Result<GroupView> replace_members(soci::session& s, const accounts::Caller& caller, long long group_id,
                                  const std::vector<MemberInput>& members);
Result<std::vector<repo::MeetingRow>> list_meetings(soci::session& s, const accounts::Caller& caller,
                                                    long long group_id);
Result<repo::MeetingRow> create_meeting(soci::session& s, const accounts::Caller& caller, long long group_id,
                                        const MeetingInput& in);
Result<repo::MeetingRow> update_meeting(soci::session& s, const accounts::Caller& caller, long long meeting_id,
                                        const MeetingInput& in);

}  // namespace kvalis::benchmark::app
