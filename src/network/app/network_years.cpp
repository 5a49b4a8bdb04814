#include "network/app/network_years.hpp"

#include <algorithm>
#include <set>

#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

using kvalis::store::now_epoch;
using kvalis::store::activity_log::append;

namespace {

Error missing() { return not_found("network.not_found"); }
Error not_allowed() { return forbidden("network.region.required"); }

void bump(soci::session& s) { kvalis::store::data_versions::bump(s, "network"); }

std::vector<NetworkPlace> places_of(const std::vector<nrepo::EntryRow>& entries) {
  std::vector<NetworkPlace> out;
  for (const auto& e : entries) out.push_back({e.service_id, e.capacity, e.capacity_unit, split_codes(e.territories)});
  return out;
}

// The year and the caller's scope on its region; a year the caller may not see is missing.
Result<std::pair<nrepo::YearRow, NetworkScope>> visible_year(soci::session& s, const accounts::Caller& caller,
                                                             long long id) {
  auto year = nrepo::get_year(s, id);
  if (!year) return missing();
  auto scope = scope_of_region(s, caller, year->region_org_id);
  if (!scope) return missing();
  auto status = parse_network_year_status(year->status).value_or(NetworkYearStatus::draft);
  if (!sees_year(scope->role, status)) return missing();
  return std::pair{*year, *scope};
}

Result<std::pair<nrepo::YearRow, NetworkScope>> managed_year(soci::session& s, const accounts::Caller& caller,
                                                             long long id) {
  auto v = visible_year(s, caller, id);
  if (!v) return v.error();
  if (!v->second.can_manage()) return not_allowed();
  return v;
}

std::optional<nrepo::EntrustmentRow> act_for_year(const std::vector<nrepo::EntrustmentRow>& acts, int year) {
  std::vector<EntrustmentPeriod> periods;
  for (const auto& a : acts)
    periods.push_back(
        {a.id, a.valid_from, a.valid_to, parse_entrustment_status(a.status).value_or(EntrustmentStatus::valid)});
  auto id = entrustment_for_year(periods, year);
  if (!id) return std::nullopt;
  for (const auto& a : acts)
    if (a.id == *id) return a;
  return std::nullopt;
}

YearDetail detail_of(soci::session& s, const nrepo::YearRow& year, const NetworkScope& scope) {
  YearDetail d;
  d.year = year;
  d.region = scope.region;
  d.can_manage = scope.can_manage() && year.status == "draft";
  if (auto prev = nrepo::previous_year(s, year.region_org_id, year.year)) d.previous_year = prev->year;
  const auto decisions = nrepo::decisions_of_year(s, year.id);
  std::map<long long, std::vector<nrepo::EntrustmentRow>> acts;
  for (auto& a : nrepo::list_entrustments(s, year.region_org_id, std::nullopt)) acts[a.service_id].push_back(a);
  std::vector<std::string> codes;
  auto entries = nrepo::list_entries(s, year.id);
  for (const auto& e : entries)
    for (auto& c : split_codes(e.territories)) codes.push_back(c);
  const auto names = nrepo::catalogue_names(s, "territories", codes);
  std::set<long long> visible_services;
  for (auto& e : entries) {
    if (!sees_network_service(scope.role, scope.own_orgs, e.provider_id)) continue;
    visible_services.insert(e.service_id);
    EntryView v;
    for (const auto& c : split_codes(e.territories)) {
      auto it = names.find(c);
      v.territories.emplace_back(c, it == names.end() ? c : it->second);
    }
    if (auto it = acts.find(e.service_id); it != acts.end()) v.entrustment = act_for_year(it->second, year.year);
    for (const auto& dc : decisions)
      if (dc.service_id == e.service_id) v.decisions_this_year.push_back(dc);
    d.capacity_by_unit[e.capacity_unit] += e.capacity;
    v.entry = std::move(e);
    d.entries.push_back(std::move(v));
  }
  const bool sees_all = scope.role != NetworkRole::provider;
  for (const auto& dc : decisions) {
    if (sees_all || visible_services.count(dc.service_id)) {
      d.decisions.push_back(dc);
      continue;
    }
    // a provider's service removed this year: its own decision still shows
    if (auto sv = nrepo::get_service(s, dc.service_id);
        sv && sees_network_service(scope.role, scope.own_orgs, sv->provider_id))
      d.decisions.push_back(dc);
  }
  return d;
}

Status check_year_number(int year) {
  if (year < 2000 || year > 2100) return invalid("year", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}});
  return ok_status();
}

}  // namespace

