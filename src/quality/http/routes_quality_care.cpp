// Quality module, care part — consultations and supervisions (issue 5 item 5): records of external
// consultations and supervisions of a provider's staff, linked to audit findings they address, and the
// supervision hours per worker and per team in a year, with a CSV export. The handlers parse, call one use
// case of quality/app/care_supervision.hpp and map the result.
//
// Who may do what (quality/core/care_access.hpp): the provider's members, the recording audit body and the
// region of the provider's territory read; members who may assess of the provider or the recording body
// write. Anyone else gets 404.
#include "quality/http/routes_quality_care.hpp"

#include <set>

#include "platform/core/dates.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/params.hpp"
#include "quality/app/care_supervision.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "quality/http/routes.hpp"

namespace kvalis::http {
namespace care {

namespace qapp = quality::app;
namespace qc = quality::care;

namespace {

const Error kMissing{ErrorCode::not_found, {}, "quality.care.supervision.not_found", {}};
const Error kOrgMissing{ErrorCode::not_found, {}, "organisation.not_found", {}};

const QueryParam kListProvider = QueryParam::integer("provider_org_id", "Only this provider", 1, kMaxId);
const QueryParam kListYear = QueryParam::integer("year", "Only this calendar year", 1990, 2100);
const QueryParam kListKind =
    QueryParam::choice("kind", "Only this kind (default all)", {"consultation", "supervision", "all"}, "all");
const QueryParam kProvider = QueryParam::integer("provider_org_id", "The provider (required)", 1, kMaxId);
const QueryParam kYear = QueryParam::integer("year", "Calendar year (default: this year)", 1990, 2100);
const QueryParam kKind = QueryParam::choice("kind", "Which records count (default supervision)",
                                            {"supervision", "consultation", "all"}, "supervision");
const QueryParam kSearch =
    QueryParam::text("q", "Only providers whose name contains this (ignores case and diacritics)");

dto::QcFindingRef finding_dto(const store::quality_care_repo::FindingRef& f) {
  return {f.id, f.audit_id, f.audit_title, f.severity, f.text};
}

dto::QcSupervision to_dto(const qapp::SupervisionRecord& rec) {
  const auto& r = rec.row;
  dto::QcSupervision d;
  d.id = r.id;
  d.provider_org_id = r.provider_org_id;
  d.provider_name = r.provider_name;
  d.service_id = r.service_id;
  d.service_name = r.service_name;
  d.recorded_by_org_id = r.recorded_by_org_id;
  d.recorded_by_name = r.recorded_by_name;
  d.kind = r.kind;
  d.form = r.form;
  d.supervisor = r.supervisor;
  d.held_on = r.held_on;
  d.hours = r.hours;
  d.topics = r.topics;
  d.note = r.note;
  for (const auto& p : r.participants) d.participants.push_back({p.name, p.team});
  for (const auto& f : r.findings) d.findings.push_back(finding_dto(f));
  d.can_edit = rec.can_edit;
  d.created_at = format_timestamp(r.created_at);
  d.updated_at = format_timestamp(r.updated_at);
  return d;
}

// The body as the use case takes it: kind and form parsed here, once.
Result<qapp::SupervisionInput> input_of(const dto::QcSupervisionInput& in) {
  auto kind = qc::parse_supervision_kind(in.kind);
  if (!kind) return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  auto form = qc::parse_supervision_form(in.form);
  if (!form) return invalid("form", "field.invalid_value", {{"value", in.form}});
  qapp::SupervisionInput out{in.provider_org_id,
                             in.service_id,
                             in.recorded_by_org_id,
                             *kind,
                             *form,
                             in.supervisor,
                             in.held_on,
                             in.hours,
                             in.topics.value_or(""),
                             in.note.value_or(""),
                             {},
                             in.finding_ids};
  for (const auto& p : in.participants) out.participants.push_back({p.name, p.team});
  return out;
}

std::optional<qc::SupervisionKind> kind_of(const std::string& text) {
  return text == "all" ? std::nullopt : qc::parse_supervision_kind(text);
}

// The body parsed and mapped, or the response that refuses it.
template <class F>
Response with_input(Context& ctx, F&& f) {
  auto body = body_as<dto::QcSupervisionInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto in = input_of(std::get<dto::QcSupervisionInput>(body));
  if (!in) return error_response(in.error(), ctx.lang);
  return f(*in);
}

Response list_supervisions(Context& ctx) {
  auto provider = kListProvider.read_integer(ctx.req);
  auto year = kListYear.read_integer(ctx.req);
  auto kind = kListKind.read_text(ctx.req);
  if (!provider) return error_response(provider.error(), ctx.lang);
  if (!year) return error_response(year.error(), ctx.lang);
  if (!kind) return error_response(kind.error(), ctx.lang);
  dto::QcSupervisionList out;
  for (const auto& r : qapp::list_supervisions(ctx.db(), caller_of(ctx),
                                               {*provider, static_cast<int>(year->value_or(0)), kind_of(*kind)}))
    out.items.push_back(to_dto(r));
  return dto_response(out);
}

Response get_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, qapp::get_supervision(ctx.db(), caller_of(ctx), *id), to_dto);
}

Response create_supervision(Context& ctx) {
  return with_input(ctx, [&](const qapp::SupervisionInput& in) {
    return answer_as(ctx, qapp::record_supervision(ctx.db(), caller_of(ctx), in), to_dto, 201);
  });
}

Response update_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return with_input(ctx, [&](const qapp::SupervisionInput& in) {
    return answer_as(ctx, qapp::update_supervision(ctx.db(), caller_of(ctx), *id, in), to_dto);
  });
}

