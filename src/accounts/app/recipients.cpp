#include "accounts/app/recipients.hpp"

#include "accounts/store/accounts_repo.hpp"

namespace kvalis::accounts::app {
namespace {

namespace repo = store::accounts_repo;

std::optional<Recipient> load(soci::session& s, long long user_id) {
  auto user = repo::find_user(s, user_id);
  auto principal = repo::load_principal(s, user_id);
  if (!user || !principal) return std::nullopt;
  return Recipient{user->id, user->login, user->display_name, user->email, user->language, std::move(*principal)};
}

}  // namespace

std::vector<Recipient> mail_recipients(store::Database& db) {
  return db.read([&](soci::session& s) {
    std::vector<Recipient> out;
    for (long long id : repo::active_users_with_email(s))
      if (auto r = load(s, id)) out.push_back(std::move(*r));
    return out;
  });
}

std::optional<Recipient> recipient(store::Database& db, long long user_id) {
  return db.read([&](soci::session& s) { return load(s, user_id); });
}

}  // namespace kvalis::accounts::app