// ---- scope ----

std::optional<NetworkScope> scope_of_region(soci::session& s, const accounts::Caller& caller, long long region_org_id) {
  auto region = nrepo::region_by_id(s, region_org_id);
  if (!region) return std::nullopt;
  NetworkScope scope;
  scope.region = *region;
  scope.role = network_role(caller.principal, region->id, region->region_code);
  if (scope.role == NetworkRole::provider) scope.own_orgs = provider_orgs_of(caller.principal, region->region_code);
  return scope;
}

Result<NetworkScope> network_scope(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  std::optional<nrepo::RegionOrg> region;
  if (!region_code.empty()) {
    region = nrepo::region_by_code(s, region_code);
    if (!region) return invalid("region", "network.region.unknown", {{"value", region_code}});
  } else {
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region &&
          (region = nrepo::region_by_id(s, m.organisation_id)))
        break;
    if (!region)
      for (const auto& m : caller.principal.memberships)
        if (!m.region_code.empty() && (region = nrepo::region_by_code(s, m.region_code))) break;
    if (!region && caller.principal.platform_admin) {
      auto all = nrepo::regions(s);
      if (all.size() == 1) region = all.front();
    }
    if (!region) return invalid("region", "network.region.choose");
  }
  auto scope = scope_of_region(s, caller, region->id);
  if (!scope) return invalid("region", "network.region.unknown", {{"value", region_code}});
  return *scope;
}

// ---- years ----

Result<std::vector<YearSummary>> list_years(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code) {
  return db.read([&](soci::session& s) { return list_years(s, caller, region_code); });
}

Result<std::vector<YearSummary>> list_years(soci::session& s, const accounts::Caller& caller,
                                            const std::string& region_code) {
  auto scope = network_scope(s, caller, region_code);
  if (!scope) return scope.error();
  std::vector<YearSummary> out;
  for (const auto& y : nrepo::list_years(s, scope->region.id)) {
    if (!sees_year(scope->role, parse_network_year_status(y.status).value_or(NetworkYearStatus::draft))) continue;
    YearSummary sum;
    sum.year = y;
    sum.can_manage = scope->can_manage() && y.status == "draft";
    for (const auto& e : nrepo::list_entries(s, y.id)) {
      if (!sees_network_service(scope->role, scope->own_orgs, e.provider_id)) continue;
      ++sum.services;
      sum.capacity_by_unit[e.capacity_unit] += e.capacity;
    }
    out.push_back(std::move(sum));
  }
  return out;
}

Result<YearDetail> get_year(soci::session& s, const accounts::Caller& caller, long long id) {
  auto v = visible_year(s, caller, id);
  if (!v) return v.error();
  return detail_of(s, v->first, v->second);
}

Result<YearDetail> get_year(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) { return get_year(s, caller, id); });
}

Result<YearDetail> create_year(soci::session& s, const accounts::Caller& caller, const std::string& region_code,
                               int year) {
  auto scope = network_scope(s, caller, region_code);
  if (!scope) return scope.error();
  if (!scope->can_manage()) return not_allowed();
  if (auto st = check_year_number(year); !st) return st.error();
  if (nrepo::find_year(s, scope->region.id, year)) {
    auto e = conflict("year", "network.year.exists");
    e.params = {{"value", std::to_string(year)}};
    return e;
  }
  const long long now = now_epoch();
  nrepo::YearRow row;
  row.region_org_id = scope->region.id;
  row.year = year;
  row.created_by = caller.principal.user_id;
  row.created_at = row.updated_at = now;
  row.id = nrepo::insert_year(s, row);
  if (auto prev = nrepo::previous_year(s, scope->region.id, year)) nrepo::copy_entries(s, prev->id, row.id);
  append(s, caller.activity("network.year.create", "nw_network_years", row.id, scope->region.id, std::to_string(year)));
  bump(s);
  return detail_of(s, row, *scope);
}

