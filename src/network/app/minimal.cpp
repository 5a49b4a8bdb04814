#include "network/app/minimal.hpp"

#include <algorithm>

#include "network/app/cards.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "quality/app/external_findings.hpp"

namespace kvalis::network::app {
namespace {

using accounts::OrganisationType;
using accounts::Principal;
using accounts::Role;

const Error kNotFound = not_found("network.not_found");
constexpr const char* kAuditTitle = "Kontrola minimální podoby služby";

int role_rank(Role r) {
  switch (r) {
    case Role::admin:
      return 6;
    case Role::manager:
      return 5;
    case Role::worker:
      return 4;
    case Role::auditor:
      return 3;
    case Role::readonly:
      return 2;
    case Role::evaluator:
      return 1;
  }
  return 0;
}

void keep_best(std::optional<Role>& best, Role r) {
  if (!best || role_rank(r) > role_rank(*best)) best = r;
}

std::vector<long long> provider_orgs(const Principal& p) {
  std::vector<long long> out;
  for (const auto& m : p.memberships)
    if (m.organisation_type == OrganisationType::provider && m.role != Role::evaluator) out.push_back(m.organisation_id);
  return out;
}

// The region a caller reads (network/app/cards.hpp reading_region: the code asked for, the caller's region
// organisation, a municipality's region, the region of a provider's services, or the only region).
Result<mrepo::RegionRow> region_for(soci::session& s, const accounts::Caller& caller, const std::string& code) {
  auto r = reading_region(s, caller, code);
  if (!r) return r.error();
  return mrepo::RegionRow{r->org_id, r->region_code, r->name};
}

MinimalViewer viewer_in(soci::session& s, const Principal& p, const mrepo::RegionRow& region) {
  MinimalViewerFacts f;
  f.platform_admin = p.platform_admin;
  for (const auto& m : p.memberships) {
    if (m.organisation_id == region.org_id) keep_best(f.region_role, m.role);
    if (m.organisation_type == OrganisationType::provider) {
      const auto codes = mrepo::service_region_codes(s, {m.organisation_id});
      if (std::find(codes.begin(), codes.end(), region.region_code) != codes.end()) keep_best(f.provider_role, m.role);
    }
  }
  return minimal_viewer(f);
}

bool sees_service(const Principal& p, MinimalViewer v, long long provider_id) {
  if (v == MinimalViewer::region_manager || v == MinimalViewer::region_reader) return true;
  if (v != MinimalViewer::provider) return false;
  const auto own = provider_orgs(p);
  return std::find(own.begin(), own.end(), provider_id) != own.end();
}

std::vector<ServiceCheck> checks_of(soci::session& s, const mrepo::RegionRow& region, const mrepo::FormRow& form,
                                    const std::string& until = "") {
  std::vector<ServiceCheck> out;
  const auto coverage = mrepo::latest_coverage(s, region.org_id, form.kind_code, until);
  const auto names = mrepo::need_names(s, form.needs);
  const auto actions = mrepo::gap_actions(s, form.id);
  for (const auto& sv : mrepo::services_of_kind(s, region.region_code, form.kind_code)) {
    ServiceCheck c;
    c.minimal_form_id = form.id;
    c.service_id = sv.id;
    c.service_name = sv.name;
    c.provider_id = sv.provider_id;
    c.provider_name = sv.provider_name;
    c.kind_code = sv.kind_code;
    ServiceCoverage cov;
    cov.service_id = sv.id;
    if (auto it = coverage.find(sv.id); it != coverage.end()) {
      cov = it->second.first;
      c.round_id = it->second.second;
    }
    c.check = check_service(form.needs, cov);
    for (long long need : c.check.missing) {
      MissingNeed m{need, "", "", std::nullopt};
      if (auto it = names.find(need); it != names.end()) {
        m.name_cs = it->second.name_cs;
        m.name_en = it->second.name_en;
      }
      if (auto it = actions.find({sv.id, need}); it != actions.end()) m.action_id = it->second;
      c.missing.push_back(std::move(m));
    }
    out.push_back(std::move(c));
  }
  return out;
}

MinimalFormView view_of(soci::session& s, const mrepo::RegionRow& region, const mrepo::FormRow& form,
                        MinimalViewer viewer) {
  MinimalFormView v;
  v.region = region;
  v.form = form;
  v.can_manage = viewer == MinimalViewer::region_manager;
  if (form.basis_round_id) {
    const auto needs = mrepo::round_needs(s, *form.basis_round_id, form.kind_code);
    std::vector<long long> ids;
    for (const auto& n : needs) ids.push_back(n.need_area_id);
    const auto shares = direct_shares(ids, mrepo::round_coverage(s, *form.basis_round_id, form.kind_code));
    for (std::size_t i = 0; i < needs.size(); ++i) {
      const bool required = std::find(form.needs.begin(), form.needs.end(), needs[i].need_area_id) != form.needs.end();
      v.needs.push_back({needs[i], required, shares[i]});
    }
  }
  for (const auto& c : checks_of(s, region, form)) {
    ++v.services_checked;
    if (c.check.meets) ++v.services_meeting;
  }
  return v;
}

struct Loaded {
  mrepo::RegionRow region;
  mrepo::FormRow form;
  MinimalViewer viewer = MinimalViewer::none;
};

// A form the caller may read (an unknown form and one the caller may not see are both not found).
Result<Loaded> readable(soci::session& s, const Principal& p, long long id) {
  auto form = mrepo::get_form(s, id);
  if (!form) return kNotFound;
  auto region = mrepo::region_by_org(s, form->region_org_id);
  if (!region) return kNotFound;
  const auto viewer = viewer_in(s, p, *region);
  if (viewer == MinimalViewer::none) return kNotFound;
  // A provider sees the forms set (and superseded), not the region's drafts.
  if (viewer == MinimalViewer::provider && form->status == MinimalFormStatus::draft) return kNotFound;
  return Loaded{*region, std::move(*form), viewer};
}

Result<Loaded> manageable(soci::session& s, const Principal& p, long long id) {
  auto l = readable(s, p, id);
  if (!l) return l.error();
  if (l->viewer != MinimalViewer::region_manager) return forbidden("network.region.required");
  return l;
}

void changed(soci::session& s, const accounts::Caller& caller, const std::string& action, const Loaded& l,
             const std::string& detail) {
  kvalis::store::activity_log::append(
      s, caller.activity(action, "nw_minimal_form", l.form.id, l.region.org_id, detail));
  kvalis::store::data_versions::bump(s, "network");
}

template <class F>
Result<MinimalFormView> with_form(kvalis::store::Database& db, F&& f) {
  return db.write([&](soci::session& s) { return f(s); });
}

}  // namespace

std::vector<ServiceCheck> check_services(soci::session& s, long long region_org_id, const std::string& kind_code) {
  std::vector<ServiceCheck> out;
  auto region = mrepo::region_by_org(s, region_org_id);
  if (!region) return out;
  for (const auto& f : mrepo::list_forms(s, region_org_id)) {
    if (f.status != MinimalFormStatus::set || (!kind_code.empty() && f.kind_code != kind_code)) continue;
    for (auto& c : checks_of(s, *region, f)) out.push_back(std::move(c));
  }
  return out;
}

Result<MinimalFormList> list_minimal_forms(kvalis::store::Database& db, const accounts::Caller& caller,
                                           const std::string& region_code) {
  return db.read([&](soci::session& s) -> Result<MinimalFormList> {
    auto region = region_for(s, caller, region_code);
    if (!region) return region.error();
    const auto viewer = viewer_in(s, caller.principal, *region);
    if (viewer == MinimalViewer::none) return forbidden("network.region.required");
    MinimalFormList out{*region, viewer == MinimalViewer::region_manager, {}};
    for (auto& f : mrepo::list_forms(s, region->org_id)) {
      // A provider sees the forms in force and those before them, not the region's drafts.
      if (viewer == MinimalViewer::provider && f.status == MinimalFormStatus::draft) continue;
      MinimalFormSummary m{f, 0, 0};
      for (const auto& c : checks_of(s, *region, f)) {
        ++m.services_checked;
        if (c.check.meets) ++m.services_meeting;
      }
      out.items.push_back(std::move(m));
    }
    return out;
  });
}

Result<MinimalFormView> get_minimal_form(soci::session& s, const accounts::Caller& caller, long long id) {
  auto l = readable(s, caller.principal, id);
  if (!l) return l.error();
  return view_of(s, l->region, l->form, l->viewer);
}

Result<MinimalFormView> get_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) { return get_minimal_form(s, caller, id); });
}

