#include "quality/app/overview.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "benchmark/app/comparison.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/core/overview.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {

std::vector<std::shared_ptr<const FailedCriteriaTally>> TallyCache::find(const std::vector<Key>& keys) const {
  std::vector<std::shared_ptr<const FailedCriteriaTally>> out(keys.size());
  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto it = entries_.find(keys[i].audit_id);
    if (it != entries_.end() && it->second.updated_at == keys[i].updated_at && it->second.revision == keys[i].revision)
      out[i] = it->second.tally;
  }
  return out;
}

void TallyCache::put(long long audit_id, long long updated_at, int revision, FailedCriteriaTally tally) {
  auto kept = std::make_shared<const FailedCriteriaTally>(std::move(tally));
  std::lock_guard lock(mutex_);
  if (entries_.size() >= capacity_ && !entries_.contains(audit_id)) entries_.clear();  // bounded
  entries_[audit_id] = {updated_at, revision, std::move(kept)};
}

TallyCache& process_tally_cache() {
  static TallyCache cache;
  return cache;
}

Result<OverviewResult> region_overview(store::Database& db, const accounts::Caller& caller, const OverviewQuery& q,
                                       TallyCache* cache, HeadsCache* heads_cache) {
  return db.read([&](soci::session& s) -> Result<OverviewResult> {
    OverviewResult out;
    QOverview& d = out.overview;
    d.set_code = q.set_code;
    d.page = q.page;
    d.page_size = q.page_size;
    // Columns: the standards of the newest version of the set.
    auto versions = qrepo::versions_of(s, q.set_code);
    if (!versions.empty())
      for (const auto& st : qrepo::standards_of(s, versions.front().id))
        d.standards.push_back({st.id, st.number, st.name_cs, st.part, st.name_verified, {}});
    const auto heads = heads_of(s, heads_cache);
    std::vector<HeadView> audits;
    for (auto& v : visible_heads(*heads, caller.principal))
      // e.g. founder=region: the region's contributory organisations (their audits and actions).
      if (q.founder.empty() ||
          exports::founder_type(v.audit->audited_org_legal_form, v.audit->audited_org_founder) == q.founder)
        audits.push_back(std::move(v));
    std::unordered_map<long long, AuditRights> rights;
    for (const auto& v : audits) rights[v.audit->id] = v.rights;
    // The closed audits of the set (newest first, as listed): all count in the tallies, a page is shown.
    std::vector<const qrepo::AuditRow*> closed;
    for (const auto& v : audits)
      if (v.audit->status == AuditStatus::kClosed && v.audit->set_code == q.set_code) closed.push_back(v.audit);
    d.rows_total = static_cast<long long>(closed.size());
    VerdictTally verdicts;
    FailedCriteriaTally failed;
    std::vector<long long> score_ids;
    std::vector<TallyCache::Key> keys;
    keys.reserve(closed.size());
    for (const auto* a : closed) {
      verdicts.add(a->verdict);
      keys.push_back({a->id, a->updated_at, a->revision});
    }
    const auto kept = cache ? cache->find(keys) : std::vector<std::shared_ptr<const FailedCriteriaTally>>(keys.size());
    for (std::size_t i = 0; i < closed.size(); ++i) {
      if (kept[i])
        failed.add(*kept[i]);
      else
        score_ids.push_back(closed[i]->id);
    }
    if (!score_ids.empty()) {
      auto assessments = qrepo::assessments_of_audits(s, score_ids);
      qrepo::AuditFilter full;
      full.ids = score_ids;
      qrepo::ModelCache models;
      for (const auto& audit : qrepo::list_audits(s, full)) {
        const auto& model = models.of(s, audit);
        std::vector<std::string> texts;
        for (const auto& c : model.criteria) texts.push_back(c.text_cs);
        FailedCriteriaTally one;
        one.add(qrepo::score_of(model, assessments[audit.id]), texts, model.scale.max_points());
        failed.add(one);
        if (cache) cache->put(audit.id, audit.updated_at, audit.revision, std::move(one));
      }
      out.models_built = models.loads();
      out.audits_scored = static_cast<int>(score_ids.size());
    }
    const auto first = static_cast<std::size_t>(q.page - 1) * static_cast<std::size_t>(q.page_size);
    qrepo::AuditFilter page_filter;
    page_filter.ids.emplace();
    for (std::size_t i = first; i < closed.size() && page_filter.ids->size() < static_cast<std::size_t>(q.page_size);
         ++i)
      page_filter.ids->push_back(closed[i]->id);
    auto counts = qrepo::action_counts(s, *page_filter.ids, today_date());
    if (!page_filter.ids->empty())
      for (const auto& a : qrepo::list_audits(s, page_filter)) {  // the same order: newest first
        QOverviewRow row;
        row.audit = summary_dto(a, counts[a.id]);
        std::map<int, double> percents;
        for (const auto& [number, pct] : qrepo::parse_standard_percents(a.standard_percents)) percents[number] = pct;
        for (const auto& st : d.standards) {
          auto it = percents.find(st.number);
          row.standard_percents.push_back(it == percents.end() ? std::nullopt : std::optional<double>(it->second));
        }
        d.rows.push_back(std::move(row));
      }
    d.audits = verdicts.audits;
    d.passed = verdicts.passed;
    d.failed = verdicts.failed;
    for (const auto& f : failed.most_failed())
      d.most_failed.push_back({q.set_code, f.code, f.text_cs, f.essential, f.failed, f.assessed});
    // Open and overdue actions of every audit listed (closed or not), counted from the rows; DTOs only for the
    // most overdue ones shown.
    struct Late {
      const ActionRow* row;
      int days;
    };
    std::vector<Late> late;
    const std::string today = today_date();
    for (const auto& a : heads->actions) {
      if (!rights.contains(a.audit_id)) continue;
      const auto status = a.action.status;
      if (status == ActionStatus::kOpen || status == ActionStatus::kInProgress) ++d.open_actions;
      const auto due = due_info(a.action, today);
      if (due && due.value().state == DueState::kOverdue) late.push_back({&a, due.value().days_overdue});
    }
    d.overdue_actions = static_cast<int>(late.size());
    std::stable_sort(late.begin(), late.end(), [](const Late& a, const Late& b) { return a.days > b.days; });
    std::vector<const ActionRow*> shown;
    for (std::size_t i = 0; i < late.size() && i < static_cast<std::size_t>(q.overdue_limit); ++i)
      shown.push_back(late[i].row);
    for (const auto& a : full_action_rows(s, shown)) d.overdue.push_back(action_dto(s, a, rights[a.audit_id], false));
    return out;
  });
}

}  // namespace kvalis::quality::app
