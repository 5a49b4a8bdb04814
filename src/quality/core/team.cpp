#include "quality/core/team.hpp"

#include <algorithm>
#include <charconv>

#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

std::optional<int> positive_int(const std::string& text) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1) return std::nullopt;
  return v;
}

}  // namespace

Result<TeamSizeRule> parse_team_rule(std::string_view text) {
  TeamSizeRule rule;
  for (const auto& [key, value] : parse_key_values(text)) {
    if (key == "min_residential" || key == "min_other") {
      const auto n = positive_int(value);
      if (!n) return invalid(key, "field.out_of_range", {{"field", key}, {"min", "1"}, {"max", "99"}});
      (key == "min_residential" ? rule.min_residential : rule.min_other) = *n;
    } else if (key == "residential_form") {
      if (value.empty()) return invalid(key, "field.required", {{"field", key}});
      rule.residential_form = value;
    } else {
      return invalid(key, "field.unknown", {{"field", key}});
    }
  }
  return rule;
}

bool is_residential(const std::vector<std::string>& service_forms, const TeamSizeRule& rule) {
  return std::find(service_forms.begin(), service_forms.end(), rule.residential_form) != service_forms.end();
}

int minimum_team_size(const std::vector<std::string>& service_forms, const TeamSizeRule& rule) {
  return is_residential(service_forms, rule) ? rule.min_residential : rule.min_other;
}

std::optional<TeamWarning> check_inspection_team(int team_size, const std::vector<std::string>& service_forms,
                                                 const TeamSizeRule& rule) {
  const bool residential = is_residential(service_forms, rule);
  const int minimum = residential ? rule.min_residential : rule.min_other;
  if (team_size >= minimum) return std::nullopt;
  TeamWarning w{team_size, minimum, residential, rule.source, "quality.team.too_small", {}};
  w.params = {{"size", std::to_string(team_size)},
              {"minimum", std::to_string(minimum)},
              {"form", residential ? "residential" : "other"},
              {"source", rule.source}};
  return w;
}

}  // namespace kvalis::quality
