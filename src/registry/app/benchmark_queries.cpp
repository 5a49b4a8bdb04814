#include "registry/app/benchmark_queries.hpp"

#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {

namespace repo = store::registry_repo;

std::optional<OrganisationRef> organisation(soci::session& s, long long id) {
  auto org = repo::get_organisation(s, id);
  if (!org) return std::nullopt;
  return OrganisationRef{org->id, org->type, org->name};
}

std::optional<OrganisationRef> visible_organisation(soci::session& s, const accounts::VisibilityScope& scope,
                                                    long long id) {
  auto org = organisation(s, id);
  if (!org || !repo::organisation_visible(s, scope, id)) return std::nullopt;
  return org;
}

}  // namespace kvalis::registry::app
