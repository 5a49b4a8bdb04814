#include "network/app/portal.hpp"

#include <algorithm>
#include <map>

#include "network/store/portal_repo.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {
namespace repo = network::store::portal_repo;
namespace {

using accounts::OrganisationType;
using accounts::Role;
using kvalis::store::catalogue_repo::Catalogues;

Error region_required() { return Error{ErrorCode::forbidden, {}, "network.region.required", {}}; }

bool manages(const accounts::Principal& p, long long org_id) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships)
    if (m.organisation_id == org_id && m.organisation_type == OrganisationType::region &&
        (m.role == Role::admin || m.role == Role::manager))
      return true;
  return false;
}

Result<PortalSettingsView> view_of(soci::session& s, long long region_org_id) {
  PortalSettingsView v;
  for (const auto& r : repo::regions(s))
    if (r.org_id == region_org_id) {
      v.region_code = r.region_code;
      v.region_name = r.name;
    }
  v.settings = repo::find_settings(s, region_org_id).value_or(PortalSettings{});
  v.settings.region_org_id = region_org_id;
  return v;
}

Status check_input(soci::session& s, long long region_org_id, const PortalSettingsInput& in) {
  for (auto [field, value, max] : {std::tuple{"title_cs", &in.title_cs, 200}, std::tuple{"title_en", &in.title_en, 200}})
    if (auto ok = check_line(field, *value, static_cast<std::size_t>(max), false); !ok) return ok;
  for (auto [field, value, max] : {std::tuple{"intro_cs", &in.intro_cs, 4000}, std::tuple{"intro_en", &in.intro_en, 4000},
                                   std::tuple{"contact", &in.contact, 500}})
    if (auto ok = check_text(field, *value, static_cast<std::size_t>(max), false); !ok) return ok;
  if (in.published && in.title_cs.find_first_not_of(" \t") == std::string::npos)
    return invalid("title_cs", "network.portal.title_required");
  if (in.coverage_round_id && !repo::coverage_round_locked(s, region_org_id, *in.coverage_round_id))
    return invalid("coverage_round_id", "network.portal.round_not_locked");
  return ok_status();
}

std::string name_of(const Catalogues& c, const std::string& catalogue, const std::string& code, bool english) {
  if (code.empty()) return {};
  return c.name(catalogue, code, english);
}

void name_codes(const Catalogues& c, const std::string& catalogue, std::vector<NamedCode>& codes) {
  for (auto& x : codes) {
    x.name_cs = name_of(c, catalogue, x.code, false);
    x.name_en = name_of(c, catalogue, x.code, true);
  }
}

}  // namespace

Result<long long> managed_region(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  const auto& p = caller.principal;
  if (!region_code.empty()) {
    auto rows = repo::regions(s, region_code);
    if (rows.empty())
      return Error{ErrorCode::invalid_input, "region", "network.region.unknown", {{"value", region_code}}};
    for (const auto& r : rows)
      if (manages(p, r.org_id)) return r.org_id;
    return region_required();
  }
  for (const auto& m : p.memberships)
    if (m.organisation_type == OrganisationType::region && (m.role == Role::admin || m.role == Role::manager))
      return m.organisation_id;
  if (p.platform_admin) {
    auto rows = repo::regions(s);
    if (rows.size() == 1) return rows.front().org_id;
  }
  return region_required();
}

Result<PortalSettingsView> portal_settings(kvalis::store::Database& db, const accounts::Caller& caller,
                                           const std::string& region_code) {
  return db.read([&](soci::session& s) -> Result<PortalSettingsView> {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    return view_of(s, *region);
  });
}

