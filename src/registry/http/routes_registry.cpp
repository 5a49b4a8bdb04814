// Catalogues, organisations and registered services: each handler parses, calls one use case of
// registry/app and maps its answer to the DTOs.
#include <limits>

#include "platform/core/text.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "registry/app/organisations.hpp"
#include "registry/app/services.hpp"
#include "registry/http/dto_registry.hpp"
#include "registry/http/routes.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
using store::catalogue_repo::Catalogues;

// ---- query parameters, declared once for the parser and the OpenAPI document ---------------------------
const std::vector<std::string> kOrganisationTypes = {"region", "municipality", "provider", "audit_body"};
const QueryParam kOrganisationType = QueryParam::choice("type", "Organisation type", kOrganisationTypes, "");
const QueryParam kOrganisationSearch =
    QueryParam::text("q", "Search in name, IČO and address (ignores case and diacritics)");
const QueryParam kKind = QueryParam::text("kind", "Kind of service (registry code of DruhSocialniSluzby)", 50);
const QueryParam kTerritory = QueryParam::text("territory", "ORP territory code", 50);
const QueryParam kRegion = QueryParam::text("region", "Region (kraj) code", 50);
const QueryParam kTargetGroup = QueryParam::text("target_group", "Target group code", 50);
const QueryParam kForm = QueryParam::choice("form", "Form of service", {"pob", "amb", "ter"}, "");
const QueryParam kServiceSearch = QueryParam::text("q", "Search in name and registry identifier");
const QueryParam kStatus =
    QueryParam::choice("status", "Active, ended or all (default active)", {"active", "ended", "all"}, "active");
const QueryParam kSort =
    QueryParam::choice("sort", "Sort key", {"name", "kind", "provider", "capacity", "registered_from"}, "name");
const QueryParam kOrder = QueryParam::choice("order", "Sort order", {"asc", "desc"}, "asc");
const QueryParam kProvider =
    QueryParam::integer("provider_id", "Only services of this provider", 1, std::numeric_limits<long long>::max());

// A catalogue code parameter: absent or empty → "", a code the catalogue does not hold → error naming it.
Result<std::string> code_param(const Context& ctx, const QueryParam& p, const char* catalogue) {
  auto v = p.read_text(ctx.req);
  if (!v) return v.error();
  if (!v->empty() && !ctx.app.catalogues().has(catalogue, *v))
    return Error{ErrorCode::invalid_input, p.name, "field.unknown_code", {{"value", *v}}};
  return v;
}

registry::KnownCode known_codes(const Context& ctx) {
  return [&cat = ctx.app.catalogues()](const std::string& c, const std::string& code) { return cat.has(c, code); };
}

// ---- mapping to DTOs ------------------------------------------------------------------------------------
dto::CatalogueEntry entry(const catalogue::CatalogueItem& i) {
  return {i.code, i.name_cs, i.name_en, i.parent_code, i.paragraph, i.source_act, i.valid_from, i.valid_to};
}

std::vector<dto::CatalogueEntry> entries(const Catalogues& c, const std::string& name) {
  std::vector<dto::CatalogueEntry> out;
  for (const auto& i : c.items(name)) out.push_back(entry(i));
  return out;
}

dto::Organisation organisation_dto(const Context& ctx, const registry::Organisation& o) {
  const auto& cat = ctx.app.catalogues();
  return {o.id,
          o.type,
          o.name,
          o.ico,
          o.legal_form_code,
          o.legal_form_code.empty() ? "" : cat.name("legal_forms", o.legal_form_code, ctx.lang == Lang::en),
          o.founder,
          o.region_code,
          o.territory_code,
          o.address,
          o.service_count};
}

registry::OrganisationChange change_of(const dto::OrganisationInput& in) {
  return {in.type, in.name, in.ico, in.legal_form_code, in.founder, in.region_code, in.territory_code, in.address};
}

// Text fields are checked at the edge (the characters any text may hold); the rules in the use case.
Status check_organisation_text(const dto::OrganisationInput& in) {
  if (in.name)
    if (auto st = check_line("name", *in.name, 300, true); !st) return st;
  if (in.founder)
    if (auto st = check_line("founder", *in.founder, 500, false); !st) return st;
  if (in.address)
    if (auto st = check_line("address", *in.address, 500, false); !st) return st;
  return ok_status();
}

