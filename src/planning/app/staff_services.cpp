#include "planning/app/staff_services.hpp"

#include <algorithm>
#include <set>

#include "planning/app/clients_common.hpp"
#include "planning/core/client_access.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::planning::app {
namespace {

ServiceView view_of(soci::session& s, const accounts::Principal& p, store::ServiceRow service) {
  ServiceView v;
  v.staff = store::staff_of(s, {service.id});
  v.can_manage_staff = may_manage_staff(p, service.provider_id);
  v.is_staff = std::any_of(v.staff.begin(), v.staff.end(), [&](const auto& x) { return x.user_id == p.user_id; });
  v.service = std::move(service);
  return v;
}

// The service whose staff the caller manages: unknown to outsiders (404), refused to the provider's others (403).
Result<store::ServiceRow> managed_service(soci::session& s, const accounts::Principal& p, long long id) {
  auto service = store::get_service(s, id);
  if (!service || !accounts::member_of(p, service->provider_id)) return service_missing();
  if (!may_manage_staff(p, service->provider_id)) return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
  return std::move(*service);
}

}  // namespace

std::vector<ServiceView> list_services(kvalis::store::Database& db, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id) {
  const auto& p = caller.principal;
  std::vector<long long> managed;
  for (const auto& m : p.memberships)
    if (may_manage_staff(p, m.organisation_id) &&
        std::find(managed.begin(), managed.end(), m.organisation_id) == managed.end())
      managed.push_back(m.organisation_id);
  std::vector<ServiceView> out;
  db.read([&](soci::session& s) {
    for (auto& service : store::list_services(s, managed, p.user_id > 0 ? p.user_id : -1)) {
      if (organisation_id && service.provider_id != *organisation_id) continue;
      auto v = view_of(s, p, std::move(service));
      if (v.can_manage_staff || (v.is_staff && works_with_clients(p, v.service.provider_id)))
        out.push_back(std::move(v));
    }
  });
  return out;
}

Result<ServiceView> put_staff(soci::session& s, const accounts::Caller& caller, long long service_id,
                              const std::vector<StaffInput>& staff) {
  auto service = managed_service(s, caller.principal, service_id);
  if (!service) return service.error();
  if (staff.size() > 500) return invalid("staff", "field.too_long", {{"max", "500"}});
  std::vector<std::pair<long long, std::string>> rows;
  std::set<long long> seen;
  for (std::size_t i = 0; i < staff.size(); ++i) {
    const std::string base = "staff[" + std::to_string(i) + "]";
    const auto& x = staff[i];
    const auto id = std::to_string(x.user_id);
    if (!parse_staff_kind(x.kind)) return invalid(base + ".kind", "field.invalid_value", {{"value", x.kind}});
    if (!roles_work_with_clients(store::member_roles(s, x.user_id, service->provider_id)))
      return invalid(base + ".user_id", "planning.clients.staff_not_member", {{"value", id}});
    if (!seen.insert(x.user_id).second)
      return invalid(base + ".user_id", "planning.clients.staff_duplicate", {{"value", id}});
    rows.emplace_back(x.user_id, x.kind);
  }
  for (long long kw : store::key_workers_of(s, service->id))
    if (!seen.count(kw))
      return Error{
          ErrorCode::conflict, "staff", "planning.clients.staff_is_key_worker", {{"value", std::to_string(kw)}}};
  store::replace_staff(s, service->id, rows, caller.principal.user_id, kvalis::store::now_epoch());
  kvalis::store::activity_log::append(s, caller.activity("planning.staff.update", "pl_service_staff", service->id,
                                                         service->provider_id, "staff " + std::to_string(rows.size())));
  return view_of(s, caller.principal, std::move(*service));
}

Result<ServiceView> put_staff(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id,
                              const std::vector<StaffInput>& staff) {
  return db.write([&](soci::session& s) { return put_staff(s, caller, service_id, staff); });
}

Result<std::vector<store::UserRef>> staff_candidates(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     long long service_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<store::UserRef>> {
    auto service = managed_service(s, caller.principal, service_id);
    if (!service) return service.error();
    return store::client_workers_of(s, service->provider_id);
  });
}

}  // namespace kvalis::planning::app