Result<YearDetail> create_year(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, int year) {
  return db.write([&](soci::session& s) { return create_year(s, caller, region_code, year); });
}

Result<YearDetail> approve_year(soci::session& s, const accounts::Caller& caller, long long id,
                                const ApproveYearInput& in) {
  auto v = managed_year(s, caller, id);
  if (!v) return v.error();
  if (v->first.status != "draft") return conflict("status", "network.year.approved");
  if (auto st = check_date("approved_on", in.approved_on, true); !st) return st.error();
  if (auto st = check_line("approved_by_text", in.approved_by_text, 300, false); !st) return st.error();
  nrepo::approve_year(s, id, in.approved_on, in.approved_by_text, now_epoch());
  append(s, caller.activity("network.year.approve", "nw_network_years", id, v->first.region_org_id,
                            std::to_string(v->first.year)));
  bump(s);
  auto year = nrepo::get_year(s, id);
  return detail_of(s, *year, v->second);
}

Result<YearDetail> approve_year(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const ApproveYearInput& in) {
  return db.write([&](soci::session& s) { return approve_year(s, caller, id, in); });
}

// ---- decisions ----

Result<nrepo::DecisionRow> record_decision(soci::session& s, const accounts::Caller& caller, long long year_id,
                                           const DecisionRequest& in) {
  auto v = managed_year(s, caller, year_id);
  if (!v) return v.error();
  const auto& [year, scope] = *v;
  if (year.status != "draft") return conflict("status", "network.year.approved");
  auto kind = parse_decision_kind(in.kind);
  if (!kind) return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  if (auto st = check_date("decided_on", in.decided_on, true); !st) return st.error();
  if (auto st = check_text("reason", in.reason, 2000, true); !st) return st.error();
  if (auto st = check_line("decided_by_text", in.decided_by_text, 300, false); !st) return st.error();
  auto service = nrepo::get_service(s, in.service_id);
  if (!service || service->region_code != scope.region.region_code)
    return invalid("service_id", "network.decision.service_region");
  if (*kind == DecisionKind::include && service->status != "active")
    return invalid("service_id", "network.decision.service_ended");

  if (in.territories_after) {
    const auto names = nrepo::catalogue_names(s, "territories", *in.territories_after);
    for (const auto& c : *in.territories_after)
      if (!names.count(c)) return invalid("territories_after", "field.unknown_code", {{"value", c}});
  }
  DecisionInput d;
  d.service_id = in.service_id;
  d.kind = *kind;
  d.capacity_after = in.capacity_after;
  d.capacity_unit = in.capacity_unit;
  if (*kind == DecisionKind::include) {
    if (!d.capacity_after && service->capacity > 0) d.capacity_after = service->capacity;
    if (d.capacity_unit.empty()) d.capacity_unit = service->capacity_unit;
    d.territories = in.territories_after.value_or(service->territories);
  } else if (*kind == DecisionKind::change) {
    d.territories_after = in.territories_after;
  }
  auto network = places_of(nrepo::list_entries(s, year.id));
  std::sort(network.begin(), network.end(),
            [](const NetworkPlace& a, const NetworkPlace& b) { return a.service_id < b.service_id; });
  auto effect = apply_decision(network, d);
  if (!effect) return effect.error();

  switch (*kind) {
    case DecisionKind::include: {
      nrepo::EntryRow e;
      e.network_year_id = year.id;
      e.service_id = in.service_id;
      e.capacity = *effect->capacity_after;
      e.capacity_unit = effect->capacity_unit;
      e.territories = join_codes(d.territories);
      nrepo::insert_entry(s, e);
      break;
    }
    case DecisionKind::change:
      nrepo::set_entry_capacity(s, year.id, in.service_id, *effect->capacity_after, effect->capacity_unit);
      if (!effect->territories_after.empty())
        nrepo::set_entry_territories(s, year.id, in.service_id, join_codes(effect->territories_after));
      break;
    case DecisionKind::remove:
      nrepo::delete_entry(s, year.id, in.service_id);
      break;
  }
  const long long now = now_epoch();
  nrepo::DecisionRow row;
  row.region_org_id = year.region_org_id;
  row.network_year_id = year.id;
  row.year = year.year;
  row.service_id = in.service_id;
  row.service_name = service->name;
  row.kind = std::string(to_string(*kind));
  row.decided_on = in.decided_on;
  row.reason = in.reason;
  row.decided_by_text = in.decided_by_text;
  row.capacity_before = effect->capacity_before;
  row.capacity_after = effect->capacity_after;
  row.capacity_unit = effect->capacity_unit;
  row.dev_intention_id = in.dev_intention_id;
  row.territories_before = join_codes(effect->territories_before);
  row.territories_after = join_codes(effect->territories_after);
  row.recorded_by = caller.principal.user_id;
  row.created_at = now;
  row.id = nrepo::insert_decision(s, row);
  nrepo::touch_year(s, year.id, now);
  append(s, caller.activity("network.decision." + row.kind, "nw_network_decisions", row.id, year.region_org_id,
                            service->name + " (" + std::to_string(year.year) + ")"));
  bump(s);
  return row;
}

