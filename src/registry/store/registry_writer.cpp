// RegistryWriter: prepared statements reused for every provider and service of one import, so that a
// national registry file (7,000 services, 19,000 facilities) loads in seconds.
#include "platform/core/text.hpp"
#include "platform/store/bulk_insert.hpp"
#include "platform/store/row.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::store::registry_repo {

struct RegistryWriter::Statements {
  explicit Statements(soci::session& s) : s(s) {}
  soci::session& s;
  // SQLite builds an ephemeral table for every RETURNING execution, a large part of an import's cost:
  // there the new id is read with last_insert_rowid instead. PostgreSQL keeps RETURNING.
  const bool sqlite = s.get_backend_name() == "sqlite3";
  const char* returning_id = sqlite ? "" : " RETURNING id";
  void read_inserted_id(const char* table, long long& into) {
    if (sqlite) s.get_last_insert_id(table, into);
  }

  // Bound variables (statements refer to them by address).
  long long id = 0, provider_id = 0, service_id = 0, form_id = 0, now = 0;
  int count = 0, flag = 0, capacity = 0;
  std::string a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, source;

  soci::statement insert_provider{
      (s.prepare << "INSERT INTO organisations (type, name, ico, legal_form_code, founder, "
                    "region_code, territory_code, address, source, search_text, created_at, "
                    "updated_at) VALUES ('provider', :n, :i, :lf, :f, :r, :t, :a, :src, "
                    ":st, :c, :u)"
                 << returning_id,
       soci::use(a), soci::use(b), soci::use(c), soci::use(d), soci::use(e), soci::use(f), soci::use(g),
       soci::use(source), soci::use(h), soci::use(now), soci::use(now), soci::into(id))};
  soci::statement update_provider{(s.prepare << "UPDATE organisations SET name = :n, legal_form_code = :lf, "
                                                "region_code = :r, address = :a, search_text = :st, updated_at = :u "
                                                "WHERE id = :id",
                                   soci::use(a), soci::use(c), soci::use(e), soci::use(g), soci::use(h), soci::use(now),
                                   soci::use(provider_id))};
  soci::statement insert_service{
      (s.prepare << "INSERT INTO services (provider_id, registry_id, registry_item_id, name, "
                    "kind_code, region_code, forms, capacity_total, capacity_unit, status, "
                    "registered_from, ended_on, age_note, source, search_text, created_at, "
                    "updated_at) VALUES (:p, :r, :ri, :n, :k, :rc, :f, :ct, :cu, :st, :rf, "
                    ":eo, :an, :src, :se, :c, :u)"
                 << returning_id,
       soci::use(provider_id), soci::use(a), soci::use(b), soci::use(c), soci::use(d), soci::use(e), soci::use(f),
       soci::use(capacity), soci::use(g), soci::use(h), soci::use(i), soci::use(j), soci::use(k), soci::use(source),
       soci::use(l), soci::use(now), soci::use(now), soci::into(id))};
  soci::statement update_service{(s.prepare << "UPDATE services SET provider_id = :p, registry_id = :r, "
                                               "registry_item_id = :ri, name = :n, kind_code = :k, region_code = :rc, "
                                               "forms = :f, capacity_total = :ct, capacity_unit = :cu, status = :st, "
                                               "registered_from = :rf, ended_on = :eo, age_note = :an, source = :src, "
                                               "search_text = :se, updated_at = :u WHERE id = :id",
                                  soci::use(provider_id), soci::use(a), soci::use(b), soci::use(c), soci::use(d),
                                  soci::use(e), soci::use(f), soci::use(capacity), soci::use(g), soci::use(h),
                                  soci::use(i), soci::use(j), soci::use(k), soci::use(source), soci::use(l),
                                  soci::use(now), soci::use(service_id))};
  // the capacities of the forms deleted next: their key's ON DELETE CASCADE is not there while an import on
  // PostgreSQL has the registry's keys off (store::with_foreign_keys_checked_at_end, registry_import.cpp)
  soci::statement delete_capacities{(s.prepare << "DELETE FROM service_capacities WHERE service_form_id IN "
                                                  "(SELECT id FROM service_forms WHERE service_id = :s)",
                                     soci::use(service_id))};
  soci::statement delete_forms{(s.prepare << "DELETE FROM service_forms WHERE service_id = :s", soci::use(service_id))};
  soci::statement delete_groups{
      (s.prepare << "DELETE FROM service_target_groups WHERE service_id = :s", soci::use(service_id))};
  soci::statement delete_ages{
      (s.prepare << "DELETE FROM service_age_groups WHERE service_id = :s", soci::use(service_id))};
  soci::statement delete_territories{
      (s.prepare << "DELETE FROM service_territories WHERE service_id = :s", soci::use(service_id))};
  soci::statement delete_facilities{
      (s.prepare << "DELETE FROM facilities WHERE service_id = :s", soci::use(service_id))};
  soci::statement delete_contacts{
      (s.prepare << "DELETE FROM service_contacts WHERE service_id = :s", soci::use(service_id))};
  soci::statement insert_form{(s.prepare << "INSERT INTO service_forms (service_id, form_code, continuous) VALUES "
                                            "(:s, :f, :c)"
                                         << returning_id,
                               soci::use(service_id), soci::use(a), soci::use(flag), soci::into(form_id))};
  soci::statement insert_capacity{(s.prepare << "INSERT INTO service_capacities (service_form_id, count, type_code, "
                                                "description) VALUES (:f, :c, :t, :d)",
                                   soci::use(form_id), soci::use(count), soci::use(a), soci::use(b))};
  soci::statement insert_group{(s.prepare << "INSERT INTO service_target_groups (service_id, code) VALUES (:s, :c)",
                                soci::use(service_id), soci::use(a))};
  soci::statement insert_age{(s.prepare << "INSERT INTO service_age_groups (service_id, code) VALUES (:s, :c)",
                              soci::use(service_id), soci::use(a))};
  soci::statement insert_territory{
      (s.prepare << "INSERT INTO service_territories (service_id, territory_code) VALUES (:s, :c)",
       soci::use(service_id), soci::use(a))};
  soci::statement insert_facility{
      (s.prepare << "INSERT INTO facilities (service_id, name, street, house_number, orientation_number, "
                    "municipality_code, municipality_name, postcode, address_point_code, region_code, district_code, "
                    "territory_code, secret, capacity, provided_from, provided_to) VALUES (:s, :n, :st, :hn, :on, :mc, "
                    ":mn, :pc, :ap, :rc, :dc, :tc, :sec, :cap, :pf, :pt)",
       soci::use(service_id), soci::use(a), soci::use(b), soci::use(c), soci::use(d), soci::use(e), soci::use(f),
       soci::use(g), soci::use(h), soci::use(i), soci::use(j), soci::use(k), soci::use(flag), soci::use(count),
       soci::use(l), soci::use(m))};
  soci::statement insert_contact{(s.prepare << "INSERT INTO service_contacts (service_id, kind, value, note) VALUES "
                                               "(:s, :k, :v, :n)",
                                  soci::use(service_id), soci::use(a), soci::use(b), soci::use(c))};
};

