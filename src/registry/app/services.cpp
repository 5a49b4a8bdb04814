#include "registry/app/services.hpp"

#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {

namespace repo = store::registry_repo;

ServicePage list_services(store::Database& db, const accounts::Caller& caller, ServiceQuery query) {
  query.scope = accounts::visibility(caller.principal);
  ServicePage page;
  page.items = db.read([&](soci::session& s) { return repo::list_services(s, query, page.total); });
  return page;
}

Result<ServiceView> get_service(store::Database& db, const accounts::Caller& caller, long long id,
                                const ServiceReadGrant& grant) {
  const Error missing{ErrorCode::not_found, {}, "service.not_found", {}};
  const auto scope = accounts::visibility(caller.principal);
  auto detail = db.read([&](soci::session& s) -> std::optional<ServiceDetail> {
    auto r = repo::get_service(s, id);
    if (!r) return std::nullopt;
    const auto& sum = r->summary;
    if (accounts::can_see(scope, {sum.provider_id, sum.region_code, sum.territory_codes}) ||
        (grant && grant(s, caller.principal, id)))
      return r;
    return std::nullopt;
  });
  if (!detail) return missing;
  const bool shown = accounts::can_see_secret_address(caller.principal, detail->summary.provider_id);
  ServiceView view{std::move(*detail), shown};
  if (!view.secret_addresses_shown)
    for (auto& f : view.detail.service.facilities)
      if (f.secret) f.address = {};
  return view;
}

}  // namespace kvalis::registry::app
