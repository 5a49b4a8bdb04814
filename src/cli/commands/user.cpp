// kvalis user add|passwd|list: administration from the command line (e.g. the first administrator).
#include <termios.h>
#include <unistd.h>

#include <charconv>
#include <iomanip>
#include <iostream>

#include "accounts/app/users.hpp"
#include "accounts/core/credentials.hpp"
#include "cli/commands/command.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {
namespace {

// What the command line does is logged as done by "cli".
accounts::Caller cli_caller() { return accounts::system_caller(0, "cli"); }

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
  accounts::NewUser in;
  in.login = args.positional[0];
  in.display_name = args.get("name", in.login);
  in.email = args.get("email");
  in.language = args.get("language", "cs") == "en" ? "en" : "cs";
  in.platform_admin = args.has("platform-admin");
  if (auto st = accounts::validate_login(in.login); !st) return fail("user add", st.error());
  auto pw = password_from(args);
  if (!pw) {
    std::cerr << "kvalis user add: give --password or KVALIS_PASSWORD\n";
    return 2;
  }
  in.password = *pw;
  if (args.has("org")) {
    const std::string text = args.get("org");
    long long org = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), org);
    if (ec != std::errc() || end != text.data() + text.size() || org < 1) {
      std::cerr << "kvalis user add: --org must be an organisation id\n";
      return 2;
    }
    in.memberships.push_back({org, args.get("role", "readonly")});
  }
  auto db = open_migrated(args, std::cerr);
  auto user = accounts::app::create_user(*db, cli_caller(), in);
  if (!user) {
    fail("user add", user.error());
    return user.error().code == ErrorCode::conflict ? 1 : 2;
  }
  std::cout << "user " << user->login << " created (id " << user->id << ")\n";
  return 0;
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
  if (auto st = accounts::app::reset_password(*db, cli_caller(), args.positional[0], *pw); !st) {
    if (st.error().code != ErrorCode::not_found) return fail("user passwd", st.error());
    std::cerr << "kvalis user passwd: no user " << args.positional[0] << "\n";
    return 1;
  }
  std::cout << "password of " << args.positional[0] << " changed; their sessions were ended\n";
  return 0;
}

int user_list(const Args& args) {
  auto db = open_migrated(args, std::cerr);
  auto users = accounts::app::list_users(*db, cli_caller(), {"", 100000, 0});
  if (!users) return fail("user list", users.error());
  std::cout << std::left << std::setw(22) << "login" << std::setw(32) << "name"
            << "roles\n";
  for (const auto& u : users->items) {
    std::string roles = u.platform_admin ? "platform administrator" : "";
    for (const auto& m : u.memberships)
      roles += (roles.empty() ? "" : ", ") + std::string(accounts::to_string(m.role)) + " @ " + m.organisation_name;
    std::cout << std::setw(22) << u.login << std::setw(32) << u.display_name << roles << (u.active ? "" : " (inactive)")
              << "\n";
  }
  std::cout << users->total << " users\n";
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
const bool r2 =
    register_command({"user passwd",
                      "Set a user's password and end their sessions",
                      "LOGIN",
                      {db_option(), {"password", "PASSWORD", "New password (or KVALIS_PASSWORD, or typed)"}},
                      user_passwd});
const bool r3 = register_command({"user list", "List users with their roles", "", {db_option()}, user_list});

}  // namespace
}  // namespace kvalis::cli
