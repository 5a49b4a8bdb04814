#pragma once
// A small region for the app tests of the network years and the SPRSS (netyears part of the network module):
// the region (86) and another region (53), two providers of the region and one of the other, a municipality of
// the region, services written through the registry writer (capacities, territories), and callers of each.
#include <soci/soci.h>

#include <map>
#include <string>

#include "accounts/core/caller.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::testing::network_world {

struct World {
  long long region = 0, other_region = 0, provider = 0, other_provider = 0, far_provider = 0, municipality = 0;
  std::map<std::string, long long> services;  // home_care, nursing_home, assistance (other provider), far (region 53)
  std::map<std::string, long long> users;
};

inline long long add_org(soci::session& s, const std::string& type, const std::string& name,
                         const std::string& region) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = region;
  return store::registry_repo::insert_organisation(s, o, "manual");
}

inline long long add_user(soci::session& s, const std::string& login, long long org, accounts::OrganisationType type,
                          const std::string& role) {
  store::accounts_repo::UserRow u;
  u.login = login;
  u.display_name = login;
  u.password_hash = "x";
  u.language = "cs";
  u.created_at = 1;
  u.id = store::accounts_repo::insert_user(s, u);
  store::accounts_repo::replace_memberships(s, u.id, {{org, type, *accounts::parse_role(role), "", "", ""}});
  return u.id;
}

inline long long add_service(store::registry_repo::RegistryWriter& writer, long long provider, const std::string& id,
                             const std::string& name, const std::string& kind, const std::string& region,
                             const std::string& form, int capacity, const std::string& unit,
                             std::vector<std::string> territories) {
  registry::Service svc;
  svc.registry_id = id;
  svc.name = name;
  svc.kind_code = kind;
  svc.region_code = region;
  svc.forms = {{form, false, {{capacity, unit, ""}}}};
  svc.territories = std::move(territories);
  svc.target_groups = {"24"};
  return writer.service(provider, svc);
}

inline World make_world(store::Database& db) {
  World w;
  using T = accounts::OrganisationType;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    w.other_region = add_org(s, "region", "Pardubický kraj", "53");
    w.provider = add_org(s, "provider", "Charita Kladské pomezí", "86");
    w.other_provider = add_org(s, "provider", "Asistence Krkonoše", "86");
    w.far_provider = add_org(s, "provider", "Domov Pardubice", "53");
    w.municipality = add_org(s, "municipality", "Městský úřad Náchod", "86");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    w.services["home_care"] = add_service(writer, w.provider, "9100001", "Pečovatelská služba Hronov", "4", "86", "ter",
                                          120, "klient", {"5209"});
    w.services["nursing_home"] = add_service(writer, w.provider, "9100002", "Domov pro seniory Police", "13", "86",
                                             "pob", 60, "luzka", {"5209"});
    w.services["assistance"] = add_service(writer, w.other_provider, "9100003", "Osobní asistence Krkonoše", "3", "86",
                                           "ter", 40, "klient", {"5214", "5215"});
    w.services["far"] =
        add_service(writer, w.far_provider, "9100004", "Domov Pardubice", "13", "53", "pob", 90, "luzka", {"5309"});
    w.users["region"] = add_user(s, "kraj.referent", w.region, T::region, "manager");
    w.users["region_reader"] = add_user(s, "kraj.cteni", w.region, T::region, "readonly");
    w.users["manager"] = add_user(s, "poskytovatel.manazer", w.provider, T::provider, "manager");
    w.users["other"] = add_user(s, "asistence.admin", w.other_provider, T::provider, "admin");
    w.users["far"] = add_user(s, "pardubice.admin", w.far_provider, T::provider, "admin");
    w.users["municipality"] = add_user(s, "mu.nachod", w.municipality, T::municipality, "worker");
    w.users["other_region"] = add_user(s, "pk.admin", w.other_region, T::region, "admin");
  });
  return w;
}

inline accounts::Caller caller(const World& w, const std::string& who) {
  using T = accounts::OrganisationType;
  using R = accounts::Role;
  struct Spec {
    long long org;
    T type;
    R role;
    const char* region;
  };
  const std::map<std::string, Spec> specs = {
      {"region", {w.region, T::region, R::manager, "86"}},
      {"region_reader", {w.region, T::region, R::readonly, "86"}},
      {"manager", {w.provider, T::provider, R::manager, "86"}},
      {"other", {w.other_provider, T::provider, R::admin, "86"}},
      {"far", {w.far_provider, T::provider, R::admin, "53"}},
      {"municipality", {w.municipality, T::municipality, R::worker, "86"}},
      {"other_region", {w.other_region, T::region, R::admin, "53"}},
  };
  const auto& spec = specs.at(who);
  accounts::Caller c;
  c.principal.user_id = w.users.at(who);
  c.principal.login = who;
  accounts::Membership m;
  m.organisation_id = spec.org;
  m.organisation_type = spec.type;
  m.role = spec.role;
  m.region_code = spec.region;
  c.principal.memberships.push_back(m);
  return c;
}

}  // namespace kvalis::testing::network_world
