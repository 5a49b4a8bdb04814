// The in-process caches of the request pipeline (http/cache.hpp, App::resolve_session): what a cached
// session may still do, when a change takes effect (at once through this process; within the TTL or the
// data-version interval when another process changes the database), and the network-thread answers.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <thread>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/http/cache.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/app.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace json = boost::json;
using http::CacheClock;
using http::ReadStamp;
using http::TtlCache;
using http::Verb;
using http::WriteEpoch;
using namespace std::chrono_literals;

// ---- TtlCache ----------------------------------------------------------------------------------------

TEST(TtlCache, EntryLivesForTheTtlFromTheStartOfItsRead) {
  TtlCache<std::string, int> c(10, 500ms);
  WriteEpoch epoch;
  const auto t0 = CacheClock::now();
  c.put("a", 1, {epoch.current(), t0});
  EXPECT_EQ(c.get("a", epoch.current(), t0), 1);
  EXPECT_EQ(c.get("a", epoch.current(), t0 + 499ms), 1);
  EXPECT_EQ(c.get("a", epoch.current(), t0 + 500ms), std::nullopt);
  EXPECT_EQ(c.get("a", epoch.current(), t0 - 1ms), std::nullopt) << "a clock before the read is not trusted";
  EXPECT_EQ(c.get("b", epoch.current(), t0), std::nullopt);
}

TEST(TtlCache, AWriteInThisProcessVoidsEveryEntry) {
  TtlCache<std::string, int> c(10, 10s);
  WriteEpoch epoch;
  const auto t0 = CacheClock::now();
  const ReadStamp before{epoch.current(), t0};
  c.put("a", 1, before);
  epoch.bump();
  EXPECT_EQ(c.get("a", epoch.current(), t0 + 1ms), std::nullopt);
  // A read that started before the write and finishes after it stores nothing usable either.
  c.put("b", 2, before);
  EXPECT_EQ(c.get("b", epoch.current(), t0 + 1ms), std::nullopt);
  c.put("b", 3, {epoch.current(), t0 + 2ms});
  EXPECT_EQ(c.get("b", epoch.current(), t0 + 3ms), 3);
}

TEST(TtlCache, TheReadThatStartedLaterWins) {
  TtlCache<std::string, int> c(10, 10s);
  const auto t0 = CacheClock::now();
  c.put("a", 2, {0, t0 + 5ms});
  c.put("a", 1, {0, t0});  // slower, older read: ignored
  EXPECT_EQ(c.get("a", 0, t0 + 6ms), 2);
  c.put("a", 3, {0, t0 + 7ms});
  EXPECT_EQ(c.get("a", 0, t0 + 8ms), 3);
}

TEST(TtlCache, ZeroTtlKeepsNothingAndCapacityIsBounded) {
  TtlCache<int, int> off(10, CacheClock::duration::zero());
  off.put(1, 1, {0, CacheClock::now()});
  EXPECT_EQ(off.size(), 0u);
  EXPECT_EQ(off.get(1, 0, CacheClock::now()), std::nullopt);
  TtlCache<int, int> small(3, 10s);
  for (int i = 0; i < 10; ++i) small.put(i, i, {0, CacheClock::now()});
  EXPECT_LE(small.size(), 3u);
  EXPECT_EQ(small.get(9, 0, CacheClock::now()), 9);
}

// ---- the App -----------------------------------------------------------------------------------------

class SessionCacheTest : public ::testing::TestWithParam<Backend> {};

struct Caller {
  long long user_id = 0;
  std::string token;
  std::string csrf;
};

// A user with a session, written straight into the database (as another process would).
Caller add_user(store::Database& db, const std::string& login, bool platform_admin) {
  Caller c{0, accounts::random_token(), accounts::random_token()};
  db.write([&](soci::session& s) {
    store::accounts_repo::UserRow u;
    u.login = login;
    u.display_name = login;
    u.password_hash = "x";
    u.language = "en";
    u.created_at = 1;
    u.id = store::accounts_repo::insert_user(s, u);
    if (platform_admin) s << "UPDATE users SET platform_admin = 1 WHERE id = :id", soci::use(u.id);
    const long long now = store::now_epoch();
    store::accounts_repo::create_session(s, accounts::token_digest(c.token), u.id, c.csrf, now, now + 3600, "127.0.0.1",
                                         "test");
    store::data_versions::bump(s, "accounts");
    c.user_id = u.id;
  });
  return c;
}

http::Request request(const Caller& who, Verb method, const std::string& path, const std::string& body = "") {
  http::Request req;
  req.method = method;
  req.path = path;
  req.body = body;
  req.content_type = "application/json";  // JSON routes take only JSON (415 otherwise)
  req.cookie = "kvalis_session=" + who.token;
  req.csrf_header = who.csrf;
  req.accept_language = "en";
  req.client_ip = "127.0.0.1";
  return req;
}

