#include "registry/store/registry_repo.hpp"

#include "platform/core/text.hpp"
#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::registry_repo {
namespace {

constexpr const char* kOrganisationColumns =
    "o.id, o.type, o.name, o.ico, o.legal_form_code, o.founder, o.region_code, o.territory_code, o.address, "
    "(SELECT COUNT(*) FROM services sv WHERE sv.provider_id = o.id AND sv.status = 'active')";

constexpr const char* kServiceColumns =
    "s.id, s.registry_id, s.name, s.kind_code, s.provider_id, o.name, s.forms, s.capacity_total, s.capacity_unit, "
    "s.region_code, s.status, s.registered_from, s.ended_on";

OrganisationRow read_organisation(const soci::row& r) {
  return OrganisationRow{as_ll(r, 0),  as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4),
                         as_str(r, 5), as_str(r, 6), as_str(r, 7), as_str(r, 8), as_ll(r, 9)};
}

ServiceSummaryRow read_summary(const soci::row& r) {
  ServiceSummaryRow s;
  s.id = as_ll(r, 0);
  s.registry_id = as_str(r, 1);
  s.name = as_str(r, 2);
  s.kind_code = as_str(r, 3);
  s.provider_id = as_ll(r, 4);
  s.provider_name = as_str(r, 5);
  s.forms = as_str(r, 6);
  s.capacity_total = as_ll(r, 7);
  s.capacity_unit = as_str(r, 8);
  s.region_code = as_str(r, 9);
  s.status = as_str(r, 10);
  s.registered_from = as_str(r, 11);
  s.ended_on = as_str(r, 12);
  return s;
}

// The tenant rule for services: own organisation, the region's territory, the municipality's ORP.
void add_service_scope(Filter& f, const accounts::VisibilityScope& scope) {
  if (scope.all) return;
  std::string clause;
  std::vector<Param> params;
  auto alt = [&](const std::string& c) { clause += (clause.empty() ? "" : " OR ") + c; };
  if (!scope.organisation_ids.empty()) {
    alt("s.provider_id IN (" + placeholders(scope.organisation_ids.size()) + ")");
    for (auto id : scope.organisation_ids) params.emplace_back(id);
  }
  if (!scope.region_codes.empty()) {
    alt("s.region_code IN (" + placeholders(scope.region_codes.size()) + ")");
    for (const auto& c : scope.region_codes) params.emplace_back(c);
  }
  if (!scope.territory_codes.empty()) {
    alt("EXISTS (SELECT 1 FROM service_territories st WHERE st.service_id = s.id AND st.territory_code IN (" +
        placeholders(scope.territory_codes.size()) + "))");
    for (const auto& c : scope.territory_codes) params.emplace_back(c);
  }
  f.add(clause.empty() ? "1 = 0" : clause, params);
}

void add_organisation_scope(Filter& f, const accounts::VisibilityScope& scope) {
  if (scope.all) return;
  std::string clause;
  std::vector<Param> params;
  auto alt = [&](const std::string& c) { clause += (clause.empty() ? "" : " OR ") + c; };
  if (!scope.organisation_ids.empty()) {
    alt("o.id IN (" + placeholders(scope.organisation_ids.size()) + ")");
    for (auto id : scope.organisation_ids) params.emplace_back(id);
  }
  if (!scope.region_codes.empty()) {
    alt("o.region_code IN (" + placeholders(scope.region_codes.size()) + ")");
    for (const auto& c : scope.region_codes) params.emplace_back(c);
    alt("EXISTS (SELECT 1 FROM services s WHERE s.provider_id = o.id AND s.region_code IN (" +
        placeholders(scope.region_codes.size()) + "))");
    for (const auto& c : scope.region_codes) params.emplace_back(c);
  }
  if (!scope.territory_codes.empty()) {
    alt("o.territory_code IN (" + placeholders(scope.territory_codes.size()) + ")");
    for (const auto& c : scope.territory_codes) params.emplace_back(c);
    alt("EXISTS (SELECT 1 FROM services s JOIN service_territories st ON st.service_id = s.id WHERE "
        "s.provider_id = o.id AND st.territory_code IN (" +
        placeholders(scope.territory_codes.size()) + "))");
    for (const auto& c : scope.territory_codes) params.emplace_back(c);
  }
  f.add(clause.empty() ? "1 = 0" : clause, params);
}

constexpr const char* kFindSourceByIco = "SELECT id, source FROM organisations WHERE ico = :ico";
// Municipal offices have no IČO of their own: found by type and name among one source's rows.
constexpr const char* kFindOffice =
    "SELECT id FROM organisations WHERE ico = '' AND type = :type AND name = :name AND source = :source";

std::string organisation_search_text(const OrganisationRow& o) {
  return search_key(o.name) + " | " + o.ico + " | " + search_key(o.address);
}

}  // namespace

// ---- organisations ----------------------------------------------------------------------------

