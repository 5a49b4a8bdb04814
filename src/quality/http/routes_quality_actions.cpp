// Quality: findings of an audit, corrective actions (owner, due date, status machine with verification),
// evidence files (of criteria and of actions: checksums, size limit, type checked by content), overdue lists
// and the region overview (audits side by side by standard, the most often failed criteria). The handlers
// parse and call one use case (quality/app/actions.hpp, quality/app/overview.hpp).
#include "benchmark/app/comparison.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "quality/app/actions.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/app/overview.hpp"
#include "quality/core/evidence.hpp"
#include "quality/export/quality_tables.hpp"
#include "quality/http/dto_quality.hpp"
#include "quality/http/routes.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace qapp = quality::app;
using quality::kEvidenceLimit;

const Error kAuditMissing{ErrorCode::not_found, {}, "quality.audit.not_found", {}};
const Error kFindingMissing{ErrorCode::not_found, {}, "quality.finding.not_found", {}};
const Error kActionMissing{ErrorCode::not_found, {}, "quality.action.not_found", {}};
const Error kEvidenceMissing{ErrorCode::not_found, {}, "quality.evidence.not_found", {}};

// A choice's documented values without the empty one that stands for "any".
QueryParamDoc filter_doc(const QueryParam& p) {
  auto d = p.doc();
  std::erase(d.values, std::string());
  return d;
}

// ---- findings ----------------------------------------------------------------------------------

Response create_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto body = body_as<dto::QFindingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_finding(ctx.db(), caller_of(ctx), *id, std::get<dto::QFindingInput>(body)), 201);
}

Response update_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  auto body = body_as<dto::QFindingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::update_finding(ctx.db(), caller_of(ctx), *id, std::get<dto::QFindingInput>(body)));
}

Response delete_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  return answer(ctx, qapp::delete_finding(ctx.db(), caller_of(ctx), *id));
}

// ---- actions -----------------------------------------------------------------------------------

Response create_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  auto body = body_as<dto::QActionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_action(ctx.db(), caller_of(ctx), *id, std::get<dto::QActionInput>(body)), 201);
}

Response get_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  return answer(ctx, qapp::get_action(ctx.db(), caller_of(ctx), *id));
}

Response update_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto body = body_as<dto::QActionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::update_action(ctx.db(), caller_of(ctx), *id, std::get<dto::QActionInput>(body)));
}

Response transition_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto body = body_as<dto::QTransitionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QTransitionInput>(body);
  auto to = quality::parse_action_status(in.to);
  if (!to) return error_response(invalid("to", "quality.action.status_invalid", {{"value", in.to}}), ctx.lang);
  const qapp::Transition t{*to, in.date, in.note.value_or("")};
  return answer(ctx, qapp::transition_action(ctx.db(), caller_of(ctx), *id, t, ctx.lang));
}

const QueryParam kActionStatus =
    QueryParam::choice("status", "Action status", {"", "open", "in_progress", "done", "verified"}, "");
const QueryParam kOverdue = QueryParam::choice(
    "overdue", "1: only overdue actions (open or in progress after the due date)", {"", "0", "1", "true", "false"}, "");
const QueryParam kActionOrg = QueryParam::integer("org_id", "Actions of one audited organisation", 1, kMaxId);
const QueryParam kActionAudit = QueryParam::integer("audit_id", "Actions of one audit", 1, kMaxId);
const QueryParam kActionService = QueryParam::integer("service_id", "Actions of audits of one service", 1, kMaxId);

std::vector<QueryParamDoc> action_docs() {
  auto docs = paging_docs();
  auto overdue = kOverdue.doc();
  overdue.values = {"0", "1"};
  for (auto d : {filter_doc(kActionStatus), overdue, kActionOrg.doc(), kActionAudit.doc(), kActionService.doc()})
    docs.push_back(std::move(d));
  return docs;
}

Result<qapp::ActionQuery> action_query(const Request& req) {
  qapp::ActionQuery q;
  auto status = kActionStatus.read_text(req);
  if (!status) return status.error();
  q.status = quality::parse_action_status(*status);
  auto org = kActionOrg.read_integer(req);
  if (!org) return org.error();
  auto audit = kActionAudit.read_integer(req);
  if (!audit) return audit.error();
  auto service = kActionService.read_integer(req);
  if (!service) return service.error();
  auto overdue = kOverdue.read_text(req);
  if (!overdue) return overdue.error();
  q.org_id = *org;
  q.audit_id = *audit;
  q.service_id = *service;
  q.overdue_only = *overdue == "1" || *overdue == "true";
  return q;
}

