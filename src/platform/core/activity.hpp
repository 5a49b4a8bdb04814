#pragma once
// One line of the append-only activity log (platform/store/activity_log.hpp): who did what to which
// entity of which organisation. Use cases build it from their Caller (accounts/core/caller.hpp).
#include <string>

namespace kvalis {

struct Activity {
  long long id = 0;
  long long at = 0;
  long long user_id = 0;  // 0: anonymous (e.g. a failed login)
  std::string user_login;
  long long organisation_id = 0;
  std::string action;  // e.g. login, login_failed, logout, user.create, service.read_personal
  std::string entity;
  std::string entity_id;
  std::string detail;
  std::string ip;
};

}  // namespace kvalis
