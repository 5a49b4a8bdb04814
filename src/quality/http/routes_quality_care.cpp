// Quality module, care part — consultations and supervisions (issue 5 item 5): records of external
// consultations and supervisions of a provider's staff, linked to audit findings they address, and the
// supervision hours per worker and per team in a year (core/quality/care_supervision.hpp), with a CSV export.
//
// Who may do what (core/quality/care_access.hpp): the provider's members, the recording audit body and the
// region of the provider's territory read; members who may assess of the provider or the recording body
// write. Anyone else gets 404.
#include "quality/http/routes_quality_care.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "platform/core/dates.hpp"
#include "quality/core/care_supervision.hpp"
#include "platform/export/table.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "quality/http/quality_views.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http {
namespace care {

namespace repo = store::quality_care_repo;
namespace qc = quality::care;

store::quality_care_repo::Scope scope_of(const accounts::Principal& p) {
  repo::Scope s;
  s.all = p.platform_admin;
  for (const auto& m : p.memberships) {
    s.organisation_ids.push_back(m.organisation_id);
    if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty())
      s.region_codes.push_back(m.region_code);
  }
  return s;
}

Status check_count(const std::string& field, const std::optional<long long>& value, long long max) {
  if (value && (*value < 0 || *value > max))
    return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", std::to_string(max)}});
  return ok_status();
}

void log_change(soci::session& s, const Context& ctx, const std::string& action, const std::string& entity,
                long long entity_id, long long organisation_id, const std::string& detail) {
  store::activity_log::append(s, audit_entry(ctx, action, entity, entity_id, organisation_id, detail));
}

