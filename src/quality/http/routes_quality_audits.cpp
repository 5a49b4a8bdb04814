// Quality audits: create (self-assessment, internal, external, process, state inspection records), header and
// team, scoring with notes (idempotent, so a client may resend what it queued offline), evidence files, close
// and reopen, the follow-up comparison, the printable report and exports.
//
// Who may do what is decided once, in core/quality/audit_access.hpp; an audit the caller may not read is 404.
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "quality/export/quality_report.hpp"
#include "quality/export/quality_tables.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/params.hpp"
#include "quality/http/quality_views.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
using accounts::Role;
using namespace quality_views;

constexpr std::size_t kNoteLimit = 4000;

const Error kTeamWithoutCaller = invalid("team", "quality.audit.team_without_caller");

const std::vector<std::string> kTypes = {"self_assessment", "internal",         "external",         "process",
                                         "inspection_basic", "inspection_followup", "inspection_notice"};
const std::vector<std::string> kMethods = {"document_study", "interviews_users", "interviews_staff",
                                           "observation",    "records_review",   "accompanying"};

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }


Result<AuditView> audit_for(soci::session& s, const Context& ctx, long long id) {
  auto v = load_audit(s, ctx.principal, id);
  if (!v) return kAuditMissing;
  return std::move(*v);
}

// ---- header and team ----------------------------------------------------------------------------

Status apply_team(soci::session& s, const std::vector<dto::QTeamInput>& in, std::vector<qrepo::TeamRow>& team) {
  team.clear();
  int leaders = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& m = in[i];
    const std::string field = "team[" + std::to_string(i) + "]";
    if (m.role != "leader" && m.role != "member")
      return invalid(field + ".role", "quality.audit.team_role_invalid", {{"value", m.role}});
    if (m.role == "leader" && ++leaders > 1) return invalid(field + ".role", "quality.audit.team_two_leaders");
    if (std::any_of(team.begin(), team.end(), [&](const qrepo::TeamRow& t) { return t.user_id == m.user_id; }))
      return invalid(field + ".user_id", "quality.audit.team_duplicate", {{"value", std::to_string(m.user_id)}});
    std::string name;
    int active = 0;
    s << "SELECT display_name, active FROM users WHERE id = :id", soci::use(m.user_id), soci::into(name),
        soci::into(active);
    if (!s.got_data() || !active)
      return invalid(field + ".user_id", "quality.audit.team_user_unknown", {{"value", std::to_string(m.user_id)}});
    team.push_back({m.user_id, name, m.role});
  }
  return ok_status();
}

Status apply_header(soci::session& s, const dto::QAuditInput& in, qrepo::AuditRow& a) {
  if (in.type) {
    if (!contains(kTypes, *in.type)) return invalid("type", "quality.audit.type_invalid", {{"value", *in.type}});
    a.type = *in.type;
  }
  if (in.title) a.title = trim(*in.title);
  if (in.place) a.place = trim(*in.place);
  if (in.starts_on) a.starts_on = *in.starts_on;
  if (in.ends_on) a.ends_on = *in.ends_on;
  if (in.summary_text) a.summary = *in.summary_text;
  if (in.methods) {
    a.methods.clear();
    for (std::size_t i = 0; i < in.methods->size(); ++i) {
      const auto& m = (*in.methods)[i];
      if (!contains(kMethods, m))
        return invalid("methods[" + std::to_string(i) + "]", "quality.audit.method_invalid", {{"value", m}});
      if (!contains(a.methods, m)) a.methods.push_back(m);
    }
  }
  if (auto st = check_line("title", a.title, 300, true); !st) return st;
  if (auto st = check_line("place", a.place, 300, false); !st) return st;
  if (auto st = check_text("summary_text", a.summary, 20000, false); !st) return st;
  if (auto st = check_date("starts_on", a.starts_on, false); !st) return st;
  if (auto st = check_date("ends_on", a.ends_on, false); !st) return st;
  if (!a.starts_on.empty() && !a.ends_on.empty() && a.ends_on < a.starts_on)
    return invalid("ends_on", "quality.audit.dates_order");
  if (in.team)
    if (auto st = apply_team(s, *in.team, a.team); !st) return st;
  if (in.previous_audit_id) {
    if (*in.previous_audit_id == 0) {
      a.previous_audit_id.reset();
    } else {
      auto prev = qrepo::get_audit(s, *in.previous_audit_id);
      const bool same_target = prev && prev->id != a.id && prev->audited_org_id == a.audited_org_id &&
                               prev->service_id == a.service_id;
      if (!same_target) return invalid("previous_audit_id", "quality.audit.previous_invalid");
      a.previous_audit_id = prev->id;
    }
  }
  return ok_status();
}

