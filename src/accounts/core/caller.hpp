#pragma once
// Who runs a use case: the principal (for the access rules) and where the request came from (for the
// activity log). Every module's app/ functions take a Caller; HTTP builds it from the session
// (platform/http/handler_util.hpp caller_of), the CLI and the demo from their own user.
#include <string>
#include <utility>

#include "accounts/core/access.hpp"
#include "platform/core/activity.hpp"

namespace kvalis::accounts {

struct Caller {
  Principal principal;
  std::string ip;  // empty outside HTTP

  // The activity-log entry of something this caller did to an entity of an organisation.
  Activity activity(std::string action, std::string entity, long long entity_id, long long organisation_id,
                    std::string detail = {}) const {
    Activity a;
    a.user_id = principal.user_id;
    a.user_login = principal.login;
    a.ip = ip;
    a.action = std::move(action);
    a.entity = std::move(entity);
    a.entity_id = std::to_string(entity_id);
    a.organisation_id = organisation_id;
    a.detail = std::move(detail);
    return a;
  }
};

// The platform administrator acting from the command line or the demo builder.
inline Caller system_caller(long long user_id = 0, std::string login = "system") {
  Caller c;
  c.principal.user_id = user_id;
  c.principal.login = std::move(login);
  c.principal.platform_admin = true;
  return c;
}

}  // namespace kvalis::accounts
