#pragma once
// Size of the team of a state inspection (inspekce poskytování sociálních služeb, §97–§99 zákona
// č. 108/2006 Sb.): at least 3 members for residential services, 2 otherwise. A smaller team is recorded
// anyway (the record describes what happened) and gets a warning, not an error. The minimums are data
// (DOMAIN.md), with these defaults, so that a correction does not need a release.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::quality {

struct TeamSizeRule {
  int min_residential = 3;
  int min_other = 2;
  std::string residential_form = "pob";  // form code of the registry code list FormaSocSluzby (pobytová)
  std::string source = "§97–§99 zákona č. 108/2006 Sb.";
};

// "min_residential=3; min_other=2; residential_form=pob" over the defaults; minimums are integers >= 1.
Result<TeamSizeRule> parse_team_rule(std::string_view text);

struct TeamWarning {
  int team_size = 0;
  int minimum = 0;
  bool residential = false;
  std::string source;
  // message key quality.team.too_small, params size, minimum, form (residential / other), source.
  std::string message_key;
  std::vector<std::pair<std::string, std::string>> params;
};

// A service is residential for this rule when any of its forms is the rule's residential form.
bool is_residential(const std::vector<std::string>& service_forms, const TeamSizeRule& rule = {});

// The minimum for the service's forms.
int minimum_team_size(const std::vector<std::string>& service_forms, const TeamSizeRule& rule = {});

// A warning when a state inspection's team is smaller than the minimum; nullopt when it is large enough.
std::optional<TeamWarning> check_inspection_team(int team_size, const std::vector<std::string>& service_forms,
                                                 const TeamSizeRule& rule = {});

}  // namespace kvalis::quality
