#pragma once
// The activity log as an administrator reads it: everything for the platform administrator, what concerns
// their organisations for an organisation administrator.
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/activity.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::accounts::app {

struct ActivityQuery {
  std::string action;     // only this action; empty: all
  long long user_id = 0;  // only this user; 0: all
  std::string from;       // YYYY-MM-DD or a timestamp; empty: open
  std::string to;         // YYYY-MM-DD (inclusive) or a timestamp; empty: open
  int limit = 50;
  int offset = 0;
};
struct ActivityPage {
  std::vector<Activity> items;
  long long total = 0;
};
Result<ActivityPage> list_activity(store::Database& db, const Caller& caller, const ActivityQuery& query);

}  // namespace kvalis::accounts::app
