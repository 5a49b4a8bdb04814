#pragma once
// Use cases of findings, corrective actions and evidence: record and change a finding, plan an action,
// move it (open → in_progress → done → verified, or back with a reason), list the actions the caller
// may read, attach, read and delete evidence files. One transaction each, with its activity entry.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/messages.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/app/views.hpp"
#include "quality/core/actions.hpp"

namespace kvalis::quality::app {

// ---- findings -------------------------------------------------------------------------------------

Result<long long> create_finding(soci::session& s, const accounts::Caller& caller, long long audit_id,
                                 const QFindingInput& in, long long now);
Result<QFinding> create_finding(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                const QFindingInput& in);
Result<QFinding> update_finding(store::Database& db, const accounts::Caller& caller, long long finding_id,
                                const QFindingInput& in);
Status delete_finding(store::Database& db, const accounts::Caller& caller, long long finding_id);

// ---- actions --------------------------------------------------------------------------------------

Result<long long> create_action(soci::session& s, const accounts::Caller& caller, long long finding_id,
                                const QActionInput& in, long long now);
Result<QAction> create_action(store::Database& db, const accounts::Caller& caller, long long finding_id,
                              const QActionInput& in);
// An action with its history as recorded elsewhere (the demo region, paper records): every step passes the
// status machine (quality::apply_transition) under the actor kind, user and date it was recorded with.
struct ActionStep {
  ActionStatus to = ActionStatus::kInProgress;
  ActorKind actor = ActorKind::kProvider;
  long long user_id = 0;
  std::string user_name;
  std::string date;  // YYYY-MM-DD
  std::string note;
  long long at = 0;  // when it was recorded
};
Result<long long> record_action(soci::session& s, const accounts::Caller& caller, long long finding_id,
                                const QActionInput& in, const std::vector<ActionStep>& history, long long now);

Result<QAction> get_action(store::Database& db, const accounts::Caller& caller, long long action_id);
Result<QAction> update_action(store::Database& db, const accounts::Caller& caller, long long action_id,
                              const QActionInput& in);

// A move of an action on a date (default today); lang names the states in an error.
struct Transition {
  ActionStatus to = ActionStatus::kInProgress;
  std::optional<std::string> date;  // YYYY-MM-DD, default today
  std::string note;                 // a rejection's reason, a verification's evidence
};
Status transition_action(soci::session& s, const accounts::Caller& caller, long long action_id, const Transition& t,
                         long long now, Lang lang);
Result<QAction> transition_action(store::Database& db, const accounts::Caller& caller, long long action_id,
                                  const Transition& t, Lang lang);

struct ActionQuery {
  std::optional<ActionStatus> status;
  std::optional<long long> org_id;
  std::optional<long long> audit_id;
  std::optional<long long> service_id;
  bool overdue_only = false;  // open or in progress after the due date, most overdue first
};
// Every matching action of the audits the caller may read; `overdue` counts the overdue ones.
class HeadsCache;  // quality/app/audit_views.hpp

// The caches (quality/app/audit_views.hpp) are optional: the server passes the process's, so a region's list of
// 2,000 audits and 3,000 actions reads its light rows once per data version; without one they are read now.
std::vector<QAction> find_actions(store::Database& db, const accounts::Caller& caller, const ActionQuery& q,
                                  int* overdue = nullptr, HeadsCache* cache = nullptr);
QActionList list_actions(store::Database& db, const accounts::Caller& caller, const ActionQuery& q, int page,
                         int page_size, HeadsCache* cache = nullptr);

// Benchmark indicators an action of the audit may be linked to.
Result<QIndicatorChoiceList> indicator_choices(store::Database& db, const accounts::Caller& caller, long long audit_id);

// ---- evidence -------------------------------------------------------------------------------------

struct Upload {
  std::string file_name;
  std::string data;
  std::optional<long long> criterion_id;  // audit evidence of one criterion
};
Result<QEvidence> upload_audit_evidence(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                        const Upload& upload);
Result<QEvidence> upload_action_evidence(store::Database& db, const accounts::Caller& caller, long long action_id,
                                         const Upload& upload);
struct EvidenceFile {
  std::string file_name;
  std::string content_type;
  std::string data;
};
// Every read is logged (evidence may hold personal data of clients).
Result<EvidenceFile> read_evidence(store::Database& db, const accounts::Caller& caller, long long evidence_id);
Status delete_evidence(store::Database& db, const accounts::Caller& caller, long long evidence_id);

}  // namespace kvalis::quality::app