// The held rows of a batched writer, each table written after the tables its rows refer to.
struct RegistryWriter::Batches {
  using C = ColumnType;
  explicit Batches(soci::session& s)
      : organisation_ids(s, "organisations"),
        service_ids(s, "services"),
        form_ids(s, "service_forms"),
        organisations(s, "organisations",
                      {{"id", C::integer},
                       {"type", C::text},
                       {"name", C::text},
                       {"ico", C::text},
                       {"legal_form_code", C::text},
                       {"founder", C::text},
                       {"region_code", C::text},
                       {"territory_code", C::text},
                       {"address", C::text},
                       {"source", C::text},
                       {"search_text", C::text},
                       {"created_at", C::integer},
                       {"updated_at", C::integer}}),
        services(s, "services",
                 {{"id", C::integer},
                  {"provider_id", C::integer},
                  {"registry_id", C::text},
                  {"registry_item_id", C::text},
                  {"name", C::text},
                  {"kind_code", C::text},
                  {"region_code", C::text},
                  {"forms", C::text},
                  {"capacity_total", C::integer},
                  {"capacity_unit", C::text},
                  {"status", C::text},
                  {"registered_from", C::text},
                  {"ended_on", C::text},
                  {"age_note", C::text},
                  {"source", C::text},
                  {"search_text", C::text},
                  {"created_at", C::integer},
                  {"updated_at", C::integer}}),
        forms(s, "service_forms",
              {{"id", C::integer}, {"service_id", C::integer}, {"form_code", C::text}, {"continuous", C::integer}}),
        capacities(
            s, "service_capacities",
            {{"service_form_id", C::integer}, {"count", C::integer}, {"type_code", C::text}, {"description", C::text}}),
        groups(s, "service_target_groups", {{"service_id", C::integer}, {"code", C::text}}),
        ages(s, "service_age_groups", {{"service_id", C::integer}, {"code", C::text}}),
        territories(s, "service_territories", {{"service_id", C::integer}, {"territory_code", C::text}}),
        facilities(s, "facilities",
                   {{"service_id", C::integer},
                    {"name", C::text},
                    {"street", C::text},
                    {"house_number", C::text},
                    {"orientation_number", C::text},
                    {"municipality_code", C::text},
                    {"municipality_name", C::text},
                    {"postcode", C::text},
                    {"address_point_code", C::text},
                    {"region_code", C::text},
                    {"district_code", C::text},
                    {"territory_code", C::text},
                    {"secret", C::integer},
                    {"capacity", C::integer},
                    {"provided_from", C::text},
                    {"provided_to", C::text}}),
        contacts(s, "service_contacts",
                 {{"service_id", C::integer}, {"kind", C::text}, {"value", C::text}, {"note", C::text}}) {
    services.after(organisations);
    forms.after(services);
    capacities.after(forms);
    for (auto* child : {&groups, &ages, &territories, &facilities, &contacts}) child->after(services);
  }
  void flush() {
    for (auto* b :
         {&organisations, &services, &forms, &capacities, &groups, &ages, &territories, &facilities, &contacts})
      b->flush();
  }
  IdSource organisation_ids, service_ids, form_ids;
  BulkInsert organisations, services, forms, capacities, groups, ages, territories, facilities, contacts;
};

