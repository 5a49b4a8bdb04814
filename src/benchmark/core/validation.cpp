#include "benchmark/core/validation.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>
#include <variant>

#include "benchmark/core/formula.hpp"
#include "platform/core/csv.hpp"
#include "platform/core/text.hpp"

namespace kvalis::benchmark {
namespace {

constexpr std::array<std::pair<RuleOp, std::string_view>, 5> kOps = {{
    {RuleOp::kLessEqual, "<="},
    {RuleOp::kLess, "<"},
    {RuleOp::kGreaterEqual, ">="},
    {RuleOp::kGreater, ">"},
    {RuleOp::kEqual, "="},
}};

bool holds(double left, RuleOp op, double right) {
  const double scale = std::max({1.0, std::fabs(left), std::fabs(right)});
  const bool equal = std::fabs(left - right) <= kRuleRelativeTolerance * scale;
  switch (op) {
    case RuleOp::kLessEqual:
      return left < right || equal;
    case RuleOp::kLess:
      return left < right && !equal;
    case RuleOp::kGreaterEqual:
      return left > right || equal;
    case RuleOp::kGreater:
      return left > right && !equal;
    case RuleOp::kEqual:
      return equal;
  }
  return false;
}

std::pair<std::string, std::string> not_checked_reason(const Evaluation& e) {
  if (e.status == EvaluationStatus::kMissingItem) {
    std::string out;
    for (const auto& code : e.missing_items) out += (out.empty() ? "" : ", ") + code;
    return {"missing", out};
  }
  return {"cause", e.status == EvaluationStatus::kDivisionByZero ? "division_by_zero" : "not_finite"};
}

void check_item(const ItemSpec& item, const FormValues& values, FormValidation& out) {
  if (item.required) ++out.required;
  const auto it = values.find(item.code);
  if (it == values.end() || !it->second) {
    if (item.required) out.problems.push_back({ProblemKind::kMissing, item.code, {}});
    return;
  }
  const double v = *it->second;
  if (!std::isfinite(v)) {
    out.problems.push_back({ProblemKind::kNotANumber, item.code, {}});
    return;
  }
  if (item.required) ++out.filled;
  if (item.min && v < *item.min)
    out.problems.push_back(
        {ProblemKind::kBelowMin, item.code, {{"value", format_number(v)}, {"min", format_number(*item.min)}}});
  if (item.max && v > *item.max)
    out.problems.push_back(
        {ProblemKind::kAboveMax, item.code, {{"value", format_number(v)}, {"max", format_number(*item.max)}}});
}

void check_rule(const RuleSpec& rule, const std::variant<Expression, FormulaError>& left,
                const std::variant<Expression, FormulaError>& right, const ItemLookup& lookup, FormValidation& out) {
  for (auto* parsed : {&left, &right}) {
    if (auto* error = std::get_if<FormulaError>(parsed)) {
      out.problems.push_back({ProblemKind::kRuleInvalid, rule.code, {{"detail", error->message}}});
      return;
    }
  }
  const Evaluation l = evaluate(std::get<Expression>(left), lookup);
  const Evaluation r = evaluate(std::get<Expression>(right), lookup);
  if (!l.ok() || !r.ok()) {
    // Missing values of both sides, in order, without repeating one.
    Evaluation combined{EvaluationStatus::kMissingItem, 0.0, {}};
    for (const auto* side : {&l, &r})
      for (const auto& code : side->missing_items)
        if (std::find(combined.missing_items.begin(), combined.missing_items.end(), code) ==
            combined.missing_items.end())
          combined.missing_items.push_back(code);
    const Evaluation& shown = combined.missing_items.empty() ? (l.ok() ? r : l) : combined;
    out.problems.push_back({ProblemKind::kRuleNotChecked, rule.code, {not_checked_reason(shown)}});
    return;
  }
  if (!holds(l.value, rule.op, r.value))
    out.problems.push_back({ProblemKind::kRuleFailed,
                            rule.code,
                            {{"left", format_number(l.value)},
                             {"op", std::string(to_string(rule.op))},
                             {"right", format_number(r.value)}}});
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool is_header_code(std::string_view cell) {
  const std::string key = search_key(trim(cell));
  return key == "item_code" || key == "code" || key == "kod" || key == "kod_polozky" || key == "polozka" ||
         key == "item";
}

}  // namespace

std::optional<RuleOp> parse_rule_op(std::string_view text) {
  for (const auto& [op, name] : kOps)
    if (name == text) return op;
  return std::nullopt;
}

std::string_view to_string(RuleOp op) {
  for (const auto& [o, name] : kOps)
    if (o == op) return name;
  return "";
}

std::string_view to_string(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kMissing:
      return "missing";
    case ProblemKind::kNotANumber:
      return "not_a_number";
    case ProblemKind::kBelowMin:
      return "below_min";
    case ProblemKind::kAboveMax:
      return "above_max";
    case ProblemKind::kRuleFailed:
      return "rule_failed";
    case ProblemKind::kRuleNotChecked:
      return "rule_not_checked";
    case ProblemKind::kRuleInvalid:
      return "rule_invalid";
  }
  return "";
}

int FormValidation::errors() const {
  return static_cast<int>(
      std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.blocking(); }));
}

