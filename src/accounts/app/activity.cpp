#include "accounts/app/activity.hpp"

#include "accounts/core/activity_period.hpp"
#include "accounts/core/user_rules.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::accounts::app {

Result<ActivityPage> list_activity(store::Database& db, const Caller& caller, const ActivityQuery& query) {
  auto period = activity_period(query.from, query.to);
  if (!period) return period.error();
  store::activity_log::ListFilter f;
  f.action = query.action;
  f.user_id = query.user_id;
  f.from = period->from;
  f.to = period->to;
  f.all = caller.principal.platform_admin;
  f.organisation_ids = managed_organisations(caller.principal);
  f.limit = query.limit;
  f.offset = query.offset;
  return db.read([&](soci::session& s) {
    ActivityPage page;
    page.items = store::activity_log::list(s, f, page.total);
    return Result<ActivityPage>(std::move(page));
  });
}

}  // namespace kvalis::accounts::app