std::optional<long long> latest_locked_round(soci::session& s, long long region_org_id) {
  return mrepo::latest_locked_round(s, region_org_id);
}

std::optional<long long> set_minimal_form_of(soci::session& s, long long region_org_id, const std::string& kind_code) {
  return mrepo::form_of_kind(s, region_org_id, kind_code, MinimalFormStatus::set);
}

Result<MinimalFormView> create_minimal_form(soci::session& s, const accounts::Caller& caller,
                                            const MinimalFormInput& in, long long now) {
  Result<mrepo::RegionRow> region = Error{ErrorCode::invalid_input, "region", "network.region.required", {}};
  if (in.region_org_id) {
    if (auto r = mrepo::region_by_org(s, in.region_org_id)) region = *r;
  } else {
    region = region_for(s, caller, in.region_code);
  }
  if (!region) return region.error();
  if (viewer_in(s, caller.principal, *region) != MinimalViewer::region_manager)
    return forbidden("network.region.required");
  if (in.kind_code.empty()) return invalid("kind_code", "field.required");
  const std::string kind = mrepo::kind_name(s, in.kind_code);
  if (kind.empty()) return invalid("kind_code", "network.kind.unknown", {{"value", in.kind_code}});
  if (in.basis_round_id <= 0) return invalid("basis_round_id", "field.required");
  auto round = mrepo::get_round(s, in.basis_round_id);
  if (!round || round->region_org_id != region->org_id) return invalid("basis_round_id", "network.not_found");
  if (round->status != "locked") return invalid("basis_round_id", "network.minimal.round_not_locked");
  if (round->kinds.find(";" + in.kind_code + ";") == std::string::npos)
    return invalid("basis_round_id", "network.minimal.round_without_kind");
  if (mrepo::round_needs(s, round->id, in.kind_code).empty())
    return invalid("kind_code", "network.minimal.kind_without_card");
  if (mrepo::form_of_kind(s, region->org_id, in.kind_code, MinimalFormStatus::draft))
    return conflict("kind_code", "network.minimal.draft_exists");
  mrepo::FormRow f;
  f.region_org_id = region->org_id;
  f.kind_code = in.kind_code;
  f.basis_round_id = round->id;
  f.id = mrepo::insert_form(s, f, caller.principal.user_id, now);
  auto l = readable(s, caller.principal, f.id);
  if (!l) return l.error();
  changed(s, caller, "network.minimal.create", *l, in.kind_code + " / round " + std::to_string(round->id));
  return view_of(s, l->region, l->form, l->viewer);
}

