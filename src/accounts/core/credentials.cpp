#include "accounts/core/credentials.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace kvalis::accounts {
namespace {

void ensure_sodium() {
  static const bool ready = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    return true;
  }();
  (void)ready;
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
  ensure_sodium();
  if (stored_hash.empty()) return false;
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

Status validate_password(std::string_view password, std::string_view field) {
  if (password.empty()) return invalid(std::string(field), "field.required");
  if (utf8_length(password) < kMinPasswordLength)
    return invalid(std::string(field), "password.too_short", {{"min", std::to_string(kMinPasswordLength)}});
  if (utf8_length(password) > kMaxPasswordLength)
    return invalid(std::string(field), "field.too_long", {{"max", std::to_string(kMaxPasswordLength)}});
  return ok_status();
}

Status validate_login(std::string_view login) {
  if (login.empty()) return invalid("login", "field.required");
  const bool ok = login.size() >= 3 && login.size() <= 64 && std::all_of(login.begin(), login.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                  });
  if (!ok) return invalid("login", "login.invalid");
  return ok_status();
}

std::string random_token() {
  ensure_sodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

long long session_expiry(long long created_at, long long now, long long ttl_seconds, long long idle_seconds) {
  const long long absolute = created_at + ttl_seconds;
  return idle_seconds > 0 ? std::min(absolute, now + idle_seconds) : absolute;
}

bool session_use_outdated(long long last_used_at, long long now) { return now - last_used_at >= 60; }

bool session_needs_touch(long long created_at, long long expires_at, long long now, long long ttl_seconds,
                         long long idle_seconds) {
  if (idle_seconds <= 0) return false;
  const long long step = std::clamp(idle_seconds / 30, 1LL, 60LL);
  return session_expiry(created_at, now, ttl_seconds, idle_seconds) - expires_at >= step;
}

std::string token_digest(std::string_view token) {
  ensure_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

FailureCounter current(const ThrottlePolicy& policy, const FailureCounter& counter, long long now) {
  if (counter.failures <= 0 || counter.last_failure_at + policy.window_seconds <= now) return {};
  return counter;
}

FailureCounter after_failure(const ThrottlePolicy& policy, const FailureCounter& counter, long long now) {
  FailureCounter c = current(policy, counter, now);
  c.failures = c.failures < 1000000 ? c.failures + 1 : c.failures;
  c.last_failure_at = std::max(c.last_failure_at, now);
  return c;
}

namespace {

// Exponential back-off: base, 2×base, 4×base … after the free failures, capped; counted from the last failure.
long long backoff(const ThrottlePolicy& policy, const FailureCounter& c, int free_failures, long long now) {
  if (c.failures < free_failures) return 0;
  const int over = std::min(c.failures - free_failures, 20);
  const long long wait = std::min(policy.max_wait_seconds, policy.base_wait_seconds << over);
  return std::max(0LL, c.last_failure_at + wait - now);
}

}  // namespace

long long throttle_wait(const ThrottlePolicy& policy, const ThrottleState& state, long long now) {
  const FailureCounter pair = current(policy, state.pair, now);
  const FailureCounter account = current(policy, state.account, now);
  const FailureCounter address = current(policy, state.address, now);
  long long wait = std::max(backoff(policy, pair, policy.pair_free_failures, now),
                            backoff(policy, address, policy.address_free_failures, now));
  // The account's limit slows only addresses that have failed for it: the owner at a clean address gets in.
  if (pair.failures > 0) wait = std::max(wait, backoff(policy, account, policy.account_free_failures, now));
  return wait;
}

}  // namespace kvalis::accounts