RegistryWriter::RegistryWriter(soci::session& s, long long now, std::string source, bool batched)
    : s_(s),
      now_(now),
      source_(std::move(source)),
      st_(std::make_unique<Statements>(s)),
      batches_(batched ? std::make_unique<Batches>(s) : nullptr) {
  st_->now = now_;
  st_->source = source_;
  soci::rowset<soci::row> providers = (s_.prepare << "SELECT id, ico FROM organisations WHERE ico <> ''");
  for (const auto& r : providers) provider_ids_[as_str(r, 1)] = as_ll(r, 0);
  soci::rowset<soci::row> services = (s_.prepare << "SELECT id, registry_id FROM services WHERE registry_id <> ''");
  for (const auto& r : services) service_ids_[as_str(r, 1)] = as_ll(r, 0);
}

RegistryWriter::~RegistryWriter() = default;

void RegistryWriter::flush() {
  if (batches_) batches_->flush();
}

long long RegistryWriter::provider(const registry::Provider& p, bool* created) {
  auto& t = *st_;
  t.a = p.name;
  t.b = p.ico;
  t.c = p.legal_form_code;
  t.d = p.founder;
  t.e = p.region_code;
  t.f = p.territory_code;
  t.g = p.address;
  t.h = search_key(p.name) + " | " + p.ico + " | " + search_key(p.address);
  auto it = p.ico.empty() ? provider_ids_.end() : provider_ids_.find(p.ico);
  if (it != provider_ids_.end()) {
    t.provider_id = it->second;
    t.update_provider.execute(true);
    if (created) *created = false;
    return it->second;
  }
  if (batches_) {
    t.id = batches_->organisation_ids.next();
    batches_->organisations.add(t.id)
        .add("provider")
        .add(t.a)
        .add(t.b)
        .add(t.c)
        .add(t.d)
        .add(t.e)
        .add(t.f)
        .add(t.g)
        .add(source_)
        .add(t.h)
        .add(now_)
        .add(now_);
  } else {
    t.insert_provider.execute(true);
    t.read_inserted_id("organisations", t.id);
  }
  if (!p.ico.empty()) provider_ids_[p.ico] = t.id;
  if (created) *created = true;
  return t.id;
}

