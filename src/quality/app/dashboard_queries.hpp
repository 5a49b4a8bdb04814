#pragma once
// What the dashboard (src/dashboard) asks of quality: the audits the caller may read with their rights,
// and the corrective actions of those audits. Runs in the dashboard's read transaction.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "quality/core/actions.hpp"
#include "quality/core/audit_access.hpp"

namespace kvalis::quality::app {

struct ReadableAudit {
  long long id = 0;
  std::string title;
  std::string type;
  bool closed = false;
  std::optional<long long> service_id;
  std::string service_name;
  std::string audited_org_name;
  std::string ends_on;
  AuditRights rights;
};
// Every audit the caller may read (quality::audit_rights), newest first.
std::vector<ReadableAudit> readable_audits(soci::session& s, const accounts::Principal& principal);

struct AuditAction {
  long long id = 0;
  long long audit_id = 0;
  CorrectiveAction action;
  std::string audit_title;
  std::optional<long long> service_id;
  std::string service_name;
  std::string audited_org_name;
};
// The corrective actions of these audits, in one query; none for no audits.
std::vector<AuditAction> actions_of_audits(soci::session& s, const std::vector<long long>& audit_ids);

class HeadsCache;  // quality/app/audit_views.hpp
// The same from the light rows (HeadsCache; read now without one), for the dashboard of a region with 2,000
// audits: every readable audit with its id, type, state, service, end date and rights, and title and names only
// for the open (draft) ones; every action of the readable audits with its id, audit and state (status, due and
// done dates) only. fill_action_details completes the actions the dashboard shows (text, audit title, names).
std::vector<ReadableAudit> readable_audit_heads(soci::session& s, const accounts::Principal& principal,
                                                HeadsCache* cache);
std::vector<AuditAction> action_heads_of_audits(soci::session& s, const std::vector<long long>& audit_ids,
                                                HeadsCache* cache);
void fill_action_details(soci::session& s, const std::vector<AuditAction*>& actions);

}  // namespace kvalis::quality::app