Result<nrepo::DecisionRow> record_decision(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long year_id, const DecisionRequest& in) {
  return db.write([&](soci::session& s) { return record_decision(s, caller, year_id, in); });
}

// ---- history ----

Result<ServiceHistory> service_history(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long service_id) {
  return db.read([&](soci::session& s) -> Result<ServiceHistory> {
    auto service = nrepo::get_service(s, service_id);
    if (!service) return missing();
    auto region = nrepo::region_by_code(s, service->region_code);
    if (!region) return missing();
    auto scope = scope_of_region(s, caller, region->id);
    if (!scope || !sees_network_service(scope->role, scope->own_orgs, service->provider_id)) return missing();
    ServiceHistory h;
    h.service = *service;
    h.region = *region;
    h.entrustments = nrepo::list_entrustments(s, region->id, service_id);
    const auto decisions = nrepo::decisions_of_service(s, region->id, service_id);
    for (const auto& y : nrepo::service_years(s, region->id, service_id)) {
      if (!sees_year(scope->role, parse_network_year_status(y.status).value_or(NetworkYearStatus::draft))) continue;
      HistoryYear hy;
      hy.year = y;
      for (const auto& d : decisions)
        if (d.network_year_id == y.network_year_id) hy.decisions.push_back(d);
      hy.entrustment = act_for_year(h.entrustments, y.year);
      h.years.push_back(std::move(hy));
    }
    return h;
  });
}

// ---- entrustment acts ----

namespace {

Status check_entrustment(soci::session& s, const EntrustmentInput& in) {
  for (auto st : {check_line("act_number", in.act_number, 100, true), check_text("scope", in.scope, 4000, false),
                  check_text("note", in.note, 2000, false)})
    if (!st) return st;
  if (auto st = check_entrustment_dates(in.issued_on, in.valid_from, in.valid_to); !st) return st;
  if (in.capacity && *in.capacity < 0) return invalid("capacity", "network.decision.capacity_positive");
  if (!in.capacity_unit.empty() && !is_capacity_unit(in.capacity_unit))
    return invalid("capacity_unit", "network.capacity_unit.unknown", {{"value", in.capacity_unit}});
  if (!parse_entrustment_status(in.status)) return invalid("status", "field.invalid_value", {{"value", in.status}});
  for (const auto& [field, catalogue, codes] :
       {std::tuple{"forms", "service_forms", &in.forms}, std::tuple{"territories", "territories", &in.territories}}) {
    const auto names = nrepo::catalogue_names(s, catalogue, *codes);
    for (const auto& c : *codes)
      if (!names.count(c)) return invalid(field, "field.unknown_code", {{"value", c}});
  }
  return ok_status();
}

void fill(nrepo::EntrustmentRow& r, const EntrustmentInput& in) {
  r.act_number = trim(in.act_number);
  r.issued_on = in.issued_on;
  r.valid_from = in.valid_from;
  r.valid_to = in.valid_to;
  r.capacity = in.capacity;
  r.capacity_unit = in.capacity_unit;
  r.forms = join_codes(in.forms);
  r.territories = join_codes(in.territories);
  r.scope = in.scope;
  r.status = in.status;
  r.note = in.note;
}

}  // namespace

