// Quality audits: create (self-assessment, internal, external, process, state inspection records), header and
// team, scoring with notes (idempotent, so a client may resend what it queued offline), close and reopen,
// the follow-up comparison, the printable report and exports. The handlers parse and call one use case
// (quality/app/audits.hpp); who may do what is decided in quality/core/audit_access.hpp.
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/app/audits.hpp"
#include "quality/export/quality_report.hpp"
#include "quality/export/quality_tables.hpp"
#include "quality/http/dto_quality.hpp"
#include "quality/http/routes.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace qapp = quality::app;

const Error kAuditMissing{ErrorCode::not_found, {}, "quality.audit.not_found", {}};

std::vector<std::string> with_any(std::vector<std::string> values) {
  values.insert(values.begin(), "");
  return values;
}

const QueryParam kServiceId = QueryParam::integer("service_id", "Audits of one service", 1, kMaxId);
const QueryParam kOrgId = QueryParam::integer("org_id", "Audits of one audited organisation", 1, kMaxId);
const QueryParam kType = QueryParam::choice("type", "Audit type", with_any(quality::audit_types()), "");
const QueryParam kStatus = QueryParam::choice("status", "draft or closed", {"", "draft", "closed"}, "");
const QueryParam kVerdict = QueryParam::choice("verdict", "Result as of close", {"", "pass", "fail", "incomplete"}, "");
const QueryParam kText = QueryParam::text("q", "Title, service or organisation contains (diacritics ignored)");
const QueryParam kServiceText = QueryParam::text("q", "Service or provider name contains (diacritics ignored)");
const QueryParam kLimit = QueryParam::integer("limit", "At most this many (default 20, at most 100)", 1, 100);
const QueryParam kAgainst =
    QueryParam::integer("against", "The audit to compare with; default the audit's previous audit", 1, kMaxId);

// A choice's documented values without the empty one that stands for "any".
QueryParamDoc filter_doc(const QueryParam& p) {
  auto d = p.doc();
  std::erase(d.values, std::string());
  return d;
}

Result<qapp::AuditQuery> audit_query(const Request& req) {
  auto page = paging(req);
  if (!page) return page.error();
  auto service = kServiceId.read_integer(req);
  if (!service) return service.error();
  auto org = kOrgId.read_integer(req);
  if (!org) return org.error();
  auto type = kType.read_text(req);
  if (!type) return type.error();
  auto status = kStatus.read_text(req);
  if (!status) return status.error();
  auto verdict = kVerdict.read_text(req);
  if (!verdict) return verdict.error();
  auto text = kText.read_text(req);
  if (!text) return text.error();
  return qapp::AuditQuery{*service, *org,  *type,      quality::parse_audit_status(*status),
                          *verdict, *text, page->page, page->page_size};
}

Response list_audits(Context& ctx) {
  auto query = audit_query(ctx.req);
  if (!query) return error_response(query.error(), ctx.lang);
  return dto_response(qapp::list_audits(ctx.db(), caller_of(ctx), *query, &qapp::process_heads_cache()));
}

Response create_audit(Context& ctx) {
  auto body = body_as<dto::QAuditInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::create_audit(ctx.db(), caller_of(ctx), std::get<dto::QAuditInput>(body), ctx.lang), 201);
}

Response get_audit(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  return answer(ctx, qapp::get_audit(ctx.db(), caller_of(ctx), *id, ctx.lang));
}

Response update_audit(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto body = body_as<dto::QAuditInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return answer(ctx, qapp::update_audit(ctx.db(), caller_of(ctx), *id, std::get<dto::QAuditInput>(body), ctx.lang));
}

Response put_assessments(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto body = body_as<dto::QAssessmentsInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QAssessmentsInput>(body);
  return answer(ctx, qapp::save_assessments(ctx.db(), caller_of(ctx), *id, in.assessments, ctx.lang));
}

Response close_audit(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  return answer(ctx, qapp::close_audit(ctx.db(), caller_of(ctx), *id, ctx.lang));
}

Response reopen_audit(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  return answer(ctx, qapp::reopen_audit(ctx.db(), caller_of(ctx), *id, ctx.lang));
}

// ---- comparison, report and exports ---------------------------------------------------------------

Response get_comparison(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto against = kAgainst.read_integer(ctx.req);
  if (!against) return error_response(against.error(), ctx.lang);
  return answer(ctx, qapp::audit_comparison(ctx.db(), caller_of(ctx), *id, *against));
}

Result<qapp::AuditDocument> document_for(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return kAuditMissing;
  auto against = kAgainst.read_integer(ctx.req);
  if (!against) return against.error();
  return qapp::audit_document(ctx.db(), caller_of(ctx), *id, *against);
}

std::string file_stem(const dto::QAudit& a) { return "audit-" + std::to_string(a.summary.id); }

