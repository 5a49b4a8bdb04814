#include "quality/app/overview.hpp"

#include <algorithm>
#include <map>

#include "benchmark/app/comparison.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/core/overview.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {

Result<OverviewResult> region_overview(store::Database& db, const accounts::Caller& caller, const OverviewQuery& q) {
  return db.read([&](soci::session& s) -> Result<OverviewResult> {
    OverviewResult out;
    QOverview& d = out.overview;
    d.set_code = q.set_code;
    // Columns: the standards of the newest version of the set.
    auto versions = qrepo::versions_of(s, q.set_code);
    if (!versions.empty())
      for (const auto& st : qrepo::standards_of(s, versions.front().id))
        d.standards.push_back({st.id, st.number, st.name_cs, st.part, st.name_verified, {}});
    std::vector<AuditView> audits;
    for (auto& v : visible_audits(s, caller.principal, {}))
      // e.g. founder=region: the region's contributory organisations (their audits and actions).
      if (q.founder.empty() ||
          exports::founder_type(v.audit.audited_org_legal_form, v.audit.audited_org_founder) == q.founder)
        audits.push_back(std::move(v));
    std::vector<long long> ids;
    std::map<long long, AuditRights> rights;
    for (const auto& v : audits) {
      ids.push_back(v.audit.id);
      rights[v.audit.id] = v.rights;
    }
    auto counts = qrepo::action_counts(s, ids, today_date());
    VerdictTally verdicts;
    FailedCriteriaTally failed;
    qrepo::ModelCache models;
    for (const auto& v : audits) {
      if (v.audit.status != AuditStatus::kClosed || v.audit.set_code != q.set_code) continue;
      QOverviewRow row;
      row.audit = summary_dto(v.audit, counts[v.audit.id]);
      std::map<int, double> percents;
      for (const auto& [number, pct] : qrepo::parse_standard_percents(v.audit.standard_percents))
        percents[number] = pct;
      for (const auto& st : d.standards) {
        auto it = percents.find(st.number);
        row.standard_percents.push_back(it == percents.end() ? std::nullopt : std::optional<double>(it->second));
      }
      verdicts.add(v.audit.verdict);
      d.rows.push_back(std::move(row));
      const auto& model = models.of(s, v.audit);
      std::vector<std::string> texts;
      for (const auto& c : model.criteria) texts.push_back(c.text_cs);
      failed.add(qrepo::score_of(model, qrepo::assessments_of(s, v.audit.id)), texts, model.scale.max_points());
    }
    d.audits = verdicts.audits;
    d.passed = verdicts.passed;
    d.failed = verdicts.failed;
    for (const auto& f : failed.most_failed())
      d.most_failed.push_back({q.set_code, f.code, f.text_cs, f.essential, f.failed, f.assessed});
    out.models_built = models.loads();
    for (const auto& a : action_rows_of_audits(s, ids)) {
      const auto status = a.action.status;
      if (status == ActionStatus::kOpen || status == ActionStatus::kInProgress) ++d.open_actions;
      const auto due = due_info(a.action, today_date());
      if (due && due.value().state == DueState::kOverdue) {
        ++d.overdue_actions;
        d.overdue.push_back(action_dto(s, a, rights[a.audit_id], false));
      }
    }
    std::stable_sort(d.overdue.begin(), d.overdue.end(),
                     [](const QAction& a, const QAction& b) { return a.days_overdue > b.days_overdue; });
    return out;
  });
}

}  // namespace kvalis::quality::app