Response delete_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer(ctx, qapp::delete_supervision(ctx.db(), caller_of(ctx), *id));
}

// The provider's records of the year and kind of the query (for the hours and the export).
Result<qapp::ProviderRecords> records_of(Context& ctx) {
  auto provider = kProvider.read_integer(ctx.req);
  if (!provider) return provider.error();
  if (!*provider) return invalid("provider_org_id", "field.required");
  auto year = kYear.read_integer(ctx.req);
  if (!year) return year.error();
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return kind.error();
  const int y = static_cast<int>(year->value_or(std::stoi(today().substr(0, 4))));
  return qapp::provider_records(ctx.db(), caller_of(ctx), **provider, y, kind_of(*kind));
}

Response supervision_hours(Context& ctx) {
  auto records = records_of(ctx);
  if (!records) return error_response(records.error(), ctx.lang);
  const auto sum = qapp::hours_of(*records);
  dto::QcHoursSummary out;
  out.provider_org_id = records->provider.id;
  out.year = sum.year;
  out.kind = records->kind ? std::string(qc::to_string(*records->kind)) : "all";
  out.sessions = sum.sessions;
  out.session_hours = sum.session_hours;
  for (const auto& w : sum.workers) out.workers.push_back({w.name, w.team, w.hours, w.sessions});
  for (const auto& t : sum.teams) out.teams.push_back({t.team, t.hours, t.person_hours, t.sessions, t.workers});
  return dto_response(out);
}

exports::Sheet records_sheet(const qapp::ProviderRecords& records, bool en) {
  exports::Sheet sheet;
  sheet.name = en ? "Supervision" : "Supervize";
  sheet.header =
      en ? std::vector<std::string>{"date",        "kind",         "form",  "supervisor", "hours",   "service",
                                    "recorded by", "participants", "teams", "topics",     "findings"}
         : std::vector<std::string>{"datum",  "druh",      "forma", "supervizor", "hodiny",  "služba",
                                    "zapsal", "účastníci", "týmy",  "témata",     "zjištění"};
  for (const auto& r : records.rows) {
    std::string names, teams, findings;
    std::set<std::string> team_set;
    for (const auto& p : r.participants) {
      names += (names.empty() ? "" : "; ") + p.name;
      if (!p.team.empty() && team_set.insert(p.team).second) teams += (teams.empty() ? "" : "; ") + p.team;
    }
    for (const auto& f : r.findings) findings += (findings.empty() ? "" : "; ") + std::to_string(f.id);
    sheet.rows.push_back({r.held_on, r.kind, r.form, r.supervisor, r.hours, r.service_name, r.recorded_by_name, names,
                          teams, r.topics, findings});
  }
  return sheet;
}