bool may_conduct(const accounts::Principal& p, long long org_id) { return quality::may_act_as_conductor(p, org_id); }

// The conducting organisation when the request names none: the audited organisation for a self-assessment
// and an internal audit; else the caller's audit body or region (for a state inspection the region of the
// audited service first). check_new_audit then says what is wrong with it, if anything.
long long default_conductor(const accounts::Principal& p, const std::string& type, long long audited_org_id,
                            const std::string& audited_region) {
  using accounts::OrganisationType;
  if (type == "self_assessment" || type == "internal") return audited_org_id;
  const bool inspection = type.rfind("inspection_", 0) == 0;
  auto first = [&](OrganisationType t, bool same_region) -> long long {
    for (const auto& m : p.memberships)
      if (m.organisation_type == t && (!same_region || m.region_code == audited_region) && may_conduct(p, m.organisation_id))
        return m.organisation_id;
    return 0;
  };
  for (long long id : {inspection ? 0 : first(OrganisationType::audit_body, false), first(OrganisationType::region, true),
                       first(OrganisationType::region, false)})
    if (id) return id;
  return audited_org_id;
}

// An organisation's type and region, for the conductor rule.
struct OrgFacts {
  accounts::OrganisationType type = accounts::OrganisationType::provider;
  std::string region_code;
};

std::optional<OrgFacts> org_facts(soci::session& s, long long id) {
  std::string type, region;
  soci::indicator region_ind = soci::i_ok;
  s << "SELECT type, region_code FROM organisations WHERE id = :id", soci::use(id), soci::into(type),
      soci::into(region, region_ind);
  if (!s.got_data()) return std::nullopt;
  auto t = accounts::parse_organisation_type(type);
  if (!t) return std::nullopt;
  return OrgFacts{*t, region_ind == soci::i_null ? std::string() : region};
}

// Does the conducting organisation fit the audit's type and target (quality::check_conductor); with a
// principal, may the caller also act for it (a new audit).
Status check_conductor(soci::session& s, const accounts::Principal* p, const std::string& type, long long audited_org_id,
                       const std::string& audited_region, bool by_service, long long conductor_org_id) {
  auto conductor = org_facts(s, conductor_org_id);
  if (!conductor) return invalid("conducted_by_org_id", "organisation.not_found");
  const quality::ConductFacts f{type,           audited_org_id, audited_region, by_service, conductor_org_id,
                                conductor->type, conductor->region_code};
  return p ? quality::check_new_audit(*p, f) : quality::check_conductor(f);
}

