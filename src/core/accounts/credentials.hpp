#pragma once
// Password hashing (argon2id through libsodium), login-name rules and login throttling.
#include <optional>
#include <string>
#include <string_view>

#include "core/common/result.hpp"

namespace kvalis::accounts {

constexpr std::size_t kMinPasswordLength = 10;

// argon2id, libsodium's interactive limits; the result is the self-describing $argon2id$... string.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);

Status validate_password(std::string_view password, std::string_view field = "password");
Status validate_login(std::string_view login);

// Random tokens for sessions and CSRF: 32 bytes, URL-safe base64 without padding.
std::string random_token();
// Sessions are stored by the SHA-256 hex of their token, so a leaked database cannot log anybody in.
std::string token_digest(std::string_view token);

// Login throttling: failures counted in a sliding window per account and per client address.
struct ThrottlePolicy {
  long long window_seconds = 15 * 60;
  int account_free_failures = 5;   // failures allowed before a wait is imposed on the account
  int address_free_failures = 20;  // failures allowed from one address (many accounts)
  long long base_wait_seconds = 30;
  long long max_wait_seconds = 15 * 60;
};
struct FailureCounts {
  int account_failures = 0;
  int address_failures = 0;
  long long last_failure_at = 0;  // epoch seconds of the newest failure in the window
};
// Seconds the client still has to wait before another attempt; 0 when an attempt is allowed.
long long throttle_wait(const ThrottlePolicy& policy, const FailureCounts& counts, long long now);

}  // namespace kvalis::accounts
