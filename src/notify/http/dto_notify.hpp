#pragma once
// The caller's notifications and their preferences.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct Notification {
  static constexpr const char* kSchemaName = "Notification";
  std::string key;       // names the item for marking it read
  std::string kind;      // benchmark.form_due | quality.action_due | quality.action_overdue | comment.to_answer |
                         // quality.audit_to_close
  std::string title;     // in the caller's language
  std::string link;      // path of the page in the web front end
  std::string due_date;  // YYYY-MM-DD or ""
  std::string state;     // new | read
};
BOOST_DESCRIBE_STRUCT(Notification, (), (key, kind, title, link, due_date, state))

struct NotificationList {
  static constexpr const char* kSchemaName = "NotificationList";
  std::vector<Notification> items;
  long long unread = 0;  // the bell's badge
};
BOOST_DESCRIBE_STRUCT(NotificationList, (), (items, unread))

struct NotificationsReadRequest {
  static constexpr const char* kSchemaName = "NotificationsReadRequest";
  std::optional<std::vector<std::string>> keys;  // these items
  std::optional<bool> all;                       // every current item
};
BOOST_DESCRIBE_STRUCT(NotificationsReadRequest, (), (keys, all))

struct NotificationsUnread {
  static constexpr const char* kSchemaName = "NotificationsUnread";
  long long unread = 0;
};
BOOST_DESCRIBE_STRUCT(NotificationsUnread, (), (unread))

struct NotificationKindChoice {
  static constexpr const char* kSchemaName = "NotificationKindChoice";
  std::string kind;
  bool email = true;
  std::string label;  // in the caller's language (ignored on input)
};
BOOST_DESCRIBE_STRUCT(NotificationKindChoice, (), (kind, email, label))

struct NotificationPreferences {
  static constexpr const char* kSchemaName = "NotificationPreferences";
  std::vector<NotificationKindChoice> kinds;  // the kinds the caller's roles get
  std::string frequency;                      // immediate | daily
  std::string email;                          // the account's address; "" when none (nothing is sent)
  std::string language;                       // cs | en: the messages' language (the account's)
};
BOOST_DESCRIBE_STRUCT(NotificationPreferences, (), (kinds, frequency, email, language))

struct NotificationKindInput {
  static constexpr const char* kSchemaName = "NotificationKindInput";
  std::string kind;
  bool email = true;
};
BOOST_DESCRIBE_STRUCT(NotificationKindInput, (), (kind, email))

struct NotificationPreferencesInput {
  static constexpr const char* kSchemaName = "NotificationPreferencesInput";
  std::vector<NotificationKindInput> kinds;
  std::string frequency;
};
BOOST_DESCRIBE_STRUCT(NotificationPreferencesInput, (), (kinds, frequency))

}  // namespace kvalis::http::dto
