#pragma once
// Use cases of the services' staff (pl_service_staff): who works with the clients of a service, as its staff
// or granted access by the provider. The provider's administrators and managers manage it; the key worker of
// a client is always on the staff.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/store/clients_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

struct ServiceView {
  store::ServiceRow service;
  std::vector<store::StaffRow> staff;
  bool can_manage_staff = false;
  bool is_staff = false;
};

struct StaffInput {
  long long user_id = 0;
  std::string kind = "staff";  // staff | granted
};

// The services of the providers the caller manages and those the caller is staff of (organisation_id: only
// that provider's).
std::vector<ServiceView> list_services(kvalis::store::Database& db, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id);
Result<ServiceView> put_staff(soci::session& s, const accounts::Caller& caller, long long service_id,
                              const std::vector<StaffInput>& staff);
Result<ServiceView> put_staff(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id,
                              const std::vector<StaffInput>& staff);
// Users who may be staff of the service: those working with clients in its provider.
Result<std::vector<store::UserRef>> staff_candidates(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     long long service_id);

}  // namespace kvalis::planning::app
