// The caller's dashboard: open benchmarking rounds and the forms to fill or review, groups waiting for
// their next round, corrective actions overdue, due soon or awaiting verification, audits to score or
// close, and for region staff an overview. Everything is filtered by the same rules as the module routes
// (a group's region staff and member providers; audit_rights for audits and actions) and read in a few
// queries over sets of ids.
#include <algorithm>
#include <map>
#include <set>

#include "quality/core/actions.hpp"
#include "dashboard/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "dashboard/http/dto_dashboard.hpp"
#include "platform/http/handler_util.hpp"
#include "quality/app/audit_views.hpp"
#include "benchmark/store/benchmark_repo.hpp"
#include "dashboard/store/dashboard_repo.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::http {
namespace {

using accounts::member_of;
using accounts::Permission;
using accounts::Role;
namespace bmrepo = store::benchmark_repo;
namespace dash = store::dashboard_repo;
namespace qrepo = store::quality_repo;

constexpr std::size_t kListLimit = 8;  // items of each list; the total says how many there are
constexpr int kDueSoonDays = 30;

template <class T, class List>
void push_limited(List& list, T item) {
  ++list.total;
  if (list.items.size() < kListLimit) list.items.push_back(std::move(item));
}

// What the caller does in a group: runs it (region staff; managers manage), or takes part through the
// member providers it belongs to.
struct GroupRole {
  bool region_staff = false;
  bool manage = false;
  std::set<long long> providers;  // member providers the caller belongs to
};

GroupRole role_in(const accounts::Principal& p, const bmrepo::GroupRow& g, const std::vector<dash::GroupMember>& members) {
  GroupRole r;
  r.region_staff = p.platform_admin || member_of(p, g.region_org_id);
  r.manage = p.platform_admin || member_of(p, g.region_org_id, {Role::admin, Role::manager});
  for (const auto& m : members)
    if (m.group_id == g.id && member_of(p, m.provider_org_id)) r.providers.insert(m.provider_org_id);
  return r;
}

bool can_fill(const accounts::Principal& p, long long provider_id) {
  return member_of(p, provider_id, {Role::admin, Role::manager, Role::worker});
}

void add_benchmark(soci::session& s, const accounts::Principal& p, const std::string& today, dto::Dashboard& d,
                   long long& forms_submitted) {
  bmrepo::GroupScope scope;
  scope.all = p.platform_admin;
  for (const auto& m : p.memberships) scope.organisation_ids.push_back(m.organisation_id);
  long long total = 0;
  const auto groups = bmrepo::list_groups(s, scope, 1000, 0, total);
  std::vector<long long> group_ids;
  for (const auto& g : groups) group_ids.push_back(g.id);
  const auto members = dash::members_of_groups(s, group_ids);
  const auto rounds = dash::rounds_of_groups(s, group_ids);

  std::map<long long, GroupRole> roles;
  std::map<long long, const bmrepo::GroupRow*> by_id;
  for (const auto& g : groups) {
    roles[g.id] = role_in(p, g, members);
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

  // Open rounds with the caller's forms, oldest deadline first.
  std::map<long long, dto::DashRound> round_dtos;
  for (const auto& [id, r] : open) {
    const auto& g = *by_id.at(r->group_id);
    dto::DashRound dr;
    dr.round_id = id;
    dr.round_name = r->name;
    dr.group_id = g.id;
    dr.group_name = g.name;
    dr.period_year = r->period_year;
    dr.deadline = r->deadline;
    if (!r->deadline.empty())
      if (auto days = quality::days_between(today, r->deadline)) dr.days_left = *days;
    dr.can_manage = roles.at(g.id).manage;
    round_dtos.emplace(id, std::move(dr));
  }
  for (const auto& f : dash::forms_of_rounds(s, open_ids)) {
    const auto* r = open.at(f.round_id);
    const auto& role = roles.at(r->group_id);
    const bool own = role.providers.count(f.provider_id) > 0;
    if (!role.region_staff && !own) continue;
    auto& dr = round_dtos.at(f.round_id);
    ++dr.services;
    if (f.status == "submitted") ++dr.submitted;
    else if (f.status.empty()) ++dr.not_started;
    else ++dr.draft;
    dto::DashForm form{f.round_id, r->name, by_id.at(r->group_id)->name, f.service_id, f.service_name,
                       f.provider_name, f.status, r->deadline};
    if (f.status == "submitted") {
      if (role.region_staff) ++forms_submitted;
      if (role.manage) push_limited(d.forms_to_review, std::move(form));
    } else if (own && can_fill(p, f.provider_id)) {
      push_limited(d.forms_to_fill, std::move(form));
    }
  }
  // A member provider sees the rounds that have forms of its services; region staff every round they run.
  for (auto& [id, dr] : round_dtos)
    if (roles.at(dr.group_id).region_staff || dr.services > 0) d.open_rounds.push_back(std::move(dr));
  std::stable_sort(d.open_rounds.begin(), d.open_rounds.end(),
                   [](const dto::DashRound& a, const dto::DashRound& b) { return a.deadline < b.deadline; });

  // Groups without an open round that the caller's providers take part in (the last round and the next
  // meeting) or that the caller runs (it is the one to open the next round).
  std::vector<long long> waiting;
  for (const auto& g : groups)
    if (!groups_with_open.count(g.id) && (!roles.at(g.id).providers.empty() || roles.at(g.id).manage))
      waiting.push_back(g.id);
  const auto meetings = dash::next_meetings(s, waiting, today);
  for (long long id : waiting) {
    const auto& g = *by_id.at(id);
    dto::DashGroupWaiting w;
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

dto::DashAction action_item(const qrepo::ActionRow& a, const quality::DueInfo& due) {
  dto::DashAction d;
  d.id = a.id;
  d.text = a.action.text;
  d.status = std::string(quality::to_string(a.action.status));
  d.due_date = a.action.due_date;
  d.due_state = std::string(quality::to_string(due.state));
  d.days_overdue = due.days_overdue;
  d.days_left = due.days_left;
  d.audit_id = a.audit_id;
  d.audit_title = a.audit_title;
  d.service_id = a.service_id;
  d.service_name = a.service_name;
  d.organisation_name = a.audited_org_name;
  return d;
}

void add_quality(soci::session& s, const accounts::Principal& p, const std::string& today, dto::Dashboard& d,
                 dto::DashOverview& counts) {
  std::map<long long, quality::app::AuditView> audits;
  for (auto& v : quality::app::visible_audits(s, p, {})) audits.emplace(v.audit.id, std::move(v));

  // Corrective actions of every audit the caller may read, in one query.
  qrepo::ActionFilter filter;
  for (const auto& [id, v] : audits) filter.audit_ids.push_back(id);
  std::vector<std::pair<dto::DashAction, int>> overdue, soon;  // with the sort key
  std::vector<dto::DashAction> verify;
  if (!filter.audit_ids.empty())
    for (const auto& a : qrepo::list_actions(s, filter)) {
      auto due = quality::due_info(a.action, today);
      if (!due) continue;
      const auto& rights = audits.at(a.audit_id).rights;
      switch (due.value().state) {
        case quality::DueState::kOverdue:
          ++counts.actions_open;
          ++counts.actions_overdue;
          overdue.emplace_back(action_item(a, due.value()), -due.value().days_overdue);
          break;
        case quality::DueState::kOnTrack:
          ++counts.actions_open;
          if (due.value().days_left <= kDueSoonDays) soon.emplace_back(action_item(a, due.value()), due.value().days_left);
          break;
        case quality::DueState::kAwaitingVerification: {
          const auto next = quality::allowed_for(rights, a.action.status);
          if (std::find(next.begin(), next.end(), quality::ActionStatus::kVerified) != next.end())
            verify.push_back(action_item(a, due.value()));
          break;
        }
        case quality::DueState::kClosed: break;
      }
    }
  auto by_key = [](const auto& x, const auto& y) { return x.second < y.second; };
  std::stable_sort(overdue.begin(), overdue.end(), by_key);
  std::stable_sort(soon.begin(), soon.end(), by_key);
  for (auto& [a, key] : overdue) push_limited(d.actions_overdue, std::move(a));
  for (auto& [a, key] : soon) push_limited(d.actions_due_soon, std::move(a));
  for (auto& a : verify) push_limited(d.actions_to_verify, std::move(a));

  // Draft audits the caller scores or closes, with their progress in one query.
  std::vector<long long> drafts;
  for (const auto& [id, v] : audits) {
    if (v.audit.status == quality::AuditStatus::kClosed) ++counts.audits_closed;
    else ++counts.audits_draft;
    if (v.audit.status != quality::AuditStatus::kClosed && (v.rights.score || v.rights.manage)) drafts.push_back(id);
  }
  const auto progress = dash::audit_progress(s, drafts);
  std::vector<const quality::app::AuditView*> ordered;
  for (long long id : drafts) ordered.push_back(&audits.at(id));
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
    return a->audit.ends_on < b->audit.ends_on;  // the earliest visit first
  });
  for (const auto* v : ordered) {
    const auto& a = v->audit;
    const auto pr = progress.count(a.id) ? progress.at(a.id) : dash::AuditProgress{};
    dto::DashAudit item{a.id, a.title, a.type, a.service_id, a.service_name, a.audited_org_name, a.ends_on,
                        pr.assessed, pr.criteria};
    const bool complete = pr.criteria > 0 && pr.assessed >= pr.criteria;
    if (complete && v->rights.manage) push_limited(d.audits_to_close, std::move(item));
    else if (!complete && v->rights.score) push_limited(d.audits_to_score, std::move(item));
  }
}

Response get_dashboard(Context& ctx) {
  const auto& p = ctx.principal;
  dto::Dashboard d;
  d.today = today();
  d.benchmark = accounts::has_permission(p, Permission::benchmark_read);
  d.quality = accounts::has_permission(p, Permission::quality_read);
  // Region staff and the platform administrator get the overview of their regions.
  bool overview = p.platform_admin;
  std::vector<std::string> regions;
  for (const auto& m : p.memberships)
    if (m.organisation_type == accounts::OrganisationType::region) {
      overview = true;
      regions.push_back(m.region_code);
    }
  ctx.db().read([&](soci::session& s) {
    dto::DashOverview counts;
    long long forms_submitted = 0;
    if (d.benchmark) add_benchmark(s, p, d.today, d, forms_submitted);
    if (d.quality) add_quality(s, p, d.today, d, counts);
    if (overview) {
      counts.services_active = dash::active_services(s, p.platform_admin, regions);
      counts.providers = dash::providers(s, p.platform_admin, regions);
      counts.rounds_open = static_cast<long long>(d.open_rounds.size());
      counts.forms_submitted = forms_submitted;
      d.overview = counts;
    }
  });
  return dto_response(d);
}

}  // namespace

void register_dashboard_routes(RouteTable& t) {
  t.add<void, dto::Dashboard>(Verb::get, "/api/dashboard", Permission::authenticated, get_dashboard, "dashboard",
                              "What the caller has to do next: open rounds and forms to fill or review, corrective "
                              "actions overdue, due soon or to verify, audits to score or close; an overview for "
                              "region staff");
}

}  // namespace kvalis::http
