#include "registry/core/model.hpp"

#include <algorithm>
#include <map>

namespace kvalis::registry {

std::string Address::format() const {
  std::string out = street;
  std::string number = house_number;
  if (!orientation_number.empty()) number += (number.empty() ? "" : "/") + orientation_number;
  if (!number.empty()) out += (out.empty() ? "č. p. " : " ") + number;
  std::string place = postcode.size() == 5 ? postcode.substr(0, 3) + " " + postcode.substr(3) : postcode;
  if (!municipality_name.empty()) place += (place.empty() ? "" : " ") + municipality_name;
  if (!place.empty()) out += (out.empty() ? "" : ", ") + place;
  return out;
}

std::pair<int, std::string> headline_capacity(const Service& s) {
  std::map<std::string, int> by_type;
  for (const auto& f : s.forms)
    for (const auto& c : f.capacities) by_type[c.type_code] += c.count;
  if (by_type.empty()) return {0, ""};
  // Beds first (residential), then clients, then whatever is largest.
  for (const char* preferred : {"luzka", "klient"})
    if (by_type.count(preferred)) return {by_type[preferred], preferred};
  auto best = std::max_element(by_type.begin(), by_type.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return {best->second, best->first};
}

std::string forms_key(const Service& s) {
  std::vector<std::string> codes;
  for (const auto& f : s.forms) codes.push_back(f.form_code);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  std::string out = ";";
  for (const auto& c : codes) out += c + ";";
  return codes.empty() ? "" : out;
}

}  // namespace kvalis::registry