struct FormValidator::Compiled {
  struct Rule {
    RuleSpec spec;
    std::variant<Expression, FormulaError> left, right;
  };
  std::vector<ItemSpec> items;
  std::set<std::string, std::less<>> known;  // the items' codes
  std::vector<Rule> rules;
  std::map<std::string, std::vector<std::string>, std::less<>> rule_items;  // rule code → items its sides read
};

FormValidator::FormValidator(std::vector<ItemSpec> items, std::vector<RuleSpec> rules) {
  auto c = std::make_shared<Compiled>();
  for (const auto& item : items) c->known.insert(item.code);
  c->items = std::move(items);
  for (auto& rule : rules) {
    auto left = parse_expression(rule.left);
    auto right = parse_expression(rule.right);
    auto& read = c->rule_items[rule.code];
    for (const auto* side : {&left, &right})
      if (const auto* ex = std::get_if<Expression>(side))
        for (auto& code : referenced_items(*ex))
          if (std::find(read.begin(), read.end(), code) == read.end()) read.push_back(std::move(code));
    c->rules.push_back({std::move(rule), std::move(left), std::move(right)});
  }
  compiled_ = std::move(c);
}

const std::vector<std::string>& FormValidator::items_of_rule(std::string_view rule_code) const {
  static const std::vector<std::string> none;
  const auto it = compiled_->rule_items.find(rule_code);
  return it == compiled_->rule_items.end() ? none : it->second;
}

FormValidation FormValidator::validate(const FormValues& values) const {
  const Compiled& c = *compiled_;
  FormValidation out;
  for (const auto& item : c.items) check_item(item, values, out);
  // Rules read only values of known items; a non-finite value counts as missing (reported by its item).
  const ItemLookup lookup = [&](std::string_view code) -> std::optional<double> {
    if (!c.known.count(code)) return std::nullopt;
    const auto it = values.find(code);
    if (it == values.end() || !it->second || !std::isfinite(*it->second)) return std::nullopt;
    return *it->second;
  };
  for (const auto& rule : c.rules) check_rule(rule.spec, rule.left, rule.right, lookup, out);
  return out;
}

FormValidation validate_form(const std::vector<ItemSpec>& items, const std::vector<RuleSpec>& rules,
                             const FormValues& values) {
  return FormValidator(items, rules).validate(values);
}

