// Password hashing, login and password rules, tokens and login throttling
// (src/accounts/core/credentials.hpp).
#include "accounts/core/credentials.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "platform/core/csv.hpp"
#include "support/data_table.hpp"

namespace {

namespace fs = std::filesystem;
using namespace kvalis::accounts;

TEST(Credentials, Argon2idHashAndVerify) {
  const std::string password = "Správné heslo 2024";
  const std::string h1 = hash_password(password);
  const std::string h2 = hash_password(password);
  EXPECT_EQ(h1.rfind("$argon2id$", 0), 0u) << h1;
  EXPECT_NE(h1, h2);  // a fresh salt each time
  EXPECT_TRUE(verify_password(password, h1));
  EXPECT_TRUE(verify_password(password, h2));
  EXPECT_FALSE(verify_password("Správné heslo 2025", h1));
  EXPECT_FALSE(verify_password("správné heslo 2024", h1));
  EXPECT_FALSE(verify_password("", h1));
  EXPECT_FALSE(verify_password(password, ""));
  EXPECT_FALSE(verify_password(password, "not a hash"));
  EXPECT_FALSE(verify_password(password, h1.substr(0, h1.size() - 4)));
}

struct RuleCase {
  std::string input;
  std::string key;  // empty = accepted
  std::string param_name = {};
  std::string param_value = {};
};

// tests/data/accounts/passwords.csv: the password (repeated `repeat` times) → the message key (empty: accepted)
// and its parameter, e.g. min=12 (OWASP ASVS 2.1.1, 2.1.2, 2.1.4).
TEST(Credentials, ValidatePassword) {
  const auto t = kvalis::testing::load_data_table("accounts/passwords.csv");
  ASSERT_GE(t.rows.size(), 12u);
  for (const auto& row : t.rows) {
    std::string password;
    for (int i = 0; i < std::stoi(t.get(row, "repeat")); ++i) password += t.get(row, "password");
    const std::string key = t.get(row, "key");
    const std::string param = t.get(row, "param");
    SCOPED_TRACE(t.get(row, "why") + " (" + std::to_string(password.size()) + " bytes)");
    auto status = validate_password(password);
    EXPECT_EQ(status.ok(), key.empty());
    if (status.ok()) continue;
    EXPECT_EQ(status.error().code, kvalis::ErrorCode::invalid_input);
    EXPECT_EQ(status.error().field, "password");
    EXPECT_EQ(status.error().message_key, key);
    if (!param.empty()) {
      ASSERT_EQ(status.error().params.size(), 1u);
      EXPECT_EQ(status.error().params[0].first + "=" + status.error().params[0].second, param);
    }
  }
  EXPECT_EQ(kMinPasswordLength, 12u);
  auto named = validate_password("short", "new_password");
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.error().field, "new_password");
}