dto::ServiceSummary summary_dto(const Context& ctx, const registry::ServiceSummary& r) {
  return {r.id,
          r.registry_id,
          r.name,
          r.kind_code,
          ctx.app.catalogues().name("service_kinds", r.kind_code, ctx.lang == Lang::en),
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

std::vector<dto::CodeName> names(const Context& ctx, const std::string& catalogue,
                                 const std::vector<std::string>& codes) {
  std::vector<dto::CodeName> out;
  for (const auto& c : codes) out.push_back({c, ctx.app.catalogues().name(catalogue, c, ctx.lang == Lang::en)});
  return out;
}

dto::ServiceDetail detail_dto(const Context& ctx, const registry::app::ServiceView& view) {
  const bool en = ctx.lang == Lang::en;
  const auto& cat = ctx.app.catalogues();
  const auto sum = summary_dto(ctx, view.detail.summary);
  const auto& svc = view.detail.service;
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
  long long index = 0;
  for (const auto& f : svc.facilities) {
    std::optional<std::string> address;
    if (!f.secret || view.secret_addresses_shown) address = f.address.format();
    d.facilities.push_back(
        {++index, f.name, std::move(address), f.secret, f.capacity, f.territory_code, f.provided_from, f.provided_to});
  }
  for (const auto& c : svc.contacts) {
    if (c.kind == "email")
      d.contacts.emails.push_back(c.value);
    else if (c.kind == "phone")
      d.contacts.phones.push_back(c.value);
    else
      d.contacts.webs.push_back(c.value);
  }
  return d;
}

// ---- services query -------------------------------------------------------------------------------------
Result<registry::ServiceQuery> service_query(const Context& ctx) {
  registry::ServiceQuery q;
  auto page = paging(ctx.req);
  if (!page) return page.error();
  q.limit = page->page_size;
  q.offset = page->offset();
  struct Code {
    const QueryParam& param;
    const char* catalogue;
    std::string* target;
  };
  for (const auto& c : {Code{kKind, "service_kinds", &q.kind}, Code{kTerritory, "territories", &q.territory},
                        Code{kRegion, "regions", &q.region}, Code{kTargetGroup, "target_groups", &q.target_group}}) {
    auto v = code_param(ctx, c.param, c.catalogue);
    if (!v) return v.error();
    *c.target = *v;
  }
  for (const auto& [param, target] : {std::pair{&kForm, &q.form}, std::pair{&kServiceSearch, &q.q},
                                      std::pair{&kStatus, &q.status}, std::pair{&kSort, &q.sort}}) {
    auto v = param->read_text(ctx.req);
    if (!v) return v.error();
    *target = *v;
  }
  auto order = kOrder.read_text(ctx.req);
  if (!order) return order.error();
  q.descending = *order == "desc";
  auto provider = kProvider.read_integer(ctx.req);
  if (!provider) return provider.error();
  q.provider_id = provider->value_or(0);
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

// The key is built from the validated query, each field length-prefixed, so that no value can
// impersonate another field.
std::string services_cache_key(const Context& ctx, const registry::ServiceQuery& q) {
  std::string key =
      "services|" + std::string(lang_code(ctx.lang)) + "|" + scope_key(accounts::visibility(ctx.principal));
  for (const std::string* field :
       {&q.kind, &q.territory, &q.region, &q.target_group, &q.form, &q.q, &q.status, &q.sort})
    key += "|" + std::to_string(field->size()) + ":" + *field;
  return key + "|" + std::to_string(q.descending) + "|" + std::to_string(q.provider_id) + "|" +
         std::to_string(q.limit) + "|" + std::to_string(q.offset);
}

// ---- handlers -------------------------------------------------------------------------------------------
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

Response list_organisations(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto type = kOrganisationType.read_text(ctx.req);
  if (!type) return error_response(type.error(), ctx.lang);
  auto q = kOrganisationSearch.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  const auto found =
      registry::app::list_organisations(ctx.db(), caller_of(ctx), {*type, *q, {}, page->page_size, page->offset()});
  dto::OrganisationList out;
  out.page = page->page;
  out.page_size = page->page_size;
  out.total = found.total;
  for (const auto& o : found.items) out.items.push_back(organisation_dto(ctx, o));
  return dto_response(out);
}

Response get_organisation(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(not_found("organisation.not_found"), ctx.lang);
  return answer_as(ctx, registry::app::get_organisation(ctx.db(), caller_of(ctx), *id),
                   [&](const registry::Organisation& o) { return organisation_dto(ctx, o); });
}

Response create_organisation(Context& ctx) {
  auto body = body_as<dto::OrganisationInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::OrganisationInput>(body);
  if (auto st = check_organisation_text(in); !st) return error_response(st.error(), ctx.lang);
  return answer_as(
      ctx, registry::app::create_organisation(ctx.db(), caller_of(ctx), known_codes(ctx), change_of(in)),
      [&](const registry::Organisation& o) { return organisation_dto(ctx, o); }, 201);
}

Response update_organisation(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(not_found("organisation.not_found"), ctx.lang);
  auto body = body_as<dto::OrganisationInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::OrganisationInput>(body);
  if (auto st = check_organisation_text(in); !st) return error_response(st.error(), ctx.lang);
  return answer_as(ctx,
                   registry::app::update_organisation(ctx.db(), caller_of(ctx), known_codes(ctx), *id, change_of(in)),
                   [&](const registry::Organisation& o) { return organisation_dto(ctx, o); });
}

Response list_services(Context& ctx) {
  auto q = service_query(ctx);
  if (!q) return error_response(q.error(), ctx.lang);
  const std::string key = services_cache_key(ctx, *q);
  if (auto body = ctx.app.response_cache().get(key, ctx.registry_version)) {
    Response r;
    r.body = std::move(*body);
    return r;
  }
  const auto found = registry::app::list_services(ctx.db(), caller_of(ctx), *q);
  dto::ServiceList out;
  out.page = q->offset / q->limit + 1;
  out.page_size = q->limit;
  out.total = found.total;
  out.items.reserve(found.items.size());
  for (const auto& r : found.items) out.items.push_back(summary_dto(ctx, r));
  auto response = dto_response(out);
  ctx.app.response_cache().put(key, ctx.registry_version, response.body);
  return response;
}

Response get_service(Context& ctx, const registry::app::ServiceReadGrant& grant) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(not_found("service.not_found"), ctx.lang);
  return answer_as(ctx, registry::app::get_service(ctx.db(), caller_of(ctx), *id, grant),
                   [&](const registry::app::ServiceView& v) { return detail_dto(ctx, v); });
}

std::vector<QueryParamDoc> with_paging(std::initializer_list<const QueryParam*> params) {
  auto docs = paging_docs();
  for (const auto* p : params) docs.push_back(p->doc());
  return docs;
}

}  // namespace

void register_registry_routes(RouteTable& t, registry::app::ServiceReadGrant grant) {
  t.add<void, dto::CatalogueSet>(Verb::get, "/api/catalogues", Permission::authenticated, get_catalogues, "registry",
                                 "Legal catalogues in force today");
  t.add<void, dto::OrganisationList>(Verb::get, "/api/organisations", Permission::organisations_read,
                                     list_organisations, "registry", "Organisations the caller may see")
      .query = with_paging({&kOrganisationType, &kOrganisationSearch});
  t.add<void, dto::Organisation>(Verb::get, "/api/organisations/{id}", Permission::organisations_read, get_organisation,
                                 "registry", "One organisation");
  t.add<dto::OrganisationInput, dto::Organisation>(Verb::post, "/api/organisations", Permission::organisations_manage,
                                                   create_organisation, "registry", "Create an organisation (tenant)")
      .success_status = 201;
  t.add<dto::OrganisationInput, dto::Organisation>(Verb::patch, "/api/organisations/{id}",
                                                   Permission::organisations_manage, update_organisation, "registry",
                                                   "Update an organisation");
  t.add<void, dto::ServiceList>(Verb::get, "/api/services", Permission::services_read, list_services, "registry",
                                "Registered services the caller may see, filtered, sorted and paged")
      .query = with_paging(
      {&kKind, &kTerritory, &kRegion, &kTargetGroup, &kForm, &kServiceSearch, &kStatus, &kSort, &kOrder, &kProvider});
  t.add<void, dto::ServiceDetail>(
      Verb::get, "/api/services/{id}", Permission::services_read,
      [grant = std::move(grant)](Context& ctx) { return get_service(ctx, grant); }, "registry",
      "One service with forms, capacities, groups and facilities");
}

}  // namespace kvalis::http
