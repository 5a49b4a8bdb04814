#include "network/app/financing_scenarios.hpp"

#include "network/app/financing.hpp"
#include "network/app/financing_access.hpp"
#include "network/core/financing_outlook.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::network::app {

namespace fr = store::fin_repo;
using kvalis::store::Database;

Result<std::vector<fr::ScenarioRow>> list_scenarios(soci::session& s, const accounts::Caller& caller) {
  if (caller.principal.platform_admin) return fr::scenarios(s, {}, true);
  std::vector<long long> ids;
  for (const auto& m : caller.principal.memberships)
    if (m.organisation_type == accounts::OrganisationType::region) ids.push_back(m.organisation_id);
  if (ids.empty()) return forbidden("network.region.required");
  return fr::scenarios(s, ids, false);
}

Result<std::vector<fr::ScenarioRow>> list_scenarios(Database& db, const accounts::Caller& caller) {
  return db.read([&](soci::session& s) { return list_scenarios(s, caller); });
}

Result<fr::ScenarioRow> create_scenario(soci::session& s, const accounts::Caller& caller, const ScenarioInput& in) {
  if (in.name.empty()) return invalid("name", "field.required");
  if (in.name.size() > 200) return invalid("name", "field.too_long", {{"max", "200"}});
  if (auto st = check_year("year_from", in.year_from); !st) return st.error();
  if (in.years < 1 || in.years > 10) return invalid("years", "network.fin.year_range");
  long long region = in.region_org_id;
  if (!region)
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region &&
          manages_region(caller.principal, m.organisation_id))
        region = m.organisation_id;
  if (!region) return forbidden("network.region.required");
  if (!fr::region_by_id(s, region))
    return invalid("region_org_id", "network.region.unknown", {{"value", std::to_string(region)}});
  if (!manages_region(caller.principal, region)) return forbidden("network.region.required");
  fr::ScenarioRow row;
  row.region_org_id = region;
  row.name = in.name;
  row.year_from = in.year_from;
  row.years = in.years;
  row.created_by = caller.principal.user_id;
  row.created_at = kvalis::store::now_epoch();
  const long long id = fr::insert_scenario(s, row);
  kvalis::store::activity_log::append(s, caller.activity("network.fin.scenario.create", "nw_fin_scenario", id, region));
  return *fr::scenario(s, id);
}

Result<fr::ScenarioRow> create_scenario(Database& db, const accounts::Caller& caller, const ScenarioInput& in) {
  return db.write([&](soci::session& s) { return create_scenario(s, caller, in); });
}

Result<fr::ChangeRow> add_change(soci::session& s, const accounts::Caller& caller, long long scenario_id,
                                 const ChangeInput& in, const std::function<bool(const std::string&)>& known_kind) {
  auto sc = visible_scenario(s, caller.principal, scenario_id);
  if (!sc) return sc.error();
  if (!manages_region(caller.principal, sc->region_org_id)) return forbidden("network.region.required");
  const auto what = parse_what_if(in.what);
  if (!what) return invalid("what", "field.invalid_value", {{"value", in.what}});
  WhatIfChange change{0, in.service_id, in.kind_code, "", *what, in.from_year, in.value};
  if (auto st = check_what_if(change); !st) return st.error();
  if (in.note.size() > 2000) return invalid("note", "field.too_long", {{"max", "2000"}});
  const auto region = fr::region_by_id(s, sc->region_org_id);
  if (in.service_id > 0) {
    const auto svc = fr::service(s, in.service_id);
    if (!svc || !region || svc->region_code != region->code)
      return invalid("service_id", "field.invalid_value", {{"value", std::to_string(in.service_id)}});
  } else if (known_kind && !known_kind(in.kind_code)) {
    return invalid("kind_code", "network.kind.unknown", {{"value", in.kind_code}});
  }
  fr::ChangeRow row;
  row.scenario_id = sc->id;
  row.service_id = in.service_id;
  row.kind_code = in.service_id > 0 ? std::string() : in.kind_code;
  row.what = in.what;
  row.from_year = in.from_year;
  row.value = in.value;
  row.note = in.note;
  row.id = fr::insert_change(s, row);
  kvalis::store::activity_log::append(
      s, caller.activity("network.fin.scenario.change", "nw_fin_scenario", sc->id, sc->region_org_id, in.what));
  // Hypothetical: no data version moves, so the base of the outlook stays (see the header).
  return row;
}

Result<fr::ChangeRow> add_change(Database& db, const accounts::Caller& caller, long long scenario_id,
                                 const ChangeInput& in, const std::function<bool(const std::string&)>& known_kind) {
  return db.write([&](soci::session& s) { return add_change(s, caller, scenario_id, in, known_kind); });
}

Status delete_change(Database& db, const accounts::Caller& caller, long long change_id) {
  return db.write([&](soci::session& s) -> Status {
    auto change = fr::change(s, change_id);
    if (!change) return not_found("network.fin.change.not_found");
    auto sc = fr::scenario(s, change->scenario_id);
    if (!sc || !region_staff(caller.principal, sc->region_org_id)) return not_found("network.fin.change.not_found");
    if (!manages_region(caller.principal, sc->region_org_id)) return forbidden("network.region.required");
    fr::delete_change(s, change_id);
    kvalis::store::activity_log::append(s, caller.activity("network.fin.scenario.change_delete", "nw_fin_scenario",
                                                           sc->id, sc->region_org_id, std::to_string(change_id)));
    return ok_status();
  });
}

}  // namespace kvalis::network::app
