#pragma once
// Reads for the caller's dashboard: each a single query over a set of ids (groups, rounds, audits), so the
// dashboard costs a few queries whatever the number of items. The caller decides what may be shown.
#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

namespace kvalis::store::dashboard_repo {

struct GroupMember {
  long long group_id = 0;
  long long provider_org_id = 0;
  std::string participation;
};
std::vector<GroupMember> members_of_groups(soci::session& s, const std::vector<long long>& group_ids);

struct RoundBrief {
  long long id = 0;
  long long group_id = 0;
  std::string name;
  int period_year = 0;
  std::string deadline;
  std::string status;  // open | locked
};
// Newest first (period year, then id).
std::vector<RoundBrief> rounds_of_groups(soci::session& s, const std::vector<long long>& group_ids);

// A service of an open round (active, of a member provider, of one of the group's kinds) with the state of
// its form.
struct RoundForm {
  long long round_id = 0;
  long long service_id = 0;
  std::string service_name;
  long long provider_id = 0;
  std::string provider_name;
  std::string status;  // "" when nothing was saved yet
};
std::vector<RoundForm> forms_of_rounds(soci::session& s, const std::vector<long long>& round_ids);

// The first meeting of each group held on or after the date.
std::map<long long, std::string> next_meetings(soci::session& s, const std::vector<long long>& group_ids,
                                               const std::string& from);

// Assessed criteria (a level chosen) and criteria of each audit's set version.
struct AuditProgress {
  int assessed = 0;
  int criteria = 0;
};
std::map<long long, AuditProgress> audit_progress(soci::session& s, const std::vector<long long>& audit_ids);

// Active services and providers in the regions (registry Kraj codes); every region when all.
long long active_services(soci::session& s, bool all, const std::vector<std::string>& region_codes);
long long providers(soci::session& s, bool all, const std::vector<std::string>& region_codes);

}  // namespace kvalis::store::dashboard_repo
