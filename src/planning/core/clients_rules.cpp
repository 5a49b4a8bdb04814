#include "planning/core/clients_rules.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "planning/core/gas.hpp"
#include "platform/core/text.hpp"

namespace kvalis::planning {

std::string_view to_string(ClientState s) {
  switch (s) {
    case ClientState::ended:
      return "ended";
    case ClientState::erased:
      return "erased";
    default:
      return "active";
  }
}

std::string_view to_string(ClientGoalState s) {
  switch (s) {
    case ClientGoalState::attained:
      return "attained";
    case ClientGoalState::ended:
      return "ended";
    case ClientGoalState::dropped:
      return "dropped";
    default:
      return "active";
  }
}

std::optional<ClientState> parse_client_state(std::string_view s) {
  for (auto v : {ClientState::active, ClientState::ended, ClientState::erased})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

std::optional<ClientGoalState> parse_client_goal_state(std::string_view s) {
  for (auto v : {ClientGoalState::active, ClientGoalState::attained, ClientGoalState::ended, ClientGoalState::dropped})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

std::string client_code(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "K-%04d", n);
  return buf;
}

Status check_client_code(const std::string& field, const std::string& code) {
  if (code.empty()) return invalid(field, "field.required");
  if (code.size() > 32) return invalid(field, "field.too_long", {{"max", "32"}});
  for (unsigned char c : code)
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/'))
      return invalid(field, "planning.clients.code_invalid", {{"value", code}});
  return ok_status();
}

Status check_goal_link(bool linked, const std::string& unlinked_reason) {
  if (!linked && trim(unlinked_reason).empty())
    return invalid("unlinked_reason", "planning.clients.goal_unlinked_reason");
  return ok_status();
}

Status check_weight(const std::string& field, double weight) {
  if (!(weight > 0) || weight > 100) return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "100"}});
  return ok_status();
}

Status check_rating_level(const std::string& field, double level) {
  if (!is_gas_level(level)) return invalid(field, "planning.clients.gas_level", {{"value", std::to_string(level)}});
  return ok_status();
}

std::string earliest_date(std::span<const std::string> dates) {
  std::string out;
  for (const auto& d : dates)
    if (!d.empty() && (out.empty() || d < out)) out = d;
  return out;
}

Status check_ladder_scale(int scale_min, int scale_max) {
  if (scale_min < 0 || scale_min > 99) return invalid("scale_min", "field.out_of_range", {{"min", "0"}, {"max", "99"}});
  if (scale_max <= scale_min || scale_max > 100)
    return invalid("scale_max", "field.out_of_range", {{"min", std::to_string(scale_min + 1)}, {"max", "100"}});
  return ok_status();
}

namespace {
std::optional<int> to_int(std::string_view text) {
  const std::string s = trim(text);
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}
}  // namespace

Result<std::vector<LadderStage>> parse_ladder_stages(std::string_view stages, int scale_min, int scale_max) {
  std::vector<LadderStage> out;
  std::size_t start = 0;
  while (start <= stages.size()) {
    const auto end = std::min(stages.find(';', start), stages.size());
    const auto part = trim(stages.substr(start, end - start));
    start = end + 1;
    if (part.empty()) {
      if (end >= stages.size()) break;
      continue;
    }
    const auto colon = part.find(':');
    const auto bad = [&] {
      return invalid("stages", "planning.clients.stage_invalid", {{"value", std::string(part)}});
    };
    if (colon == std::string_view::npos) return bad();
    const auto range = part.substr(0, colon);
    const auto name = trim(part.substr(colon + 1));
    const auto dash = range.find('-');
    auto from = to_int(range.substr(0, dash));
    auto to = dash == std::string_view::npos ? from : to_int(range.substr(dash + 1));
    if (!from || !to || name.empty() || *from > *to || *from < scale_min || *to > scale_max) return bad();
    if (!out.empty() && *from <= out.back().to) return bad();
    out.push_back({*from, *to, std::string(name)});
    if (end >= stages.size()) break;
  }
  return out;
}

Status check_ladder_value(const std::string& field, int value, int scale_min, int scale_max) {
  if (value < scale_min || value > scale_max)
    return invalid(field, "field.out_of_range",
                   {{"min", std::to_string(scale_min)}, {"max", std::to_string(scale_max)}});
  return ok_status();
}

}  // namespace kvalis::planning
