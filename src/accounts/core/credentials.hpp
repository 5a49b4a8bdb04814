#pragma once
// Password hashing (argon2id through libsodium), login-name rules and login throttling.
#include <optional>
#include <string>
#include <string_view>

#include "platform/core/result.hpp"

namespace kvalis::accounts {

// OWASP ASVS 2.1.1 and 2.1.2: at least 12 characters, and up to 128 (longer ones are refused, not cut); any
// Unicode character counts as one (2.1.4). Passwords set before the minimum was 12 still log in.
constexpr std::size_t kMinPasswordLength = 12;
constexpr std::size_t kMaxPasswordLength = 128;

// argon2id, libsodium's interactive limits; the result is the self-describing $argon2id$... string.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);

Status validate_password(std::string_view password, std::string_view field = "password");
Status validate_login(std::string_view login);

// Random tokens for sessions and CSRF: 32 bytes, URL-safe base64 without padding.
std::string random_token();
// Sessions are stored by the SHA-256 hex of their token, so a leaked database cannot log anybody in.
std::string token_digest(std::string_view token);

// Session timeouts (OWASP ASVS 3.3.2): a session ends ttl seconds after login whatever its use (absolute) and
// idle seconds after its last request (idle; 0: none). Its expiry is the earlier of the two.
long long session_expiry(long long created_at, long long now, long long ttl_seconds, long long idle_seconds);
// Whether the stored time of a session's last request is a minute or more behind now (the list of one's
// sessions shows it; it is written at most once a minute, with the idle expiry).
bool session_use_outdated(long long last_used_at, long long now);
// Whether a request at now moves the stored expiry: by at least a thirtieth of the idle time (1 s to 1 min), so
// a busy session is written at most once a minute.
bool session_needs_touch(long long created_at, long long expires_at, long long now, long long ttl_seconds,
                         long long idle_seconds);

// Login throttling (OWASP authentication cheat sheet): wrong passwords are counted per (account, client
// address) pair, per account and per client address. The pair is what throttles: a wrong password from one
// address never stops the account's owner elsewhere. The account counter catches a guess spread over many
// addresses: past its limit it makes every address that has already failed for the account wait, but an
// address without a failure for the account still gets its password checked. The address counter catches
// one address trying many accounts. Each counter waits with exponential back-off once past its free
// failures, and starts again when its last failure is older than the window.
struct ThrottlePolicy {
  long long window_seconds = 60 * 60;
  int pair_free_failures = 5;      // one account from one address
  int account_free_failures = 10;  // one account from all addresses (slows addresses that failed for it)
  int address_free_failures = 20;  // one address for all accounts
  long long base_wait_seconds = 30;
  long long max_wait_seconds = 15 * 60;
};
struct FailureCounter {
  int failures = 0;
  long long last_failure_at = 0;  // epoch seconds of the newest counted failure
};
struct ThrottleState {
  FailureCounter pair;     // this account from this address
  FailureCounter account;  // this account from any address
  FailureCounter address;  // any account from this address
};
// The counter as it stands at `now`: zero when its last failure is older than the window.
FailureCounter current(const ThrottlePolicy& policy, const FailureCounter& counter, long long now);
// The counter after one more failure at `now`.
FailureCounter after_failure(const ThrottlePolicy& policy, const FailureCounter& counter, long long now);
// Seconds the client still has to wait before a password may be checked; 0 when an attempt is allowed.
long long throttle_wait(const ThrottlePolicy& policy, const ThrottleState& state, long long now);

}  // namespace kvalis::accounts