std::optional<OrganisationSource> find_organisation_source(soci::session& s, const std::string& ico) {
  OrganisationSource f;
  s << kFindSourceByIco, soci::use(ico), soci::into(f.id), soci::into(f.source);
  if (!s.got_data()) return std::nullopt;
  return f;
}

std::optional<long long> find_office(soci::session& s, const std::string& type, const std::string& name,
                                     const std::string& source) {
  long long id = 0;
  s << kFindOffice, soci::use(type), soci::use(name), soci::use(source), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

std::vector<OrganisationRow> list_organisations(soci::session& s, const OrganisationQuery& q, long long& total) {
  Filter f;
  if (!q.type.empty()) f.add("o.type = ?", {q.type});
  f.add_contains({"o.search_text"}, search_key(q.q));
  add_organisation_scope(f, q.scope);
  total = count_rows(s, "SELECT COUNT(*) FROM organisations o" + f.where(), f);
  std::vector<OrganisationRow> out;
  for_each_row(s,
               std::string("SELECT ") + kOrganisationColumns + " FROM organisations o" + f.where() +
                   " ORDER BY o.search_text, o.id" + limit_offset(q.limit, q.offset),
               f, [&](const soci::row& r) { out.push_back(read_organisation(r)); });
  return out;
}

std::optional<OrganisationRow> get_organisation(soci::session& s, long long id) {
  Filter f;
  f.add("o.id = ?", {id});
  std::optional<OrganisationRow> out;
  for_each_row(s, std::string("SELECT ") + kOrganisationColumns + " FROM organisations o" + f.where(), f,
               [&](const soci::row& r) { out = read_organisation(r); });
  return out;
}

bool organisation_visible(soci::session& s, const accounts::VisibilityScope& scope, long long id) {
  Filter f;
  f.add("o.id = ?", {id});
  add_organisation_scope(f, scope);
  return count_rows(s, "SELECT COUNT(*) FROM organisations o" + f.where(), f) > 0;
}

long long insert_organisation(soci::session& s, const OrganisationRow& o, const std::string& source) {
  long long id = 0;
  const long long now = now_epoch();
  const std::string search = organisation_search_text(o);
  s << "INSERT INTO organisations (type, name, ico, legal_form_code, founder, region_code, territory_code, address, "
       "source, search_text, created_at, updated_at) VALUES (:t, :n, :i, :lf, :f, :r, :ter, :a, :src, :st, :c, :u) "
       "RETURNING id",
      soci::use(o.type), soci::use(o.name), soci::use(o.ico), soci::use(o.legal_form_code), soci::use(o.founder),
      soci::use(o.region_code), soci::use(o.territory_code), soci::use(o.address), soci::use(source), soci::use(search),
      soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_organisation(soci::session& s, const OrganisationRow& o) {
  const long long now = now_epoch();
  const std::string search = organisation_search_text(o);
  s << "UPDATE organisations SET name = :n, ico = :i, legal_form_code = :lf, founder = :f, region_code = :r, "
       "territory_code = :ter, address = :a, search_text = :st, updated_at = :u WHERE id = :id",
      soci::use(o.name), soci::use(o.ico), soci::use(o.legal_form_code), soci::use(o.founder), soci::use(o.region_code),
      soci::use(o.territory_code), soci::use(o.address), soci::use(search), soci::use(now), soci::use(o.id);
}

std::optional<long long> find_organisation_by_ico(soci::session& s, const std::string& ico) {
  long long id = 0;
  s << "SELECT id FROM organisations WHERE ico = :i", soci::use(ico), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

// ---- services ---------------------------------------------------------------------------------

std::vector<ServiceSummaryRow> list_services(soci::session& s, const ServiceQuery& q, long long& total) {
  Filter f;
  if (q.status != "all") f.add("s.status = ?", {q.status});
  if (!q.kind.empty()) f.add("s.kind_code = ?", {q.kind});
  if (!q.region.empty()) f.add("s.region_code = ?", {q.region});
  if (!q.form.empty()) f.add("s.forms LIKE ?", {"%;" + q.form + ";%"});
  if (q.provider_id) f.add("s.provider_id = ?", {q.provider_id});
  if (!q.territory.empty())
    f.add("EXISTS (SELECT 1 FROM service_territories t WHERE t.service_id = s.id AND t.territory_code = ?)",
          {q.territory});
  if (!q.target_group.empty())
    f.add("EXISTS (SELECT 1 FROM service_target_groups g WHERE g.service_id = s.id AND g.code = ?)", {q.target_group});
  f.add_contains({"s.search_text"}, search_key(q.q));
  add_service_scope(f, q.scope);

  total = count_rows(s, "SELECT COUNT(*) FROM services s" + f.where(), f);
  std::string order;
  if (q.sort == "kind")
    order = "CAST(s.kind_code AS INTEGER)";
  else if (q.sort == "provider")
    order = "o.search_text";
  else if (q.sort == "capacity")
    order = "s.capacity_total";
  else if (q.sort == "registered_from")
    order = "s.registered_from";
  else
    order = "s.search_text";
  order += q.descending ? " DESC" : " ASC";
  std::vector<ServiceSummaryRow> out;
  for_each_row(s,
               std::string("SELECT ") + kServiceColumns +
                   " FROM services s JOIN organisations o ON o.id = s.provider_id" + f.where() + " ORDER BY " + order +
                   ", s.id" + limit_offset(q.limit, q.offset),
               f, [&](const soci::row& r) { out.push_back(read_summary(r)); });
  if (out.empty()) return out;
  // Territories of the page's services in one query.
  Filter tf;
  std::vector<Param> ids;
  std::map<long long, std::size_t> index;
  for (std::size_t i = 0; i < out.size(); ++i) {
    ids.emplace_back(out[i].id);
    index[out[i].id] = i;
  }
  tf.add("service_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(s,
               "SELECT service_id, territory_code FROM service_territories" + tf.where() + " ORDER BY territory_code",
               tf, [&](const soci::row& r) { out[index[as_ll(r, 0)]].territory_codes.push_back(as_str(r, 1)); });
  return out;
}

std::optional<ServiceDetailRow> get_service(soci::session& s, long long id) {
  Filter f;
  f.add("s.id = ?", {id});
  std::optional<ServiceDetailRow> out;
  for_each_row(s,
               std::string("SELECT ") + kServiceColumns +
                   ", s.age_note, s.registry_item_id FROM services s JOIN "
                   "organisations o ON o.id = s.provider_id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 ServiceDetailRow d;
                 d.summary = read_summary(r);
                 auto& svc = d.service;
                 svc.registry_id = d.summary.registry_id;
                 svc.name = d.summary.name;
                 svc.kind_code = d.summary.kind_code;
                 svc.region_code = d.summary.region_code;
                 svc.status = d.summary.status;
                 svc.registered_from = d.summary.registered_from;
                 svc.ended_on = d.summary.ended_on;
                 svc.age_note = as_str(r, 13);
                 svc.registry_item_id = as_str(r, 14);
                 out = std::move(d);
               });
  if (!out) return out;
  auto& svc = out->service;
  Filter by;
  by.add("service_id = ?", {id});
  std::map<long long, std::size_t> form_index;
  for_each_row(s, "SELECT id, form_code, continuous FROM service_forms" + by.where() + " ORDER BY form_code", by,
               [&](const soci::row& r) {
                 form_index[as_ll(r, 0)] = svc.forms.size();
                 svc.forms.push_back({as_str(r, 1), as_int(r, 2) != 0, {}});
               });
  for_each_row(s,
               "SELECT c.service_form_id, c.count, c.type_code, c.description FROM service_capacities c JOIN "
               "service_forms f ON f.id = c.service_form_id WHERE f.service_id = :p0 ORDER BY c.id",
               by, [&](const soci::row& r) {
                 svc.forms[form_index[as_ll(r, 0)]].capacities.push_back({as_int(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  for_each_row(s, "SELECT code FROM service_target_groups" + by.where() + " ORDER BY code", by,
               [&](const soci::row& r) { svc.target_groups.push_back(as_str(r, 0)); });
  for_each_row(s, "SELECT code FROM service_age_groups" + by.where() + " ORDER BY code", by,
               [&](const soci::row& r) { svc.age_groups.push_back(as_str(r, 0)); });
  for_each_row(s, "SELECT territory_code FROM service_territories" + by.where() + " ORDER BY territory_code", by,
               [&](const soci::row& r) {
                 svc.territories.push_back(as_str(r, 0));
                 out->summary.territory_codes.push_back(as_str(r, 0));
               });
  for_each_row(s,
               "SELECT name, street, house_number, orientation_number, municipality_code, municipality_name, postcode, "
               "address_point_code, region_code, district_code, secret, capacity, territory_code, provided_from, "
               "provided_to FROM facilities" +
                   by.where() + " ORDER BY id",
               by, [&](const soci::row& r) {
                 registry::Facility fac;
                 fac.name = as_str(r, 0);
                 fac.address = {as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                as_str(r, 6), as_str(r, 7), as_str(r, 8), as_str(r, 9)};
                 fac.secret = as_int(r, 10) != 0;
                 fac.capacity = as_int(r, 11);
                 fac.territory_code = as_str(r, 12);
                 fac.provided_from = as_str(r, 13);
                 fac.provided_to = as_str(r, 14);
                 svc.facilities.push_back(std::move(fac));
               });
  for_each_row(s, "SELECT kind, value, note FROM service_contacts" + by.where() + " ORDER BY id", by,
               [&](const soci::row& r) {
                 svc.contacts.push_back({as_str(r, 0), as_str(r, 1), as_str(r, 2)});
               });
  return out;
}

}  // namespace kvalis::store::registry_repo