std::string format_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : (value > 0 ? "∞" : "-∞");
  if (value == 0) return "0";
  char buffer[64];
  // Plain digits for the magnitudes of money, hours and counts; exponent only outside them.
  const double magnitude = std::fabs(value);
  const auto result = magnitude >= 1e-6 && magnitude < 1e15
                          ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                          : std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// ---- uploaded values ------------------------------------------------------------------------------

ParsedNumber parse_decimal(std::string_view text) {
  text = trim(text);
  if (text.empty()) return {true, std::nullopt};
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') continue;
    // No-break space (U+00A0) and narrow no-break space (U+202F) group thousands in Czech spreadsheets.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0xAF) {
      i += 2;
      continue;
    }
    s.push_back(static_cast<char>(c));
  }
  const auto comma = s.find(',');
  if (comma != std::string::npos) {
    // One decimal comma, and then no decimal point ("1.234,5" is ambiguous and refused).
    if (s.find(',', comma + 1) != std::string::npos || s.find('.') != std::string::npos) return {};
    s[comma] = '.';
  }
  if (!s.empty() && s.front() == '+') s.erase(0, 1);
  if (s.empty()) return {};
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E')) return {};
  double v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return {};
  return {true, v};
}

ValueRowReader::ValueRowReader(const std::vector<std::string>& known_codes)
    : known_(known_codes.begin(), known_codes.end()) {}

void ValueRowReader::add(long long line, const std::vector<std::string>& row_cells) {
  std::vector<std::string_view> cells;
  for (const auto& c : row_cells) cells.push_back(trim(c));
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  if (cells.empty()) return;
  if (first_) {
    // A header row names its columns: an unknown code over something that is not a number.
    first_ = false;
    const bool numeric = cells.size() > 1 && !cells[1].empty() && parse_decimal(cells[1]).ok;
    if (is_header_code(cells[0]) || (!known_.count(cells[0]) && !numeric)) return;
  }
  // Once the report is full, the texts of further problems are never copied: they are only counted. A
  // quoted cell is shortened (a sheet's cell may hold megabytes).
  auto fail = [&](std::string_view code, const char* kind, std::string_view text) {
    out_.errors.add_lazily([&] { return UploadRowError{line, shorten(code, 200), kind, shorten(text, 200)}; });
  };
  const std::string_view code = cells[0];
  if (code.empty()) return fail("", "missing_code", cells.size() > 1 ? cells[1] : std::string_view());
  if (cells.size() > 2) return fail(code, "too_many_columns", cells[2]);
  if (!known_.count(code)) return fail(code, "unknown_item", code);
  const std::string_view cell = cells.size() > 1 ? cells[1] : std::string_view();
  const ParsedNumber number = parse_decimal(cell);
  if (!number.ok) return fail(code, "not_a_number", cell);
  if (auto [it, inserted] = seen_.emplace(code, line); !inserted) {
    const std::string first = std::to_string(it->second);
    return fail(code, "duplicate", first);
  }
  out_.values[std::string(code)] = number.value;
}

UploadedValues read_value_rows(const std::vector<UploadRow>& rows, const std::vector<std::string>& known_codes) {
  ValueRowReader reader(known_codes);
  for (const auto& row : rows) reader.add(row.line, row.cells);
  return reader.finish();
}

UploadedValues read_values_csv(std::string_view text, const std::vector<std::string>& known_codes) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // The delimiter from the first line that has content.
  char delimiter = ',';
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = trim(text.substr(start, end - start));
    if (!line.empty()) {
      if (line.find(';') != std::string_view::npos)
        delimiter = ';';
      else if (line.find('\t') != std::string_view::npos)
        delimiter = '\t';
      break;
    }
    start = end + 1;
  }
  csv::ViewStream in(text);
  csv::Reader reader(in, delimiter);
  ValueRowReader values(known_codes);
  while (auto r = reader.next()) values.add(r->line, r->fields);
  if (!reader.error().empty()) values.add_error({reader.error_line(), "", "malformed", reader.error()});
  return values.finish();
}

}  // namespace kvalis::benchmark
