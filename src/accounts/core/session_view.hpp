#pragma once
// How a user's list of their own sessions shows each one (OWASP ASVS 3.3.4).
#include <string>
#include <string_view>

namespace kvalis::accounts {

// The browser and system a User-Agent header names, shortened for the list ("Firefox 128 · Windows",
// "Chrome 131 · Android", "curl 7.88"); an agent it does not know is cut to kMaxClientLength characters, an
// empty one stays empty. Control characters never pass.
constexpr std::size_t kMaxClientLength = 60;
std::string short_user_agent(std::string_view user_agent);

}  // namespace kvalis::accounts
