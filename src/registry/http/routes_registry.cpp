// Catalogues, organisations and registered services.
#include "platform/core/text.hpp"
#include "registry/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "registry/http/dto_registry.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "quality/app/audit_views.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace repo = store::registry_repo;
using store::catalogue_repo::Catalogues;

dto::CatalogueEntry entry(const catalogue::CatalogueItem& i) {
  return {i.code, i.name_cs, i.name_en, i.parent_code, i.paragraph, i.source_act, i.valid_from, i.valid_to};
}

std::vector<dto::CatalogueEntry> entries(const Catalogues& c, const std::string& name) {
  std::vector<dto::CatalogueEntry> out;
  for (const auto& i : c.items(name)) out.push_back(entry(i));
  return out;
}

Response get_catalogues(Context& ctx) {
  const auto& c = ctx.app.catalogues();
  dto::CatalogueSet out;
  for (const auto& i : c.items("service_kinds"))
    out.service_kinds.push_back({i.code, i.name_cs, i.name_en, i.paragraph, i.attribute("group"),
                                 split_codes(i.attribute("forms")), i.source_act, i.valid_from});
  out.target_groups = entries(c, "target_groups");
  out.age_groups = entries(c, "age_groups");
  out.forms = entries(c, "service_forms");
  out.capacity_types = entries(c, "capacity_types");
  out.regions = entries(c, "regions");
  out.territories = entries(c, "territories");
  out.legal_forms = entries(c, "legal_forms");
  return dto_response(out);
}

dto::Organisation organisation_dto(const Context& ctx, const repo::OrganisationRow& o) {
  return {o.id,
          o.type,
          o.name,
          o.ico,
          o.legal_form_code,
          o.legal_form_code.empty() ? "" : ctx.app.catalogues().name("legal_forms", o.legal_form_code, ctx.lang == Lang::en),
          o.founder,
          o.region_code,
          o.territory_code,
          o.address,
          o.service_count};
}

Response list_organisations(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto type = enum_param(ctx.req, "type", {"region", "municipality", "provider", "audit_body"}, "");
  if (!type) return error_response(type.error(), ctx.lang);
  auto q = text_param(ctx.req, "q");
  if (!q) return error_response(q.error(), ctx.lang);
  repo::OrganisationQuery query{*type, *q, accounts::visibility(ctx.principal), page->page_size, page->offset()};
  dto::OrganisationList out;
  out.page = page->page;
  out.page_size = page->page_size;
  auto rows = ctx.db().read([&](soci::session& s) { return repo::list_organisations(s, query, out.total); });
  for (const auto& o : rows) out.items.push_back(organisation_dto(ctx, o));
  return dto_response(out);
}

Response get_organisation(Context& ctx) {
  auto id = ctx.path_id("id");
  const Error missing{ErrorCode::not_found, {}, "organisation.not_found", {}};
  if (!id) return error_response(missing, ctx.lang);
  auto row = ctx.db().read([&](soci::session& s) -> std::optional<repo::OrganisationRow> {
    // Another tenant's organisation answers "not found", so ids cannot be probed.
    if (!repo::organisation_visible(s, accounts::visibility(ctx.principal), *id)) return std::nullopt;
    return repo::get_organisation(s, *id);
  });
  if (!row) return error_response(missing, ctx.lang);
  return dto_response(organisation_dto(ctx, *row));
}

// Validates an organisation body; on create every required field must be there.
Status apply_organisation(const Context& ctx, const dto::OrganisationInput& in, repo::OrganisationRow& o, bool create) {
  const auto& cat = ctx.app.catalogues();
  if (create) {
    if (!in.type) return invalid("type", "field.required");
    if (!accounts::parse_organisation_type(*in.type))
      return invalid("type", "organisation_type.unknown", {{"value", *in.type}});
    o.type = *in.type;
  } else if (in.type && *in.type != o.type) {
    return invalid("type", "field.invalid_value", {{"value", *in.type}});
  }
  if (in.name) o.name = *in.name;
  if (o.name.empty()) return invalid("name", "field.required");
  if (auto st = check_line("name", o.name, 300, true); !st) return st;
  if (in.ico) o.ico = *in.ico;
  if (!o.ico.empty() && !is_valid_ico(o.ico)) return invalid("ico", "field.invalid_ico");
  if (in.legal_form_code) o.legal_form_code = *in.legal_form_code;
  if (!o.legal_form_code.empty() && !cat.has("legal_forms", o.legal_form_code))
    return invalid("legal_form_code", "field.unknown_code", {{"value", o.legal_form_code}});
  if (in.region_code) o.region_code = *in.region_code;
  if (!o.region_code.empty() && !cat.has("regions", o.region_code))
    return invalid("region_code", "field.unknown_code", {{"value", o.region_code}});
  if (in.territory_code) o.territory_code = *in.territory_code;
  if (!o.territory_code.empty() && !cat.has("territories", o.territory_code))
    return invalid("territory_code", "field.unknown_code", {{"value", o.territory_code}});
  if (o.type == "region" && o.region_code.empty()) return invalid("region_code", "field.required");
  if (o.type == "municipality" && o.territory_code.empty()) return invalid("territory_code", "field.required");
  if (in.founder) o.founder = *in.founder;
  if (in.address) o.address = *in.address;
  for (auto st : {check_line("founder", o.founder, 500, false), check_line("address", o.address, 500, false)})
    if (!st) return st;
  return ok_status();
}

