#pragma once
// Who may be written to: the active users, their e-mail address, language and principal (for the access
// rules of what they are told). Asked by the notifications (notify/app/notifications.hpp).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/store/database.hpp"

namespace kvalis::accounts::app {

struct Recipient {
  long long user_id = 0;
  std::string login;
  std::string display_name;
  std::string email;  // "" when the account has none
  std::string language = "cs";
  Principal principal;
};

// Every active user with an e-mail address, in id order.
std::vector<Recipient> mail_recipients(store::Database& db);
// The user, when active.
std::optional<Recipient> recipient(store::Database& db, long long user_id);

}  // namespace kvalis::accounts::app
