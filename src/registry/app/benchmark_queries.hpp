#pragma once
// What the benchmark module asks of the registry inside its own transactions: the organisations a working
// group is made of, and the data version its caches read.
#include <soci/soci.h>

#include <optional>
#include <string>

#include "accounts/core/access.hpp"
#include "registry/app/queries.hpp"

namespace kvalis::registry::app {

struct OrganisationRef {
  long long id = 0;
  std::string type;  // region, municipality, provider, …
  std::string name;
};

// The organisation, or nullopt when there is none.
std::optional<OrganisationRef> organisation(soci::session& s, long long id);
// The organisation when the scope sees it, else nullopt (unknown and invisible look the same).
std::optional<OrganisationRef> visible_organisation(soci::session& s, const accounts::VisibilityScope& scope,
                                                    long long id);

}  // namespace kvalis::registry::app
