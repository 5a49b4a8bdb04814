#pragma once
// Shared by the quality routes: loading an audit with the caller's rights, and turning rows into DTOs.
#include <optional>
#include <string>
#include <vector>

#include "quality/core/audit_access.hpp"
#include "quality/http/dto_quality.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/routing.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::http::quality_views {

namespace qrepo = store::quality_repo;

inline const Error kAuditMissing{ErrorCode::not_found, {}, "quality.audit.not_found", {}};
inline const Error kSetMissing{ErrorCode::not_found, {}, "quality.set.not_found", {}};
inline const Error kTemplateMissing{ErrorCode::not_found, {}, "quality.template.not_found", {}};
inline const Error kFindingMissing{ErrorCode::not_found, {}, "quality.finding.not_found", {}};
inline const Error kActionMissing{ErrorCode::not_found, {}, "quality.action.not_found", {}};
inline const Error kEvidenceMissing{ErrorCode::not_found, {}, "quality.evidence.not_found", {}};
inline const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

// An audit the caller may read, with their rights; nullopt (→ 404) otherwise.
struct AuditView {
  qrepo::AuditRow audit;
  quality::AuditRights rights;
};
std::optional<AuditView> load_audit(soci::session& s, const accounts::Principal& p, long long audit_id);
// Every audit the caller may read (the filter narrows further).
// True when the caller reads at least one audit of the service (an audit body's auditor then also reads the
// audited service itself, so an audit never links to a page its team cannot open).
bool reads_audit_of_service(soci::session& s, const accounts::Principal& p, long long service_id);
std::vector<AuditView> visible_audits(soci::session& s, const accounts::Principal& p, const qrepo::AuditFilter& f);

dto::QScale scale_dto(const quality::Scale& scale);
dto::QPassRule pass_rule_dto(const quality::PassRule& rule, const quality::Scale& scale, Lang lang);
// counts: the audit's open and overdue actions (qrepo::action_counts, one query for a whole list).
dto::QAuditSummary summary_dto(const qrepo::AuditRow& a, const qrepo::ActionCounts& counts);
dto::QResults results_dto(const quality::AuditScore& score, const quality::Scale& scale,
                          const std::vector<qrepo::StandardRow>& standards,
                          const std::vector<qrepo::CriterionRow>& criteria, Lang lang);
dto::QEvidence evidence_dto(const qrepo::EvidenceRow& e);
// An action with its due state and what the caller may do; detail adds history, evidence and the indicator.
dto::QAction action_dto(soci::session& s, const qrepo::ActionRow& a, const quality::AuditRights& rights, bool detail);
dto::QAudit audit_dto(soci::session& s, const AuditView& v, Lang lang);
dto::QComparison comparison_dto(soci::session& s, const qrepo::AuditRow& previous, const qrepo::AuditRow& current);


}  // namespace kvalis::http::quality_views