Result<PortalSettingsView> save_portal_settings(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                                const PortalSettingsInput& in) {
  if (!manages(caller.principal, region_org_id)) return region_required();
  if (auto ok = check_input(s, region_org_id, in); !ok) return ok.error();
  PortalSettings p;
  p.region_org_id = region_org_id;
  p.published = in.published;
  p.title_cs = in.title_cs;
  p.title_en = in.title_en;
  p.intro_cs = in.intro_cs;
  p.intro_en = in.intro_en;
  p.show_services = in.show_services;
  p.show_coverage = in.show_coverage;
  p.coverage_round_id = in.coverage_round_id;
  p.contact = in.contact;
  repo::save_settings(s, p, caller.principal.user_id, kvalis::store::now_epoch());
  kvalis::store::activity_log::append(
      s, caller.activity(in.published ? "network.portal.publish" : "network.portal.settings", "nw_portal_settings",
                         region_org_id, region_org_id));
  kvalis::store::data_versions::bump(s, "network");
  return view_of(s, region_org_id);
}

Result<PortalSettingsView> save_portal_settings(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, const PortalSettingsInput& in) {
  return db.write([&](soci::session& s) -> Result<PortalSettingsView> {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    return save_portal_settings(s, caller, *region, in);
  });
}

Result<std::vector<PortalIndicatorRef>> portal_indicators(kvalis::store::Database& db, const accounts::Caller& caller,
                                                          const std::string& region_code) {
  return db.read([&](soci::session& s) -> Result<std::vector<PortalIndicatorRef>> {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    return repo::list_indicators(s, *region);
  });
}

Result<PortalIndicatorRef> add_portal_indicator(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                                long long bm_round_id, const std::string& indicator_code) {
  if (!manages(caller.principal, region_org_id)) return region_required();
  if (repo::bm_round_status(s, region_org_id, bm_round_id) != std::optional<std::string>("locked"))
    return invalid("bm_round_id", "network.portal.bm_round_not_locked");
  if (auto ok = check_line("indicator_code", indicator_code, 100, true); !ok) return ok.error();
  if (!repo::bm_round_has_indicator(s, bm_round_id, indicator_code))
    return invalid("indicator_code", "network.portal.indicator_unknown", {{"value", indicator_code}});
  if (repo::indicator_published(s, region_org_id, bm_round_id, indicator_code))
    return conflict("indicator_code", "network.portal.indicator_exists");
  const long long id = repo::insert_indicator(s, region_org_id, bm_round_id, indicator_code);
  kvalis::store::activity_log::append(
      s, caller.activity("network.portal.indicator.add", "nw_portal_indicators", id, region_org_id, indicator_code));
  kvalis::store::data_versions::bump(s, "network");
  for (auto& x : repo::list_indicators(s, region_org_id))
    if (x.id == id) return x;
  return Error{ErrorCode::not_found, {}, "network.not_found", {}};
}

Result<PortalIndicatorRef> add_portal_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, long long bm_round_id,
                                                const std::string& indicator_code) {
  return db.write([&](soci::session& s) -> Result<PortalIndicatorRef> {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    return add_portal_indicator(s, caller, *region, bm_round_id, indicator_code);
  });
}

std::vector<PortalIndicatorRef> portal_indicators(soci::session& s, long long region_org_id) {
  return repo::list_indicators(s, region_org_id);
}

std::vector<std::pair<long long, std::string>> publishable_indicators(soci::session& s, long long region_org_id) {
  return repo::publishable_indicators(s, region_org_id, kPortalMinN);
}

Status remove_portal_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    if (!repo::delete_indicator(s, *region, id)) return Error{ErrorCode::not_found, {}, "network.not_found", {}};
    kvalis::store::activity_log::append(
        s, caller.activity("network.portal.indicator.remove", "nw_portal_indicators", id, *region));
    kvalis::store::data_versions::bump(s, "network");
    return ok_status();
  });
}

PortalVersions portal_versions(soci::session& s) {
  return {kvalis::store::data_versions::get(s, "network"), kvalis::store::data_versions::get(s, "registry")};
}

std::vector<PublicRegion> public_regions(soci::session& s) { return repo::published_regions(s); }

