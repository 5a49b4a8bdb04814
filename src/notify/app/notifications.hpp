#pragma once
// Notifications: the caller's list (computed from the modules' data through their app layer, so each user
// sees only what their organisation and role may see), read marks, preferences, and one pass of the
// e-mail sender (at once for `immediate` users, the daily digest for `daily` users). Called by the routes
// (notify/http/routes_notify.cpp), `kvalis notify` (cli/commands/notify.cpp) and the server's sender loop.
#include <ostream>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "notify/app/mailer.hpp"
#include "notify/core/notify.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::notify::app {

// What needs the caller on `today` (YYYY-MM-DD), sorted, with the read marks.
Result<std::vector<Item>> list_notifications(store::Database& db, const accounts::Caller& caller,
                                             const std::string& today);

// Marks these items (or, with all, every current item) read; answers how many remain unread. An unknown
// key is refused (400 on "keys").
Result<long long> mark_read(store::Database& db, const accounts::Caller& caller, const std::string& today,
                            const std::vector<std::string>& keys, bool all);

struct PreferencesView {
  Preferences prefs;
  std::vector<Kind> kinds;  // the kinds the caller's roles get
  std::string email;        // the account's e-mail address ("" when none: nothing is sent)
  std::string language;     // the account's language, the language of the messages
};
Result<PreferencesView> preferences(store::Database& db, const accounts::Caller& caller);
Result<PreferencesView> put_preferences(store::Database& db, const accounts::Caller& caller, const Preferences& in);

struct PassOptions {
  std::string today;       // YYYY-MM-DD
  long long now = 0;       // epoch seconds, for the claims and the Date header
  bool digest = false;     // false: new items to `immediate` users; true: the day's digest to `daily` users
  std::string from;        // the sender's address
  std::string public_url;  // https://kvalis.example.cz, the links' base
};
struct PassReport {
  int messages = 0;  // sent
  int items = 0;     // in the messages sent
  int failures = 0;  // messages the SMTP server refused (their items are tried again next pass)
};
// One pass over every active user with an e-mail address. Items are claimed in a transaction before they
// are sent, so a second pass, or a second process on the same database, does not send them again.
PassReport run_pass(store::Database& db, Mailer& mailer, const PassOptions& options, std::ostream& log);

}  // namespace kvalis::notify::app
