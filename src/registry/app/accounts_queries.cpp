#include "registry/app/accounts_queries.hpp"

#include "platform/store/data_versions.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {

std::set<long long> existing_organisations(soci::session& s, const std::vector<long long>& ids) {
  std::set<long long> out;
  for (long long id : ids)
    if (!out.count(id) && store::registry_repo::get_organisation(s, id)) out.insert(id);
  return out;
}

void accounts_changed(soci::session& s) { store::data_versions::bump(s, "accounts"); }

}  // namespace kvalis::registry::app
