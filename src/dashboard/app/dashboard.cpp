#include "dashboard/app/dashboard.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "benchmark/app/dashboard_queries.hpp"
#include "dashboard/store/dashboard_repo.hpp"
#include "quality/app/dashboard_queries.hpp"
#include "quality/core/actions.hpp"
#include "quality/core/audit_access.hpp"

namespace kvalis::dashboard::app {
namespace {

namespace dash = store::dashboard_repo;

// Open rounds with the caller's forms (oldest deadline first) and groups waiting for their next round.
void add_benchmark(soci::session& s, const accounts::Principal& p, Dashboard& d, long long& forms_submitted) {
  const auto groups = benchmark::app::dashboard_groups(s, p);
  std::vector<long long> group_ids;
  for (const auto& g : groups) group_ids.push_back(g.id);
  std::map<long long, std::vector<long long>> members;
  for (const auto& m : dash::members_of_groups(s, group_ids)) members[m.group_id].push_back(m.provider_org_id);
  const auto rounds = dash::rounds_of_groups(s, group_ids);

  std::map<long long, GroupRole> roles;
  std::map<long long, const benchmark::app::DashboardGroup*> by_id;
  for (const auto& g : groups) {
    roles[g.id] = role_in_group(p, g.region_org_id, members[g.id]);
    by_id[g.id] = &g;
  }
  std::vector<long long> open_ids;
  std::map<long long, const dash::RoundBrief*> open;
  std::set<long long> groups_with_open;
  for (const auto& r : rounds)
    if (r.status == "open") {
      open_ids.push_back(r.id);
      open[r.id] = &r;
      groups_with_open.insert(r.group_id);
    }

  std::map<long long, Round> open_rounds;
  for (const auto& [id, r] : open) {
    const auto& g = *by_id.at(r->group_id);
    Round round;
    round.round_id = id;
    round.round_name = r->name;
    round.group_id = g.id;
    round.group_name = g.name;
    round.period_year = r->period_year;
    round.deadline = r->deadline;
    if (!r->deadline.empty())
      if (auto days = quality::days_between(d.today, r->deadline)) round.days_left = *days;
    round.can_manage = roles.at(g.id).manage;
    open_rounds.emplace(id, std::move(round));
  }
  for (const auto& f : dash::forms_of_rounds(s, open_ids)) {
    const auto* r = open.at(f.round_id);
    const auto& role = roles.at(r->group_id);
    if (!reads_form(role, f.provider_id)) continue;
    auto& round = open_rounds.at(f.round_id);
    ++round.services;
    if (f.status == "submitted")
      ++round.submitted;
    else if (f.status.empty())
      ++round.not_started;
    else
      ++round.draft;
    if (f.status == "submitted" && role.region_staff) ++forms_submitted;
    Form form{f.round_id, r->name,    by_id.at(r->group_id)->name, f.service_id, f.service_name, f.provider_name,
              f.status,   r->deadline};
    switch (place_of_form(p, role, f.provider_id, f.status)) {
      case FormPlace::review:
        d.forms_to_review.add(std::move(form));
        break;
      case FormPlace::fill:
        d.forms_to_fill.add(std::move(form));
        break;
      case FormPlace::none:
        break;
    }
  }
  // A member provider sees the rounds that have forms of its services; region staff every round they run.
  for (auto& [id, round] : open_rounds)
    if (roles.at(round.group_id).region_staff || round.services > 0) d.open_rounds.push_back(std::move(round));
  std::stable_sort(d.open_rounds.begin(), d.open_rounds.end(),
                   [](const Round& a, const Round& b) { return a.deadline < b.deadline; });

  // Groups without an open round that the caller's providers take part in (the last round and the next
  // meeting) or that the caller runs (it is the one to open the next round).
  std::vector<long long> waiting;
  for (const auto& g : groups)
    if (!groups_with_open.count(g.id) && (!roles.at(g.id).providers.empty() || roles.at(g.id).manage))
      waiting.push_back(g.id);
  const auto meetings = dash::next_meetings(s, waiting, d.today);
  for (long long id : waiting) {
    const auto& g = *by_id.at(id);
    GroupWaiting w;
    w.group_id = id;
    w.group_name = g.name;
    w.coordinator_name = g.region_name;
    w.can_manage = roles.at(id).manage;
    for (const auto& r : rounds)
      if (r.group_id == id) {  // newest first
        w.last_round_id = r.id;
        w.last_round_name = r.name;
        w.last_period_year = r.period_year;
        break;
      }
    if (auto m = meetings.find(id); m != meetings.end()) w.next_meeting = m->second;
    d.groups_waiting.push_back(std::move(w));
  }
}

Action action_item(const quality::app::AuditAction& a, const quality::DueInfo& due) {
  return {a.id,
          a.action.text,
          std::string(quality::to_string(a.action.status)),
          a.action.due_date,
          std::string(quality::to_string(due.state)),
          due.days_overdue,
          due.days_left,
          a.audit_id,
          a.audit_title,
          a.service_id,
          a.service_name,
          a.audited_org_name};
}

// Corrective actions overdue, due soon or to verify, and draft audits to score or close: counted and sorted on
// the light rows of every audit and action (quality's HeadsCache), with details read for the items shown.
void add_quality(soci::session& s, const accounts::Principal& p, Dashboard& d, Overview& counts,
                 quality::app::HeadsCache* cache) {
  std::map<long long, quality::app::ReadableAudit> audits;
  for (auto& a : quality::app::readable_audit_heads(s, p, cache)) audits.emplace(a.id, std::move(a));
  std::vector<long long> audit_ids;
  for (const auto& [id, a] : audits) audit_ids.push_back(id);

  struct Due {
    quality::app::AuditAction* action;
    quality::DueInfo due;
    int key;
  };
  auto actions = quality::app::action_heads_of_audits(s, audit_ids, cache);
  std::vector<Due> overdue, soon, verify;  // with the sort key
  for (auto& a : actions) {
    auto due = quality::due_info(a.action, d.today);
    if (!due) continue;
    switch (due->state) {
      case quality::DueState::kOverdue:
        ++counts.actions_open;
        ++counts.actions_overdue;
        overdue.push_back({&a, *due, -due->days_overdue});
        break;
      case quality::DueState::kOnTrack:
        ++counts.actions_open;
        if (due->days_left <= kDueSoonDays) soon.push_back({&a, *due, due->days_left});
        break;
      case quality::DueState::kAwaitingVerification: {
        const auto next = quality::allowed_for(audits.at(a.audit_id).rights, a.action.status);
        if (std::find(next.begin(), next.end(), quality::ActionStatus::kVerified) != next.end())
          verify.push_back({&a, *due, 0});
        break;
      }
      case quality::DueState::kClosed:
        break;
    }
  }
  auto by_key = [](const Due& x, const Due& y) { return x.key < y.key; };
  std::stable_sort(overdue.begin(), overdue.end(), by_key);
  std::stable_sort(soon.begin(), soon.end(), by_key);
  // Details (texts and names) of the items each list shows; the others are only counted.
  std::vector<quality::app::AuditAction*> shown;
  for (const auto* list : {&overdue, &soon, &verify})
    for (std::size_t i = 0; i < list->size() && i < d.actions_overdue.limit; ++i) shown.push_back((*list)[i].action);
  quality::app::fill_action_details(s, shown);
  for (const auto& x : overdue) d.actions_overdue.add(action_item(*x.action, x.due));
  for (const auto& x : soon) d.actions_due_soon.add(action_item(*x.action, x.due));
  for (const auto& x : verify) d.actions_to_verify.add(action_item(*x.action, x.due));

  // Draft audits the caller scores or closes, the earliest visit first, with their progress in one query.
  std::vector<long long> drafts;
  for (const auto& [id, a] : audits) {
    if (a.closed)
      ++counts.audits_closed;
    else
      ++counts.audits_draft;
    if (!a.closed && (a.rights.score || a.rights.manage)) drafts.push_back(id);
  }
  const auto progress = dash::audit_progress(s, drafts);
  std::vector<const quality::app::ReadableAudit*> ordered;
  for (long long id : drafts) ordered.push_back(&audits.at(id));
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto* a, const auto* b) { return a->ends_on < b->ends_on; });
  for (const auto* a : ordered) {
    const auto pr = progress.count(a->id) ? progress.at(a->id) : dash::AuditProgress{};
    Audit item{a->id,      a->title,    a->type,    a->service_id, a->service_name, a->audited_org_name,
               a->ends_on, pr.assessed, pr.criteria};
    switch (task_of_audit(a->closed, a->rights.score, a->rights.manage, pr.assessed, pr.criteria)) {
      case AuditTask::close:
        d.audits_to_close.add(std::move(item));
        break;
      case AuditTask::score:
        d.audits_to_score.add(std::move(item));
        break;
      case AuditTask::none:
        break;
    }
  }
}

}  // namespace