Result<std::vector<nrepo::EntrustmentRow>> list_entrustments(kvalis::store::Database& db,
                                                             const accounts::Caller& caller,
                                                             const std::string& region_code,
                                                             std::optional<long long> service_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<nrepo::EntrustmentRow>> {
    std::string code = region_code;
    if (code.empty() && service_id)
      if (auto sv = nrepo::get_service(s, *service_id)) code = sv->region_code;
    auto scope = network_scope(s, caller, code);
    if (!scope) return scope.error();
    std::vector<nrepo::EntrustmentRow> out;
    for (auto& a : nrepo::list_entrustments(s, scope->region.id, service_id))
      if (sees_network_service(scope->role, scope->own_orgs, a.provider_id)) out.push_back(std::move(a));
    return out;
  });
}

Result<nrepo::EntrustmentRow> create_entrustment(soci::session& s, const accounts::Caller& caller,
                                                 const EntrustmentInput& in) {
  auto service = nrepo::get_service(s, in.service_id);
  if (!service) return invalid("service_id", "network.decision.service_region");
  auto region = nrepo::region_by_code(s, service->region_code);
  if (!region) return invalid("service_id", "network.decision.service_region");
  auto scope = scope_of_region(s, caller, region->id);
  if (!scope || !scope->can_manage()) return not_allowed();
  if (auto st = check_entrustment(s, in); !st) return st.error();
  nrepo::EntrustmentRow r;
  r.region_org_id = region->id;
  r.service_id = in.service_id;
  fill(r, in);
  r.created_by = caller.principal.user_id;
  r.created_at = now_epoch();
  r.id = nrepo::insert_entrustment(s, r);
  append(s, caller.activity("network.entrustment.create", "nw_entrustments", r.id, region->id,
                            r.act_number + " " + service->name));
  bump(s);
  return *nrepo::get_entrustment(s, r.id);
}

Result<nrepo::EntrustmentRow> create_entrustment(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 const EntrustmentInput& in) {
  return db.write([&](soci::session& s) { return create_entrustment(s, caller, in); });
}

Result<nrepo::EntrustmentRow> update_entrustment(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long id, const EntrustmentInput& in) {
  return db.write([&](soci::session& s) -> Result<nrepo::EntrustmentRow> {
    auto r = nrepo::get_entrustment(s, id);
    if (!r) return missing();
    auto scope = scope_of_region(s, caller, r->region_org_id);
    if (!scope || !sees_network_service(scope->role, scope->own_orgs, r->provider_id)) return missing();
    if (!scope->can_manage()) return not_allowed();
    if (auto st = check_entrustment(s, in); !st) return st.error();
    fill(*r, in);
    nrepo::update_entrustment(s, *r);
    append(s, caller.activity("network.entrustment.update", "nw_entrustments", id, r->region_org_id, r->act_number));
    bump(s);
    return *nrepo::get_entrustment(s, id);
  });
}

// ---- comparisons ----

namespace {

Result<RegistryDiffView> registry_diff_in(soci::session& s, const nrepo::YearRow& year, const NetworkScope& scope) {
  RegistryDiffView out;
  out.year = year;
  const auto entries = nrepo::list_entries(s, year.id);
  auto services = nrepo::services_of_region(s, scope.region.region_code);
  std::vector<RegisteredService> registered;
  std::map<long long, const nrepo::ServiceFacts*> by_id;
  for (const auto& sv : services) {
    registered.push_back({sv.id, sv.status == "active", true, sv.capacity, sv.capacity_unit});
    by_id[sv.id] = &sv;
  }
  const auto diff = compare_with_registry(places_of(entries), registered);
  std::map<long long, const nrepo::EntryRow*> entry_of;
  for (const auto& e : entries) entry_of[e.service_id] = &e;
  for (long long id : diff.not_in_network) out.not_in_network.push_back(*by_id[id]);
  for (long long id : diff.not_registered) {
    NotRegisteredView v;
    v.entry = *entry_of[id];
    if (auto it = by_id.find(id); it != by_id.end()) {
      v.registry_status = "ended";
      v.ended_on = it->second->ended_on;
    } else {
      v.registry_status = nrepo::get_service(s, id) ? "other_region" : "unknown";
    }
    out.not_registered.push_back(std::move(v));
  }
  for (const auto& m : diff.capacity_mismatch) out.capacity_mismatch.push_back({*entry_of[m.service_id], m});
  return out;
}

}  // namespace