http::Response call(http::App& app, const Caller& who, Verb method, const std::string& path,
                    const std::string& body = "") {
  return app.handle_api(request(who, method, path, body));
}

std::optional<http::Response> in_memory(http::App& app, const Caller& who, Verb method, const std::string& path) {
  auto req = request(who, method, path);
  return app.handle_in_memory(req, app.match(req.method, req.path));
}

http::AppConfig caches(long long session_ms, long long versions_ms) {
  http::AppConfig c;
  c.session_cache_ms = session_ms;
  c.data_versions_ms = versions_ms;
  return c;
}

TEST_P(SessionCacheTest, ACachedSessionIsAnsweredOnTheNetworkThreadWithTheSameBody) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller admin = add_user(t.db(), "spravce", true);
  http::App app(t.db(), caches(60000, 60000));
  EXPECT_FALSE(in_memory(app, admin, Verb::get, "/api/session").has_value()) << "nothing cached yet";
  auto first = call(app, admin, Verb::get, "/api/session");
  ASSERT_EQ(first.status, 200u) << first.body;
  auto again = in_memory(app, admin, Verb::get, "/api/session");
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->status, 200u);
  EXPECT_EQ(again->body, first.body);
  EXPECT_EQ(json::parse(again->body).at("csrf_token").as_string(), admin.csrf);

  // The services list: the first answer needs the database, the same query then comes from memory.
  const std::string list = "/api/services";
  EXPECT_FALSE(in_memory(app, admin, Verb::get, list).has_value());
  auto computed = call(app, admin, Verb::get, list);
  ASSERT_EQ(computed.status, 200u) << computed.body;
  auto cached = in_memory(app, admin, Verb::get, list);
  ASSERT_TRUE(cached.has_value());
  EXPECT_EQ(cached->status, 200u);
  EXPECT_EQ(cached->body, computed.body);

  // Routes not allowed on the network thread, and writes, always go to the pool.
  EXPECT_FALSE(in_memory(app, admin, Verb::get, "/api/users").has_value());
  EXPECT_FALSE(in_memory(app, admin, Verb::delete_, "/api/session").has_value());
  // Anonymous and unknown sessions: 401 from memory, or the pool decides; never a 200.
  Caller nobody{0, accounts::random_token(), ""};
  auto anon = in_memory(app, nobody, Verb::get, "/api/session");
  if (anon) {
    EXPECT_EQ(anon->status, 401u);
  }
  EXPECT_EQ(call(app, nobody, Verb::get, "/api/session").status, 401u);
}

TEST_P(SessionCacheTest, LogoutThroughThisProcessTakesEffectAtOnce) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller user = add_user(t.db(), "odhlaseny", false);
  const Caller other = add_user(t.db(), "jiny", false);
  http::App app(t.db(), caches(60000, 60000));
  ASSERT_EQ(call(app, user, Verb::get, "/api/session").status, 200u);
  ASSERT_EQ(call(app, other, Verb::get, "/api/session").status, 200u);
  ASSERT_TRUE(in_memory(app, user, Verb::get, "/api/session").has_value());
  auto out = call(app, user, Verb::delete_, "/api/session");
  ASSERT_EQ(out.status, 204u) << out.body;
  auto mem = in_memory(app, user, Verb::get, "/api/session");
  if (mem) {
    EXPECT_EQ(mem->status, 401u);
  }
  EXPECT_EQ(call(app, user, Verb::get, "/api/session").status, 401u);
  EXPECT_EQ(call(app, other, Verb::get, "/api/session").status, 200u) << "other sessions stay";
}

TEST_P(SessionCacheTest, DeactivationThroughThisProcessTakesEffectAtOnce) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller admin = add_user(t.db(), "spravce", true);
  const Caller user = add_user(t.db(), "deaktivovany", false);
  http::App app(t.db(), caches(60000, 60000));
  ASSERT_EQ(call(app, user, Verb::get, "/api/session").status, 200u);
  auto r = call(app, admin, Verb::patch, "/api/users/" + std::to_string(user.user_id), R"({"active": false})");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto mem = in_memory(app, user, Verb::get, "/api/session");
  if (mem) {
    EXPECT_EQ(mem->status, 401u);
  }
  EXPECT_EQ(call(app, user, Verb::get, "/api/session").status, 401u);
}

