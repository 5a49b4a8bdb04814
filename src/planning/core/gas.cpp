#include "planning/core/gas.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "platform/core/csv.hpp"
#include "platform/core/text.hpp"

namespace kvalis::planning {
namespace {

constexpr double kLevels[] = {-3, -2, -1, -0.5, 0, 1, 2};

// "−" (U+2212, what word processors write) as an ASCII minus.
std::string ascii_minus(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\xE2\x88\x92") {
      out.push_back('-');
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A decimal number as people write it ("+1", "-0,5", "0.3"): parse_number without the forms strtod also
// reads (hexadecimal, exponents, inf).
std::optional<double> plain_number(std::string_view text) {
  if (text.find_first_not_of("0123456789.,+-") != std::string_view::npos) return std::nullopt;
  return parse_number(text);
}

}  // namespace

bool is_gas_level(double level) {
  for (double allowed : kLevels)
    if (level == allowed) return true;
  return false;
}

double reported_level(double level) { return level == -0.5 ? -1.0 : level; }

bool is_gas_weight(double weight) { return std::isfinite(weight) && weight >= 0; }

bool is_gas_rho(double rho) { return std::isfinite(rho) && rho >= 0 && rho < 1; }

std::optional<double> gas_t_score(std::span<const GasItem> items, double rho) {
  if (items.empty() || !is_gas_rho(rho)) return std::nullopt;
  double sum_wx = 0, sum_w = 0, sum_w2 = 0;
  for (const auto& item : items) {
    if (!is_gas_level(item.level) || !is_gas_weight(item.weight)) return std::nullopt;
    sum_wx += item.weight * reported_level(item.level);
    sum_w += item.weight;
    sum_w2 += item.weight * item.weight;
  }
  if (sum_w <= 0) return std::nullopt;
  return 50.0 + 10.0 * sum_wx / std::sqrt((1.0 - rho) * sum_w2 + rho * sum_w * sum_w);
}

bool attained(double level) { return reported_level(level) >= 0; }

Result<double> parse_gas_level(std::string_view text, const std::string& field) {
  const std::string cleaned = trim(ascii_minus(text));
  if (cleaned.empty()) return invalid(field, "field.required");
  const auto value = plain_number(cleaned);
  if (!value || !is_gas_level(*value))
    return invalid(field, "planning.gas.level_invalid", {{"value", shorten(cleaned, 40)}});
  return *value == 0 ? 0.0 : *value;  // no -0
}

Result<double> parse_gas_weight(std::string_view text, const std::string& field) {
  const std::string cleaned = trim(text);
  if (cleaned.empty()) return 1.0;
  const auto value = plain_number(cleaned);
  if (!value || !is_gas_weight(*value))
    return invalid(field, "planning.gas.weight_invalid", {{"value", shorten(cleaned, 40)}});
  return *value;
}

Result<double> parse_gas_rho(std::string_view text, const std::string& field) {
  const std::string cleaned = trim(text);
  const auto value = plain_number(cleaned);
  if (!value || !is_gas_rho(*value))
    return invalid(field, "planning.gas.rho_invalid", {{"value", shorten(cleaned, 40)}});
  return *value;
}

std::string format_t_score(std::optional<double> t) {
  if (!t || !std::isfinite(*t)) return {};
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *t);
  if (ec != std::errc()) return {};
  return std::string(buffer, end);
}

GasCsvOutcome read_gas_csv(std::istream& in, double rho) {
  GasCsvOutcome out;
  auto fail = [&](Error e, long long line) {
    e.params.emplace_back("line", std::to_string(line));
    if (out.errors.size() < kMaxGasCsvErrors) out.errors.push_back(std::move(e));
  };
  if (!is_gas_rho(rho)) {
    out.errors.push_back(invalid("rho", "planning.gas.rho_invalid", {{"value", format_t_score(rho)}}));
    return out;
  }
  csv::Reader reader(in);
  std::optional<csv::Record> header;
  // Column positions of client, goal, level, weight (weight optional).
  std::optional<std::size_t> col_client, col_goal, col_level, col_weight;
  struct Client {
    std::string name;
    std::vector<GasItem> items;
    std::set<std::string> goals;
  };
  std::vector<Client> clients;
  std::map<std::string, std::size_t> index;
  while (auto record = reader.next()) {
    if (!reader.error().empty()) break;  // a quote left open runs to the end: nothing of it is a row
    bool blank = true;
    for (const auto& f : record->fields)
      if (!trim(f).empty()) blank = false;
    if (blank) continue;
    if (!header) {
      header = record;
      for (std::size_t i = 0; i < record->fields.size(); ++i) {
        std::string name = record->fields[i];
        if (i == 0 && name.rfind("\xEF\xBB\xBF", 0) == 0) name.erase(0, 3);  // byte order mark
        name = lower_ascii(trim(name));
        auto set = [&](std::optional<std::size_t>& col) {
          if (!col) col = i;
        };
        if (name == "client") set(col_client);
        if (name == "goal") set(col_goal);
        if (name == "level") set(col_level);
        if (name == "weight") set(col_weight);
      }
      const std::pair<const char*, bool> required[] = {
          {"client", col_client.has_value()}, {"goal", col_goal.has_value()}, {"level", col_level.has_value()}};
      for (const auto& [name, present] : required)
        if (!present) fail(invalid(name, "planning.gas_csv.missing_column", {{"column", name}}), record->line);
      if (!out.ok()) return out;
      continue;
    }
    const auto cell = [&](std::optional<std::size_t> col) -> std::string {
      return col && *col < record->fields.size() ? trim(record->fields[*col]) : std::string();
    };
    const std::string client = cell(col_client), goal = cell(col_goal);
    bool row_ok = true;
    if (client.empty()) {
      fail(invalid("client", "field.required"), record->line);
      row_ok = false;
    } else if (!is_valid_utf8(client)) {
      fail(invalid("client", "planning.gas_csv.not_utf8"), record->line);
      row_ok = false;
    }
    if (goal.empty()) {
      fail(invalid("goal", "field.required"), record->line);
      row_ok = false;
    }
    const auto level = parse_gas_level(cell(col_level), "level");
    if (!level) {
      fail(level.error(), record->line);
      row_ok = false;
    }
    const auto weight = parse_gas_weight(cell(col_weight), "weight");
    if (!weight) {
      fail(weight.error(), record->line);
      row_ok = false;
    }
    if (!row_ok) continue;
    auto [it, added] = index.emplace(client, clients.size());
    if (added) clients.push_back({client, {}, {}});
    auto& c = clients[it->second];
    if (!c.goals.insert(goal).second) {
      fail(invalid("goal", "planning.gas_csv.duplicate_goal",
                   {{"goal", shorten(goal, 60)}, {"client", shorten(client, 60)}}),
           record->line);
      continue;
    }
    c.items.push_back({*level, *weight});
  }
  if (!reader.error().empty()) fail(invalid("", "planning.gas_csv.unclosed_quote"), reader.error_line());
  if (!header) fail(invalid("", "planning.gas_csv.empty"), 1);
  if (!out.ok()) return out;
  out.clients.reserve(clients.size());
  for (const auto& c : clients)
    out.clients.push_back({c.name, static_cast<int>(c.items.size()), gas_t_score(c.items, rho)});
  return out;
}

std::string gas_csv_error_text(const Error& error, Lang lang) {
  std::string line;
  for (const auto& [name, value] : error.params)
    if (name == "line") line = value;
  const std::string problem = translate(error, lang);
  if (line.empty()) return problem;
  return translate("planning.gas_csv.at_line", lang, {{"line", line}, {"problem", problem}});
}

std::string write_gas_csv(std::span<const GasClientScore> clients) {
  std::string out = "client,t_score\n";
  for (const auto& c : clients) {
    out += csv::escape(c.client);
    out += ',';
    out += format_t_score(c.t);
    out += '\n';
  }
  return out;
}

}  // namespace kvalis::planning
