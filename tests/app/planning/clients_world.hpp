#pragma once
// A provider with services, users and service goals for the app tests of the planning module's client part,
// written directly (the plans helper's use cases are not needed to test the client part).
#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::testing::planning_clients {

struct World {
  long long provider = 0, other_provider = 0, region = 0;
  std::vector<long long> services;  // three services of the provider
  long long other_service = 0;      // of the other provider
  std::map<std::string, long long> users;
  std::map<std::string, long long> goals;  // code → id; SG-<n>-<k>: service n (0-based), goal k
};

inline long long add_org(soci::session& s, const std::string& type, const std::string& name,
                         const std::string& region) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = region;
  return store::registry_repo::insert_organisation(s, o, "manual");
}

inline long long add_user(soci::session& s, const std::string& login, long long org, const std::string& role) {
  store::accounts_repo::UserRow u;
  u.login = login;
  u.display_name = login;
  u.password_hash = "x";
  u.language = "cs";
  u.created_at = 1;
  u.id = store::accounts_repo::insert_user(s, u);
  if (org)
    store::accounts_repo::replace_memberships(
        s, u.id, {{org, accounts::OrganisationType::provider, *accounts::parse_role(role), "", "", ""}});
  return u.id;
}

inline World make_world(store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    w.provider = add_org(s, "provider", "Romano Drom Hradec, z. s.", "86");
    w.other_provider = add_org(s, "provider", "Jiná organizace, z. ú.", "86");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    const std::vector<std::pair<std::string, std::string>> kinds{
        {"Terénní programy", "30"}, {"SAS pro rodiny s dětmi", "29"}, {"Odborné sociální poradenství", "4"}};
    int n = 0;
    for (const auto& [name, kind] : kinds) {
      registry::Service svc;
      svc.registry_id = "800000" + std::to_string(++n);
      svc.name = name;
      svc.kind_code = kind;
      svc.region_code = "86";
      svc.territories = {"5205"};
      svc.forms = {{"ter", false, {{50, "klient", ""}}}};
      w.services.push_back(writer.service(w.provider, svc));
    }
    registry::Service other;
    other.registry_id = "8000009";
    other.name = "Cizí služba";
    other.kind_code = "30";
    other.region_code = "86";
    other.forms = {{"ter", false, {{50, "klient", ""}}}};
    w.other_service = writer.service(w.other_provider, other);
    w.users["manager"] = add_user(s, "iq.manazer", w.provider, "manager");
    for (int i = 1; i <= 3; ++i)
      w.users["worker" + std::to_string(i)] = add_user(s, "iq.pracovnik" + std::to_string(i), w.provider, "worker");
    w.users["evaluator"] = add_user(s, "hodnotitel", w.provider, "evaluator");
    w.users["other"] = add_user(s, "cizi.pracovnik", w.other_provider, "worker");
    for (std::size_t j = 0; j < w.services.size(); ++j)
      for (int k = 1; k <= 2; ++k) {
        const std::string code = "SG-" + std::to_string(j) + "-" + std::to_string(k);
        long long id = 0;
        const std::string title = "Cíl služby " + code;
        s << "INSERT INTO pl_goals (level, organisation_id, service_id, code, title, created_at, updated_at) VALUES "
             "('service', :o, :s, :c, :t, 1, 1) RETURNING id",
            soci::use(w.provider), soci::use(w.services[j]), soci::use(code), soci::use(title), soci::into(id);
        w.goals[code] = id;
      }
  });
  return w;
}

// A user acting in one role of one organisation.
inline accounts::Caller caller_of(long long user_id, const std::string& login, long long org, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = login;
  c.principal.memberships.push_back({org, accounts::OrganisationType::provider, role, "", "86", ""});
  return c;
}

}  // namespace kvalis::testing::planning_clients