// Most writes (an assessment, a form's values, an action, notifications read) change no session, user or cached data
// version: the sessions cached before them stay cached, instead of being read again by the next request of every
// user (under a mixed load that was nearly every request).
TEST_P(SessionCacheTest, AWriteThatChangesNoSessionKeepsTheCachedSessions) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller user = add_user(t.db(), "ctenar", false);
  const Caller other = add_user(t.db(), "jiny", false);
  http::App app(t.db(), caches(60000, 60000));
  ASSERT_EQ(call(app, user, Verb::get, "/api/session").status, 200u);
  ASSERT_EQ(call(app, other, Verb::get, "/api/session").status, 200u);
  auto read = call(app, user, Verb::post, "/api/notifications/read", R"({"all": true})");
  ASSERT_EQ(read.status, 200u) << read.body;
  EXPECT_TRUE(in_memory(app, user, Verb::get, "/api/session").has_value()) << "the writer's session stays cached";
  EXPECT_TRUE(in_memory(app, other, Verb::get, "/api/session").has_value()) << "and everybody else's";
}

// The session's language is the user's: a change of it (a write to users) voids the cached sessions at once.
TEST_P(SessionCacheTest, ALanguageChangeThroughThisProcessTakesEffectAtOnce) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller user = add_user(t.db(), "jazyk", false);
  http::App app(t.db(), caches(60000, 60000));
  ASSERT_EQ(call(app, user, Verb::get, "/api/session").status, 200u);
  ASSERT_TRUE(in_memory(app, user, Verb::get, "/api/session").has_value());
  auto changed = call(app, user, Verb::patch, "/api/me", R"({"language": "en"})");
  ASSERT_EQ(changed.status, 200u) << changed.body;
  EXPECT_FALSE(in_memory(app, user, Verb::get, "/api/session").has_value()) << "read again";
  auto session = call(app, user, Verb::get, "/api/session");
  ASSERT_EQ(session.status, 200u) << session.body;
  EXPECT_EQ(json::parse(session.body).at("user").at("language").as_string(), "en");
}

TEST_P(SessionCacheTest, ALogoutByAnotherProcessTakesEffectWithinTheSessionTtl) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller user = add_user(t.db(), "jinde", false);
  http::App slow(t.db(), caches(60000, 60000));
  http::App fast(t.db(), caches(200, 60000));
  ASSERT_EQ(call(slow, user, Verb::get, "/api/session").status, 200u);
  ASSERT_EQ(call(fast, user, Verb::get, "/api/session").status, 200u);
  // Another process ends the session (no data version moves).
  t.db().write([&](soci::session& s) { store::accounts_repo::delete_session(s, accounts::token_digest(user.token)); });
  EXPECT_EQ(call(slow, user, Verb::get, "/api/session").status, 200u) << "documented bound: the TTL";
  std::this_thread::sleep_for(250ms);
  EXPECT_EQ(call(fast, user, Verb::get, "/api/session").status, 401u);
  // With the cache off, at once.
  const Caller second = add_user(t.db(), "jinde2", false);
  http::App off(t.db(), caches(0, 0));
  ASSERT_EQ(call(off, second, Verb::get, "/api/session").status, 200u);
  t.db().write(
      [&](soci::session& s) { store::accounts_repo::delete_session(s, accounts::token_digest(second.token)); });
  EXPECT_EQ(call(off, second, Verb::get, "/api/session").status, 401u);
}

TEST_P(SessionCacheTest, ADeactivationByAnotherProcessTakesEffectWithinTheDataVersionInterval) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const Caller user = add_user(t.db(), "vypnuty", false);
  http::App app(t.db(), caches(60000, 100));
  ASSERT_EQ(call(app, user, Verb::get, "/api/session").status, 200u);
  // Another process deactivates the user the way the API does: sessions stay in the table here, the
  // accounts data version moves.
  t.db().write([&](soci::session& s) {
    s << "UPDATE users SET active = 0 WHERE id = :id", soci::use(user.user_id);
    store::data_versions::bump(s, "accounts");
  });
  std::this_thread::sleep_for(150ms);
  EXPECT_EQ(call(app, user, Verb::get, "/api/session").status, 401u);
  auto mem = in_memory(app, user, Verb::get, "/api/session");
  if (mem) {
    EXPECT_EQ(mem->status, 401u);
  }
}

TEST_P(SessionCacheTest, MatchFromTheFixedTableEqualsTheRouteTable) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  http::App app(t.db(), {});
  for (const auto& route : app.routes().routes())
    for (Verb v : {Verb::get, Verb::head, Verb::post, Verb::put, Verb::patch, Verb::delete_, Verb::options}) {
      const auto a = app.match(v, route.path);
      const auto b = app.routes().match(v, route.path);
      EXPECT_EQ(a.route, b.route) << route.path;
      EXPECT_EQ(a.path_exists, b.path_exists) << route.path;
      EXPECT_EQ(a.allowed, b.allowed) << route.path;
      EXPECT_EQ(a.params, b.params) << route.path;
    }
  for (const std::string path : {"/api/services/12", "/api/nothing", "/api/services/", "/api"}) {
    const auto a = app.match(Verb::get, path);
    const auto b = app.routes().match(Verb::get, path);
    EXPECT_EQ(a.route, b.route) << path;
    EXPECT_EQ(a.params, b.params) << path;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionCacheTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