Response list_actions(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto q = action_query(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  return dto_response(
      qapp::list_actions(ctx.db(), caller_of(ctx), *q, page->page, page->page_size, &qapp::process_heads_cache()));
}

Response export_actions(Context& ctx, bool xlsx) {
  auto q = action_query(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto sheet =
      exports::actions_sheet(qapp::find_actions(ctx.db(), caller_of(ctx), *q, nullptr, &qapp::process_heads_cache()));
  if (xlsx) return file_response(exports::to_xlsx({sheet}), exports::kXlsxContentType, "napravna-opatreni.xlsx");
  return file_response(exports::to_csv(sheet, *delimiter), exports::kCsvContentType, "napravna-opatreni.csv");
}
Response export_actions_xlsx(Context& ctx) { return export_actions(ctx, true); }
Response export_actions_csv(Context& ctx) { return export_actions(ctx, false); }

Response list_indicator_choices(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  return answer(ctx, qapp::indicator_choices(ctx.db(), caller_of(ctx), *id));
}

// ---- evidence ----------------------------------------------------------------------------------

const QueryParam kFileName = QueryParam::text("file_name", "The file's name with its extension", 200);
const QueryParam kCriterionId = QueryParam::integer("criterion_id", "The criterion the evidence belongs to", 1, kMaxId);

Response upload_audit_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto name = kFileName.read_text(ctx.req);
  if (!name) return error_response(name.error(), ctx.lang);
  auto criterion = kCriterionId.read_integer(ctx.req);
  if (!criterion) return error_response(criterion.error(), ctx.lang);
  const qapp::Upload upload{*name, ctx.req.body, *criterion};
  return answer(ctx, qapp::upload_audit_evidence(ctx.db(), caller_of(ctx), *id, upload), 201);
}

Response upload_action_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto name = kFileName.read_text(ctx.req);
  if (!name) return error_response(name.error(), ctx.lang);
  const qapp::Upload upload{*name, ctx.req.body, std::nullopt};
  return answer(ctx, qapp::upload_action_evidence(ctx.db(), caller_of(ctx), *id, upload), 201);
}

Response download_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kEvidenceMissing, ctx.lang);
  auto file = qapp::read_evidence(ctx.db(), caller_of(ctx), *id);
  if (!file) return error_response(file.error(), ctx.lang);
  Response r = file_response(std::move(file->data), file->content_type, file->file_name);
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

Response delete_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kEvidenceMissing, ctx.lang);
  return answer(ctx, qapp::delete_evidence(ctx.db(), caller_of(ctx), *id));
}

// ---- overview ------------------------------------------------------------------------------------

const QueryParam kOverviewSet = QueryParam::text("set", "Standard set code of the columns (default SQSS)", 32);
const QueryParam kOverviewFounder = [] {
  auto founders = exports::founder_types();
  founders.insert(founders.begin(), "");
  return QueryParam::choice("founder",
                            "Only audits of organisations of this kind of founder (region: the region's "
                            "contributory organisations)",
                            std::move(founders), "");
}();

Response get_overview(Context& ctx) {
  auto set = kOverviewSet.read_text(ctx.req);
  if (!set) return error_response(set.error(), ctx.lang);
  auto founder = kOverviewFounder.read_text(ctx.req);
  if (!founder) return error_response(founder.error(), ctx.lang);
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  qapp::OverviewQuery query{set->empty() ? "SQSS" : *set, *founder};
  query.page = page->page;
  query.page_size = page->page_size;
  return answer_as(ctx,
                   qapp::region_overview(ctx.db(), caller_of(ctx), query, &qapp::process_tally_cache(),
                                         &qapp::process_heads_cache()),
                   [](const qapp::OverviewResult& r) { return r.overview; });
}

}  // namespace

