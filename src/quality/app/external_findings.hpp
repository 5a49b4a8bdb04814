#pragma once
// Findings that another module found about a service and hands to the quality module as corrective actions
// (issue 12 item 5: the gaps of a service against the minimal form of its kind). They are recorded as an audit
// of type 'process' for the service, conducted by the given organisation (the region), with one finding per
// item and one corrective action per finding; the provider then sees and moves the actions in the quality
// module like any other. The audit (found by service and title while it is a draft) is reused by later
// calls, so every gap of a service lands in one audit.
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::quality::app {

struct ExternalFinding {
  std::string text;  // the finding (what is missing)
  std::string recommendation;
  std::string severity = "medium";  // low | medium | high
  std::string action_text;          // the corrective action
  std::string owner;
  std::string due_date;  // YYYY-MM-DD
};

struct ExternalFindingsInput {
  long long service_id = 0;
  long long conductor_org_id = 0;  // the organisation conducting the audit (the region)
  std::string title;               // the audit's title, also its template's name
  std::string summary;
  std::string on_date;  // the audit's date, YYYY-MM-DD
  std::vector<ExternalFinding> items;
};

struct ExternalFindingsResult {
  long long audit_id = 0;
  std::vector<long long> finding_ids;
  std::vector<long long> action_ids;  // in the order of the items
};

// In the caller's transaction (all or nothing with the caller's own writes). The caller must be allowed to
// conduct a process audit of the service for the conducting organisation (quality/core/audit_access.hpp).
Result<ExternalFindingsResult> record_external_findings(soci::session& s, const accounts::Caller& caller,
                                                        const ExternalFindingsInput& in, long long now);

}  // namespace kvalis::quality::app
