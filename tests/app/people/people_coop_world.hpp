#pragma once
// A small world for the cooperation and project use cases (people module): a provider with its manager,
// worker and evaluator, another provider, the region, and callers of each.
#include <soci/soci.h>

#include <string>

#include "accounts/core/caller.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::testing::coop_world {

struct World {
  long long provider = 0, other = 0, region = 0;
};

inline long long add_org(soci::session& s, const std::string& type, const std::string& name,
                         const std::string& region) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = region;
  return store::registry_repo::insert_organisation(s, o, "manual");
}

inline World make_world(kvalis::store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.provider = add_org(s, "provider", "Charita Náchod", "86");
    w.other = add_org(s, "provider", "Jiný poskytovatel", "53");
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
  });
  return w;
}

inline accounts::Caller member(long long user_id, long long org, accounts::OrganisationType type, accounts::Role role,
                               const std::string& region) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = "u" + std::to_string(user_id);
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = region;
  c.principal.memberships.push_back(m);
  return c;
}

struct Callers {
  accounts::Caller manager, worker, evaluator, region, stranger;
};

inline Callers callers_of(const World& w) {
  using accounts::OrganisationType;
  using accounts::Role;
  return {member(1, w.provider, OrganisationType::provider, Role::manager, "86"),
          member(2, w.provider, OrganisationType::provider, Role::worker, "86"),
          member(3, w.provider, OrganisationType::provider, Role::evaluator, "86"),
          member(4, w.region, OrganisationType::region, Role::manager, "86"),
          member(5, w.other, OrganisationType::provider, Role::admin, "53")};
}

}  // namespace kvalis::testing::coop_world
