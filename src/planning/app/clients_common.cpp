#include "planning/app/clients_common.hpp"

#include "planning/core/gas.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

ClientServiceFacts facts_of(soci::session& s, const accounts::Principal& p, const store::ServiceRow& service) {
  ClientServiceFacts f;
  f.provider_id = service.provider_id;
  f.region_code = service.region_code;
  if (p.user_id > 0)
    if (auto kind = store::staff_kind(s, service.id, p.user_id)) f.caller_staff = parse_staff_kind(*kind);
  return f;
}

Result<LoadedClient> load_client(soci::session& s, const accounts::Principal& p, long long id) {
  auto c = store::get_client(s, id);
  if (!c) return client_missing();
  auto service = store::get_service(s, c->service_id);
  if (!service) return client_missing();
  const auto rights = client_rights(p, facts_of(s, p, *service));
  if (!rights.read) return client_missing();
  return LoadedClient{std::move(*service), std::move(*c), rights};
}

std::vector<long long> readable_services(soci::session& s, const accounts::Principal& p) {
  std::vector<long long> out;
  if (p.user_id <= 0) return out;
  for (const auto& [service, provider] : store::staffed_services(s, p.user_id))
    if (works_with_clients(p, provider)) out.push_back(service);
  return out;
}

bool roles_work_with_clients(const std::vector<std::string>& roles) {
  std::vector<accounts::Role> parsed;
  for (const auto& r : roles)
    if (auto role = accounts::parse_role(r)) parsed.push_back(*role);
  return may_be_staff(parsed);
}

double rho_of(soci::session& s, long long organisation_id) {
  return store::gas_rho(s, organisation_id).value_or(kDefaultRho);
}

std::string today_text() { return format_date(kvalis::store::now_epoch()); }

}  // namespace kvalis::planning::app
