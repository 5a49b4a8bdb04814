#include "platform/http/environment.hpp"

namespace kvalis::http {

std::string session_cookie(const std::string& token, long long max_age, bool secure) {
  std::string c = std::string(kSessionCookie) + "=" + token +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (secure) c += "; Secure";
  return c;
}

}  // namespace kvalis::http
