// The caller's notifications (notify/app/notifications.hpp): the list, read marks and preferences.
#include "notify/app/notifications.hpp"
#include "notify/http/dto_notify.hpp"
#include "notify/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;

dto::NotificationList list_dto(const std::vector<notify::Item>& items, Lang lang) {
  dto::NotificationList out;
  for (const auto& i : items) {
    out.items.push_back({i.key, std::string(notify::to_string(i.kind)), notify::title_of(i, lang_code(lang)), i.link,
                         i.due_date, i.read ? "read" : "new"});
    if (!i.read) ++out.unread;
  }
  return out;
}

dto::NotificationPreferences preferences_dto(const notify::app::PreferencesView& v, Lang lang) {
  dto::NotificationPreferences out;
  for (auto k : v.kinds)
    out.kinds.push_back(
        {std::string(notify::to_string(k)), v.prefs.email_on(k), notify::kind_label(k, lang_code(lang))});
  out.frequency = notify::to_string(v.prefs.frequency);
  out.email = v.email;
  out.language = v.language;
  return out;
}

Response list_notifications(Context& ctx) {
  return answer_as(ctx, notify::app::list_notifications(ctx.db(), caller_of(ctx), today()),
                   [&](const auto& items) { return list_dto(items, ctx.lang); });
}

Response mark_read(Context& ctx) {
  auto body = body_as<dto::NotificationsReadRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::NotificationsReadRequest>(body);
  return answer_as(ctx,
                   notify::app::mark_read(ctx.db(), caller_of(ctx), today(),
                                          in.keys.value_or(std::vector<std::string>{}), in.all.value_or(false)),
                   [](long long unread) { return dto::NotificationsUnread{unread}; });
}

Response get_preferences(Context& ctx) {
  return answer_as(ctx, notify::app::preferences(ctx.db(), caller_of(ctx)),
                   [&](const auto& v) { return preferences_dto(v, ctx.lang); });
}

Response put_preferences(Context& ctx) {
  auto body = body_as<dto::NotificationPreferencesInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::NotificationPreferencesInput>(body);
  std::vector<notify::KindChoice> kinds;
  for (const auto& k : in.kinds) kinds.push_back({k.kind, k.email});
  auto prefs = notify::preferences_from(in.frequency, kinds);
  if (!prefs) return error_response(prefs.error(), ctx.lang);
  return answer_as(ctx, notify::app::put_preferences(ctx.db(), caller_of(ctx), *prefs),
                   [&](const auto& v) { return preferences_dto(v, ctx.lang); });
}

}  // namespace

void register_notify_routes(RouteTable& t) {
  t.add<void, dto::NotificationList>(
      Verb::get, "/api/notifications", Permission::authenticated, list_notifications, "notifications",
      "What needs the caller: forms before a round's deadline, corrective actions due "
      "or overdue, comments to answer, audits to close; titles in the caller's language");
  t.add<dto::NotificationsReadRequest, dto::NotificationsUnread>(
      Verb::post, "/api/notifications/read", Permission::authenticated, mark_read, "notifications",
      "Marks notifications read (by key, or all); answers how many remain unread");
  t.add<void, dto::NotificationPreferences>(
      Verb::get, "/api/notifications/preferences", Permission::authenticated, get_preferences, "notifications",
      "The caller's e-mail choices per kind, the frequency, address and language");
  t.add<dto::NotificationPreferencesInput, dto::NotificationPreferences>(
      Verb::put, "/api/notifications/preferences", Permission::authenticated, put_preferences, "notifications",
      "Sets which kinds are e-mailed and how often (immediate or a daily digest)");
}

}  // namespace kvalis::http