TEST(Credentials, ValidateLogin) {
  const RuleCase cases[] = {
      {"", "field.required"},
      {"ab", "login.invalid"},
      {"abc", ""},
      {"jan.novak", ""},
      {"jan-novak_2", ""},
      {"Jan.Novak", "login.invalid"},
      {"jan novak", "login.invalid"},
      {"jan@example.cz", "login.invalid"},
      {"žaneta", "login.invalid"},
      {std::string(64, 'a'), ""},
      {std::string(65, 'a'), "login.invalid"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE("login '" + c.input + "'");
    auto status = validate_login(c.input);
    EXPECT_EQ(status.ok(), c.key.empty());
    if (status.ok()) continue;
    EXPECT_EQ(status.error().field, "login");
    EXPECT_EQ(status.error().message_key, c.key);
  }
}

TEST(Credentials, RandomTokensAreUrlSafeAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string t = random_token();
    ASSERT_EQ(t.size(), 43u) << t;  // 32 bytes in base64 without padding
    for (char c : t)
      ASSERT_TRUE((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
          << t;
    EXPECT_TRUE(seen.insert(t).second) << "repeated token " << t;
  }
}

TEST(Credentials, TokenDigestIsSha256Hex) {
  // FIPS 180-2 test vectors.
  EXPECT_EQ(token_digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(token_digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const std::string token = random_token();
  const std::string d = token_digest(token);
  ASSERT_EQ(d.size(), 64u);
  for (char c : d) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << d;
  EXPECT_EQ(token_digest(token), d);  // stable
  EXPECT_NE(token_digest(token + "x"), d);
  EXPECT_NE(d, token);
}

TEST(Credentials, ThrottleWaitTable) {
  std::ifstream in(fs::path(KVALIS_TEST_DATA) / "accounts" / "throttle.csv", std::ios::binary);
  ASSERT_TRUE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  auto records = kvalis::csv::parse_all(s.str());
  ASSERT_GT(records.size(), 20u);
  kvalis::csv::Header h(records[0].fields);
  const ThrottlePolicy policy;  // defaults: 5 / 10 / 20 free failures, 30 s base, 900 s cap, 1 h window
  auto number = [&](const kvalis::csv::Record& r, std::string_view column) {
    return std::stoll(std::string(h.get(r, column)));
  };
  auto counter = [&](const kvalis::csv::Record& r, const std::string& name) {
    return FailureCounter{static_cast<int>(number(r, name + "_failures")), number(r, name + "_last")};
  };
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    SCOPED_TRACE("throttle.csv line " + std::to_string(r.line) + ": " + std::string(h.get(r, "case")));
    const ThrottleState state{counter(r, "pair"), counter(r, "account"), counter(r, "address")};
    EXPECT_EQ(throttle_wait(policy, state, number(r, "now")), number(r, "expected_wait"));
  }
}

TEST(Credentials, ThrottleFollowsThePolicy) {
  ThrottlePolicy strict;
  strict.pair_free_failures = 1;
  strict.account_free_failures = 2;
  strict.address_free_failures = 3;
  strict.base_wait_seconds = 10;
  strict.max_wait_seconds = 35;
  EXPECT_EQ(throttle_wait(strict, {{0, 100}, {0, 100}, {0, 100}}, 100), 0);
  EXPECT_EQ(throttle_wait(strict, {{1, 100}, {1, 100}, {1, 100}}, 100), 10);
  EXPECT_EQ(throttle_wait(strict, {{2, 100}, {2, 100}, {2, 100}}, 100), 20);
  EXPECT_EQ(throttle_wait(strict, {{3, 100}, {3, 100}, {3, 100}}, 100), 35);
  EXPECT_EQ(throttle_wait(strict, {{0, 0}, {9, 100}, {3, 100}}, 105), 5);
}

TEST(Credentials, FailureCountersRestartAfterTheWindow) {
  ThrottlePolicy p;
  p.window_seconds = 100;
  EXPECT_EQ(after_failure(p, {}, 50).failures, 1);
  EXPECT_EQ(after_failure(p, {}, 50).last_failure_at, 50);
  EXPECT_EQ(after_failure(p, {4, 50}, 149).failures, 5);
  EXPECT_EQ(after_failure(p, {4, 50}, 150).failures, 1);  // the old failures fell out of the window
  EXPECT_EQ(current(p, {4, 50}, 149).failures, 4);
  EXPECT_EQ(current(p, {4, 50}, 150).failures, 0);
}

// Session timeouts (ASVS 3.3.2): the expiry is the earlier of login + ttl (absolute) and now + idle; a request
// writes it only when it moves by at least idle/30 (1 s to 1 min).
TEST(Credentials, SessionExpiryTable) {
  struct Case {
    long long created, now, ttl, idle, expiry;
  };
  const Case cases[] = {
      {1000, 1000, 43200, 1800, 2800},                                   // at login: the idle time
      {1000, 5000, 43200, 1800, 6800},                                   // in use: moves on
      {1000, 43000, 43200, 1800, 44200},                                 // near the end: never past login + ttl
      {1000, 50000, 43200, 1800, 44200}, {1000, 1000, 43200, 0, 44200},  // no idle timeout: login + ttl
      {1000, 9000, 43200, 0, 44200},
  };
  for (const auto& c : cases)
    EXPECT_EQ(session_expiry(c.created, c.now, c.ttl, c.idle), c.expiry) << c.now << " idle " << c.idle;
  // Touch: a 30-minute idle time writes once a minute at most; a 3-second one every second; none without idle.
  EXPECT_FALSE(session_needs_touch(1000, 2800, 1059, 43200, 1800));
  EXPECT_TRUE(session_needs_touch(1000, 2800, 1060, 43200, 1800));
  EXPECT_FALSE(session_needs_touch(1000, 44200, 43000, 43200, 1800));  // capped at the absolute end
  EXPECT_TRUE(session_needs_touch(1000, 1003, 1001, 43200, 3));
  EXPECT_FALSE(session_needs_touch(1000, 44200, 9000, 43200, 0));
  // The time of last use is written once it is a minute behind, with or without an idle timeout.
  EXPECT_FALSE(session_use_outdated(1000, 1059));
  EXPECT_TRUE(session_use_outdated(1000, 1060));
  EXPECT_TRUE(session_use_outdated(0, 1000));
}

}  // namespace