Result<RegistryDiffView> registry_diff(soci::session& s, const accounts::Caller& caller, long long year_id) {
  auto v = visible_year(s, caller, year_id);
  if (!v) return v.error();
  if (v->second.role != NetworkRole::manager && v->second.role != NetworkRole::region_staff) return not_allowed();
  return registry_diff_in(s, v->first, v->second);
}

Result<RegistryDiffView> registry_diff(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id) {
  return db.read([&](soci::session& s) { return registry_diff(s, caller, year_id); });
}

Result<CoverageDiffView> coverage_diff(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id) {
  return db.read([&](soci::session& s) -> Result<CoverageDiffView> {
    auto v = visible_year(s, caller, year_id);
    if (!v) return v.error();
    const auto& [year, scope] = *v;
    if (scope.role != NetworkRole::manager && scope.role != NetworkRole::region_staff &&
        scope.role != NetworkRole::municipality)
      return not_allowed();
    CoverageDiffView out;
    out.year = year;
    out.territories = nrepo::region_territories(s, scope.region.region_code);
    out.round = nrepo::latest_locked_round(s, scope.region.id);
    if (!out.round) return out;
    const auto rows = nrepo::round_answers(s, out.round->id);
    std::vector<NeedAnswer> answers;
    std::set<long long> need_ids;
    for (const auto& r : rows) {
      answers.push_back({r.service_id, r.need_area_id, r.mode == "direct"});
      need_ids.insert(r.need_area_id);
    }
    const auto names = nrepo::need_names(s, {need_ids.begin(), need_ids.end()});
    for (long long id : need_ids) out.needs.emplace_back(id, names.count(id) ? names.at(id) : std::to_string(id));
    std::sort(out.needs.begin(), out.needs.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    std::map<long long, std::vector<std::string>> where;
    for (const auto& sv : nrepo::services_of_region(s, scope.region.region_code)) where[sv.id] = sv.territories;
    std::vector<std::string> territory_codes;
    std::map<std::string, std::string> territory_names;
    for (const auto& [code, name] : out.territories) {
      territory_codes.push_back(code);
      territory_names[code] = name;
    }
    std::vector<long long> needs;
    for (const auto& n : out.needs) needs.push_back(n.first);
    for (const auto& g :
         compare_with_coverage(territory_codes, needs, places_of(nrepo::list_entries(s, year.id)), where, answers))
      out.gaps.push_back({g.territory, territory_names[g.territory], g.need_area_id,
                          names.count(g.need_area_id) ? names.at(g.need_area_id) : "", g.network_services,
                          g.outside_network});
    return out;
  });
}

Result<YearExport> year_export(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id) {
  return db.read([&](soci::session& s) -> Result<YearExport> {
    auto v = visible_year(s, caller, year_id);
    if (!v) return v.error();
    YearExport out{detail_of(s, v->first, v->second), std::nullopt, {}, {}};
    if (v->second.role == NetworkRole::manager || v->second.role == NetworkRole::region_staff) {
      auto diff = registry_diff_in(s, v->first, v->second);
      if (diff) out.registry = std::move(*diff);
    }
    const std::string first = std::to_string(v->first.year) + "-01-01", last = std::to_string(v->first.year) + "-12-31";
    std::vector<std::string> codes;
    for (auto& a : nrepo::list_entrustments(s, v->first.region_org_id, std::nullopt)) {
      if (!sees_network_service(v->second.role, v->second.own_orgs, a.provider_id)) continue;
      if (a.status == "revoked" || a.valid_from > last || a.valid_to < first) continue;
      for (auto& c : split_codes(a.territories)) codes.push_back(c);
      out.acts.push_back(std::move(a));
    }
    out.territory_names = nrepo::catalogue_names(s, "territories", codes);
    return out;
  });
}

}  // namespace kvalis::network::app
