// kvalis user add|passwd|list: administration from the command line (e.g. the first administrator).
#include <termios.h>
#include <unistd.h>

#include <iomanip>
#include <iostream>

#include "cli/commands/command.hpp"
#include "accounts/core/credentials.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/messages.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::cli {
namespace {

namespace repo = store::accounts_repo;

// The password from --password, KVALIS_PASSWORD, or typed at a terminal without echo.
std::optional<std::string> password_from(const Args& args) {
  if (args.has("password")) return args.get("password");
  if (const char* env = std::getenv("KVALIS_PASSWORD")) return std::string(env);
  if (!isatty(STDIN_FILENO)) return std::nullopt;
  std::cout << "Password: " << std::flush;
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string pw;
  std::getline(std::cin, pw);
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::cout << "\n";
  return pw;
}

int fail(const std::string& cmd, const Error& e) {
  std::cerr << "kvalis " << cmd << ": " << translate(e, Lang::en) << "\n";
  return 2;
}

int user_add(const Args& args) {
  if (args.positional.size() != 1) {
    std::cerr << "kvalis user add: give exactly one LOGIN\n";
    return 2;
  }
  const std::string login = args.positional[0];
  if (auto st = accounts::validate_login(login); !st) return fail("user add", st.error());
  auto pw = password_from(args);
  if (!pw) {
    std::cerr << "kvalis user add: give --password or KVALIS_PASSWORD\n";
    return 2;
  }
  if (auto st = accounts::validate_password(*pw); !st) return fail("user add", st.error());
  std::optional<accounts::Role> role;
  if (args.has("org")) {
    role = accounts::parse_role(args.get("role", "readonly"));
    if (!role) {
      std::cerr << "kvalis user add: --role must be admin, manager, worker, auditor or readonly\n";
      return 2;
    }
  }
  auto db = open_migrated(args, std::cerr);
  return db->write([&](soci::session& s) {
    if (repo::find_user_by_login(s, login)) {
      std::cerr << "kvalis user add: user " << login << " already exists\n";
      return 1;
    }
    repo::UserRow u;
    u.login = login;
    u.display_name = args.get("name", login);
    u.email = args.get("email");
    u.password_hash = accounts::hash_password(*pw);
    u.language = args.get("language", "cs") == "en" ? "en" : "cs";
    u.platform_admin = args.has("platform-admin");
    u.created_at = store::now_epoch();
    u.id = repo::insert_user(s, u);
    if (role) {
      accounts::Membership m;
      m.organisation_id = std::stoll(args.get("org"));
      m.role = *role;
      repo::replace_memberships(s, u.id, {m});
    }
    store::registry_repo::bump_data_version(s, "accounts");
    store::activity_log::append(s, {0, 0, 0, "cli", 0, "user.create", "user", std::to_string(u.id), "login: " + login, ""});
    std::cout << "user " << login << " created (id " << u.id << ")\n";
    return 0;
  });
}

int user_passwd(const Args& args) {
  if (args.positional.size() != 1) {
    std::cerr << "kvalis user passwd: give exactly one LOGIN\n";
    return 2;
  }
  auto pw = password_from(args);
  if (!pw) {
    std::cerr << "kvalis user passwd: give --password or KVALIS_PASSWORD\n";
    return 2;
  }
  if (auto st = accounts::validate_password(*pw); !st) return fail("user passwd", st.error());
  auto db = open_migrated(args, std::cerr);
  return db->write([&](soci::session& s) {
    auto u = repo::find_user_by_login(s, args.positional[0]);
    if (!u) {
      std::cerr << "kvalis user passwd: no user " << args.positional[0] << "\n";
      return 1;
    }
    repo::set_password(s, u->id, accounts::hash_password(*pw));
    repo::delete_user_sessions(s, u->id);
    store::activity_log::append(s, {0, 0, 0, "cli", 0, "password.reset", "user", std::to_string(u->id), "", ""});
    std::cout << "password of " << u->login << " changed; their sessions were ended\n";
    return 0;
  });
}

int user_list(const Args& args) {
  auto db = open_migrated(args, std::cerr);
  db->read([&](soci::session& s) {
    repo::UserFilter f;
    f.all = true;
    f.limit = 100000;
    long long total = 0;
    std::cout << std::left << std::setw(22) << "login" << std::setw(32) << "name" << "roles\n";
    for (const auto& u : repo::list_users(s, f, total)) {
      std::string roles = u.platform_admin ? "platform administrator" : "";
      for (const auto& m : repo::memberships_of(s, u.id))
        roles += (roles.empty() ? "" : ", ") + std::string(accounts::to_string(m.role)) + " @ " + m.organisation_name;
      std::cout << std::setw(22) << u.login << std::setw(32) << u.display_name << roles << (u.active ? "" : " (inactive)")
                << "\n";
    }
    std::cout << total << " users\n";
  });
  return 0;
}

const bool r1 = register_command({"user add",
                                  "Create a user (optionally with a role in an organisation)",
                                  "LOGIN",
                                  {db_option(),
                                   {"name", "NAME", "Display name"},
                                   {"email", "EMAIL", "E-mail"},
                                   {"password", "PASSWORD", "Password (or KVALIS_PASSWORD, or typed)"},
                                   {"language", "cs|en", "Language (default cs)"},
                                   {"org", "ID", "Organisation id for the role"},
                                   {"role", "ROLE", "admin, manager, worker, auditor, readonly"},
                                   {"platform-admin", "", "Platform administrator (sees everything)"}},
                                  user_add});
const bool r2 = register_command({"user passwd",
                                  "Set a user's password and end their sessions",
                                  "LOGIN",
                                  {db_option(), {"password", "PASSWORD", "New password (or KVALIS_PASSWORD, or typed)"}},
                                  user_passwd});
const bool r3 = register_command({"user list", "List users with their roles", "", {db_option()}, user_list});

}  // namespace
}  // namespace kvalis::cli