void register_quality_action_routes(RouteTable& t) {
  const std::string tag = "quality";
  t.add<dto::QFindingInput, dto::QFinding>(Verb::post, "/api/quality/audits/{id}/findings", Permission::quality_assess,
                                           create_finding, tag, "Record a finding (of a criterion, with severity)")
      .success_status = 201;
  t.add<dto::QFindingInput, dto::QFinding>(Verb::patch, "/api/quality/findings/{id}", Permission::quality_assess,
                                           update_finding, tag, "Change a finding");
  t.add<void, void>(Verb::delete_, "/api/quality/findings/{id}", Permission::quality_assess, delete_finding, tag,
                    "Delete a finding with its actions (draft audits only)");
  t.add<dto::QActionInput, dto::QAction>(Verb::post, "/api/quality/findings/{id}/actions", Permission::quality_assess,
                                         create_action, tag,
                                         "Plan a corrective action: owner, due date, optionally the benchmark "
                                         "indicator it should improve")
      .success_status = 201;
  t.add<void, dto::QActionList>(Verb::get, "/api/quality/actions", Permission::quality_read, list_actions, tag,
                                "Corrective actions of the audits the caller may read (overdue ones with ?overdue=1)")
      .query = action_docs();
  file_route(t.add<void, void>(Verb::get, "/api/quality/actions/export.xlsx", Permission::quality_read,
                               export_actions_xlsx, tag, "The actions list as an Excel workbook"),
             action_docs());
  auto csv_docs = action_docs();
  csv_docs.push_back(csv_delimiter_doc());
  file_route(t.add<void, void>(Verb::get, "/api/quality/actions/export.csv", Permission::quality_read,
                               export_actions_csv, tag, "The actions list as CSV"),
             std::move(csv_docs));
  t.add<void, dto::QIndicatorChoiceList>(Verb::get, "/api/quality/audits/{id}/indicators", Permission::quality_read,
                                         list_indicator_choices, tag,
                                         "Benchmark indicators an action of the audit may be linked to: of the working "
                                         "groups the audited organisation takes part in, for the service's kind");
  t.add<void, dto::QAction>(Verb::get, "/api/quality/actions/{id}", Permission::quality_read, get_action, tag,
                            "A corrective action with its history, evidence and the linked indicator before and after");
  t.add<dto::QActionInput, dto::QAction>(Verb::patch, "/api/quality/actions/{id}", Permission::quality_assess,
                                         update_action, tag, "Change an action's text, owner, due date or indicator");
  t.add<dto::QTransitionInput, dto::QAction>(Verb::post, "/api/quality/actions/{id}/transition",
                                             Permission::quality_assess, transition_action, tag,
                                             "Move an action: open → in_progress → done → verified (auditor or "
                                             "region, with the evidence); done → in_progress with a reason");
  auto& action_upload = t.add<void, dto::QEvidence>(Verb::post, "/api/quality/actions/{id}/evidence",
                                                    Permission::quality_assess, upload_action_evidence, tag,
                                                    "Attach a file to an action (raw body; ?file_name=; at most 10 MB; "
                                                    "PDF, images, office documents, text)");
  action_upload.success_status = 201;
  action_upload.body_limit = kEvidenceLimit + 1024 * 1024;
  action_upload.query = {kFileName.doc()};
  auto& upload = t.add<void, dto::QEvidence>(Verb::post, "/api/quality/audits/{id}/evidence",
                                             Permission::quality_assess, upload_audit_evidence, tag,
                                             "Attach evidence to an audit or a criterion (raw body; ?file_name=, "
                                             "?criterion_id=; at most 10 MB; type checked by content)");
  upload.success_status = 201;
  upload.body_limit = kEvidenceLimit + 1024 * 1024;
  upload.query = {kFileName.doc(), kCriterionId.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/quality/evidence/{id}", Permission::quality_read, download_evidence,
                               tag, "Download an evidence file (every read is logged)"));
  t.add<void, void>(Verb::delete_, "/api/quality/evidence/{id}", Permission::quality_assess, delete_evidence, tag,
                    "Delete an evidence file");
  t.add<void, dto::QOverview>(Verb::get, "/api/quality/overview", Permission::quality_read, get_overview, tag,
                              "Region overview: closed audits side by side by standard, open and overdue actions, "
                              "the most often failed criteria")
      .query = [] {
    auto docs = paging_docs();
    docs.insert(docs.begin(), {kOverviewSet.doc(), filter_doc(kOverviewFounder)});
    return docs;
  }();
}

}  // namespace kvalis::http