std::optional<PublicPortal> public_portal(soci::session& s, const Catalogues& catalogues, const std::string& region_code) {
  if (region_code.empty() || region_code.size() > 10) return std::nullopt;
  std::optional<PublicPortal> out;
  for (const auto& r : repo::published_regions(s))
    if (r.region_code == region_code && !out) {
      PublicPortal p;
      p.region = r;
      out = std::move(p);
    }
  if (!out) return std::nullopt;
  PublicPortal& p = *out;
  p.settings = repo::find_settings(s, p.region.org_id).value_or(PortalSettings{});

  p.cards = repo::published_cards(s, p.region.org_id);
  for (auto& c : p.cards) {
    c.kind_name_cs = name_of(catalogues, "service_kinds", c.kind_code, false);
    c.kind_name_en = name_of(catalogues, "service_kinds", c.kind_code, true);
    c.form_name_cs = name_of(catalogues, "service_forms", c.form_code, false);
    c.form_name_en = name_of(catalogues, "service_forms", c.form_code, true);
  }

  if (p.settings.show_services) {
    p.services = repo::region_services(s, region_code);
    for (auto& sv : p.services) {
      sv.kind_name_cs = name_of(catalogues, "service_kinds", sv.kind_code, false);
      sv.kind_name_en = name_of(catalogues, "service_kinds", sv.kind_code, true);
      name_codes(catalogues, "service_forms", sv.forms);
      name_codes(catalogues, "territories", sv.territories);
      sv.has_card = std::any_of(p.cards.begin(), p.cards.end(),
                                [&](const PublicCard& c) { return c.kind_code == sv.kind_code; });
    }
  }

  if (p.settings.show_coverage) {
    if (auto round = repo::locked_coverage_round(s, p.region.org_id, p.settings.coverage_round_id)) {
      PublicCoverage cov;
      cov.round_id = round->id;
      cov.title = round->title;
      cov.period_from = round->period_from;
      cov.period_to = round->period_to;
      cov.needs = repo::coverage_needs(s, round->id);
      for (const auto& t : catalogues.items("territories"))
        if (t.parent_code == region_code && t.valid_to.empty()) {
          PortalTerritory pt{t.code, t.name_cs, 0};
          const std::string pop = t.attribute("population_2021");
          if (!pop.empty() && pop.find_first_not_of("0123456789") == std::string::npos) pt.population = std::stoll(pop);
          cov.territories.push_back(std::move(pt));
        }
      std::sort(cov.territories.begin(), cov.territories.end(),
                [](const PortalTerritory& a, const PortalTerritory& b) {
                  // By name as a reader looks it up: Náchod before Nový Bydžov (diacritics folded).
                  return std::pair(search_key(a.name), a.name) < std::pair(search_key(b.name), b.name);
                });
      cov.cells = portal_coverage_cells(cov.territories, cov.needs, repo::coverage_services(s, round->id),
                                        repo::coverage_answers(s, round->id));
      cov.summary = portal_coverage_summary(cov.territories, cov.needs, cov.cells);
      p.coverage = std::move(cov);
    }
  }

  for (const auto& ref : repo::list_indicators(s, p.region.org_id)) {
    // Only rounds still locked (a round reopened for corrections leaves the portal until locked again).
    if (repo::bm_round_status(s, p.region.org_id, ref.bm_round_id) != std::optional<std::string>("locked")) continue;
    PublicIndicator ind;
    ind.id = ref.id;
    ind.round_name = ref.round_name;
    ind.period_year = ref.period_year;
    ind.indicator_code = ref.indicator_code;
    ind.name_cs = ref.name_cs;
    ind.name_en = ref.name_en.empty() ? ref.name_cs : ref.name_en;
    ind.unit = ref.unit;
    ind.rows = repo::indicator_rows(s, ref.bm_round_id, ref.indicator_code);
    for (auto& row : ind.rows) {
      row.kind_name_cs = name_of(catalogues, "service_kinds", row.kind_code, false);
      row.kind_name_en = name_of(catalogues, "service_kinds", row.kind_code, true);
      row.form_name_cs = name_of(catalogues, "service_forms", row.form_code, false);
      row.form_name_en = name_of(catalogues, "service_forms", row.form_code, true);
    }
    p.indicators.push_back(std::move(ind));
  }
  return out;
}

}  // namespace kvalis::network::app
