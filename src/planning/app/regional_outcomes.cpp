#include "planning/app/regional_outcomes.hpp"

#include "planning/store/outcome_scan.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::planning::app {
namespace {

Status check_query(const kvalis::store::catalogue_repo::Catalogues& catalogues, const RegionalQuery& q) {
  if (!is_valid_date(q.from)) return invalid("from", "field.invalid_date");
  if (!is_valid_date(q.to)) return invalid("to", "field.invalid_date");
  if (q.from > q.to) return invalid("to", "planning.regional.period", {{"from", q.from}, {"to", q.to}});
  if (!q.region_code.empty() && !catalogues.has("regions", q.region_code))
    return invalid("region_code", "field.unknown_code", {{"value", q.region_code}});
  if (!q.kind_code.empty() && !catalogues.has("service_kinds", q.kind_code))
    return invalid("kind_code", "field.unknown_code", {{"value", q.kind_code}});
  return ok_status();
}

}  // namespace

Result<std::vector<RegionalRow>> regional_outcomes(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                   const RegionalQuery& query, int threads) {
  const RegionalAccess access = regional_access(caller.principal);
  if (!access.all && access.regions.empty()) return forbidden("planning.regional.forbidden");
  if (auto checked = check_query(catalogues, query); !checked) return checked.error();
  if (!query.region_code.empty() && !access.sees(query.region_code)) {
    Error e = forbidden("planning.regional.other_region");
    e.field = "region_code";
    e.params = {{"value", query.region_code}};
    return e;
  }
  // One scan for the whole country or the requested region; one per region of a member of several.
  std::vector<std::string> regions;
  if (!query.region_code.empty() || access.all)
    regions.push_back(query.region_code);
  else
    regions = access.regions;

  std::vector<RegionalRow> rows;
  db.read([&](soci::session& s) {
    for (const auto& region : regions) {
      const auto input = store::outcome_scan::scan(s, {query.from, query.to, region, query.kind_code});
      for (auto& r : rollup(input, threads))
        rows.push_back(RegionalRow{r.key.region_code, catalogues.name("regions", r.key.region_code, false),
                                   r.key.kind_code, catalogues.name("service_kinds", r.key.kind_code, false),
                                   suppress(r.cell, false)});
    }
  });
  return rows;
}

}  // namespace kvalis::planning::app
