// Benchmarking results: comparison with peers (precomputed), a service over time, exports, printable
// reports, good practice and DEA runs. Who sees what is decided once, in exports::viewer_for.
#include <algorithm>
#include <cmath>
#include <set>

#include "benchmark/app/comparison.hpp"
#include "benchmark/app/dea.hpp"
#include "benchmark/export/benchmark_tables.hpp"
#include "benchmark/export/report_html.hpp"
#include "benchmark/http/dto_benchmark_results.hpp"
#include "benchmark/http/routes.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "quality/app/audit_views.hpp"
#include "registry/app/queries.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace results = store::benchmark_results_repo;
namespace ex = exports;

const Error kNotFound{ErrorCode::not_found, {}, "not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

// ---- access -------------------------------------------------------------------------------------

struct RoundAccess {
  results::RoundInfo round;
  results::GroupInfo group;
  ex::Viewer viewer;
};

// The round and the reader's view of its group; not_found when either is missing or not the reader's.
Result<RoundAccess> round_access(const Context& ctx, soci::session& s, long long round_id) {
  auto round = results::get_round(s, round_id);
  if (!round) return kNotFound;
  auto group = results::get_group(s, round->group_id);
  if (!group) return kNotFound;
  auto viewer = ex::viewer_for(ctx.principal, *group, results::group_members(s, group->id));
  if (!viewer) return kNotFound;
  return RoundAccess{*round, *group, *viewer};
}

std::string viewer_key(const ex::Viewer& v) {
  std::string key(ex::audience_name(v.audience));
  for (long long id : v.own_provider_ids) key += "," + std::to_string(id);
  return key;
}

// ---- query parameters ---------------------------------------------------------------------------

Result<ex::ComparisonFilter> comparison_filter(const Context& ctx, soci::session& s, const RoundAccess& access) {
  ex::ComparisonFilter f;
  auto peer = enum_param(ctx.req, "peer", {"kind_form", "kind"}, "kind_form");
  if (!peer) return peer.error();
  f.peer = *peer;
  auto territory = text_param(ctx.req, "territory", 20);
  if (!territory) return territory.error();
  if (!territory->empty() && !ctx.app.catalogues().has("territories", *territory))
    return Error{ErrorCode::invalid_input, "territory", "field.unknown_code", {{"value", *territory}}};
  f.territory = *territory;
  auto founder = enum_param(ctx.req, "founder", ex::founder_types(), "");
  if (!founder) return founder.error();
  f.founder = *founder;
  auto band = enum_param(ctx.req, "size_band", ex::size_bands(), "");
  if (!band) return band.error();
  f.size_band = *band;
  auto indicator = text_param(ctx.req, "indicator", 100);
  if (!indicator) return indicator.error();
  if (!indicator->empty()) {
    // An indicator id or code of the round's methodology.
    for (const auto& ind : results::indicators_of_methodology(s, access.round.methodology_id))
      if (ind.code == *indicator || std::to_string(ind.id) == *indicator) f.indicator_id = ind.id;
    if (!f.indicator_id)
      return Error{ErrorCode::invalid_input, "indicator", "field.unknown_code", {{"value", *indicator}}};
  }
  // Narrowing the peers would let a data-only member tell the anonymised services apart (core/disclosure).
  if (!benchmark::may_narrow_peers(access.viewer) &&
      (!f.territory.empty() || !f.founder.empty() || !f.size_band.empty()))
    return Error{ErrorCode::forbidden, "territory", "auth.forbidden", {}};
  return f;
}

std::vector<QueryParamDoc> comparison_docs() {
  return {{"indicator", "string", "Only this indicator (id or code)", {}},
          {"peer", "string", "Peer groups: kind and form (default, precomputed) or kind only", {"kind_form", "kind"}},
          {"territory", "string", "Only services working in this ORP territory", {}},
          {"founder", "string", "Only services of this founder type", ex::founder_types()},
          {"size_band", "string", "Only services of this size (capacity)", ex::size_bands()}};
}

// ---- DTOs ---------------------------------------------------------------------------------------

dto::BenchmarkServiceRef service_ref(const ex::ServiceLabel& l) {
  return {l.service_id, l.name, l.name_en, l.provider_name, l.own, l.anonymised};
}

dto::BenchmarkComparison comparison_dto(const ex::ComparisonView& v, long long group_id) {
  dto::BenchmarkComparison out;
  out.round_id = v.round.id;
  out.round_name = v.round.name;
  out.period_year = v.round.period_year;
  out.round_kind = v.round.kind;
  out.group_id = group_id;
  out.group_name = v.round.group_name;
  out.quantile_method = ex::kQuantileMethod;
  out.peer = v.filter.peer;
  if (!v.filter.territory.empty()) out.territory = v.filter.territory;
  if (!v.filter.founder.empty()) out.founder = v.filter.founder;
  if (!v.filter.size_band.empty()) out.size_band = v.filter.size_band;
  out.audience = std::string(ex::audience_name(v.audience));
  out.precomputed = v.precomputed;
  for (const auto& iv : v.indicators) {
    dto::BenchmarkIndicatorComparison ic;
    ic.indicator_id = iv.indicator.id;
    ic.code = iv.indicator.code;
    ic.name = iv.indicator.name_cs;
    ic.name_en = iv.indicator.name_en.empty() ? iv.indicator.name_cs : iv.indicator.name_en;
    ic.unit = iv.indicator.unit;
    ic.direction = iv.indicator.direction;
    ic.rba = iv.indicator.rba;
    for (const auto& g : iv.groups) {
      dto::BenchmarkPeerGroup pg;
      pg.peer_key = g.peer_key;
      pg.kind_code = g.kind_code;
      pg.form_code = g.form_code;
      pg.label = g.label;
      pg.label_en = g.label_en;
      pg.suppressed = g.suppressed;
      pg.note = g.suppressed ? ex::kSuppressedNote : "";
      pg.note_en = g.suppressed ? ex::kSuppressedNoteEn : "";
      pg.n = g.n;
      pg.min = g.min;
      pg.q1 = g.q1;
      pg.median = g.median;
      pg.q3 = g.q3;
      pg.max = g.max;
      pg.mean = g.mean;
      pg.sd = g.sd;
      for (const auto& s : g.scores)
        pg.scores.push_back({service_ref(s.service), s.value, s.missing_reason,
                             ex::reason_cs(s.missing_reason, v.names), ex::reason_en(s.missing_reason, v.names_en),
                             s.percent_rank, s.z_score, s.reserve_median, s.reserve_best});
      ic.groups.push_back(std::move(pg));
    }
    out.indicators.push_back(std::move(ic));
  }
  return out;
}

dto::DeaRunSummary dea_summary(const results::DeaRun& run, const std::vector<results::DeaResultRow>& rows) {
  dto::DeaRunSummary out{run.id,
                         run.round_id,
                         run.model,
                         run.orientation,
                         run.inputs,
                         run.outputs,
                         format_timestamp(run.created_at),
                         static_cast<long long>(rows.size()),
                         0};
  for (const auto& r : rows) out.scored_count += r.efficiency ? 1 : 0;
  return out;
}

bool is_efficient(const ex::DeaDmuView& d) {
  if (!d.efficiency || *d.efficiency < 1.0 - 1e-6) return false;
  return std::all_of(d.slacks.begin(), d.slacks.end(), [](const auto& s) { return std::fabs(s.second) < 1e-6; });
}

dto::DeaRun dea_dto(const ex::DeaView& v, const std::vector<results::DeaResultRow>& rows, const RoundAccess& access) {
  dto::DeaRun out;
  out.run = dea_summary(v.run, rows);
  out.round_name = v.round.name;
  out.group_id = access.group.id;
  out.group_name = access.group.name;
  out.audience = std::string(ex::audience_name(access.viewer.audience));
  const std::set<std::string> inputs(v.run.inputs.begin(), v.run.inputs.end());
  for (const auto& d : v.results) {
    dto::DeaResult r;
    r.service = service_ref(d.service);
    r.efficiency = d.efficiency;
    r.status = d.status;
    r.status_text = d.status == "ok" ? "vyřešeno" : ex::reason_cs(d.status, v.names);
    r.status_text_en = d.status == "ok" ? "solved" : ex::reason_en(d.status, v.names_en);
    r.efficient = is_efficient(d);
    for (const auto& [label, lambda] : d.peers) r.peers.push_back({service_ref(label), lambda});
    for (const auto& [code, value] : d.slacks)
      r.slacks.push_back({code, inputs.count(code) ? "input" : "output", value});
    out.results.push_back(std::move(r));
  }
  return out;
}

Response html_response(std::string body) {
  Response r;
  r.body = std::move(body);
  r.content_type = "text/html; charset=utf-8";
  return r;
}

// ---- comparison ---------------------------------------------------------------------------------

Response get_comparison(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<std::string> {
    auto access = round_access(ctx, s, *id);
    if (!access) return access.error();
    auto filter = comparison_filter(ctx, s, *access);
    if (!filter) return filter.error();
    // The answer is cached per benchmark data version: any data change bumps it (recompute_round), so a
    // cached comparison is never stale; names come from the registry, whose version is in the key.
    const long long version = store::data_versions::get(s, "benchmark");
    std::string key = "bm-comparison|" + std::to_string(*id) + "|" + viewer_key(access->viewer) + "|" +
                      std::to_string(ctx.registry_version) + "|";
    for (const auto& [k, v] : ctx.req.query) key += k + "=" + v + "&";
    if (auto cached = ctx.app.response_cache().get(key, version)) return *cached;
    const auto input = ex::load_comparison_input(s, access->round, filter->indicator_id);
    const auto view = ex::build_comparison(input, *filter, access->viewer, ctx.app.catalogues());
    std::string body = json::serialize(to_json(comparison_dto(view, access->group.id)));
    ctx.app.response_cache().put(key, version, body);
    return body;
  });
  if (!out) return error_response(out.error(), ctx.lang);
  Response r;
  r.body = std::move(*out);
  return r;
}