Response export_supervisions(Context& ctx) {
  auto records = records_of(ctx);
  if (!records) return error_response(records.error(), ctx.lang);
  const bool en = ctx.lang == Lang::en;
  return file_response(
      exports::to_csv(records_sheet(*records, en), en ? ',' : ';'), exports::kCsvContentType,
      "supervision-" + std::to_string(records->provider.id) + "-" + std::to_string(records->year) + ".csv");
}

Response provider_findings(Context& ctx) {
  auto id = ctx.path_id("org_id");
  if (!id) return error_response(kOrgMissing, ctx.lang);
  return answer_as(ctx, qapp::provider_findings(ctx.db(), caller_of(ctx), *id), [](const auto& findings) {
    dto::QcFindingList l;
    for (const auto& f : findings) l.items.push_back(finding_dto(f));
    return l;
  });
}

Response supervision_providers(Context& ctx) {
  auto q = kSearch.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  dto::QcProviderList out;
  for (const auto& o : qapp::supervision_providers(ctx.db(), caller_of(ctx), *q, 50))
    out.items.push_back({o.id, o.name, o.region_code});
  return dto_response(out);
}

}  // namespace

void register_supervision_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/quality/care/supervisions";
  t.add<void, dto::QcSupervisionList>(Verb::get, base, Permission::quality_read, list_supervisions, kTag,
                                      "Consultation and supervision records the caller may read, newest first")
      .query = {kListProvider.doc(), kListYear.doc(), kListKind.doc()};
  t.add<dto::QcSupervisionInput, dto::QcSupervision>(Verb::post, base, Permission::quality_assess, create_supervision,
                                                     kTag, "Record a consultation or supervision")
      .success_status = 201;
  const std::vector<QueryParamDoc> summary = {kProvider.doc(), kYear.doc(), kKind.doc()};
  t.add<void, dto::QcHoursSummary>(Verb::get, base + "/hours", Permission::quality_read, supervision_hours, kTag,
                                   "Supervision hours of a provider per worker and per team in a year")
      .query = summary;
  file_route(t.add<void, void>(Verb::get, base + "/export.csv", Permission::quality_read, export_supervisions, kTag,
                               "A provider's records of a year as CSV (semicolons and decimal commas in Czech)"),
             summary);
  t.add<void, dto::QcSupervision>(Verb::get, base + "/{id}", Permission::quality_read, get_supervision, kTag,
                                  "One consultation or supervision record");
  t.add<dto::QcSupervisionInput, dto::QcSupervision>(Verb::put, base + "/{id}", Permission::quality_assess,
                                                     update_supervision, kTag, "Replace a record");
  t.add<void, void>(Verb::delete_, base + "/{id}", Permission::quality_assess, delete_supervision, kTag,
                    "Delete a record");
  t.add<void, dto::QcProviderList>(
       Verb::get, "/api/quality/care/providers", Permission::quality_read, supervision_providers, kTag,
       "Providers the caller may record consultations and supervisions for, by name (at most 50)")
      .query = {kSearch.doc()};
  t.add<void, dto::QcFindingList>(Verb::get, "/api/quality/care/providers/{org_id}/findings", Permission::quality_read,
                                  provider_findings, kTag,
                                  "Findings of audits of a provider, to link a consultation or supervision to");
}

}  // namespace care

void register_quality_care_routes(RouteTable& t) {
  care::register_supervision_routes(t);
  care::register_ospod_routes(t);
  care::register_transformation_routes(t);
}

}  // namespace kvalis::http