Response create_audit(Context& ctx) {
  auto body = body_as<dto::QAuditInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QAuditInput>(body);
  if (!in.type) return error_response(invalid("type", "field.required"), ctx.lang);
  if (!in.template_id) return error_response(invalid("template_id", "field.required"), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QAudit> {
    qrepo::AuditRow a;
    a.type = *in.type;
    if (!contains(kTypes, a.type)) return invalid("type", "quality.audit.type_invalid", {{"value", a.type}});
    auto tmpl = qrepo::get_template(s, *in.template_id);
    if (!tmpl) return invalid("template_id", "quality.template.not_found");
    if (tmpl->archived) return invalid("template_id", "quality.template.archived");
    a.template_id = tmpl->id;
    a.set_id = tmpl->set_id;
    a.scale_code = tmpl->scale_code;
    a.scale_name = tmpl->scale_name;
    a.scale_levels = tmpl->scale_levels;
    a.pass_rule = tmpl->pass_rule;
    a.weights = tmpl->weights;
    std::string audited_region;
    if (in.service_id) {
      long long provider = 0;
      std::string name;
      soci::indicator region_ind = soci::i_ok;
      s << "SELECT provider_id, name, region_code FROM services WHERE id = :id", soci::use(*in.service_id),
          soci::into(provider), soci::into(name), soci::into(audited_region, region_ind);
      if (!s.got_data()) return invalid("service_id", "service.not_found");
      if (region_ind == soci::i_null) audited_region.clear();
      a.service_id = *in.service_id;
      a.audited_org_id = provider;
      if (a.place.empty()) a.place = name;
    } else if (in.audited_org_id) {
      auto org = org_facts(s, *in.audited_org_id);
      if (!org) return invalid("audited_org_id", "organisation.not_found");
      a.audited_org_id = *in.audited_org_id;
      audited_region = org->region_code;
    } else {
      return invalid("service_id", "quality.audit.target_required");
    }
    a.conducted_by_org_id = in.conducted_by_org_id
                                ? *in.conducted_by_org_id
                                : default_conductor(ctx.principal, a.type, a.audited_org_id, audited_region);
    if (auto st = check_conductor(s, &ctx.principal, a.type, a.audited_org_id, audited_region, in.service_id.has_value(),
                                  a.conducted_by_org_id);
        !st)
      return st.error();
    if (auto st = apply_header(s, in, a); !st) return st.error();
    if (!in.team)
      a.team = {{ctx.principal.user_id, ctx.principal.display_name, "leader"}};
    a.created_by = ctx.principal.user_id;
    const long long now = store::now_epoch();
    qrepo::insert_audit(s, a, now);
    store::activity_log::append(s, audit_entry(ctx, "quality.audit.create", "q_audit", a.id, a.audited_org_id, a.title));
    // A team without the caller, who has no other right to read the audit, would hide it from its creator:
    // refused, and the transaction rolls back.
    auto view = load_audit(s, ctx.principal, a.id);
    if (!view) return kTeamWithoutCaller;
    return audit_dto(s, *view, ctx.lang);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response list_audits(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  qrepo::AuditFilter f;
  auto service = int_param(ctx.req, "service_id", 1, INT64_MAX);
  if (!service) return error_response(service.error(), ctx.lang);
  f.service_id = *service;
  auto org = int_param(ctx.req, "org_id", 1, INT64_MAX);
  if (!org) return error_response(org.error(), ctx.lang);
  f.org_id = *org;
  std::vector<std::string> types = kTypes;
  types.insert(types.begin(), "");
  auto type = enum_param(ctx.req, "type", types, "");
  if (!type) return error_response(type.error(), ctx.lang);
  f.type = *type;
  auto status = enum_param(ctx.req, "status", {"", "draft", "closed"}, "");
  if (!status) return error_response(status.error(), ctx.lang);
  f.status = *status;
  auto verdict = enum_param(ctx.req, "verdict", {"", "pass", "fail", "incomplete"}, "");
  if (!verdict) return error_response(verdict.error(), ctx.lang);
  f.verdict = *verdict;
  auto text = text_param(ctx.req, "q");
  if (!text) return error_response(text.error(), ctx.lang);
  f.text = *text;
  auto list = ctx.db().read([&](soci::session& s) {
    dto::QAuditList out;
    auto views = visible_audits(s, ctx.principal, f);
    out.total = static_cast<long long>(views.size());
    out.page = page->page;
    out.page_size = page->page_size;
    std::vector<long long> ids;
    for (std::size_t i = page->offset(); i < views.size() && ids.size() < static_cast<std::size_t>(page->page_size); ++i)
      ids.push_back(views[i].audit.id);
    auto counts = qrepo::action_counts(s, ids, today());
    for (std::size_t i = page->offset(); i < page->offset() + ids.size(); ++i)
      out.items.push_back(summary_dto(views[i].audit, counts[views[i].audit.id]));
    return out;
  });
  return dto_response(list);
}

Response get_audit(Context& ctx) {
  return read_by_id<dto::QAudit>(ctx, kAuditMissing, [&](soci::session& s, long long id) -> Result<dto::QAudit> {
    auto v = audit_for(s, ctx, id);
    if (!v) return v.error();
    return audit_dto(s, *v, ctx.lang);
  });
}

// Runs f in a write transaction on an audit the caller may read; f checks the finer right.
template <class F>
Response with_audit(Context& ctx, F&& f, unsigned status = 200) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QAudit> {
    auto v = audit_for(s, ctx, *id);
    if (!v) return v.error();
    if (auto st = f(s, *v); !st) return st.error();
    // A new team may leave the caller without access (PATCH): refused, and the transaction rolls back.
    auto fresh = load_audit(s, ctx.principal, *id);
    if (!fresh) return kTeamWithoutCaller;
    return audit_dto(s, *fresh, ctx.lang);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, status);
}

Response update_audit(Context& ctx) {
  auto body = body_as<dto::QAuditInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QAuditInput>(body);
  if (in.template_id || in.service_id || in.audited_org_id || in.conducted_by_org_id)
    return error_response(invalid(in.template_id ? "template_id" : in.service_id ? "service_id"
                                  : in.audited_org_id ? "audited_org_id" : "conducted_by_org_id",
                                  "quality.audit.read_only"),
                          ctx.lang);
  return with_audit(ctx, [&](soci::session& s, AuditView& v) -> Status {
    if (!v.rights.manage) return kForbidden;
    if (v.audit.status == "closed" && (in.type || in.team || in.methods || in.starts_on || in.ends_on))
      return invalid("status", "quality.audit.closed");
    const std::string type_before = v.audit.type;
    if (auto st = apply_header(s, in, v.audit); !st) return st;
    // A new type must fit the conducting organisation (an audit body's external audit cannot become a
    // self-assessment); the organisations themselves cannot change.
    if (v.audit.type != type_before)
      if (auto st = check_conductor(s, nullptr, v.audit.type, v.audit.audited_org_id, v.audit.region_code(),
                                    v.audit.service_id.has_value(), v.audit.conducted_by_org_id);
          !st)
        return st;
    qrepo::update_audit(s, v.audit, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.audit.update", "q_audit", v.audit.id, v.audit.audited_org_id));
    return ok_status();
  });
}

Response put_assessments(Context& ctx) {
  auto body = body_as<dto::QAssessmentsInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QAssessmentsInput>(body);
  return with_audit(ctx, [&](soci::session& s, AuditView& v) -> Status {
    if (v.audit.status == "closed") return invalid("status", "quality.audit.closed");
    if (!v.rights.score) return kForbidden;
    const auto model = qrepo::model_of(s, v.audit);
    std::map<long long, qrepo::AssessmentRow> current;
    for (auto& a : qrepo::assessments_of(s, v.audit.id)) current[a.criterion_id] = a;
    const long long now = store::now_epoch();
    for (std::size_t i = 0; i < in.assessments.size(); ++i) {
      const auto& x = in.assessments[i];
      const std::string field = "assessments[" + std::to_string(i) + "]";
      auto c = std::find_if(model.criteria.begin(), model.criteria.end(),
                            [&](const qrepo::CriterionRow& r) { return r.id == x.criterion_id; });
      if (c == model.criteria.end())
        return invalid(field + ".criterion_id", "quality.assessment.unknown_criterion",
                       {{"value", std::to_string(x.criterion_id)}});
      if (!x.level_code.empty() && !model.scale.find(x.level_code))
        return invalid(field + ".level_code", "quality.assessment.unknown_level",
                       {{"criterion", quality::criterion_code(c->standard, c->letter)},
                        {"scale", model.scale.name_cs},
                        {"value", x.level_code}});
      qrepo::AssessmentRow row = current.count(x.criterion_id) ? current[x.criterion_id] : qrepo::AssessmentRow{};
      row.criterion_id = x.criterion_id;
      row.level_code = x.level_code;
      if (x.note) row.note = *x.note;
      if (auto st = check_text(field + ".note", row.note, kNoteLimit, false); !st) return st;
      row.updated_by = ctx.principal.user_id;
      row.updated_at = now;
      qrepo::upsert_assessment(s, v.audit.id, row);
    }
    qrepo::touch_audit(s, v.audit.id, now);
    return ok_status();
  });
}

Response close_audit(Context& ctx) {
  return with_audit(ctx, [&](soci::session& s, AuditView& v) -> Status {
    if (!v.rights.manage) return kForbidden;
    if (v.audit.status == "closed") return invalid("status", "quality.audit.closed");
    const auto score = qrepo::close_audit(s, v.audit.id, ctx.principal.user_id, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.audit.close", "q_audit", v.audit.id, v.audit.audited_org_id,
                                           std::string(quality::to_string(score.verdict))));
    return ok_status();
  });
}

Response reopen_audit(Context& ctx) {
  return with_audit(ctx, [&](soci::session& s, AuditView& v) -> Status {
    if (!v.rights.manage) return kForbidden;
    if (v.audit.status != "closed") return invalid("status", "quality.audit.not_closed");
    qrepo::reopen_audit(s, v.audit.id, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.audit.reopen", "q_audit", v.audit.id, v.audit.audited_org_id));
    return ok_status();
  });
}

// ---- comparison, report and exports ---------------------------------------------------------------

Result<std::optional<dto::QComparison>> comparison_for(soci::session& s, const Context& ctx, const AuditView& v,
                                                       bool required) {
  auto against = int_param(ctx.req, "against", 1, INT64_MAX);
  if (!against) return against.error();
  std::optional<long long> previous_id = *against ? *against : v.audit.previous_audit_id;
  if (!previous_id) {
    if (required) return invalid("against", "quality.audit.no_previous");
    return std::optional<dto::QComparison>{};
  }
  auto previous = load_audit(s, ctx.principal, *previous_id);
  if (!previous) return invalid("against", "quality.audit.not_found");
  return std::optional<dto::QComparison>(comparison_dto(s, previous->audit, v.audit));
}

Response get_comparison(Context& ctx) {
  return read_by_id<dto::QComparison>(ctx, kAuditMissing, [&](soci::session& s, long long id) -> Result<dto::QComparison> {
    auto v = audit_for(s, ctx, id);
    if (!v) return v.error();
    auto cmp = comparison_for(s, ctx, *v, true);
    if (!cmp) return cmp.error();
    return **cmp;
  });
}

struct AuditDocument {
  dto::QAudit audit;
  std::optional<dto::QComparison> comparison;
};

Result<AuditDocument> document_for(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return kAuditMissing;
  return ctx.db().read([&](soci::session& s) -> Result<AuditDocument> {
    auto v = audit_for(s, ctx, *id);
    if (!v) return v.error();
    auto cmp = comparison_for(s, ctx, *v, false);
    if (!cmp) return cmp.error();
    return AuditDocument{audit_dto(s, *v, Lang::cs), *cmp};
  });
}

std::string file_stem(const dto::QAudit& a) { return "audit-" + std::to_string(a.summary.id); }

Response get_report(Context& ctx) {
  auto doc = document_for(ctx);
  if (!doc) return error_response(doc.error(), ctx.lang);
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = exports::audit_report_html(doc->audit, doc->comparison, today());
  return r;
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
  auto text = text_param(ctx.req, "q");
  if (!text) return error_response(text.error(), ctx.lang);
  auto limit = int_param(ctx.req, "limit", 1, 100);
  if (!limit) return error_response(limit.error(), ctx.lang);
  const bool conductor = ctx.principal.platform_admin ||
                         std::any_of(ctx.principal.memberships.begin(), ctx.principal.memberships.end(),
                                     [&](const accounts::Membership& m) { return may_conduct(ctx.principal, m.organisation_id); });
  if (!conductor) return error_response(kForbidden, ctx.lang);
  const std::string key = search_key(*text);
  const std::size_t max = static_cast<std::size_t>(limit->value_or(20));
  auto list = ctx.db().read([&](soci::session& s) {
    dto::QServiceRefList out;
    store::Filter f;
    f.add("sv.status = 'active'");
    f.add_contains({"sv.search_text", "o.search_text"}, key);
    store::for_each_row(s,
                        "SELECT sv.id, sv.name, sv.provider_id, o.name, sv.kind_code, sv.forms, sv.region_code FROM "
                        "services sv JOIN organisations o ON o.id = sv.provider_id" + f.where() +
                            " ORDER BY sv.name, sv.id " + store::limit_offset(static_cast<int>(max), 0),
                        f, [&](const soci::row& r) {
                          out.items.push_back({store::as_ll(r, 0), store::as_str(r, 1), store::as_ll(r, 2),
                                               store::as_str(r, 3), store::as_str(r, 4),
                                               split_codes(store::as_str(r, 5)), store::as_str(r, 6)});
                        });
    return out;
  });
  return dto_response(list);
}

}  // namespace

void register_quality_audit_routes(RouteTable& t) {
  const std::string tag = "quality";
  auto& list = t.add<void, dto::QAuditList>(Verb::get, "/api/quality/audits", Permission::quality_read, list_audits, tag,
                                            "Audits the caller may read: of their organisations, those they are on, "
                                            "those of their region");
  list.query = paging_docs();
  list.query.push_back({"service_id", "integer", "Audits of one service", {}});
  list.query.push_back({"org_id", "integer", "Audits of one audited organisation", {}});
  list.query.push_back({"type", "string", "Audit type", kTypes});
  list.query.push_back({"status", "string", "draft or closed", {"draft", "closed"}});
  list.query.push_back({"verdict", "string", "Result as of close", {"pass", "fail", "incomplete"}});
  list.query.push_back({"q", "string", "Title, service or organisation contains (diacritics ignored)", {}});
  t.add<void, dto::QServiceRefList>(Verb::get, "/api/quality/services", Permission::quality_assess,
                                    list_auditable_services, tag,
                                    "Services to choose for an audit (name, provider, kind, forms), for those who "
                                    "conduct audits")
      .query = {{"q", "string", "Service or provider name contains (diacritics ignored)", {}},
                {"limit", "integer", "At most this many (default 20, at most 100)", {}}};
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
      .query = {{"against", "integer", "The audit to compare with; default the audit's previous audit", {}}};
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/report", Permission::quality_read, get_report,
                               tag, "Printable audit report (text/html): cover, team, methods, results, findings, "
                               "actions, the comparison with the previous audit"));
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/export.xlsx", Permission::quality_read,
                               export_xlsx, tag, "Results, standards, findings and actions as an Excel workbook"));
  file_route(t.add<void, void>(Verb::get, "/api/quality/audits/{id}/export.csv", Permission::quality_read, export_csv,
                               tag, "Results per criterion as CSV"),
             {csv_delimiter_doc()});
}

}  // namespace kvalis::http
