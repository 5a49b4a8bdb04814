#include "benchmark/app/results.hpp"

#include "benchmark/export/benchmark_tables.hpp"
#include "benchmark/export/report_html.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/data_versions.hpp"
#include "quality/app/audit_views.hpp"
#include "registry/app/queries.hpp"

namespace kvalis::benchmark::app {
namespace {

namespace results = store::benchmark_results_repo;
namespace ex = exports;
using store::catalogue_repo::Catalogues;

const Error kNotFound{ErrorCode::not_found, {}, "not_found", {}};

struct RoundAccess {
  results::RoundInfo round;
  results::GroupInfo group;
  ex::Viewer viewer;
};

// The round and the reader's view of its group; not_found when either is missing or not the reader's.
Result<RoundAccess> round_access(soci::session& s, const accounts::Principal& principal, long long round_id) {
  auto round = results::get_round(s, round_id);
  if (!round) return kNotFound;
  auto group = results::get_group(s, round->group_id);
  if (!group) return kNotFound;
  auto viewer = ex::viewer_for(principal, *group, results::group_members(s, group->id));
  if (!viewer) return kNotFound;
  return RoundAccess{*round, *group, *viewer};
}

std::string viewer_key(const ex::Viewer& v) {
  std::string key(ex::audience_name(v.audience));
  for (long long id : v.own_provider_ids) {
    key += ',';
    key += std::to_string(id);
  }
  return key;
}

// The filter of a query: the territory a code of the catalogue, the indicator one of the round's methodology,
// and no narrowing of the peers by a reader who may not (core/disclosure).
Result<ex::ComparisonFilter> comparison_filter(soci::session& s, const ComparisonQuery& q, const RoundAccess& access,
                                               const Catalogues& catalogues) {
  ex::ComparisonFilter f;
  f.peer = q.peer;
  if (!q.territory.empty() && !catalogues.has("territories", q.territory))
    return Error{ErrorCode::invalid_input, "territory", "field.unknown_code", {{"value", q.territory}}};
  f.territory = q.territory;
  f.founder = q.founder;
  f.size_band = q.size_band;
  if (!q.indicator.empty()) {
    for (const auto& ind : results::indicators_of_methodology(s, access.round.methodology_id))
      if (ind.code == q.indicator || std::to_string(ind.id) == q.indicator) f.indicator_id = ind.id;
    if (!f.indicator_id)
      return Error{ErrorCode::invalid_input, "indicator", "field.unknown_code", {{"value", q.indicator}}};
  }
  // Narrowing the peers would let a data-only member tell the anonymised services apart (core/disclosure).
  if (!may_narrow_peers(access.viewer) && (!f.territory.empty() || !f.founder.empty() || !f.size_band.empty()))
    return Error{ErrorCode::forbidden, "territory", "auth.forbidden", {}};
  return f;
}

std::string cache_key(long long round_id, const ex::Viewer& viewer, long long registry_version,
                      const ComparisonQuery& q) {
  return "bm-comparison|" + std::to_string(round_id) + "|" + viewer_key(viewer) + "|" +
         std::to_string(registry_version) + "|peer=" + q.peer + "&territory=" + q.territory + "&founder=" + q.founder +
         "&size_band=" + q.size_band + "&indicator=" + q.indicator;
}

DeaRunSummary summary_of(const results::DeaRun& run, const std::vector<results::DeaResultRow>& rows) {
  DeaRunSummary out{run, static_cast<long long>(rows.size()), 0};
  for (const auto& r : rows) out.scored += r.efficiency ? 1 : 0;
  return out;
}

Result<DeaRunView> load_dea_run(soci::session& s, const accounts::Principal& principal, long long run_id) {
  auto run = results::get_dea_run(s, run_id);
  if (!run) return kNotFound;
  auto access = round_access(s, principal, run->round_id);
  if (!access) return access.error();
  return DeaRunView{summary_of(*run, results::dea_results(s, run->id)), access->group, access->viewer.audience,
                    ex::load_dea_view(s, *run, access->round, access->viewer)};
}

// A service the caller reads in the registry, or through an audit of it.
bool reads_service(soci::session& s, const accounts::Principal& principal, long long service_id) {
  auto row = registry::app::find_service(s, service_id);
  if (!row) return false;
  return accounts::can_see(accounts::visibility(principal),
                           {row->summary.provider_id, row->summary.region_code, row->summary.territory_codes}) ||
         quality::app::reads_audit_of_service(s, principal, service_id);
}

}  // namespace

Result<std::string> rendered_comparison(store::Database& db, const accounts::Caller& caller, long long round_id,
                                        const ComparisonQuery& query, const Catalogues& catalogues,
                                        long long registry_version, const AnswerCache& cache,
                                        const ComparisonRenderer& render) {
  return db.read([&](soci::session& s) -> Result<std::string> {
    auto access = round_access(s, caller.principal, round_id);
    if (!access) return access.error();
    auto filter = comparison_filter(s, query, *access, catalogues);
    if (!filter) return filter.error();
    const long long version = store::data_versions::get(s, "benchmark");
    const std::string key = cache_key(round_id, access->viewer, registry_version, query);
    if (cache.get)
      if (auto cached = cache.get(key, version)) return *cached;
    const auto input = ex::load_comparison_input(s, access->round, filter->indicator_id);
    std::string text = render(ex::build_comparison(input, *filter, access->viewer, catalogues), access->group.id);
    if (cache.put) cache.put(key, version, text);
    return text;
  });
}

Result<ServiceScores> service_scores(store::Database& db, const accounts::Caller& caller, long long service_id,
                                     std::optional<long long> group_id) {
  return db.read([&](soci::session& s) -> Result<ServiceScores> {
    auto service = results::get_service(s, service_id);
    if (!service) return kNotFound;
    ServiceScores out{*service, {}};
    const auto groups = group_id ? std::vector<long long>{*group_id} : results::groups_of_service(s, service_id);
    for (long long gid : groups) {
      auto group = results::get_group(s, gid);
      if (!group) continue;
      auto viewer = ex::viewer_for(caller.principal, *group, results::group_members(s, gid));
      // A data-only member sees only its own services by name.
      if (!viewer || (viewer->anonymises_peers() && !viewer->owns(service->provider_id))) continue;
      out.groups.push_back({*group, viewer->audience, ex::load_trends(s, *service, *group, *viewer)});
    }
    // A service the caller reads that takes part in none of its groups has no results (an empty list, so its
    // detail page can say so); anyone else gets not_found.
    if (out.groups.empty() && !reads_service(s, caller.principal, service_id)) return kNotFound;
    return out;
  });
}

Result<FileDocument> round_export(store::Database& db, const accounts::Caller& caller, long long round_id,
                                  const ComparisonQuery& query, const Catalogues& catalogues, TableFormat format,
                                  char csv_delimiter) {
  auto view = db.read([&](soci::session& s) -> Result<ex::ComparisonView> {
    auto access = round_access(s, caller.principal, round_id);
    if (!access) return access.error();
    auto filter = comparison_filter(s, query, *access, catalogues);
    if (!filter) return filter.error();
    return ex::build_comparison(ex::load_comparison_input(s, access->round, filter->indicator_id), *filter,
                                access->viewer, catalogues);
  });
  if (!view) return view.error();
  const std::string name = "benchmarking-kolo-" + std::to_string(round_id);
  if (format == TableFormat::xlsx)
    return FileDocument{ex::to_xlsx(ex::comparison_sheets(*view)), ex::kXlsxContentType, name + ".xlsx"};
  return FileDocument{ex::to_csv(ex::comparison_csv(*view), csv_delimiter), ex::kCsvContentType, name + ".csv"};
}

Result<FileDocument> dea_export(store::Database& db, const accounts::Caller& caller, long long run_id,
                                TableFormat format, char csv_delimiter) {
  auto dea = db.read([&](soci::session& s) { return load_dea_run(s, caller.principal, run_id); });
  if (!dea) return dea.error();
  const std::string name = "dea-vypocet-" + std::to_string(run_id);
  if (format == TableFormat::xlsx)
    return FileDocument{ex::to_xlsx(ex::dea_sheets(dea->view)), ex::kXlsxContentType, name + ".xlsx"};
  return FileDocument{ex::to_csv(ex::dea_csv(dea->view), csv_delimiter), ex::kCsvContentType, name + ".csv"};
}

Result<std::string> service_report(store::Database& db, const accounts::Caller& caller, long long round_id,
                                   long long service_id, const Catalogues& catalogues) {
  return db.read([&](soci::session& s) -> Result<std::string> {
    auto access = round_access(s, caller.principal, round_id);
    if (!access) return access.error();
    auto service = results::get_service(s, service_id);
    if (!service || (access->viewer.anonymises_peers() && !access->viewer.owns(service->provider_id))) return kNotFound;
    ex::ServiceReport report;
    report.service = *service;
    report.comparison =
        ex::build_comparison(ex::load_comparison_input(s, access->round), {}, access->viewer, catalogues);
    bool in_round = false;
    for (const auto& iv : report.comparison.indicators)
      for (const auto& g : iv.groups)
        for (const auto& sc : g.scores) in_round = in_round || sc.service.service_id == service->id;
    if (!in_round && results::scores_of_service(s, service->id, access->group.id).empty()) return kNotFound;
    report.trends = ex::load_trends(s, *service, access->group, access->viewer);
    report.kind_name = catalogues.name("service_kinds", service->kind_code, false);
    report.generated_on = format_date(store::now_epoch());
    return ex::service_report_html(report);
  });
}

Result<std::string> group_report(store::Database& db, const accounts::Caller& caller, long long group_id,
                                 std::optional<long long> round_id, const Catalogues& catalogues) {
  return db.read([&](soci::session& s) -> Result<std::string> {
    auto group = results::get_group(s, group_id);
    if (!group) return kNotFound;
    auto viewer = ex::viewer_for(caller.principal, *group, results::group_members(s, group->id));
    if (!viewer) return kNotFound;
    const auto rounds = results::rounds_of_group(s, group->id);
    if (rounds.empty()) return kNotFound;
    const results::RoundInfo* round = &rounds.back();  // the latest period by default
    if (round_id) {
      round = nullptr;
      for (const auto& r : rounds)
        if (r.id == *round_id) round = &r;
      if (!round)
        return Error{ErrorCode::invalid_input, "round", "field.invalid_value", {{"value", std::to_string(*round_id)}}};
    }
    ex::GroupReport report;
    report.group = *group;
    for (const auto& r : rounds) {
      auto v = ex::build_comparison(ex::load_comparison_input(s, r), {}, *viewer, catalogues);
      if (r.id == round->id) report.comparison = v;
      report.history.push_back(std::move(v));
    }
    for (const auto& run : results::dea_runs_of_round(s, round->id))
      report.dea.push_back(ex::load_dea_view(s, run, *round, *viewer));
    report.generated_on = format_date(store::now_epoch());
    return ex::group_report_html(report);
  });
}

Result<DeaRunView> dea_run_view(store::Database& db, const accounts::Caller& caller, long long run_id) {
  return db.read([&](soci::session& s) { return load_dea_run(s, caller.principal, run_id); });
}

Result<std::vector<DeaRunSummary>> dea_runs(store::Database& db, const accounts::Caller& caller, long long round_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<DeaRunSummary>> {
    auto access = round_access(s, caller.principal, round_id);
    if (!access) return access.error();
    std::vector<DeaRunSummary> out;
    for (const auto& run : results::dea_runs_of_round(s, round_id))
      out.push_back(summary_of(run, results::dea_results(s, run.id)));
    return out;
  });
}

}  // namespace kvalis::benchmark::app
