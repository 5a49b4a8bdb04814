#include "quality/app/dashboard_queries.hpp"

#include <map>
#include <unordered_set>

#include "quality/app/audit_views.hpp"
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

std::vector<ReadableAudit> readable_audit_heads(soci::session& s, const accounts::Principal& principal,
                                                HeadsCache* cache) {
  const auto heads = heads_of(s, cache);
  std::vector<ReadableAudit> out;
  std::vector<long long> open;
  for (auto& v : visible_heads(*heads, principal)) {
    const auto& a = *v.audit;
    const bool closed = a.status == quality::AuditStatus::kClosed;
    if (!closed) open.push_back(a.id);
    out.push_back({a.id, "", a.type, closed, a.service_id, "", "", a.ends_on, std::move(v.rights)});
  }
  if (!open.empty()) {
    qrepo::AuditFilter f;
    f.ids = std::move(open);
    std::map<long long, qrepo::AuditRow> full;
    for (auto& a : qrepo::list_audits(s, f)) full.emplace(a.id, std::move(a));
    for (auto& r : out)
      if (auto it = full.find(r.id); it != full.end()) {
        r.title = std::move(it->second.title);
        r.service_name = std::move(it->second.service_name);
        r.audited_org_name = std::move(it->second.audited_org_name);
      }
  }
  return out;
}

std::vector<AuditAction> action_heads_of_audits(soci::session& s, const std::vector<long long>& audit_ids,
                                                HeadsCache* cache) {
  std::vector<AuditAction> out;
  if (audit_ids.empty()) return out;
  const auto heads = heads_of(s, cache);
  const std::unordered_set<long long> wanted(audit_ids.begin(), audit_ids.end());
  for (const auto& a : heads->actions)
    if (wanted.contains(a.audit_id)) out.push_back({a.id, a.audit_id, a.action, "", a.service_id, "", ""});
  return out;
}

void fill_action_details(soci::session& s, const std::vector<AuditAction*>& actions) {
  std::vector<std::pair<long long, long long>> ids;
  for (const auto* a : actions) ids.emplace_back(a->id, a->audit_id);
  auto full = action_rows_by_id(s, ids);
  for (auto* a : actions)
    if (auto it = full.find(a->id); it != full.end()) {
      a->action = std::move(it->second.action);
      a->audit_title = std::move(it->second.audit_title);
      a->service_name = std::move(it->second.service_name);
      a->audited_org_name = std::move(it->second.audited_org_name);
    }
}

}  // namespace kvalis::quality::app
