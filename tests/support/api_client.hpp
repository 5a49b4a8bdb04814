#pragma once
// Calls of the API through the App, without a socket, as a logged-in user: the app tests' client.
#include <gtest/gtest.h>

#include <boost/beast/http/verb.hpp>
#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/data_versions.hpp"
#include "server/app.hpp"

namespace kvalis::testing {

// A session of a user made for the test: "login" inserts the user, memberships and session directly.
struct Caller {
  std::string token;
  std::string csrf;
};

class Api {
 public:
  explicit Api(store::Database& db) : db_(db), app_(db, http::AppConfig{}) {}

  Caller login(const std::string& login, const std::vector<std::pair<long long, std::string>>& roles,
               bool platform_admin = false, const std::string& language = "en") {
    Caller c{accounts::random_token(), accounts::random_token()};
    db_.write([&](soci::session& s) {
      store::accounts_repo::UserRow u;
      u.login = login;
      u.display_name = login;
      u.password_hash = "x";
      u.platform_admin = platform_admin;
      u.language = language;
      u.created_at = 1;
      u.id = store::accounts_repo::insert_user(s, u);
      std::vector<accounts::Membership> ms;
      for (const auto& [org, role] : roles)
        ms.push_back({org, accounts::OrganisationType::provider, *accounts::parse_role(role), "", "", ""});
      store::accounts_repo::replace_memberships(s, u.id, ms);
      if (platform_admin) s << "UPDATE users SET platform_admin = 1 WHERE id = :id", soci::use(u.id);
      const long long now = store::now_epoch();
      store::accounts_repo::create_session(s, accounts::token_digest(c.token), u.id, c.csrf, now, now + 3600,
                                           "127.0.0.1", "test");
      store::data_versions::bump(s, "accounts");
    });
    return c;
  }

  http::Response call(const Caller& who, http::Verb method, const std::string& path, const std::string& body = "") {
    http::Request req;
    req.method = method;
    const auto q = path.find('?');
    req.path = path.substr(0, q);
    if (q != std::string::npos) {
      std::string rest = path.substr(q + 1);
      while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string kv = rest.substr(0, amp);
        const auto eq = kv.find('=');
        req.query.emplace_back(kv.substr(0, eq), eq == std::string::npos ? "" : kv.substr(eq + 1));
        rest = amp == std::string::npos ? "" : rest.substr(amp + 1);
      }
    }
    req.body = body;
    req.content_type = "application/json";  // JSON routes take only JSON (415 otherwise)
    req.cookie = "kvalis_session=" + who.token;
    req.csrf_header = who.csrf;
    req.accept_language = "en";
    req.client_ip = "127.0.0.1";
    return app_.handle_api(req);
  }

  boost::json::value json_of(const Caller& who, http::Verb method, const std::string& path, const std::string& body,
                             unsigned expected) {
    auto r = call(who, method, path, body);
    EXPECT_EQ(r.status, expected) << boost::beast::http::to_string(method) << " " << path << ": " << r.body;
    return r.body.empty() || r.content_type.find("json") == std::string::npos ? boost::json::value()
                                                                              : boost::json::parse(r.body);
  }

 private:
  store::Database& db_;
  http::App app_;
};

}  // namespace kvalis::testing
