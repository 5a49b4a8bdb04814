// Quality: the standards library (built-in SQSS and OSPOD sets, completed and corrected by the platform
// administrator; own sets of regions and audit bodies), each change a new version that audits made with an
// older one keep; and audit templates (set version, scale, weights, pass rule, all as data). The handlers
// parse and call one use case (quality/app/sets.hpp).
#include "platform/core/text.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "quality/app/sets.hpp"
#include "quality/http/dto_quality.hpp"
#include "quality/http/routes.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace qapp = quality::app;

constexpr std::size_t kImportLimit = 2 * 1024 * 1024;

const Error kSetMissing{ErrorCode::not_found, {}, "quality.set.not_found", {}};
const Error kTemplateMissing{ErrorCode::not_found, {}, "quality.template.not_found", {}};

const QueryParam kValidFrom = QueryParam::text("valid_from", "First day of the new version (default today)", 10);
const QueryParam kDryRun =
    QueryParam::choice("dry_run", "1: only show what would change", {"", "0", "1", "true", "false"}, "");

Response list_sets(Context& ctx) { return dto_response(qapp::list_sets(ctx.db(), caller_of(ctx))); }

Response get_set(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  return answer(ctx, qapp::get_set(ctx.db(), caller_of(ctx), *id));
}

Response create_set(Context& ctx) {
  auto body = body_as<dto::QSetInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_set(ctx.db(), caller_of(ctx), std::get<dto::QSetInput>(body)), 201);
}

Response create_version(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto body = body_as<dto::QSetInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_set_version(ctx.db(), caller_of(ctx), *id, std::get<dto::QSetInput>(body)), 201);
}

// A refused import: an error like any other (error.message), with the report beside it (every bad line).
Response import_refused(const Context& ctx, const dto::QImportResult& report) {
  Response r = error_response(
      invalid("body", "quality.set.import_problems", {{"count", std::to_string(report.problems_total)}}), ctx.lang);
  json::value v = json::parse(r.body);
  const json::value fields = to_json(report);
  for (const auto& [key, value] : fields.as_object()) v.as_object()[key] = value;
  r.body = to_valid_utf8(json::serialize(v));
  r.status = 422;
  return r;
}

Response import_set(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto valid_from = kValidFrom.read_text(ctx.req);
  if (!valid_from) return error_response(valid_from.error(), ctx.lang);
  auto dry = kDryRun.read_text(ctx.req);
  if (!dry) return error_response(dry.error(), ctx.lang);
  const qapp::SetImport in{ctx.req.body, *valid_from, *dry == "1" || *dry == "true"};
  auto result = qapp::import_set(ctx.db(), caller_of(ctx), *id, in, ctx.lang);
  if (!result) return error_response(result.error(), ctx.lang);
  if (!result->problems.empty()) return import_refused(ctx, *result);
  return dto_response(*result, result->created ? 201 : 200);
}

Response export_set(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto result = qapp::export_set(ctx.db(), caller_of(ctx), *id);
  if (!result) return error_response(result.error(), ctx.lang);
  exports::Sheet sheet;
  sheet.name = result->code;
  sheet.header = {"set", "standard", "letter", "essential", "text_cs", "source", "note"};
  for (const auto& c : result->criteria)
    sheet.rows.push_back(
        {result->code, static_cast<long long>(c.standard), c.letter, c.essential, c.text_cs, c.source, c.note});
  return file_response(exports::to_csv(sheet, ',', false), exports::kCsvContentType, result->stem + ".csv");
}

// ---- templates ----------------------------------------------------------------------------------

Response list_templates(Context& ctx) { return dto_response(qapp::list_templates(ctx.db(), caller_of(ctx), ctx.lang)); }

Response get_template(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kTemplateMissing, ctx.lang);
  return answer(ctx, qapp::get_template(ctx.db(), caller_of(ctx), *id, ctx.lang));
}

Response create_template(Context& ctx) {
  auto body = body_as<dto::QTemplateInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_template(ctx.db(), caller_of(ctx), std::get<dto::QTemplateInput>(body), ctx.lang),
                201);
}

Response update_template(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kTemplateMissing, ctx.lang);
  auto body = body_as<dto::QTemplateInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx,
                qapp::update_template(ctx.db(), caller_of(ctx), *id, std::get<dto::QTemplateInput>(body), ctx.lang));
}

// A choice's documented values without the ones that only spell the default.
QueryParamDoc doc_with(const QueryParam& p, std::vector<std::string> values) {
  auto d = p.doc();
  d.values = std::move(values);
  return d;
}

}  // namespace

void register_quality_set_routes(RouteTable& t) {
  const std::string tag = "quality";
  t.add<void, dto::QSetList>(Verb::get, "/api/quality/sets", Permission::quality_read, list_sets, tag,
                             "Standard sets, every version");
  auto& create = t.add<dto::QSetInput, dto::QSet>(Verb::post, "/api/quality/sets", Permission::quality_manage,
                                                  create_set, tag, "Create an own set (of a region or audit body)");
  create.success_status = 201;
  create.body_limit = 1024 * 1024;
  t.add<void, dto::QSet>(Verb::get, "/api/quality/sets/{id}", Permission::quality_read, get_set, tag,
                         "One set version with its standards and criteria, and the list of its versions");
  auto& version = t.add<dto::QSetInput, dto::QSet>(Verb::post, "/api/quality/sets/{id}/versions",
                                                   Permission::quality_manage, create_version, tag,
                                                   "Save an edited set as a new version (audits keep the old one)");
  version.success_status = 201;
  version.body_limit = 1024 * 1024;
  auto& import = t.add<void, dto::QImportResult>(Verb::post, "/api/quality/sets/{id}/import",
                                                 Permission::quality_manage, import_set, tag,
                                                 "Import criteria from CSV (set,standard,letter,essential,text_cs,"
                                                 "source,note) as a new version; all or nothing, 422 with each bad "
                                                 "line; ?dry_run=1 shows the changes only");
  import.body_limit = kImportLimit;
  import.query = {kValidFrom.doc(), doc_with(kDryRun, {"0", "1"})};
  file_route(t.add<void, void>(Verb::get, "/api/quality/sets/{id}/export.csv", Permission::quality_read, export_set,
                               tag, "The criteria of a set version as CSV, in the import format"));
  t.add<void, dto::QTemplateList>(Verb::get, "/api/quality/templates", Permission::quality_read, list_templates, tag,
                                  "Audit templates and the built-in scales");
  t.add<dto::QTemplateInput, dto::QTemplate>(Verb::post, "/api/quality/templates", Permission::quality_manage,
                                             create_template, tag,
                                             "Create an audit template: set version, scale, weights, pass rule")
      .success_status = 201;
  t.add<void, dto::QTemplate>(Verb::get, "/api/quality/templates/{id}", Permission::quality_read, get_template, tag,
                              "One audit template");
  t.add<dto::QTemplateInput, dto::QTemplate>(Verb::patch, "/api/quality/templates/{id}", Permission::quality_manage,
                                             update_template, tag, "Change an audit template (audits keep theirs)");
}

}  // namespace kvalis::http
