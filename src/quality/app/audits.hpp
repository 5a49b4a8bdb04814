#pragma once
// Use cases of an audit: create it from a template, change its header and team, save assessments, close
// and reopen it; read one, list them, compare with the previous audit. Each runs in one transaction (a
// write that returns an error rolls back) and records its activity. The HTTP routes, the demo and the
// tests call the same functions; the session forms run inside a caller's transaction (the demo writes
// the whole region in one).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/messages.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/app/views.hpp"
#include "quality/core/actions.hpp"
#include "quality/core/audit_access.hpp"
#include "quality/core/scoring.hpp"

namespace kvalis::quality::app {

// ---- changes --------------------------------------------------------------------------------------

// A new audit (QAuditInput: type, template_id and service_id or audited_org_id required). `now` stamps
// the rows (the demo's history); the answer is the audit as the caller sees it.
Result<long long> create_audit(soci::session& s, const accounts::Caller& caller, const QAuditInput& in, long long now);
Result<QAudit> create_audit(store::Database& db, const accounts::Caller& caller, const QAuditInput& in, Lang lang);

// Header, methods, team (template, target and conductor cannot change).
Result<QAudit> update_audit(store::Database& db, const accounts::Caller& caller, long long audit_id,
                            const QAuditInput& in, Lang lang);

// Scores and notes, idempotent (a queued batch may be resent).
Status save_assessments(soci::session& s, const accounts::Caller& caller, long long audit_id,
                        const std::vector<QAssessmentInput>& in, long long now);
Result<QAudit> save_assessments(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                const std::vector<QAssessmentInput>& in, Lang lang);

// Close: the verdict, total and per-standard results are recorded. Reopen: a draft again.
Result<Verdict> close_audit(soci::session& s, const accounts::Caller& caller, long long audit_id, long long now);
Result<QAudit> close_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang);
Result<QAudit> reopen_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang);

// ---- reads ----------------------------------------------------------------------------------------

Result<QAudit> get_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang);

struct AuditQuery {
  std::optional<long long> service_id;
  std::optional<long long> org_id;
  std::string type;                   // empty: any
  std::optional<AuditStatus> status;  // none: any
  std::string verdict;                // pass | fail | incomplete | empty
  std::string text;
  int page = 1;
  int page_size = 50;
};
class HeadsCache;  // quality/app/audit_views.hpp
// Without a text to search, the light rows of every audit come from the cache when one is given.
QAuditList list_audits(store::Database& db, const accounts::Caller& caller, const AuditQuery& query,
                       HeadsCache* cache = nullptr);

// The comparison with the previous audit (or `against`); an error when there is none to compare with.
Result<QComparison> audit_comparison(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                     std::optional<long long> against);

// An audit for its report and exports: the audit in Czech and, when there is a previous audit (or
// `against`), the comparison with it.
struct AuditDocument {
  QAudit audit;
  std::optional<QComparison> comparison;
};
Result<AuditDocument> audit_document(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                     std::optional<long long> against);

// An audit already written (the demo runs again): found by its target and title.
struct AuditOutline {
  long long id = 0;
  AuditStatus status = AuditStatus::kDraft;
  std::string verdict;
  int findings = 0;
  std::vector<CorrectiveAction> actions;
};
std::optional<AuditOutline> find_audit(soci::session& s, std::optional<long long> service_id, long long audited_org_id,
                                       const std::string& title);
// The criterion ids of an audit's set version by code ("2a").
std::map<std::string, long long> criterion_ids(soci::session& s, long long audit_id);

// Services to choose for a new audit, for those who may conduct audits.
Result<QServiceRefList> auditable_services(store::Database& db, const accounts::Caller& caller, const std::string& text,
                                           int limit);

}  // namespace kvalis::quality::app