Result<MinimalFormView> create_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const MinimalFormInput& in) {
  return with_form(db, [&](soci::session& s) { return create_minimal_form(s, caller, in, kvalis::store::now_epoch()); });
}

Result<MinimalFormView> update_minimal_form(soci::session& s, const accounts::Caller& caller, long long id,
                                            const MinimalFormChange& in, long long now) {
  auto l = manageable(s, caller.principal, id);
  if (!l) return l.error();
  if (auto st = check_minimal_form_action(MinimalFormAction::edit, l->form.status, 0); !st) return st.error();
  if (in.valid_from) {
    if (auto st = check_date("valid_from", *in.valid_from, false); !st) return st.error();
    l->form.valid_from = *in.valid_from;
  }
  if (in.note) {
    if (auto st = check_text("note", *in.note, 4000, false); !st) return st.error();
    l->form.note = *in.note;
  }
  mrepo::update_form(s, l->form, now);
  if (in.required) {
    const auto needs = l->form.basis_round_id ? mrepo::round_needs(s, *l->form.basis_round_id, l->form.kind_code)
                                              : std::vector<mrepo::NeedRow>{};
    std::vector<long long> chosen;
    for (std::size_t i = 0; i < in.required->size(); ++i) {
      const long long need = (*in.required)[i];
      if (std::none_of(needs.begin(), needs.end(), [&](const auto& n) { return n.need_area_id == need; }))
        return invalid("required[" + std::to_string(i) + "]", "network.minimal.need_unknown",
                       {{"value", std::to_string(need)}});
      if (std::find(chosen.begin(), chosen.end(), need) == chosen.end()) chosen.push_back(need);
    }
    mrepo::replace_needs(s, l->form.id, chosen);
    l->form.needs = chosen;
  }
  changed(s, caller, "network.minimal.update", *l, std::to_string(l->form.needs.size()) + " needs required");
  auto fresh = mrepo::get_form(s, id);
  return view_of(s, l->region, *fresh, l->viewer);
}

