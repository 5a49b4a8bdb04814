// What a project activity links to: the records of other modules read through their app headers (quality:
// audits and supervisions; planning: strategic and operational plans; benchmark: data rounds), the training
// sessions and cooperation meetings of this module. A record is described (label, date, state) as the caller
// sees it; one the caller cannot read is still counted, with its date but without a label.
#include <algorithm>
#include <cctype>

#include "benchmark/app/groups.hpp"
#include "benchmark/app/rounds.hpp"
#include "people/app/cooperation.hpp"
#include "people/app/projects.hpp"
#include "people/app/projects_internal.hpp"
#include "planning/app/plans.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/app/care_supervision.hpp"
#include "quality/app/dashboard_queries.hpp"

namespace kvalis::people::app::detail {

namespace {

std::string year_start(int year) { return year > 0 ? std::to_string(year) + "-01-01" : ""; }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool reads_sessions(const accounts::Principal& p) {
  return p.platform_admin || accounts::has_permission(p, accounts::Permission::people_read);
}

LinkedObject of_audit(long long id, const std::string& title, const std::string& starts_on, const std::string& ends_on,
                      bool closed) {
  return {LinkKind::audit, id, title, ends_on.empty() ? starts_on : ends_on, closed ? "closed" : "open", true};
}

LinkedObject of_session(const prepo::SessionRef& r) {
  return {LinkKind::training_session, r.id, r.module_title + " – " + r.place, r.held_on, r.state, true};
}

LinkedObject of_meeting(const crepo::MeetingRow& m) {
  return {LinkKind::meeting, m.id, m.title, m.held_on.empty() ? m.planned_on : m.held_on, m.state, true};
}

LinkedObject of_supervision(const quality::app::care_repo::SupervisionRow& r) {
  return {LinkKind::supervision,
          r.id,
          r.kind + " – " + r.supervisor + " (" + r.provider_name + ")",
          r.held_on,
          r.kind,
          true};
}

LinkedObject of_round(const benchmark::app::repo::RoundRow& r) {
  return {LinkKind::benchmark_round,
          r.id,
          r.name,
          r.deadline.empty() ? std::to_string(r.period_year) + "-12-31" : r.deadline,
          std::string(benchmark::to_string(r.status)),
          true};
}

}  // namespace

std::optional<LinkedObject> resolve_link(soci::session& s, const accounts::Caller& caller, LinkKind kind,
                                         long long id) {
  const auto& p = caller.principal;
  switch (kind) {
    case LinkKind::audit: {
      auto v = quality::app::load_audit(s, p, id);
      if (!v) return std::nullopt;
      return of_audit(id, v->audit.title, v->audit.starts_on, v->audit.ends_on, v->audit.closed_at != 0);
    }
    case LinkKind::training_session: {
      auto r = prepo::get_session(s, id);
      if (!r || !reads_sessions(p)) return std::nullopt;
      return of_session(*r);
    }
    case LinkKind::strategic_plan: {
      for (const auto& plan : planning::app::list_strategic_plans(s, caller, std::nullopt))
        if (plan.id == id) return LinkedObject{kind, id, plan.title, year_start(plan.year_from), plan.state, true};
      return std::nullopt;
    }
    case LinkKind::operational_plan: {
      auto d = planning::app::get_operational_plan(s, caller, id);
      if (!d) return std::nullopt;
      return LinkedObject{kind, id, d->plan.title, year_start(d->plan.year), d->plan.state, true};
    }
    case LinkKind::meeting: {
      auto m = crepo::get_meeting(s, id);
      if (!m || !cooperation_rights(p, {m->organisation_id, m->region_code}).read) return std::nullopt;
      return of_meeting(*m);
    }
    case LinkKind::benchmark_round: {
      auto r = benchmark::app::visible_round(s, p, id);
      if (!r) return std::nullopt;
      return of_round(r->round);
    }
    case LinkKind::supervision: {
      for (const auto& r : quality::app::list_supervisions(s, caller, {}))
        if (r.row.id == id) return of_supervision(r.row);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

LinkedObject describe_link(soci::session& s, const accounts::Caller& caller, LinkKind kind, long long id) {
  if (auto seen = resolve_link(s, caller, kind, id)) return *seen;
  // Counted all the same: the date from the platform's view, nothing else shown.
  LinkedObject out{kind, id, "", "", "", false};
  if (auto any = resolve_link(s, accounts::system_caller(), kind, id)) out.date = any->date;
  return out;
}

std::vector<LinkedObject> candidates(soci::session& s, const accounts::Caller& caller, LinkKind kind,
                                     long long organisation_id, const std::string& text) {
  const auto& p = caller.principal;
  std::vector<LinkedObject> all;
  switch (kind) {
    case LinkKind::audit:
      for (const auto& a : quality::app::readable_audits(s, p))
        all.push_back(of_audit(a.id, a.title, "", a.ends_on, a.closed));
      break;
    case LinkKind::training_session:
      if (reads_sessions(p))
        for (const auto& r : prepo::find_sessions(s, text, 50)) all.push_back(of_session(r));
      break;
    case LinkKind::strategic_plan:
      for (const auto& plan : planning::app::list_strategic_plans(s, caller, std::nullopt))
        all.push_back({kind, plan.id, plan.title, year_start(plan.year_from), plan.state, true});
      break;
    case LinkKind::operational_plan:
      for (const auto& plan : planning::app::list_operational_plans(s, caller, {}))
        all.push_back({kind, plan.id, plan.title, year_start(plan.year), plan.state, true});
      break;
    case LinkKind::meeting:
      for (const auto& m : crepo::list_meetings(s, {organisation_id, "", ""})) all.push_back(of_meeting(m));
      break;
    case LinkKind::benchmark_round: {
      auto groups = benchmark::app::list_groups(s, caller, 200, 0);
      if (groups)
        for (const auto& g : groups->items)
          if (auto rounds = benchmark::app::list_rounds(s, caller, g.group.id))
            for (const auto& r : *rounds) all.push_back(of_round(r));
      break;
    }
    case LinkKind::supervision:
      for (const auto& r : quality::app::list_supervisions(s, caller, {})) all.push_back(of_supervision(r.row));
      break;
  }
  std::vector<LinkedObject> out;
  const auto needle = lower(text);
  for (auto& o : all) {
    if (!needle.empty() && lower(o.label).find(needle) == std::string::npos) continue;
    out.push_back(std::move(o));
    if (out.size() >= 50) break;
  }
  return out;
}

}  // namespace kvalis::people::app::detail
