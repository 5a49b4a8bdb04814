#include "registry/app/queries.hpp"

#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {

namespace repo = store::registry_repo;

std::optional<Organisation> find_organisation(soci::session& s, long long id) { return repo::get_organisation(s, id); }

std::optional<ServiceDetail> find_service(soci::session& s, long long id) { return repo::get_service(s, id); }

}  // namespace kvalis::registry::app