Result<MinimalFormView> update_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const MinimalFormChange& in) {
  return with_form(db,
                   [&](soci::session& s) { return update_minimal_form(s, caller, id, in, kvalis::store::now_epoch()); });
}

Result<MinimalFormView> set_minimal_form(soci::session& s, const accounts::Caller& caller, long long id,
                                         long long now) {
  auto l = manageable(s, caller.principal, id);
  if (!l) return l.error();
  if (auto st =
          check_minimal_form_action(MinimalFormAction::set, l->form.status, static_cast<int>(l->form.needs.size()));
      !st)
    return st.error();
  if (l->form.valid_from.empty()) {
    l->form.valid_from = format_date(now);
    mrepo::update_form(s, l->form, now);
  }
  mrepo::supersede_others(s, l->region.org_id, l->form.kind_code, l->form.id, now);
  mrepo::mark_set(s, l->form.id, caller.principal.user_id, now);
  changed(s, caller, "network.minimal.set", *l, l->form.kind_code);
  return view_of(s, l->region, *mrepo::get_form(s, id), l->viewer);
}

Result<MinimalFormView> set_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return with_form(db, [&](soci::session& s) { return set_minimal_form(s, caller, id, kvalis::store::now_epoch()); });
}

Result<std::vector<ServiceCheck>> minimal_form_checks(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      long long id) {
  return db.read([&](soci::session& s) -> Result<std::vector<ServiceCheck>> {
    auto l = readable(s, caller.principal, id);
    if (!l) return l.error();
    std::vector<ServiceCheck> out;
    for (auto& c : checks_of(s, l->region, l->form))
      if (sees_service(caller.principal, l->viewer, c.provider_id)) out.push_back(std::move(c));
    return out;
  });
}

Result<ServiceCheck> service_minimal_check(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id) {
  return db.read([&](soci::session& s) -> Result<ServiceCheck> {
    auto sv = mrepo::get_service(s, service_id);
    if (!sv || !sv->active) return kNotFound;
    std::optional<mrepo::RegionRow> region;
    for (const auto& r : mrepo::regions(s))
      if (r.region_code == sv->region_code) region = r;
    if (!region) return kNotFound;
    const auto viewer = viewer_in(s, caller.principal, *region);
    if (!sees_service(caller.principal, viewer, sv->provider_id)) return kNotFound;
    const auto form_id = mrepo::form_of_kind(s, region->org_id, sv->kind_code, MinimalFormStatus::set);
    if (!form_id) return kNotFound;
    for (auto& c : checks_of(s, *region, *mrepo::get_form(s, *form_id)))
      if (c.service_id == service_id) return std::move(c);
    return kNotFound;
  });
}