Result<Dashboard> dashboard(store::Database& db, const accounts::Caller& caller, const std::string& today,
                            std::size_t list_limit, quality::app::HeadsCache* cache) {
  const auto& p = caller.principal;
  Dashboard d;
  d.today = today;
  for (auto* list : {&d.forms_to_fill, &d.forms_to_review}) list->limit = list_limit;
  for (auto* list : {&d.actions_overdue, &d.actions_due_soon, &d.actions_to_verify}) list->limit = list_limit;
  for (auto* list : {&d.audits_to_score, &d.audits_to_close}) list->limit = list_limit;
  d.benchmark = accounts::has_permission(p, accounts::Permission::benchmark_read);
  d.quality = accounts::has_permission(p, accounts::Permission::quality_read);
  db.read([&](soci::session& s) {
    Overview counts;
    long long forms_submitted = 0;
    if (d.benchmark) add_benchmark(s, p, d, forms_submitted);
    if (d.quality) add_quality(s, p, d, counts, cache);
    if (sees_overview(p)) {
      const auto regions = overview_regions(p);
      counts.services_active = dash::active_services(s, p.platform_admin, regions);
      counts.providers = dash::providers(s, p.platform_admin, regions);
      counts.rounds_open = static_cast<long long>(d.open_rounds.size());
      counts.forms_submitted = forms_submitted;
      d.overview = counts;
    }
  });
  return d;
}

}  // namespace kvalis::dashboard::app
