#include "registry/store/registry_snapshot.hpp"

#include <algorithm>

#include "platform/store/row.hpp"

namespace kvalis::importers {
namespace {

using store::as_int;
using store::as_ll;
using store::as_str;

// Registry-linked services (a registry identifier) and their parts, each table in one query.
constexpr const char* kSelectProviders =
    "SELECT id, ico, name, legal_form_code, region_code, address FROM organisations WHERE ico <> ''";
constexpr const char* kSelectServices =
    "SELECT s.id, s.registry_id, s.registry_item_id, s.name, s.kind_code, s.region_code, s.status, "
    "s.registered_from, s.ended_on, s.age_note, s.source, o.ico FROM services s "
    "JOIN organisations o ON o.id = s.provider_id WHERE s.registry_id <> ''";
constexpr const char* kSelectForms =
    "SELECT f.id, f.service_id, f.form_code, f.continuous FROM service_forms f "
    "JOIN services s ON s.id = f.service_id WHERE s.registry_id <> '' ORDER BY f.id";
constexpr const char* kSelectCapacities =
    "SELECT c.service_form_id, c.count, c.type_code, c.description FROM service_capacities c "
    "JOIN service_forms f ON f.id = c.service_form_id JOIN services s ON s.id = f.service_id "
    "WHERE s.registry_id <> '' ORDER BY c.id";
constexpr const char* kSelectTargetGroups =
    "SELECT g.service_id, g.code FROM service_target_groups g JOIN services s ON s.id = g.service_id "
    "WHERE s.registry_id <> ''";
constexpr const char* kSelectAgeGroups =
    "SELECT g.service_id, g.code FROM service_age_groups g JOIN services s ON s.id = g.service_id "
    "WHERE s.registry_id <> ''";
constexpr const char* kSelectTerritories =
    "SELECT t.service_id, t.territory_code FROM service_territories t JOIN services s ON s.id = t.service_id "
    "WHERE s.registry_id <> ''";
constexpr const char* kSelectFacilities =
    "SELECT f.service_id, f.name, f.street, f.house_number, f.orientation_number, f.municipality_code, "
    "f.municipality_name, f.postcode, f.address_point_code, f.region_code, f.district_code, f.territory_code, "
    "f.secret, f.capacity, f.provided_from, f.provided_to FROM facilities f "
    "JOIN services s ON s.id = f.service_id WHERE s.registry_id <> '' ORDER BY f.id";
constexpr const char* kSelectContacts =
    "SELECT c.service_id, c.kind, c.value, c.note FROM service_contacts c JOIN services s ON s.id = c.service_id "
    "WHERE s.registry_id <> '' ORDER BY c.id";
constexpr const char* kEndService =
    "UPDATE services SET status = 'ended', ended_on = :e, updated_at = :u WHERE id = :id";

// FNV-1a, 64 bits, over length-prefixed fields.
class Hasher {
 public:
  void add(std::string_view s) {
    add_number(static_cast<long long>(s.size()));
    for (unsigned char c : s) mix(c);
  }
  void add_number(long long v) {
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>((static_cast<unsigned long long>(v) >> (8 * i)) & 0xFF));
  }
  std::uint64_t value() const { return h_; }

 private:
  void mix(unsigned char c) {
    h_ ^= c;
    h_ *= 1099511628211ULL;
  }
  std::uint64_t h_ = 14695981039346656037ULL;
};

void add_sorted(Hasher& h, std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  h.add_number(static_cast<long long>(codes.size()));
  for (const auto& c : codes) h.add(c);
}

template <class F>
void for_each_row(soci::session& s, const char* sql, F&& f) {
  soci::rowset<soci::row> rows = (s.prepare << sql);
  for (const auto& r : rows) f(r);
}

}  // namespace

std::uint64_t service_fingerprint(const registry::Service& s, std::string_view provider_ico) {
  Hasher h;
  for (const auto* field : {&s.registry_id, &s.registry_item_id, &s.name, &s.kind_code, &s.region_code, &s.status,
                            &s.registered_from, &s.ended_on, &s.age_note})
    h.add(*field);
  h.add(provider_ico);
  h.add_number(static_cast<long long>(s.forms.size()));
  for (const auto& f : s.forms) {
    h.add(f.form_code);
    h.add_number(f.continuous ? 1 : 0);
    h.add_number(static_cast<long long>(f.capacities.size()));
    for (const auto& c : f.capacities) {
      h.add_number(c.count);
      h.add(c.type_code);
      h.add(c.description);
    }
  }
  add_sorted(h, s.target_groups);
  add_sorted(h, s.age_groups);
  add_sorted(h, s.territories);
  h.add_number(static_cast<long long>(s.facilities.size()));
  for (const auto& f : s.facilities) {
    const auto& a = f.address;
    for (const auto* field : {&f.name, &a.street, &a.house_number, &a.orientation_number, &a.municipality_code,
                              &a.municipality_name, &a.postcode, &a.address_point_code, &a.region_code,
                              &a.district_code, &f.territory_code, &f.provided_from, &f.provided_to})
      h.add(*field);
    h.add_number(f.secret ? 1 : 0);
    h.add_number(f.capacity);
  }
  h.add_number(static_cast<long long>(s.contacts.size()));
  for (const auto& c : s.contacts) {
    h.add(c.kind);
    h.add(c.value);
    h.add(c.note);
  }
  return h.value();
}

