#pragma once
#include <optional>
// Typed results for domain code: a value or an Error. Only the HTTP layer maps ErrorCode to a status.
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kvalis {

enum class ErrorCode {
  invalid_input,
  unauthorized,
  forbidden,
  not_found,
  conflict,
  payload_too_large,
  unsupported_media_type,
  too_many_requests,
  unavailable,
};

// message_key is looked up in the message catalogue (core/common/messages.cpp) in the user's language;
// params fill {name} placeholders.
struct Error {
  ErrorCode code = ErrorCode::invalid_input;
  std::string field;
  std::string message_key;
  std::vector<std::pair<std::string, std::string>> params;
};

inline Error invalid(std::string field, std::string key, std::vector<std::pair<std::string, std::string>> params = {}) {
  return Error{ErrorCode::invalid_input, std::move(field), std::move(key), std::move(params)};
}
inline Error not_found(std::string key = "not_found") { return Error{ErrorCode::not_found, {}, std::move(key), {}}; }
inline Error conflict(std::string field, std::string key) {
  return Error{ErrorCode::conflict, std::move(field), std::move(key), {}};
}
inline Error forbidden(std::string key = "forbidden") { return Error{ErrorCode::forbidden, {}, std::move(key), {}}; }

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

// What the caller may see of an entity, or `missing` (404): the loader answers nullopt both when the
// entity does not exist and when the caller may not see it, so that ids do not leak.
template <class T>
Result<T> visible_or(std::optional<T> loaded, const Error& missing) {
  if (!loaded) return missing;
  return std::move(*loaded);
}

}  // namespace kvalis
