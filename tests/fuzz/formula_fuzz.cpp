// The benchmark formula parser (benchmark/core/formula): indicator formulas typed by an administrator.
// Properties: the canonical text of a parsed expression parses again to the same canonical text (or is
// refused as too deep: formula.hpp), an
// evaluation is never infinite or NaN, and parsing against the known item codes accepts only them.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "benchmark/core/formula.hpp"
#include "fuzz_support.hpp"

using namespace kvalis;
using namespace kvalis::benchmark;

namespace {

const KnownItems& known_items() {
  static const KnownItems items = [] {
    KnownItems k;
    const std::string text = fuzz::source_file("tests/data/benchmark/known_items.txt");
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line[0] != '#') k.insert(line);
      start = end + 1;
    }
    return k;
  }();
  return items;
}

void check_evaluation(const Evaluation& e) {
  if (e.ok()) fuzz::check(std::isfinite(e.value), "an ok evaluation is finite");
  if (e.status == EvaluationStatus::kMissingItem) fuzz::check(!e.missing_items.empty(), "missing names the items");
  (void)e.reason();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;  // formulas are short; longer inputs only slow the search
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  auto parsed = parse_expression(text);
  if (auto* expr = std::get_if<Expression>(&parsed)) {
    const std::string canonical = to_string(*expr);
    // The canonical text parses to the same text, unless its parentheses nest too deep (formula.hpp).
    auto again = parse_expression(canonical);
    if (auto* error = std::get_if<FormulaError>(&again))
      fuzz::check(error->kind == FormulaErrorKind::kTooDeep, "the canonical text parses or is too deep");
    else
      fuzz::check(to_string(std::get<Expression>(again)) == canonical, "the canonical text is a fixed point");
    const auto items = referenced_items(*expr);
    ItemValues values;
    double v = 0.5;
    for (const auto& item : items) values[item] = (v *= -3.0);
    check_evaluation(evaluate(*expr, values));
    check_evaluation(evaluate(*expr, ItemValues{}));
    check_evaluation(evaluate(*expr, [](std::string_view code) -> std::optional<double> {
      if (code.size() % 3 == 0) return std::nullopt;
      return static_cast<double>(code.size()) * 1e300;
    }));
  } else {
    const auto& error = std::get<FormulaError>(parsed);
    fuzz::check(error.position <= text.size(), "an error's position is inside the text");
    fuzz::check(!error.message.empty(), "an error has a message");
  }

  auto checked = parse_expression(text, known_items());
  if (auto* expr = std::get_if<Expression>(&checked))
    for (const auto& item : referenced_items(*expr)) fuzz::check(known_items().count(item) == 1, "only known items");

  // numerator | denominator, split at the first '|'
  const auto bar = text.find('|');
  if (bar != std::string_view::npos) {
    auto indicator = parse_indicator(text.substr(0, bar), text.substr(bar + 1), 100.0, &known_items());
    if (auto* f = std::get_if<IndicatorFormula>(&indicator)) {
      ItemValues values;
      for (const auto& item : referenced_items(*f)) values[item] = 1.0 + static_cast<double>(item.size());
      check_evaluation(evaluate_indicator(*f, values));
    }
  }
  return 0;
}