store::activity_log::Entry change_entry(const Context& ctx, std::string action, long long id) {
  store::activity_log::Entry e;
  e.user_id = ctx.principal.user_id;
  e.user_login = ctx.principal.login;
  e.organisation_id = id;
  e.action = std::move(action);
  e.entity = "organisation";
  e.entity_id = std::to_string(id);
  e.ip = ctx.req.client_ip;
  return e;
}

Response create_organisation(Context& ctx) {
  auto body = body_as<dto::OrganisationInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  // Creating tenants is for the platform administrator; organisation admins edit their own.
  if (!ctx.principal.platform_admin)
    return error_response(Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}, ctx.lang);
  repo::OrganisationRow o;
  if (auto st = apply_organisation(ctx, std::get<dto::OrganisationInput>(body), o, true); !st)
    return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<repo::OrganisationRow> {
    if (!o.ico.empty() && repo::find_organisation_by_ico(s, o.ico)) return conflict("ico", "field.invalid_value");
    o.id = repo::insert_organisation(s, o, "manual");
    repo::bump_data_version(s, "registry");
    repo::bump_data_version(s, "accounts");
    store::activity_log::append(s, change_entry(ctx, "organisation.create", o.id));
    return *repo::get_organisation(s, o.id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(organisation_dto(ctx, *result), 201);
}

Response update_organisation(Context& ctx) {
  auto id = ctx.path_id("id");
  const Error missing{ErrorCode::not_found, {}, "organisation.not_found", {}};
  if (!id) return error_response(missing, ctx.lang);
  auto body = body_as<dto::OrganisationInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto result = ctx.db().write([&](soci::session& s) -> Result<repo::OrganisationRow> {
    auto o = repo::get_organisation(s, *id);
    if (!o || !repo::organisation_visible(s, accounts::visibility(ctx.principal), *id)) return missing;
    if (!accounts::can_manage_organisation(ctx.principal, *id)) return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
    const auto before = *o;
    auto st = apply_organisation(ctx, std::get<dto::OrganisationInput>(body), *o, false);
    if (!st) return st.error();
    // Where an organisation sits decides what its members see: only the platform administrator moves it.
    if (!ctx.principal.platform_admin &&
        (o->region_code != before.region_code || o->territory_code != before.territory_code || o->ico != before.ico))
      return Error{ErrorCode::forbidden, o->region_code != before.region_code ? "region_code"
                                         : o->territory_code != before.territory_code ? "territory_code" : "ico",
                   "auth.forbidden", {}};
    if (!o->ico.empty()) {
      auto other = repo::find_organisation_by_ico(s, o->ico);
      if (other && *other != o->id) return conflict("ico", "field.invalid_value");
    }
    repo::update_organisation(s, *o);
    repo::bump_data_version(s, "registry");
    repo::bump_data_version(s, "accounts");
    store::activity_log::append(s, change_entry(ctx, "organisation.update", o->id));
    return *repo::get_organisation(s, o->id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(organisation_dto(ctx, *result));
}

dto::ServiceSummary summary_dto(const Context& ctx, const repo::ServiceSummaryRow& r) {
  const bool en = ctx.lang == Lang::en;
  return {r.id,
          r.registry_id,
          r.name,
          r.kind_code,
          ctx.app.catalogues().name("service_kinds", r.kind_code, en),
          r.provider_id,
          r.provider_name,
          split_codes(r.forms),
          r.capacity_total,
          r.capacity_unit,
          r.territory_codes,
          r.region_code,
          r.status,
          r.registered_from,
          r.ended_on};
}

Result<repo::ServiceQuery> service_query(const Context& ctx) {
  const auto& req = ctx.req;
  const auto& cat = ctx.app.catalogues();
  repo::ServiceQuery q;
  auto page = paging(req);
  if (!page) return page.error();
  q.limit = page->page_size;
  q.offset = page->offset();
  struct CodeParam {
    const char* name;
    const char* catalogue;
    std::string* target;
  };
  for (const auto& p : {CodeParam{"kind", "service_kinds", &q.kind}, CodeParam{"territory", "territories", &q.territory},
                        CodeParam{"region", "regions", &q.region}, CodeParam{"target_group", "target_groups", &q.target_group},
                        CodeParam{"form", "service_forms", &q.form}}) {
    auto v = text_param(req, p.name, 50);
    if (!v) return v.error();
    if (!v->empty() && !cat.has(p.catalogue, *v))
      return Error{ErrorCode::invalid_input, p.name, "field.unknown_code", {{"value", *v}}};
    *p.target = *v;
  }
  auto text = text_param(req, "q");
  if (!text) return text.error();
  q.q = *text;
  auto status = enum_param(req, "status", {"active", "ended", "all"}, "active");
  if (!status) return status.error();
  q.status = *status;
  auto sort = enum_param(req, "sort", {"name", "kind", "provider", "capacity", "registered_from"}, "name");
  if (!sort) return sort.error();
  q.sort = *sort;
  auto order = enum_param(req, "order", {"asc", "desc"}, "asc");
  if (!order) return order.error();
  q.descending = *order == "desc";
  auto provider = int_param(req, "provider_id", 1, std::numeric_limits<long long>::max());
  if (!provider) return provider.error();
  q.provider_id = provider->value_or(0);
  q.scope = accounts::visibility(ctx.principal);
  return q;
}

// The caller's visibility as a cache key: two callers with the same scope see the same list.
std::string scope_key(const accounts::VisibilityScope& scope) {
  if (scope.all) return "*";
  std::string key;
  for (auto id : scope.organisation_ids) key += std::to_string(id) + ",";
  key += "|";
  for (const auto& c : scope.region_codes) key += c + ",";
  key += "|";
  for (const auto& c : scope.territory_codes) key += c + ",";
  return key;
}

Response list_services(Context& ctx) {
  auto q = service_query(ctx);
  if (!q) return error_response(q.error(), ctx.lang);
  // The key is built from the validated query, each field length-prefixed, so that no value can
  // impersonate another field.
  std::string key = "services|" + std::string(lang_code(ctx.lang)) + "|" + scope_key(q->scope);
  for (const std::string* field : {&q->kind, &q->territory, &q->region, &q->target_group, &q->form, &q->q,
                                   &q->status, &q->sort})
    key += "|" + std::to_string(field->size()) + ":" + *field;
  key += "|" + std::to_string(q->descending) + "|" + std::to_string(q->provider_id) + "|" + std::to_string(q->limit) +
         "|" + std::to_string(q->offset);
  if (auto body = ctx.app.response_cache().get(key, ctx.registry_version)) {
    Response r;
    r.body = std::move(*body);
    return r;
  }
  dto::ServiceList out;
  out.page = q->offset / q->limit + 1;
  out.page_size = q->limit;
  auto rows = ctx.db().read([&](soci::session& s) { return repo::list_services(s, *q, out.total); });
  out.items.reserve(rows.size());
  for (const auto& r : rows) out.items.push_back(summary_dto(ctx, r));
  auto response = dto_response(out);
  ctx.app.response_cache().put(key, ctx.registry_version, response.body);
  return response;
}

std::vector<dto::CodeName> names(const Context& ctx, const std::string& catalogue, const std::vector<std::string>& codes) {
  std::vector<dto::CodeName> out;
  for (const auto& c : codes) out.push_back({c, ctx.app.catalogues().name(catalogue, c, ctx.lang == Lang::en)});
  return out;
}

Response get_service(Context& ctx) {
  auto id = ctx.path_id("id");
  const Error missing{ErrorCode::not_found, {}, "service.not_found", {}};
  if (!id) return error_response(missing, ctx.lang);
  const auto scope = accounts::visibility(ctx.principal);
  auto row = ctx.db().read([&](soci::session& s) -> std::optional<repo::ServiceDetailRow> {
    auto r = repo::get_service(s, *id);
    if (!r) return std::nullopt;
    if (accounts::can_see(scope, {r->summary.provider_id, r->summary.region_code, r->summary.territory_codes}) ||
        quality::app::reads_audit_of_service(s, ctx.principal, *id))
      return r;
    return std::nullopt;
  });
  if (!row) return error_response(missing, ctx.lang);
  const bool en = ctx.lang == Lang::en;
  const auto& cat = ctx.app.catalogues();
  const auto sum = summary_dto(ctx, row->summary);
  dto::ServiceDetail d;
  d.id = sum.id;
  d.registry_id = sum.registry_id;
  d.name = sum.name;
  d.kind_code = sum.kind_code;
  d.kind_name = sum.kind_name;
  if (const auto* kind = cat.find("service_kinds", sum.kind_code)) d.kind_paragraph = kind->paragraph;
  d.provider_id = sum.provider_id;
  d.provider_name = sum.provider_name;
  d.capacity_total = sum.capacity_total;
  d.capacity_unit = sum.capacity_unit;
  d.region_code = sum.region_code;
  d.region_name = sum.region_code.empty() ? "" : cat.name("regions", sum.region_code, en);
  d.status = sum.status;
  d.registered_from = sum.registered_from;
  d.ended_on = sum.ended_on;
  d.territory_codes = sum.territory_codes;
  const auto& svc = row->service;
  for (const auto& f : svc.forms) {
    dto::ServiceFormDto fd{f.form_code, cat.name("service_forms", f.form_code, en), f.continuous, {}};
    for (const auto& c : f.capacities)
      fd.capacities.push_back({c.count, c.type_code, cat.name("capacity_types", c.type_code, en), c.description});
    d.forms.push_back(std::move(fd));
  }
  d.target_groups = names(ctx, "target_groups", svc.target_groups);
  d.age_groups = names(ctx, "age_groups", svc.age_groups);
  d.age_note = svc.age_note;
  d.territories = names(ctx, "territories", svc.territories);
  const bool show_secret = accounts::can_see_secret_address(ctx.principal, row->summary.provider_id);
  long long index = 0;
  for (const auto& f : svc.facilities) {
    dto::FacilityDto fd;
    fd.id = ++index;
    fd.name = f.name;
    fd.secret = f.secret;
    if (!f.secret || show_secret) fd.address = f.address.format();
    fd.capacity = f.capacity;
    fd.territory_code = f.territory_code;
    fd.from = f.provided_from;
    fd.to = f.provided_to;
    d.facilities.push_back(std::move(fd));
  }
  for (const auto& c : svc.contacts) {
    if (c.kind == "email") d.contacts.emails.push_back(c.value);
    else if (c.kind == "phone") d.contacts.phones.push_back(c.value);
    else d.contacts.webs.push_back(c.value);
  }
  return dto_response(d);
}

}  // namespace

void register_registry_routes(RouteTable& t) {
  t.add<void, dto::CatalogueSet>(Verb::get, "/api/catalogues", Permission::authenticated, get_catalogues, "registry",
                                 "Legal catalogues in force today");
  t.add<void, dto::OrganisationList>(Verb::get, "/api/organisations", Permission::organisations_read,
                                     list_organisations, "registry", "Organisations the caller may see")
      .query = [] {
    auto q = paging_docs();
    q.push_back({"type", "string", "Organisation type", {"region", "municipality", "provider", "audit_body"}});
    q.push_back({"q", "string", "Search in name, IČO and address (ignores case and diacritics)", {}});
    return q;
  }();
  t.add<void, dto::Organisation>(Verb::get, "/api/organisations/{id}", Permission::organisations_read,
                                 get_organisation, "registry", "One organisation");
  t.add<dto::OrganisationInput, dto::Organisation>(Verb::post, "/api/organisations", Permission::organisations_manage,
                                                   create_organisation, "registry", "Create an organisation (tenant)")
      .success_status = 201;
  t.add<dto::OrganisationInput, dto::Organisation>(Verb::patch, "/api/organisations/{id}",
                                                   Permission::organisations_manage, update_organisation, "registry",
                                                   "Update an organisation");
  t.add<void, dto::ServiceList>(Verb::get, "/api/services", Permission::services_read, list_services, "registry",
                                "Registered services the caller may see, filtered, sorted and paged")
      .query = [] {
    auto q = paging_docs();
    q.push_back({"kind", "string", "Kind of service (registry code of DruhSocialniSluzby)", {}});
    q.push_back({"territory", "string", "ORP territory code", {}});
    q.push_back({"region", "string", "Region (kraj) code", {}});
    q.push_back({"target_group", "string", "Target group code", {}});
    q.push_back({"form", "string", "Form of service", {"pob", "amb", "ter"}});
    q.push_back({"q", "string", "Search in name and registry identifier", {}});
    q.push_back({"status", "string", "Active, ended or all (default active)", {"active", "ended", "all"}});
    q.push_back({"sort", "string", "Sort key", {"name", "kind", "provider", "capacity", "registered_from"}});
    q.push_back({"order", "string", "Sort order", {"asc", "desc"}});
    q.push_back({"provider_id", "integer", "Only services of this provider", {}});
    return q;
  }();
  t.add<void, dto::ServiceDetail>(Verb::get, "/api/services/{id}", Permission::services_read, get_service, "registry",
                                  "One service with forms, capacities, groups and facilities");
}

}  // namespace kvalis::http
