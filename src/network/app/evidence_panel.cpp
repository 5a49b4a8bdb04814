#include "network/app/evidence_panel.hpp"

#include <algorithm>

#include "benchmark/app/results.hpp"
#include "network/app/cards.hpp"
#include "network/app/coverage.hpp"
#include "network/app/minimal.hpp"
#include "network/store/dev_repo.hpp"
#include "platform/core/dates.hpp"
#include "quality/app/actions.hpp"
#include "quality/app/audits.hpp"

namespace kvalis::network::app {
namespace {

using accounts::Role;
namespace devrepo = kvalis::network::store::dev_repo;

const Error kNotFound = not_found("network.not_found");

// The region's staff (any member, or the platform administrator) and the members of the service's provider.
bool may_read(const accounts::Principal& p, long long region_org_id, long long provider_id) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships) {
    if (m.role == Role::evaluator) continue;
    if (m.organisation_id == provider_id || (region_org_id && m.organisation_id == region_org_id)) return true;
  }
  return false;
}

std::vector<EvidenceIndicator> indicators_of(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long service_id) {
  std::vector<EvidenceIndicator> out;
  auto scores = benchmark::app::service_scores(db, caller, service_id, std::nullopt);
  if (!scores) return out;  // the caller sees the service in no working group
  for (const auto& g : scores->groups)
    for (const auto& t : g.trends.indicators) {
      EvidenceIndicator i;
      i.group_id = g.group.id;
      i.group = g.group.name;
      i.code = t.indicator.code;
      i.indicator = t.indicator.name_cs;
      i.indicator_en = t.indicator.name_en;
      i.unit = t.indicator.unit;
      i.direction = t.indicator.direction;
      for (const auto& p : t.points) {
        EvidencePoint e;
        e.round_id = p.round.id;
        e.round = p.round.name;
        e.period = p.round.period_year;
        e.value = p.value;
        if (!p.suppressed) {
          e.peer_median = p.median;
          e.peer_q1 = p.q1;
          e.peer_q3 = p.q3;
          e.peers = p.n;
        }
        i.trend.push_back(std::move(e));
      }
      out.push_back(std::move(i));
    }
  return out;
}

std::optional<EvidenceAudit> last_audit_of(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long service_id) {
  quality::app::AuditQuery q;
  q.service_id = service_id;
  q.status = quality::AuditStatus::kClosed;
  q.page_size = 1;
  const auto list = quality::app::list_audits(db, caller, q);  // newest first
  if (list.items.empty()) return std::nullopt;
  const auto& a = list.items.front();
  EvidenceAudit out;
  out.id = a.id;
  out.title = a.title;
  out.date = a.ends_on.empty() ? a.starts_on : a.ends_on;
  out.verdict = a.verdict;
  out.total_percent = a.total_percent;
  quality::app::ActionQuery aq;
  aq.audit_id = a.id;
  for (const auto& x : quality::app::find_actions(db, caller, aq))
    if (x.status != "verified") out.open_actions.push_back({x.id, x.text, x.due_date, x.status, x.due_state});
  return out;
}

EvidenceCoverage coverage_of(soci::session& s, const accounts::Caller& caller, const EvidenceService& sv) {
  EvidenceCoverage out;
  auto rounds = list_coverage_rounds(s, caller, sv.region_code);
  if (!rounds) return out;
  std::vector<covrepo::RoundRow> locked;
  for (const auto& r : *rounds)
    if (r.round.status == RoundStatus::locked) locked.push_back(r.round);
  std::sort(locked.begin(), locked.end(), [](const auto& a, const auto& b) {
    return a.period_to != b.period_to ? a.period_to > b.period_to : a.id > b.id;
  });
  for (const auto& r : locked) {
    auto subs = list_coverage_submissions(s, caller, r.id);
    if (!subs) continue;
    auto it = std::find_if(subs->begin(), subs->end(), [&](const auto& x) { return x.service_id == sv.id; });
    if (it == subs->end()) continue;
    auto form = get_coverage_form(s, caller, it->id);
    if (!form) continue;
    out.round_id = r.id;
    out.round = r.title;
    out.submitted = it->submitted;
    for (const auto& n : form->needs)
      out.needs.push_back({n.need.need_area_id, n.need.name_cs, n.need.name_en,
                           n.answer ? std::string(to_string(n.answer->mode)) : std::string()});
    break;
  }
  return out;
}

std::optional<EvidenceMinimal> minimal_of(soci::session& s, const EvidenceService& sv) {
  if (!sv.region_org_id) return std::nullopt;
  for (const auto& c : check_services(s, sv.region_org_id, sv.kind_code)) {
    if (c.service_id != sv.id) continue;
    EvidenceMinimal m{c.minimal_form_id, c.check.required, c.check.met, {}, {}};
    for (const auto& x : c.missing) {
      m.missing_cs.push_back(x.name_cs);
      m.missing_en.push_back(x.name_en.empty() ? x.name_cs : x.name_en);
    }
    return m;
  }
  return std::nullopt;
}

EvidenceNetwork network_of(soci::session& s, const EvidenceService& sv) {
  EvidenceNetwork out;
  const std::string today = format_date(kvalis::store::now_epoch());
  if (sv.region_org_id) {
    if (auto y = devrepo::network_year_near(s, sv.region_org_id, std::stoi(today.substr(0, 4)))) {
      out.year = y->year;
      if (auto e = devrepo::network_entry(s, y->id, sv.id)) {
        out.in_network = true;
        out.capacity = e->capacity;
        out.capacity_unit = e->capacity_unit;
      }
    }
  }
  if (auto act = devrepo::entrustment_in_force(s, sv.id, today))
    out.entrustment = EvidenceEntrustment{act->act_number, act->valid_from, act->valid_to};
  return out;
}

}  // namespace

Result<EvidencePanel> evidence_panel(kvalis::store::Database& db, const accounts::Caller& caller,
                                     long long service_id) {
  auto head = db.read([&](soci::session& s) -> Result<EvidencePanel> {
    auto sv = devrepo::service(s, service_id);
    if (!sv) return kNotFound;
    EvidencePanel p;
    p.service = {sv->id,        sv->provider_id,   devrepo::region_org_of(s, sv->region_code).value_or(0),
                 sv->name,      sv->provider_name, sv->kind_code,
                 sv->kind_name, sv->region_code};
    if (!may_read(caller.principal, p.service.region_org_id, sv->provider_id)) return kNotFound;
    p.coverage = coverage_of(s, caller, p.service);
    p.minimal_check = minimal_of(s, p.service);
    p.network = network_of(s, p.service);
    return p;
  });
  if (!head) return head.error();
  // The benchmark and quality modules read in their own transactions with the caller's rights.
  head->indicators = indicators_of(db, caller, service_id);
  head->last_audit = last_audit_of(db, caller, service_id);
  return head;
}

}  // namespace kvalis::network::app