Result<GapActionsResult> raise_gap_actions(soci::session& s, const accounts::Caller& caller, long long form_id,
                                           const GapActionsInput& in, long long now) {
  auto l = manageable(s, caller.principal, form_id);
  if (!l) return l.error();
  if (auto st = check_minimal_form_action(MinimalFormAction::raise_actions, l->form.status, 0); !st) return st.error();
  if (auto st = check_date("due_date", in.due_date, true); !st) return st.error();
  if (auto st = check_line("owner", in.owner, 200, true); !st) return st.error();
  const auto checks = checks_of(s, l->region, l->form);
  const auto check = std::find_if(checks.begin(), checks.end(), [&](const auto& c) { return c.service_id == in.service_id; });
  if (check == checks.end()) return invalid("service_id", "network.minimal.service_not_checked");
  if (check->check.missing.empty()) return conflict("service_id", "network.minimal.nothing_missing");
  auto needs = gap_needs(check->check.missing, in.need_area_ids);
  if (!needs) return needs.error();
  GapActionsResult out{form_id, in.service_id, std::nullopt, {}};
  quality::app::ExternalFindingsInput q;
  q.service_id = in.service_id;
  q.conductor_org_id = l->region.org_id;
  q.title = kAuditTitle;
  q.summary = "Kontrola služby proti minimální podobě druhu „" + l->form.kind_name + "“ stanovené krajem " +
              l->region.name + " (platí od " + l->form.valid_from + ").";
  q.on_date = format_date(now);
  std::vector<std::size_t> fresh;  // indexes into out.actions raised now
  for (long long need : *needs) {
    const auto m = std::find_if(check->missing.begin(), check->missing.end(),
                                [&](const auto& x) { return x.need_area_id == need; });
    GapAction a{need, m->name_cs, m->action_id.value_or(0), false};
    if (!m->action_id) {
      fresh.push_back(out.actions.size());
      quality::app::ExternalFinding f;
      f.text = "Služba nenaplňuje přímo potřebu „" + m->name_cs + "“, kterou minimální podoba služby druhu „" +
               l->form.kind_name + "“ vyžaduje.";
      f.recommendation = "Zajistit naplňování potřeby v rámci základních činností služby.";
      f.action_text = "Zajistit přímé naplňování potřeby „" + m->name_cs + "“ (minimální podoba služby).";
      f.owner = in.owner;
      f.due_date = in.due_date;
      q.items.push_back(std::move(f));
    }
    out.actions.push_back(std::move(a));
  }
  if (!q.items.empty()) {
    auto r = quality::app::record_external_findings(s, caller, q, now);
    if (!r) return r.error();
    out.audit_id = r->audit_id;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
      auto& a = out.actions[fresh[i]];
      a.action_id = r->action_ids[i];
      a.created = true;
      mrepo::insert_gap_action(s, form_id, in.service_id, a.need_area_id, a.action_id, caller.principal.user_id, now);
    }
    changed(s, caller, "network.minimal.actions", *l,
            "service " + std::to_string(in.service_id) + ": " + std::to_string(fresh.size()) + " actions");
  }
  return out;
}

Result<GapActionsResult> raise_gap_actions(kvalis::store::Database& db, const accounts::Caller& caller, long long form_id,
                                           const GapActionsInput& in) {
  return db.write(
      [&](soci::session& s) { return raise_gap_actions(s, caller, form_id, in, kvalis::store::now_epoch()); });
}

std::optional<double> minimal_form_share_percent(soci::session& s, long long service_id, int period_year) {
  auto sv = mrepo::get_service(s, service_id);
  if (!sv) return std::nullopt;
  for (const auto& region : mrepo::regions(s)) {
    if (region.region_code != sv->region_code) continue;
    const auto form_id = mrepo::form_of_kind(s, region.org_id, sv->kind_code, MinimalFormStatus::set);
    if (!form_id) return std::nullopt;
    const auto form = mrepo::get_form(s, *form_id);
    const std::string until = period_year > 0 ? std::to_string(period_year) + "-12-31" : "";
    for (const auto& c : checks_of(s, region, *form, until))
      if (c.service_id == service_id && c.check.answered) return c.check.share_met * 100.0;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace kvalis::network::app
