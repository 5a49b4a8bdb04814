#include "accounts/core/session_view.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace kvalis::accounts {
namespace {

// The digits after `token` ("Firefox/" → "128"): the major version only.
std::string major_after(std::string_view ua, std::string_view token) {
  const auto at = ua.find(token);
  if (at == std::string_view::npos) return {};
  std::string out;
  for (auto i = at + token.size(); i < ua.size() && std::isdigit(static_cast<unsigned char>(ua[i])); ++i) out += ua[i];
  return out;
}

std::string_view system_of(std::string_view ua) {
  // Order matters: Android agents name Linux, iPhone agents name Mac OS X.
  constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kSystems{{
      {"Android", "Android"},
      {"iPhone", "iOS"},
      {"iPad", "iPadOS"},
      {"Windows", "Windows"},
      {"CrOS", "ChromeOS"},
      {"Mac OS X", "macOS"},
      {"Macintosh", "macOS"},
      {"Linux", "Linux"},
  }};
  for (const auto& [token, name] : kSystems)
    if (ua.find(token) != std::string_view::npos) return name;
  return {};
}

std::string with_version(std::string_view name, const std::string& version) {
  return version.empty() ? std::string(name) : std::string(name) + " " + version;
}

std::string browser_of(std::string_view ua) {
  // Edge and Opera name Chrome too, Chrome names Safari: the most specific token first.
  constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kBrowsers{{
      {"Edg/", "Edge"},
      {"OPR/", "Opera"},
      {"SamsungBrowser/", "Samsung Internet"},
      {"Firefox/", "Firefox"},
      {"FxiOS/", "Firefox"},
      {"CriOS/", "Chrome"},
      {"Chromium/", "Chromium"},
      {"Chrome/", "Chrome"},
  }};
  for (const auto& [token, name] : kBrowsers)
    if (ua.find(token) != std::string_view::npos) return with_version(name, major_after(ua, token));
  if (ua.find("Safari/") != std::string_view::npos) return with_version("Safari", major_after(ua, "Version/"));
  // Programs that name themselves first: "curl/8.5.0", "node", "python-requests/2.31".
  for (std::string_view tool : {"curl/", "Wget/", "python-requests/", "node", "undici"})
    if (ua.substr(0, tool.size()) == tool) {
      const auto end = ua.find(' ');
      return std::string(ua.substr(0, end == std::string_view::npos ? ua.size() : end));
    }
  return {};
}

// At most max characters of UTF-8 text, whole characters only, control characters dropped.
std::string cut(std::string_view s, std::size_t max) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) continue;
    if ((c & 0xC0) != 0x80 && chars++ == max) break;
    out += s[i];
  }
  return out;
}

}  // namespace

std::string short_user_agent(std::string_view user_agent) {
  std::string browser = browser_of(user_agent);
  if (browser.empty()) return cut(user_agent, kMaxClientLength);
  const auto system = system_of(user_agent);
  return cut(system.empty() ? browser : browser + " · " + std::string(system), kMaxClientLength);
}

}  // namespace kvalis::accounts
