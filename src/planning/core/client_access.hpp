#pragma once
// Who may read, write and erase a client's record (individual plan, reviews, ladder assessments) and who
// manages the staff of a service. Pure: the facts come from storage, the principal from the session.
//
// PLANNING_SPEC "Access": client records are read and written only by users in pl_service_staff of the
// client's service (as staff or granted by the provider) who hold clients.work (admin, manager, worker) in the
// provider. Not by other services' staff of the same provider, the region, an evaluator, other providers or
// the platform administrator as such. Erasure: an administrator or manager of the provider who is staff of the
// service. The provider's administrators and managers manage the staff of its services. A caller who may not
// read a record gets 404, so ids cannot be probed.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "accounts/core/access.hpp"

namespace kvalis::planning {

enum class StaffKind { staff, granted };
std::string_view to_string(StaffKind k);
std::optional<StaffKind> parse_staff_kind(std::string_view s);

// A client's service as the rules need it, and the caller's row in pl_service_staff of that service.
struct ClientServiceFacts {
  long long provider_id = 0;
  std::string region_code;
  std::optional<StaffKind> caller_staff;  // nullopt: the caller is not in the service's staff
};

struct ClientRights {
  bool read = false;
  bool write = false;
  bool erase = false;
};

// Holds clients.work (admin, manager or worker) in the provider.
bool works_with_clients(const accounts::Principal& p, long long provider_id);
ClientRights client_rights(const accounts::Principal& p, const ClientServiceFacts& f);
// Administrators and managers of the provider manage the staff of its services.
bool may_manage_staff(const accounts::Principal& p, long long provider_id);
// Whom the staff of a service may hold: users with clients.work in the provider (a membership list of roles).
bool may_be_staff(std::span<const accounts::Role> roles_in_provider);

}  // namespace kvalis::planning
