#pragma once
// Organisations, users and training sessions for the app tests of the people module's staff part, written
// directly (the training part's use cases are not needed: its tables are filled by SQL here).
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>

#include "accounts/core/caller.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::testing::people_staff {

struct World {
  long long region = 0, other_region = 0, provider = 0, other_provider = 0, ospod = 0;
  long long service = 0, other_service = 0;
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

inline World make_world(store::Database& db) {
  World w;
  using T = accounts::OrganisationType;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    w.other_region = add_org(s, "region", "Pardubický kraj", "53");
    w.provider = add_org(s, "provider", "Charita Kladské pomezí", "86");
    w.other_provider = add_org(s, "provider", "Domov Na Stráni", "86");
    w.ospod = add_org(s, "municipality", "Městský úřad Náchod (OSPOD)", "86");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    registry::Service svc;
    svc.registry_id = "9000001";
    svc.name = "Terénní programy Náchod";
    svc.kind_code = "30";
    svc.region_code = "86";
    svc.forms = {{"ter", false, {{50, "klient", ""}}}};
    w.service = writer.service(w.provider, svc);
    svc.registry_id = "9000002";
    svc.name = "Domov pro seniory";
    w.other_service = writer.service(w.other_provider, svc);
    w.users["manager"] = add_user(s, "manazer", w.provider, T::provider, "manager");
    w.users["admin"] = add_user(s, "spravce.org", w.provider, T::provider, "admin");
    w.users["worker"] = add_user(s, "pracovnik", w.provider, T::provider, "worker");
    w.users["worker2"] = add_user(s, "pracovnik2", w.provider, T::provider, "worker");
    w.users["evaluator"] = add_user(s, "hodnotitel", w.provider, T::provider, "evaluator");
    w.users["other"] = add_user(s, "cizi.manazer", w.other_provider, T::provider, "manager");
    w.users["region"] = add_user(s, "kraj.admin", w.region, T::region, "admin");
    w.users["other_region"] = add_user(s, "pk.admin", w.other_region, T::region, "admin");
    w.users["ospod"] = add_user(s, "ospod.vedouci", w.ospod, T::municipality, "manager");
  });
  return w;
}

// A user acting in one role of one organisation.
inline accounts::Caller caller(long long user_id, const std::string& login, long long org, accounts::Role role,
                               accounts::OrganisationType type = accounts::OrganisationType::provider,
                               const std::string& region = "86") {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = login;
  c.principal.memberships.push_back({org, type, role, "", region, ""});
  return c;
}

inline accounts::Caller manager_of(const World& w) {
  return caller(w.users.at("manager"), "manazer", w.provider, accounts::Role::manager);
}

// A training module of the region (in_house: an in-house module) and a session of it; returns the session id.
inline long long add_session(store::Database& db, long long organiser, const std::string& held_on, double hours,
                             bool in_house, const std::string& state) {
  long long module = 0, session = 0;
  db.write([&](soci::session& s) {
    const int in_house_flag = in_house ? 1 : 0;
    const std::string number = in_house ? "" : "A2025/0001-SP";
    s << "INSERT INTO pe_modules (organiser_org_id, code, title, hours, accreditation_number, in_house, created_at, "
         "updated_at) VALUES (:o, 'M1', 'Modul', :h, :a, :i, 1, 1) RETURNING id",
        soci::use(organiser), soci::use(hours), soci::use(number), soci::use(in_house_flag), soci::into(module);
    s << "INSERT INTO pe_sessions (module_id, held_on, place, capacity, state, created_at, updated_at) VALUES (:m, "
         ":d, 'Hradec Králové', 15, :st, 1, 1) RETURNING id",
        soci::use(module), soci::use(held_on), soci::use(state), soci::into(session);
  });
  return session;
}

inline long long add_registration(store::Database& db, long long session, long long worker, long long organisation,
                                  const std::string& state, std::optional<double> hours_attended = std::nullopt) {
  long long id = 0;
  db.write([&](soci::session& s) {
    const double h = hours_attended.value_or(0);
    soci::indicator ind = hours_attended ? soci::i_ok : soci::i_null;
    s << "INSERT INTO pe_registrations (session_id, worker_id, organisation_id, state, hours_attended, registered_at, "
         "updated_at) VALUES (:s, :w, :o, :st, :h, 1, 1) RETURNING id",
        soci::use(session), soci::use(worker), soci::use(organisation), soci::use(state), soci::use(h, ind),
        soci::into(id);
  });
  return id;
}

}  // namespace kvalis::testing::people_staff