bool provider_differs(const StoredProvider& stored, const registry::Provider& p) {
  return stored.name != p.name || stored.legal_form_code != p.legal_form_code || stored.region_code != p.region_code ||
         stored.address != p.address;
}

RegistrySnapshot load_registry_snapshot(soci::session& s) {
  RegistrySnapshot snap;
  for_each_row(s, kSelectProviders, [&](const soci::row& r) {
    snap.providers[as_str(r, 1)] = StoredProvider{as_ll(r, 0), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)};
  });

  // The stored services rebuilt as model structs, only long enough to hash them.
  struct Rebuilt {
    registry::Service service;
    std::string ico;
    std::string source;
  };
  std::unordered_map<long long, Rebuilt> by_id;
  for_each_row(s, kSelectServices, [&](const soci::row& r) {
    auto& b = by_id[as_ll(r, 0)];
    auto& sv = b.service;
    sv.registry_id = as_str(r, 1);
    sv.registry_item_id = as_str(r, 2);
    sv.name = as_str(r, 3);
    sv.kind_code = as_str(r, 4);
    sv.region_code = as_str(r, 5);
    sv.status = as_str(r, 6);
    sv.registered_from = as_str(r, 7);
    sv.ended_on = as_str(r, 8);
    sv.age_note = as_str(r, 9);
    b.source = as_str(r, 10);
    b.ico = as_str(r, 11);
  });
  // Form id → (service id, index in its forms): pointers would not survive the vectors growing.
  std::unordered_map<long long, std::pair<long long, std::size_t>> forms;
  for_each_row(s, kSelectForms, [&](const soci::row& r) {
    auto it = by_id.find(as_ll(r, 1));
    if (it == by_id.end()) return;
    auto& list = it->second.service.forms;
    forms[as_ll(r, 0)] = {it->first, list.size()};
    list.push_back(registry::ServiceForm{as_str(r, 2), as_int(r, 3) != 0, {}});
  });
  for_each_row(s, kSelectCapacities, [&](const soci::row& r) {
    auto it = forms.find(as_ll(r, 0));
    if (it == forms.end()) return;
    auto& form = by_id[it->second.first].service.forms[it->second.second];
    form.capacities.push_back(registry::Capacity{as_int(r, 1), as_str(r, 2), as_str(r, 3)});
  });
  const auto codes_into = [&](const char* sql, std::vector<std::string> registry::Service::*field) {
    for_each_row(s, sql, [&](const soci::row& r) {
      auto it = by_id.find(as_ll(r, 0));
      if (it != by_id.end()) (it->second.service.*field).push_back(as_str(r, 1));
    });
  };
  codes_into(kSelectTargetGroups, &registry::Service::target_groups);
  codes_into(kSelectAgeGroups, &registry::Service::age_groups);
  codes_into(kSelectTerritories, &registry::Service::territories);
  for_each_row(s, kSelectFacilities, [&](const soci::row& r) {
    auto it = by_id.find(as_ll(r, 0));
    if (it == by_id.end()) return;
    auto& f = it->second.service.facilities.emplace_back();
    f.name = as_str(r, 1);
    f.address.street = as_str(r, 2);
    f.address.house_number = as_str(r, 3);
    f.address.orientation_number = as_str(r, 4);
    f.address.municipality_code = as_str(r, 5);
    f.address.municipality_name = as_str(r, 6);
    f.address.postcode = as_str(r, 7);
    f.address.address_point_code = as_str(r, 8);
    f.address.region_code = as_str(r, 9);
    f.address.district_code = as_str(r, 10);
    f.territory_code = as_str(r, 11);
    f.secret = as_int(r, 12) != 0;
    f.capacity = as_int(r, 13);
    f.provided_from = as_str(r, 14);
    f.provided_to = as_str(r, 15);
  });
  for_each_row(s, kSelectContacts, [&](const soci::row& r) {
    auto it = by_id.find(as_ll(r, 0));
    if (it != by_id.end()) it->second.service.contacts.push_back({as_str(r, 1), as_str(r, 2), as_str(r, 3)});
  });
  for (auto& [id, b] : by_id) {
    snap.services[b.service.registry_id] =
        StoredService{id, b.service.status, b.source, b.service.region_code, service_fingerprint(b.service, b.ico)};
  }
  return snap;
}

struct ServiceEnder::Statement {
  Statement(soci::session& s, long long now)
      : now(now), st((s.prepare << kEndService, soci::use(ended_on), soci::use(this->now), soci::use(id))) {}
  std::string ended_on;
  long long now;
  long long id = 0;
  soci::statement st;
};

ServiceEnder::ServiceEnder(soci::session& s, long long now) : st_(std::make_unique<Statement>(s, now)) {}
ServiceEnder::~ServiceEnder() = default;

void ServiceEnder::end(long long service_id, const std::string& ended_on) {
  st_->id = service_id;
  st_->ended_on = ended_on;
  st_->st.execute(true);
}

}  // namespace kvalis::importers