namespace {

const Error kMissing{ErrorCode::not_found, {}, "quality.care.supervision.not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};
const std::vector<std::string> kKinds = {"consultation", "supervision"};
const std::vector<std::string> kForms = {"individual", "group", "team", "case"};

dto::QcSupervision to_dto(const repo::SupervisionRow& r, bool can_edit) {
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
  for (const auto& f : r.findings) d.findings.push_back({f.id, f.audit_id, f.audit_title, f.severity, f.text});
  d.can_edit = can_edit;
  d.created_at = format_timestamp(r.created_at);
  d.updated_at = format_timestamp(r.updated_at);
  return d;
}

// What the caller sees of a provider: whether at all (qc::sees_provider), and the findings of the
// provider's audits the caller may read (to list and to link).
struct ProviderView {
  bool sees = false;
  std::vector<repo::FindingRef> findings;
};

ProviderView provider_view(soci::session& s, const accounts::Principal& p, const repo::OrgRef& provider) {
  store::quality_repo::AuditFilter f;
  f.org_id = provider.id;
  std::set<long long> readable;
  for (const auto& v : quality_views::visible_audits(s, p, f)) readable.insert(v.audit.id);
  ProviderView out;
  out.sees = qc::sees_provider(p, {provider.id, provider.region_code}, !readable.empty());
  for (auto& x : repo::provider_findings(s, provider.id))
    if (readable.count(x.audit_id)) out.findings.push_back(std::move(x));
  return out;
}

qc::CareRights rights(const Context& ctx, const repo::SupervisionRow& r) {
  return qc::supervision_rights(ctx.principal, {r.provider_org_id, r.provider_region_code}, r.recorded_by_org_id);
}

// Validates the body and fills the row (provider, recorder, service and findings are checked against the
// database). The caller must be able to write for the provider through the recorder.
Status apply_input(soci::session& s, const Context& ctx, const dto::QcSupervisionInput& in, repo::SupervisionRow& r) {
  if (std::find(kKinds.begin(), kKinds.end(), in.kind) == kKinds.end())
    return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  if (std::find(kForms.begin(), kForms.end(), in.form) == kForms.end())
    return invalid("form", "field.invalid_value", {{"value", in.form}});
  if (auto st = check_line("supervisor", in.supervisor, 200, true); !st) return st;
  if (auto st = check_date("held_on", in.held_on, true); !st) return st;
  if (!(in.hours > 0) || in.hours > 24)
    return invalid("hours", "field.out_of_range", {{"min", "0,25"}, {"max", "24"}});
  if (std::fabs(in.hours * 4 - std::round(in.hours * 4)) > 1e-9)  // quarter hours
    return invalid("hours", "field.invalid_value", {{"value", std::to_string(in.hours)}});
  r.topics = in.topics.value_or("");
  r.note = in.note.value_or("");
  if (auto st = check_text("topics", r.topics, 4000, false); !st) return st;
  if (auto st = check_text("note", r.note, 4000, false); !st) return st;
  if (in.participants.size() > 200) return invalid("participants", "field.too_long", {{"max", "200"}});
  r.participants.clear();
  std::set<std::string> names;
  for (std::size_t i = 0; i < in.participants.size(); ++i) {
    const std::string base = "participants[" + std::to_string(i) + "]";
    const std::string name = qc::normalise_name(in.participants[i].name);
    const std::string team = qc::normalise_name(in.participants[i].team);
    if (auto st = check_line(base + ".name", name, 200, true); !st) return st;
    if (auto st = check_text(base + ".team", team, 200, false); !st) return st;
    if (!names.insert(name).second) return invalid(base + ".name", "field.invalid_value", {{"value", name}});
    r.participants.push_back({name, team});
  }
  if (r.participants.empty()) return invalid("participants", "field.required");

  // The provider and who records.
  auto provider = repo::get_org(s, in.provider_org_id);
  if (!provider || provider->type != "provider")
    return invalid("provider_org_id", "quality.care.provider.invalid", {{"value", std::to_string(in.provider_org_id)}});
  const auto view = provider_view(s, ctx.principal, *provider);
  if (r.id == 0) {
    // A new record only for a provider the caller sees (an audit body: one whose audit it may read).
    if (!view.sees)
      return invalid("provider_org_id", "quality.care.provider.invalid", {{"value", std::to_string(in.provider_org_id)}});
    r.provider_org_id = provider->id;
    r.provider_region_code = provider->region_code;
    long long recorder = in.recorded_by_org_id.value_or(0);
    if (!recorder) {
      if (qc::assessor_of(ctx.principal, provider->id) || ctx.principal.platform_admin) recorder = provider->id;
      else
        for (const auto& m : ctx.principal.memberships)
          if (m.organisation_type == accounts::OrganisationType::audit_body && m.role != accounts::Role::readonly) {
            recorder = m.organisation_id;
            break;
          }
    }
    auto rec = repo::get_org(s, recorder);
    if (!rec || (rec->id != provider->id && rec->type != "audit_body"))
      return invalid("recorded_by_org_id", "quality.care.recorder.invalid", {{"value", std::to_string(recorder)}});
    r.recorded_by_org_id = rec->id;
    const bool may = ctx.principal.platform_admin || qc::assessor_of(ctx.principal, rec->id);
    if (!may) return invalid("recorded_by_org_id", "quality.care.recorder.invalid", {{"value", std::to_string(recorder)}});
  } else if (in.provider_org_id != r.provider_org_id) {
    return invalid("provider_org_id", "field.invalid_value", {{"value", std::to_string(in.provider_org_id)}});
  }
  r.service_id = in.service_id;
  if (in.service_id) {
    auto svc = repo::get_service(s, *in.service_id);
    if (!svc || svc->provider_org_id != r.provider_org_id)
      return invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
  }
  const auto linked = std::move(r.findings);  // of the record being replaced
  r.findings.clear();
  if (in.finding_ids) {
    // Findings of the provider's audits the caller may read, and those the record links already.
    auto own = view.findings;
    for (const auto& f : linked)
      if (std::none_of(own.begin(), own.end(), [&](const auto& x) { return x.id == f.id; })) own.push_back(f);
    for (std::size_t i = 0; i < in.finding_ids->size(); ++i) {
      const long long id = (*in.finding_ids)[i];
      auto it = std::find_if(own.begin(), own.end(), [&](const auto& f) { return f.id == id; });
      if (it == own.end())
        return invalid("finding_ids[" + std::to_string(i) + "]", "quality.care.finding.invalid",
                       {{"value", std::to_string(id)}});
      if (std::none_of(r.findings.begin(), r.findings.end(), [&](const auto& f) { return f.id == id; }))
        r.findings.push_back(*it);
    }
  }
  r.kind = in.kind;
  r.form = in.form;
  r.supervisor = in.supervisor;
  r.held_on = in.held_on;
  r.hours = in.hours;
  return ok_status();
}

Response list_supervisions(Context& ctx) {
  auto provider = int_param(ctx.req, "provider_org_id", 1, std::numeric_limits<long long>::max());
  if (!provider) return error_response(provider.error(), ctx.lang);
  auto year = int_param(ctx.req, "year", 1990, 2100);
  if (!year) return error_response(year.error(), ctx.lang);
  auto kind = enum_param(ctx.req, "kind", {"consultation", "supervision", "all"}, "all");
  if (!kind) return error_response(kind.error(), ctx.lang);
  repo::SupervisionQuery q;
  q.scope = scope_of(ctx.principal);
  q.provider_org_id = *provider;
  q.year = year->value_or(0);
  q.kind = *kind == "all" ? "" : *kind;
  dto::QcSupervisionList out;
  ctx.db().read([&](soci::session& s) {
    for (const auto& r : repo::list_supervisions(s, q)) {
      const auto rg = rights(ctx, r);
      if (rg.read) out.items.push_back(to_dto(r, rg.write));
    }
  });
  return dto_response(out);
}

Response get_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  auto r = ctx.db().read([&](soci::session& s) { return repo::get_supervision(s, *id); });
  if (!r || !rights(ctx, *r).read) return error_response(kMissing, ctx.lang);
  return dto_response(to_dto(*r, rights(ctx, *r).write));
}

Response create_supervision(Context& ctx) {
  auto body = body_as<dto::QcSupervisionInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcSupervisionInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcSupervision> {
    repo::SupervisionRow r;
    if (auto st = apply_input(s, ctx, in, r); !st) return st.error();
    r.created_by = ctx.principal.user_id;
    r.created_at = r.updated_at = store::now_epoch();
    r.id = repo::insert_supervision(s, r);
    log_change(s, ctx, "quality.care.supervision.create", "qc_supervision", r.id, r.provider_org_id,
               r.kind + " " + r.held_on);
    auto saved = repo::get_supervision(s, r.id);
    return to_dto(*saved, true);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  auto body = body_as<dto::QcSupervisionInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcSupervisionInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcSupervision> {
    auto r = repo::get_supervision(s, *id);
    if (!r || !rights(ctx, *r).read) return kMissing;
    if (!rights(ctx, *r).write) return kForbidden;
    if (auto st = apply_input(s, ctx, in, *r); !st) return st.error();
    r->updated_at = store::now_epoch();
    repo::update_supervision(s, *r);
    log_change(s, ctx, "quality.care.supervision.update", "qc_supervision", r->id, r->provider_org_id);
    return to_dto(*repo::get_supervision(s, r->id), true);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response delete_supervision(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto r = repo::get_supervision(s, *id);
    if (!r || !rights(ctx, *r).read) return kMissing;
    if (!rights(ctx, *r).write) return kForbidden;
    repo::delete_supervision(s, r->id);
    log_change(s, ctx, "quality.care.supervision.delete", "qc_supervision", r->id, r->provider_org_id,
               r->kind + " " + r->held_on);
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

// The provider's records the caller may read, for the hours and the export; 404 when the caller sees none
// of the provider (so that provider ids cannot be probed).
struct ProviderRecords {
  repo::OrgRef provider;
  std::vector<repo::SupervisionRow> rows;
};

Result<ProviderRecords> provider_records(Context& ctx, int year, const std::string& kind) {
  auto provider = int_param(ctx.req, "provider_org_id", 1, std::numeric_limits<long long>::max());
  if (!provider) return provider.error();
  if (!*provider) return invalid("provider_org_id", "field.required");
  return ctx.db().read([&](soci::session& s) -> Result<ProviderRecords> {
    auto org = repo::get_org(s, **provider);
    const Error missing{ErrorCode::not_found, {}, "organisation.not_found", {}};
    if (!org || org->type != "provider") return missing;
    // Reading the provider's summary needs the provider's or its region's view; an audit body reads its own records.
    repo::SupervisionQuery q;
    q.scope = scope_of(ctx.principal);
    q.provider_org_id = org->id;
    q.year = year;
    q.kind = kind;
    ProviderRecords out{*org, {}};
    for (auto& r : repo::list_supervisions(s, q))
      if (rights(ctx, r).read) out.rows.push_back(std::move(r));
    const bool sees_provider = ctx.principal.platform_admin || accounts::member_of(ctx.principal, org->id) ||
                               accounts::region_member(ctx.principal, org->region_code);
    if (!sees_provider && out.rows.empty()) return missing;
    return out;
  });
}

Result<std::pair<int, std::string>> year_and_kind(const Context& ctx) {
  auto year = int_param(ctx.req, "year", 1990, 2100);
  if (!year) return year.error();
  auto kind = enum_param(ctx.req, "kind", {"consultation", "supervision", "all"}, "supervision");
  if (!kind) return kind.error();
  return std::make_pair(static_cast<int>(year->value_or(std::stoi(today().substr(0, 4)))),
                        *kind == "all" ? std::string() : *kind);
}

Response supervision_hours(Context& ctx) {
  auto yk = year_and_kind(ctx);
  if (!yk) return error_response(yk.error(), ctx.lang);
  auto records = provider_records(ctx, yk->first, yk->second);
  if (!records) return error_response(records.error(), ctx.lang);
  std::vector<qc::SupervisionSession> sessions;
  for (const auto& r : records->rows) {
    qc::SupervisionSession s{r.held_on, r.hours, {}};
    for (const auto& p : r.participants) s.participants.push_back({p.name, p.team});
    sessions.push_back(std::move(s));
  }
  const auto sum = qc::supervision_hours(sessions, yk->first);
  dto::QcHoursSummary out;
  out.provider_org_id = records->provider.id;
  out.year = sum.year;
  out.kind = yk->second.empty() ? "all" : yk->second;
  out.sessions = sum.sessions;
  out.session_hours = sum.session_hours;
  for (const auto& w : sum.workers) out.workers.push_back({w.name, w.team, w.hours, w.sessions});
  for (const auto& t : sum.teams) out.teams.push_back({t.team, t.hours, t.person_hours, t.sessions, t.workers});
  return dto_response(out);
}

Response export_supervisions(Context& ctx) {
  auto yk = year_and_kind(ctx);
  if (!yk) return error_response(yk.error(), ctx.lang);
  auto records = provider_records(ctx, yk->first, yk->second);
  if (!records) return error_response(records.error(), ctx.lang);
  const bool en = ctx.lang == Lang::en;
  exports::Sheet sheet;
  sheet.name = en ? "Supervision" : "Supervize";
  sheet.header = en ? std::vector<std::string>{"date", "kind", "form", "supervisor", "hours", "service", "recorded by",
                                               "participants", "teams", "topics", "findings"}
                    : std::vector<std::string>{"datum", "druh", "forma", "supervizor", "hodiny", "služba", "zapsal",
                                               "účastníci", "týmy", "témata", "zjištění"};
  for (const auto& r : records->rows) {
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
  Response resp;
  resp.body = exports::to_csv(sheet, ctx.lang == Lang::en ? ',' : ';');
  resp.content_type = exports::kCsvContentType;
  resp.headers.emplace_back("Content-Disposition",
                            exports::attachment("supervision-" + std::to_string(records->provider.id) + "-" +
                                                std::to_string(yk->first) + ".csv"));
  return resp;
}

Response provider_findings(Context& ctx) {
  auto id = ctx.path_id("org_id");
  const Error missing{ErrorCode::not_found, {}, "organisation.not_found", {}};
  if (!id) return error_response(missing, ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> std::optional<dto::QcFindingList> {
    auto org = repo::get_org(s, *id);
    if (!org || org->type != "provider") return std::nullopt;
    // Only findings of audits the caller may read; a provider the caller does not see is not found.
    const auto view = provider_view(s, ctx.principal, *org);
    if (!view.sees) return std::nullopt;
    dto::QcFindingList l;
    for (const auto& f : view.findings) l.items.push_back({f.id, f.audit_id, f.audit_title, f.severity, f.text});
    return l;
  });
  if (!out) return error_response(missing, ctx.lang);
  return dto_response(*out);
}

std::vector<QueryParamDoc> summary_docs() {
  return {{"provider_org_id", "integer", "The provider (required)", {}},
          {"year", "integer", "Calendar year (default: this year)", {}},
          {"kind", "string", "Which records count (default supervision)", {"supervision", "consultation", "all"}}};
}

}  // namespace

void register_supervision_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/quality/care/supervisions";
  t.add<void, dto::QcSupervisionList>(Verb::get, base, Permission::quality_read, list_supervisions, kTag,
                                      "Consultation and supervision records the caller may read, newest first")
      .query = {{"provider_org_id", "integer", "Only this provider", {}},
                {"year", "integer", "Only this calendar year", {}},
                {"kind", "string", "Only this kind (default all)", {"consultation", "supervision", "all"}}};
  t.add<dto::QcSupervisionInput, dto::QcSupervision>(Verb::post, base, Permission::quality_assess, create_supervision,
                                                     kTag, "Record a consultation or supervision")
      .success_status = 201;
  t.add<void, dto::QcHoursSummary>(Verb::get, base + "/hours", Permission::quality_read, supervision_hours, kTag,
                                   "Supervision hours of a provider per worker and per team in a year")
      .query = summary_docs();
  {
    Route& r = t.add<void, void>(Verb::get, base + "/export.csv", Permission::quality_read, export_supervisions, kTag,
                                 "A provider's records of a year as CSV (semicolons and decimal commas in Czech)");
    r.success_status = 200;
    r.response_schema = json::object{{"type", "string"}, {"format", "binary"}};
    r.query = summary_docs();
  }
  t.add<void, dto::QcSupervision>(Verb::get, base + "/{id}", Permission::quality_read, get_supervision, kTag,
                                  "One consultation or supervision record");
  t.add<dto::QcSupervisionInput, dto::QcSupervision>(Verb::put, base + "/{id}", Permission::quality_assess,
                                                     update_supervision, kTag, "Replace a record");
  t.add<void, void>(Verb::delete_, base + "/{id}", Permission::quality_assess, delete_supervision, kTag,
                    "Delete a record");
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
