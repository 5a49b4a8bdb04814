#include "quality/app/dashboard_queries.hpp"

#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {

namespace qrepo = store::quality_repo;

std::vector<ReadableAudit> readable_audits(soci::session& s, const accounts::Principal& principal) {
  std::vector<ReadableAudit> out;
  for (auto& a : qrepo::list_audits(s, {})) {
    // Who may read an audit: the one rule of quality/core/audit_access.hpp.
    auto rights = audit_rights(principal, qrepo::facts_of(a));
    if (!rights.read) continue;
    out.push_back({a.id, std::move(a.title), std::move(a.type), a.status == quality::AuditStatus::kClosed, a.service_id,
                   std::move(a.service_name), std::move(a.audited_org_name), std::move(a.ends_on), std::move(rights)});
  }
  return out;
}

std::vector<AuditAction> actions_of_audits(soci::session& s, const std::vector<long long>& audit_ids) {
  std::vector<AuditAction> out;
  if (audit_ids.empty()) return out;
  qrepo::ActionFilter filter;
  filter.audit_ids = audit_ids;
  for (auto& a : qrepo::list_actions(s, filter))
    out.push_back({a.id, a.audit_id, std::move(a.action), std::move(a.audit_title), a.service_id,
                   std::move(a.service_name), std::move(a.audited_org_name)});
  return out;
}

}  // namespace kvalis::quality::app
