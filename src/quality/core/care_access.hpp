#pragma once
// Who may read and write the care records of the quality module (consultations and supervisions, OSPOD
// procedures and staffing, transformation plans). Pure: the facts come from storage, the principal from
// the session. A caller who may not read gets 404 from the HTTP layer, so ids cannot be probed.
//
// Supervision records: read by the provider's members, the members of the organisation that recorded
// them (an audit body) and the members of the region organisation of the provider's region; written by
// members who may assess (not read-only) of the provider or of the recording organisation.
// OSPOD office records: read by the office's members and its region; written by the office's
// administrators and managers; the staffing norm also by the region's administrators and managers.
// Transformation plans: read by the provider's members and its region; written by administrators and
// managers of the provider or of the region.
#include <string>

#include "accounts/core/access.hpp"

namespace kvalis::quality::care {

struct OrgFacts {
  long long id = 0;
  std::string region_code;  // the Kraj code of the organisation (registry)
};

struct CareRights {
  bool read = false;
  bool write = false;
};

// Membership in general: accounts::member_of and accounts::region_member.
// Administrator or manager (quality.manage) of the organisation.
bool manager_of(const accounts::Principal& p, long long organisation_id);
// A member who may assess (any role but read-only) of the organisation.
bool assessor_of(const accounts::Principal& p, long long organisation_id);

CareRights supervision_rights(const accounts::Principal& p, const OrgFacts& provider, long long recorded_by_org_id);
// A provider the caller sees, to record its consultations and supervisions and to list its findings: the
// platform administrator, the provider's members, the members of its region, and anyone who may read one of
// its audits (reads_an_audit: an audit body's team members and managers). The findings shown and linked are
// those of the audits the caller may read.
bool sees_provider(const accounts::Principal& p, const OrgFacts& provider, bool reads_an_audit);
CareRights ospod_rights(const accounts::Principal& p, const OrgFacts& office);
bool may_set_staffing_norm(const accounts::Principal& p, const OrgFacts& office);
CareRights plan_rights(const accounts::Principal& p, const OrgFacts& provider);

}  // namespace kvalis::quality::care