long long RegistryWriter::service(long long provider_id, const registry::Service& svc, bool* created) {
  auto& t = *st_;
  const auto [capacity, unit] = registry::headline_capacity(svc);
  t.provider_id = provider_id;
  t.a = svc.registry_id;
  t.b = svc.registry_item_id;
  t.c = svc.name;
  t.d = svc.kind_code;
  t.e = svc.region_code;
  t.f = registry::forms_key(svc);
  t.capacity = capacity;
  t.g = unit;
  t.h = svc.status;
  t.i = svc.registered_from;
  t.j = svc.ended_on;
  t.k = svc.age_note;
  t.l = search_key(svc.name) + " | " + svc.registry_id;
  auto it = svc.registry_id.empty() ? service_ids_.end() : service_ids_.find(svc.registry_id);
  const bool is_new = it == service_ids_.end();
  if (is_new && batches_) {
    t.service_id = batches_->service_ids.next();
    batches_->services.add(t.service_id)
        .add(provider_id)
        .add(t.a)
        .add(t.b)
        .add(t.c)
        .add(t.d)
        .add(t.e)
        .add(t.f)
        .add(capacity)
        .add(t.g)
        .add(t.h)
        .add(t.i)
        .add(t.j)
        .add(t.k)
        .add(source_)
        .add(t.l)
        .add(now_)
        .add(now_);
    if (!svc.registry_id.empty()) service_ids_[svc.registry_id] = t.service_id;
  } else if (is_new) {
    t.insert_service.execute(true);
    t.read_inserted_id("services", t.id);
    t.service_id = t.id;
    if (!svc.registry_id.empty()) service_ids_[svc.registry_id] = t.id;
  } else {
    if (batches_) batches_->organisations.flush();  // the service may now belong to a provider still held
    t.service_id = it->second;
    t.update_service.execute(true);
    for (auto* del : {&t.delete_capacities, &t.delete_forms, &t.delete_groups, &t.delete_ages, &t.delete_territories,
                      &t.delete_facilities, &t.delete_contacts})
      del->execute(true);
  }
  if (!svc.registry_id.empty()) seen_.insert(svc.registry_id);
  if (created) *created = is_new;
  if (batches_) {
    write_parts(svc);
    return t.service_id;
  }
  for (const auto& form : svc.forms) {
    t.a = form.form_code;
    t.flag = form.continuous ? 1 : 0;
    t.insert_form.execute(true);
    t.read_inserted_id("service_forms", t.form_id);
    for (const auto& cap : form.capacities) {
      t.count = cap.count;
      t.a = cap.type_code;
      t.b = cap.description;
      t.insert_capacity.execute(true);
    }
  }
  for (const auto& code : svc.target_groups) {
    t.a = code;
    t.insert_group.execute(true);
  }
  for (const auto& code : svc.age_groups) {
    t.a = code;
    t.insert_age.execute(true);
  }
  for (const auto& code : svc.territories) {
    t.a = code;
    t.insert_territory.execute(true);
  }
  for (const auto& fac : svc.facilities) {
    t.a = fac.name;
    t.b = fac.address.street;
    t.c = fac.address.house_number;
    t.d = fac.address.orientation_number;
    t.e = fac.address.municipality_code;
    t.f = fac.address.municipality_name;
    t.g = fac.address.postcode;
    t.h = fac.address.address_point_code;
    t.i = fac.address.region_code;
    t.j = fac.address.district_code;
    t.k = fac.territory_code;
    t.flag = fac.secret ? 1 : 0;
    t.count = fac.capacity;
    t.l = fac.provided_from;
    t.m = fac.provided_to;
    t.insert_facility.execute(true);
  }
  for (const auto& c : svc.contacts) {
    t.a = c.kind;
    t.b = c.value;
    t.c = c.note;
    t.insert_contact.execute(true);
  }
  return t.service_id;
}

void RegistryWriter::write_parts(const registry::Service& svc) {
  auto& b = *batches_;
  const long long id = st_->service_id;
  for (const auto& form : svc.forms) {
    const long long form_id = b.form_ids.next();
    b.forms.add(form_id).add(id).add(form.form_code).add(form.continuous ? 1 : 0);
    for (const auto& cap : form.capacities)
      b.capacities.add(form_id).add(cap.count).add(cap.type_code).add(cap.description);
  }
  for (const auto& code : svc.target_groups) b.groups.add(id).add(code);
  for (const auto& code : svc.age_groups) b.ages.add(id).add(code);
  for (const auto& code : svc.territories) b.territories.add(id).add(code);
  for (const auto& fac : svc.facilities) {
    const auto& a = fac.address;
    b.facilities.add(id)
        .add(fac.name)
        .add(a.street)
        .add(a.house_number)
        .add(a.orientation_number)
        .add(a.municipality_code)
        .add(a.municipality_name)
        .add(a.postcode)
        .add(a.address_point_code)
        .add(a.region_code)
        .add(a.district_code)
        .add(fac.territory_code)
        .add(fac.secret ? 1 : 0)
        .add(fac.capacity)
        .add(fac.provided_from)
        .add(fac.provided_to);
  }
  for (const auto& c : svc.contacts) b.contacts.add(id).add(c.kind).add(c.value).add(c.note);
}

int RegistryWriter::end_services_not_seen(const std::string& ended_on) {
  flush();
  int ended = 0;
  for (const auto& [registry_id, id] : service_ids_) {
    if (seen_.count(registry_id)) continue;
    std::string status;
    std::string source;
    s_ << "SELECT status, source FROM services WHERE id = :id", soci::use(id), soci::into(status), soci::into(source);
    if (status != "active" || source != source_) continue;
    s_ << "UPDATE services SET status = 'ended', ended_on = :e, updated_at = :u WHERE id = :id", soci::use(ended_on),
        soci::use(now_), soci::use(id);
    ++ended;
  }
  return ended;
}

}  // namespace kvalis::store::registry_repo
