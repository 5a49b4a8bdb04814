// Benchmarking results: comparison with peers (precomputed), a service over time, exports, printable
// reports, good practice and DEA runs. Who sees what is decided once, in exports::viewer_for.
#include <algorithm>
#include <cmath>
#include <set>

#include "benchmark/app/comparison.hpp"
#include "benchmark/app/dea.hpp"
#include "benchmark/app/results.hpp"
#include "benchmark/http/dto_benchmark_results.hpp"
#include "benchmark/http/routes.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace results = store::benchmark_results_repo;
namespace ex = exports;
namespace bm = benchmark::app;

const Error kNotFound{ErrorCode::not_found, {}, "not_found", {}};

// ---- query parameters ---------------------------------------------------------------------------

// The comparison's query parameters; the use case checks the codes against the catalogues and the round.
Result<bm::ComparisonQuery> comparison_query(const Request& req) {
  bm::ComparisonQuery q;
  auto peer = enum_param(req, "peer", {"kind_form", "kind"}, "kind_form");
  if (!peer) return peer.error();
  q.peer = *peer;
  auto territory = text_param(req, "territory", 20);
  if (!territory) return territory.error();
  q.territory = *territory;
  auto founder = enum_param(req, "founder", ex::founder_types(), "");
  if (!founder) return founder.error();
  q.founder = *founder;
  auto band = enum_param(req, "size_band", ex::size_bands(), "");
  if (!band) return band.error();
  q.size_band = *band;
  auto indicator = text_param(req, "indicator", 100);
  if (!indicator) return indicator.error();
  q.indicator = *indicator;
  return q;
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

dto::BenchmarkServiceScores service_scores_dto(const bm::ServiceScores& v) {
  dto::BenchmarkServiceScores out{v.service.id,        v.service.name,      v.service.provider_name,
                                  v.service.kind_code, ex::kQuantileMethod, {}};
  for (const auto& gt : v.groups) {
    const auto& trends = gt.trends;
    dto::BenchmarkServiceGroupTrends g{gt.group.id, gt.group.name, std::string(ex::audience_name(gt.audience)), {}};
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
    out.groups.push_back(std::move(g));
  }
  return out;
}

dto::DeaRunSummary dea_summary(const bm::DeaRunSummary& s) {
  const auto& run = s.run;
  return {
      run.id,     run.round_id, run.model, run.orientation, run.inputs, run.outputs, format_timestamp(run.created_at),
      s.services, s.scored};
}

bool is_efficient(const ex::DeaDmuView& d) {
  if (!d.efficiency || *d.efficiency < 1.0 - 1e-6) return false;
  return std::all_of(d.slacks.begin(), d.slacks.end(), [](const auto& s) { return std::fabs(s.second) < 1e-6; });
}

dto::DeaRun dea_dto(const bm::DeaRunView& dea) {
  const auto& v = dea.view;
  dto::DeaRun out;
  out.run = dea_summary(dea.summary);
  out.round_name = v.round.name;
  out.group_id = dea.group.id;
  out.group_name = dea.group.name;
  out.audience = std::string(ex::audience_name(dea.audience));
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

dto::DeaRunList dea_list_dto(const std::vector<bm::DeaRunSummary>& runs) {
  dto::DeaRunList list;
  for (const auto& run : runs) list.items.push_back(dea_summary(run));
  return list;
}

Response document_response(const Context& ctx, const Result<bm::FileDocument>& doc) {
  if (!doc) return error_response(doc.error(), ctx.lang);
  return file_response(doc->body, doc->content_type, doc->file_name);
}

std::string comparison_json(const ex::ComparisonView& view, long long group_id) {
  return json::serialize(to_json(comparison_dto(view, group_id)));
}

// The server's response cache as the use cases see it.
bm::AnswerCache answer_cache(Context& ctx) {
  auto& cache = ctx.app.response_cache();
  return {
      [&cache](const std::string& key, long long version) { return cache.get(key, version); },
      [&cache](const std::string& key, long long version, const std::string& text) { cache.put(key, version, text); }};
}

// ---- comparison ---------------------------------------------------------------------------------

Response get_comparison(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto query = comparison_query(ctx.req);
  if (!query) return error_response(query.error(), ctx.lang);
  auto body = bm::rendered_comparison(ctx.db(), caller_of(ctx), *id, *query, ctx.app.catalogues(), ctx.registry_version,
                                      answer_cache(ctx), comparison_json);
  if (!body) return error_response(body.error(), ctx.lang);
  Response r;
  r.body = std::move(*body);
  return r;
}

Response get_service_scores(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto group = int_param(ctx.req, "group", 1, std::numeric_limits<long long>::max());
  if (!group) return error_response(group.error(), ctx.lang);
  return answer_as(ctx, bm::service_scores(ctx.db(), caller_of(ctx), *id, *group), service_scores_dto);
}

// ---- exports ------------------------------------------------------------------------------------

Response export_round(Context& ctx, bm::TableFormat format) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto query = comparison_query(ctx.req);
  if (!query) return error_response(query.error(), ctx.lang);
  return document_response(
      ctx, bm::round_export(ctx.db(), caller_of(ctx), *id, *query, ctx.app.catalogues(), format, *delimiter));
}

Response export_round_xlsx(Context& ctx) { return export_round(ctx, bm::TableFormat::xlsx); }

Response export_round_csv(Context& ctx) { return export_round(ctx, bm::TableFormat::csv); }

Response export_dea(Context& ctx, bm::TableFormat format) {
  auto id = ctx.path_id("run_id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  return document_response(ctx, bm::dea_export(ctx.db(), caller_of(ctx), *id, format, *delimiter));
}

Response export_dea_xlsx(Context& ctx) { return export_dea(ctx, bm::TableFormat::xlsx); }

Response export_dea_csv(Context& ctx) { return export_dea(ctx, bm::TableFormat::csv); }

// ---- reports ------------------------------------------------------------------------------------

Response service_report(Context& ctx) {
  auto id = ctx.path_id("id");
  auto service_id = ctx.path_id("service_id");
  if (!id || !service_id) return error_response(kNotFound, ctx.lang);
  return report_response(ctx, bm::service_report(ctx.db(), caller_of(ctx), *id, *service_id, ctx.app.catalogues()),
                         "srovnání-služby-" + std::to_string(*service_id) + "-kolo-" + std::to_string(*id) + ".pdf");
}

Response group_report(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  auto round = int_param(ctx.req, "round", 1, std::numeric_limits<long long>::max());
  if (!round) return error_response(round.error(), ctx.lang);
  return report_response(
      ctx, bm::group_report(ctx.db(), caller_of(ctx), *id, *round, ctx.app.catalogues()),
      "srovnání-skupiny-" + std::to_string(*id) + (*round ? "-kolo-" + std::to_string(**round) : "") + ".pdf");
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
  return answer_as(ctx, bm::dea_run_view(ctx.db(), caller_of(ctx), *id), dea_dto);
}

Response list_dea_runs(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kNotFound, ctx.lang);
  return answer_as(ctx, bm::dea_runs(ctx.db(), caller_of(ctx), *id), dea_list_dto);
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
                               service_report, tag, "Printable report of one service (HTML, or PDF with ?format=pdf)"),
             {report_format_doc()});
  file_route(t.add<void, void>(Verb::get, "/api/benchmark/groups/{id}/report", read, group_report, tag,
                               "Printable report of a working group (HTML, or PDF with ?format=pdf)"),
             {{"round", "integer", "Round of the report (default: the latest)", {}}, report_format_doc()});

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