Response get_service_scores(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto group_param = int_param(ctx.req, "group", 1, std::numeric_limits<long long>::max());
  if (!group_param) return error_response(group_param.error(), ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::BenchmarkServiceScores> {
    auto service = results::get_service(s, *id);
    if (!service) return kNotFound;
    std::vector<long long> groups =
        *group_param ? std::vector<long long>{**group_param} : results::groups_of_service(s, *id);
    dto::BenchmarkServiceScores dto{service->id,        service->name,       service->provider_name,
                                    service->kind_code, ex::kQuantileMethod, {}};
    for (long long gid : groups) {
      auto group = results::get_group(s, gid);
      if (!group) continue;
      auto viewer = ex::viewer_for(ctx.principal, *group, results::group_members(s, gid));
      // A data-only member sees only its own services by name.
      if (!viewer || (viewer->anonymises_peers() && !viewer->owns(service->provider_id))) continue;
      const auto trends = ex::load_trends(s, *service, *group, *viewer);
      dto::BenchmarkServiceGroupTrends g{group->id, group->name, std::string(ex::audience_name(viewer->audience)), {}};
      for (const auto& tv : trends.indicators) {
        dto::BenchmarkTrend t{tv.indicator.code,
                              tv.indicator.name_cs,
                              tv.indicator.name_en.empty() ? tv.indicator.name_cs : tv.indicator.name_en,
                              tv.indicator.unit,
                              tv.indicator.direction,
                              {}};
        for (const auto& p : tv.points)
          t.points.push_back({p.round.id, p.round.name, p.round.period_year, p.round.kind, p.value, p.missing_reason,
                              ex::reason_cs(p.missing_reason, trends.names),
                              ex::reason_en(p.missing_reason, trends.names_en), p.peer_key, p.suppressed, p.n, p.median,
                              p.q1, p.q3, p.percent_rank, p.z_score, p.reserve_median, p.reserve_best});
        g.indicators.push_back(std::move(t));
      }
      dto.groups.push_back(std::move(g));
    }
    if (dto.groups.empty()) {
      // A service the caller reads in the registry that takes part in none of its groups has no results (an
      // empty list, so its detail page can say so); anyone else gets 404, so ids cannot be probed.
      auto row = registry::app::find_service(s, *id);
      if (!row ||
          !(accounts::can_see(accounts::visibility(ctx.principal),
                              {row->summary.provider_id, row->summary.region_code, row->summary.territory_codes}) ||
            quality::app::reads_audit_of_service(s, ctx.principal, *id)))
        return kNotFound;
    }
    return dto;
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

// ---- exports ------------------------------------------------------------------------------------

Response export_round(Context& ctx, bool xlsx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto view = ctx.db().read([&](soci::session& s) -> Result<ex::ComparisonView> {
    auto access = round_access(ctx, s, *id);
    if (!access) return access.error();
    auto filter = comparison_filter(ctx, s, *access);
    if (!filter) return filter.error();
    return ex::build_comparison(ex::load_comparison_input(s, access->round, filter->indicator_id), *filter,
                                access->viewer, ctx.app.catalogues());
  });
  if (!view) return error_response(view.error(), ctx.lang);
  const std::string name = "benchmarking-kolo-" + std::to_string(*id);
  if (xlsx) return file_response(ex::to_xlsx(ex::comparison_sheets(*view)), ex::kXlsxContentType, name + ".xlsx");
  return file_response(ex::to_csv(ex::comparison_csv(*view), *delimiter), ex::kCsvContentType, name + ".csv");
}

Response export_round_xlsx(Context& ctx) { return export_round(ctx, true); }
Response export_round_csv(Context& ctx) { return export_round(ctx, false); }

struct DeaAccess {
  RoundAccess access;
  results::DeaRun run;
  std::vector<results::DeaResultRow> rows;
  ex::DeaView view;
};

Result<DeaAccess> dea_access(const Context& ctx, soci::session& s, long long run_id) {
  auto run = results::get_dea_run(s, run_id);
  if (!run) return kNotFound;
  auto access = round_access(ctx, s, run->round_id);
  if (!access) return access.error();
  auto rows = results::dea_results(s, run->id);
  auto view = ex::load_dea_view(s, *run, access->round, access->viewer);
  return DeaAccess{*access, *run, std::move(rows), std::move(view)};
}

Response export_dea(Context& ctx, bool xlsx) {
  auto id = ctx.path_id("run_id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto dea = ctx.db().read([&](soci::session& s) { return dea_access(ctx, s, *id); });
  if (!dea) return error_response(dea.error(), ctx.lang);
  const std::string name = "dea-vypocet-" + std::to_string(*id);
  if (xlsx) return file_response(ex::to_xlsx(ex::dea_sheets(dea->view)), ex::kXlsxContentType, name + ".xlsx");
  return file_response(ex::to_csv(ex::dea_csv(dea->view), *delimiter), ex::kCsvContentType, name + ".csv");
}

Response export_dea_xlsx(Context& ctx) { return export_dea(ctx, true); }
Response export_dea_csv(Context& ctx) { return export_dea(ctx, false); }

// ---- reports ------------------------------------------------------------------------------------

Response service_report(Context& ctx) {
  auto id = ctx.path_id("id");
  auto service_id = ctx.path_id("service_id");
  if (!id || !service_id) return error_response(kNotFound, ctx.lang);
  auto html = ctx.db().read([&](soci::session& s) -> Result<std::string> {
    auto access = round_access(ctx, s, *id);
    if (!access) return access.error();
    auto service = results::get_service(s, *service_id);
    if (!service || (access->viewer.anonymises_peers() && !access->viewer.owns(service->provider_id))) return kNotFound;
    ex::ServiceReport report;
    report.service = *service;
    report.comparison =
        ex::build_comparison(ex::load_comparison_input(s, access->round), {}, access->viewer, ctx.app.catalogues());
    bool in_round = false;
    for (const auto& iv : report.comparison.indicators)
      for (const auto& g : iv.groups)
        for (const auto& sc : g.scores) in_round = in_round || sc.service.service_id == service->id;
    if (!in_round && results::scores_of_service(s, service->id, access->group.id).empty()) return kNotFound;
    report.trends = ex::load_trends(s, *service, access->group, access->viewer);
    report.kind_name = ctx.app.catalogues().name("service_kinds", service->kind_code, false);
    report.generated_on = format_date(store::now_epoch());
    return ex::service_report_html(report);
  });
  if (!html) return error_response(html.error(), ctx.lang);
  return html_response(std::move(*html));
}

Response group_report(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto round_param = int_param(ctx.req, "round", 1, std::numeric_limits<long long>::max());
  if (!round_param) return error_response(round_param.error(), ctx.lang);
  auto html = ctx.db().read([&](soci::session& s) -> Result<std::string> {
    auto group = results::get_group(s, *id);
    if (!group) return kNotFound;
    auto viewer = ex::viewer_for(ctx.principal, *group, results::group_members(s, group->id));
    if (!viewer) return kNotFound;
    const auto rounds = results::rounds_of_group(s, group->id);
    if (rounds.empty()) return kNotFound;
    const results::RoundInfo* round = &rounds.back();  // the latest period by default
    if (*round_param) {
      round = nullptr;
      for (const auto& r : rounds)
        if (r.id == **round_param) round = &r;
      if (!round)
        return Error{
            ErrorCode::invalid_input, "round", "field.invalid_value", {{"value", std::to_string(**round_param)}}};
    }
    ex::GroupReport report;
    report.group = *group;
    for (const auto& r : rounds) {
      auto v = ex::build_comparison(ex::load_comparison_input(s, r), {}, *viewer, ctx.app.catalogues());
      if (r.id == round->id) report.comparison = v;
      report.history.push_back(std::move(v));
    }
    for (const auto& run : results::dea_runs_of_round(s, round->id))
      report.dea.push_back(ex::load_dea_view(s, run, *round, *viewer));
    report.generated_on = format_date(store::now_epoch());
    return ex::group_report_html(report);
  });
  if (!html) return error_response(html.error(), ctx.lang);
  return html_response(std::move(*html));
}

// ---- DEA ----------------------------------------------------------------------------------------

dto::DeaJob job_dto(const results::DeaJob& j, Lang lang) {
  dto::DeaJob out{j.id,
                  j.round_id,
                  j.state,
                  j.done,
                  j.total,
                  j.run_id,
                  std::nullopt,
                  format_timestamp(j.created_at),
                  format_timestamp(j.updated_at)};
  if (!j.error.empty()) out.error = translate(Error{ErrorCode::invalid_input, "inputs", j.error, {}}, lang);
  return out;
}

Response create_dea_run(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto body = body_as<dto::DeaRunInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::DeaRunInput>(body);
  const benchmark::app::DeaJobRunner runner{&ctx.app.worker(), ctx.app.config().dea_inline_max_services};
  auto job = benchmark::app::start_dea_job(ctx.db(), caller_of(ctx),
                                           {*id, in.model, in.orientation, in.inputs, in.outputs}, runner);
  return answer_as(
      ctx, job, [&](const results::DeaJob& j) { return job_dto(j, ctx.lang); }, 202);
}

Response get_dea_job(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  return answer_as(ctx, benchmark::app::get_dea_job(ctx.db(), caller_of(ctx), *id),
                   [&](const results::DeaJob& j) { return job_dto(j, ctx.lang); });
}

Response get_dea_run(Context& ctx) {
  auto id = ctx.path_id("run_id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::DeaRun> {
    auto dea = dea_access(ctx, s, *id);
    if (!dea) return dea.error();
    return dea_dto(dea->view, dea->rows, dea->access);
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Response list_dea_runs(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::DeaRunList> {
    auto access = round_access(ctx, s, *id);
    if (!access) return access.error();
    dto::DeaRunList list;
    for (const auto& run : results::dea_runs_of_round(s, *id))
      list.items.push_back(dea_summary(run, results::dea_results(s, run.id)));
    return list;
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

}  // namespace

void register_benchmark_result_routes(RouteTable& t) {
  const std::string tag = "benchmark";
  const auto read = Permission::benchmark_read;
  t.add<void, dto::BenchmarkComparison>(Verb::get, "/api/benchmark/rounds/{id}/comparison", read, get_comparison, tag,
                                        "Comparison with peers: statistics per peer group and each service's scores")
      .query = comparison_docs();
  t.add<void, dto::BenchmarkServiceScores>(
       Verb::get, "/api/benchmark/services/{id}/scores", read, get_service_scores, tag,
       "A service's indicators across rounds against its peer median (no groups when the "
       "service, readable in the registry, takes part in none the caller sees)")
      .query = {{"group", "integer", "Only this working group", {}}};
  auto export_docs = comparison_docs();
  export_docs.push_back(csv_delimiter_doc());
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/rounds/{id}/export.xlsx", read, export_round_xlsx, tag,
                               "The comparison as an Excel workbook (Czech headers)"),
             comparison_docs());
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/rounds/{id}/export.csv", read, export_round_csv, tag,
                               "The comparison as CSV (UTF-8, Czech headers)"),
             export_docs);
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/rounds/{id}/services/{service_id}/report", read,
                               service_report, tag, "Printable report of one service (HTML)"));
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/groups/{id}/report", read, group_report, tag,
                               "Printable report of a working group (HTML)"),
             {{"round", "integer", "Round of the report (default: the latest)", {}}});

  register_benchmark_practice_routes(t);

  t.add<dto::DeaRunInput, dto::DeaJob>(Verb::post, "/api/benchmark/rounds/{id}/dea", Permission::benchmark_manage,
                                       create_dea_run, tag,
                                       "Run DEA (CCR or BCC) over a round and store the results: a job, done at once "
                                       "for a round of at most 200 services (kvalis serve --dea-inline-max), "
                                       "otherwise queued on the server's worker thread")
      .success_status = 202;
  t.add<void, dto::DeaJob>(Verb::get, "/api/benchmark/dea-jobs/{id}", read, get_dea_job, tag,
                           "A DEA job: state, progress (services done of total), the run when done, the error "
                           "when failed; any server process sharing the database answers");
  t.add<void, dto::DeaRunList>(Verb::get, "/api/benchmark/rounds/{id}/dea", read, list_dea_runs, tag,
                               "DEA runs of a round, newest first");
  t.add<void, dto::DeaRun>(Verb::get, "/api/benchmark/dea/{run_id}", read, get_dea_run, tag,
                           "A DEA run: scores, peers with weights and slacks");
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/dea/{run_id}/export.xlsx", read, export_dea_xlsx, tag,
                               "A DEA run as an Excel workbook"));
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/dea/{run_id}/export.csv", read, export_dea_csv, tag,
                               "A DEA run as CSV"),
             {csv_delimiter_doc()});
}

}  // namespace kvalis::http