Response get_report(Context& ctx) {
  auto doc = document_for(ctx);
  if (!doc) return error_response(doc.error(), ctx.lang);
  return report_response(ctx, exports::audit_report_html(doc->audit, doc->comparison, today()),
                         "zpráva-z-auditu-" + std::to_string(doc->audit.summary.id) + ".pdf");
}

Response export_xlsx(Context& ctx) {
  auto doc = document_for(ctx);
  if (!doc) return error_response(doc.error(), ctx.lang);
  return file_response(exports::to_xlsx(exports::audit_sheets(doc->audit)), exports::kXlsxContentType,
                       file_stem(doc->audit) + ".xlsx");
}

Response export_csv(Context& ctx) {
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto doc = document_for(ctx);
  if (!doc) return error_response(doc.error(), ctx.lang);
  return file_response(exports::to_csv(exports::audit_results_sheet(doc->audit), *delimiter), exports::kCsvContentType,
                       file_stem(doc->audit) + ".csv");
}

// Services to choose for an audit: the registry's public facts (name, provider, kind, forms), searched by
// name or provider, for anyone who may conduct audits (an audit body sees no services in the registry
// pages, whose scope is its own organisation).
Response list_auditable_services(Context& ctx) {
  auto text = kServiceText.read_text(ctx.req);
  if (!text) return error_response(text.error(), ctx.lang);
  auto limit = kLimit.read_integer(ctx.req);
  if (!limit) return error_response(limit.error(), ctx.lang);
  return answer(ctx, qapp::auditable_services(ctx.db(), caller_of(ctx), *text, static_cast<int>(limit->value_or(20))));
}

}  // namespace

void register_quality_audit_routes(RouteTable& t) {
  const std::string tag = "quality";
  auto& list =
      t.add<void, dto::QAuditList>(Verb::get, "/api/quality/audits", Permission::quality_read, list_audits, tag,
                                   "Audits the caller may read: of their organisations, those they are on, "
                                   "those of their region");
  list.query = paging_docs();
  for (const auto* p : {&kServiceId, &kOrgId, &kType, &kStatus, &kVerdict, &kText})
    list.query.push_back(filter_doc(*p));
  t.add<void, dto::QServiceRefList>(Verb::get, "/api/quality/services", Permission::quality_assess,
                                    list_auditable_services, tag,
                                    "Services to choose for an audit (name, provider, kind, forms), for those who "
                                    "conduct audits")
      .query = {kServiceText.doc(), kLimit.doc()};
  t.add<dto::QAuditInput, dto::QAudit>(Verb::post, "/api/quality/audits", Permission::quality_assess, create_audit, tag,
                                       "Create an audit from a template (keeps the template's set version, scale, "
                                       "weights and pass rule)")
      .success_status = 201;
  t.add<void, dto::QAudit>(Verb::get, "/api/quality/audits/{id}", Permission::quality_read, get_audit, tag,
                           "An audit with its criteria, assessments, live results, findings, actions and evidence");
  t.add<dto::QAuditInput, dto::QAudit>(Verb::patch, "/api/quality/audits/{id}", Permission::quality_assess,
                                       update_audit, tag, "Change the header, methods or team of an audit");
  t.add<dto::QAssessmentsInput, dto::QAudit>(Verb::put, "/api/quality/audits/{id}/assessments",
                                             Permission::quality_assess, put_assessments, tag,
                                             "Save scores and notes (idempotent: a queued batch may be resent)")
      .body_limit = 1024 * 1024;
  t.add<void, dto::QAudit>(Verb::post, "/api/quality/audits/{id}/close", Permission::quality_assess, close_audit, tag,
                           "Close an audit: its verdict, total and per-standard results are recorded");
  t.add<void, dto::QAudit>(Verb::post, "/api/quality/audits/{id}/reopen", Permission::quality_assess, reopen_audit, tag,
                           "Reopen a closed audit for changes");
  t.add<void, dto::QComparison>(Verb::get, "/api/quality/audits/{id}/comparison", Permission::quality_read,
                                get_comparison, tag,
                                "Change per criterion and standard against the previous audit (or ?against=ID)")
      .query = {kAgainst.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/report", Permission::quality_read, get_report, tag,
                               "Printable audit report (text/html, or PDF with ?format=pdf): cover, team, methods, "
                               "results, findings, actions, the comparison with the previous audit"),
             {kAgainst.doc(), report_format_doc()});
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/export.xlsx", Permission::quality_read, export_xlsx,
                               tag, "Results, standards, findings and actions as an Excel workbook"));
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/export.csv", Permission::quality_read, export_csv,
                               tag, "Results per criterion as CSV"),
             {csv_delimiter_doc()});
}

}  // namespace kvalis::http
