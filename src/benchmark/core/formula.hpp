#pragma once
// Benchmarking indicator formulas: indicator = numerator / denominator × factor, where numerator and
// denominator are arithmetic expressions over data-item codes (costs_total, fte_direct, …) and numbers,
// e.g. occupancy = bed_days / (capacity_beds * 365) × 100.
//
// Parsing gives a small tree or a FormulaError with the position and what was expected; evaluation
// never yields infinity or NaN: a missing input or a (near) zero divisor makes the value "missing".
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kvalis::benchmark {

// One node of an expression. Nodes live in Expression::nodes and refer to their operands by index, so an
// Expression is a plain value that can be copied, compared and stored.
struct ExpressionNode {
  enum class Kind { kNumber, kItem, kNegate, kAdd, kSubtract, kMultiply, kDivide };
  Kind kind = Kind::kNumber;
  double number = 0.0;       // kNumber
  std::string item;          // kItem: the data-item code
  int lhs = -1;              // operand of kNegate, left operand of the binary kinds
  int rhs = -1;              // right operand of the binary kinds
  std::size_t position = 0;  // 0-based offset of the node's token in the source text
};

struct Expression {
  std::vector<ExpressionNode> nodes;
  int root = -1;
};

enum class FormulaErrorKind {
  kEmpty,                // nothing but white space
  kUnexpectedCharacter,  // a character that starts no token (e.g. ',', '%', a letter with a diacritic)
  kUnexpectedToken,      // a valid token in the wrong place, including trailing input
  kUnexpectedEnd,        // the text ended where more was expected
  kInvalidNumber,        // e.g. "1e" or "1.5.2"
  kUnknownItem,          // an item code not in the set of known codes
  kTooDeep,              // nesting deeper than kMaxExpressionDepth
};

struct FormulaError {
  FormulaErrorKind kind = FormulaErrorKind::kUnexpectedToken;
  std::size_t position = 0;  // 0-based offset into the text (the message shows it 1-based as "column")
  std::string expected;      // what the parser expected there, e.g. "a number, an item code or '('"
  std::string found;         // the offending token or item code; empty at the end of the text
  std::string message;       // a complete English sentence for people
};

inline constexpr int kMaxExpressionDepth = 100;

using KnownItems = std::set<std::string, std::less<>>;

// Parses without checking item codes.
std::variant<Expression, FormulaError> parse_expression(std::string_view text);
// Parses and rejects item codes that are not in known_items (with a suggestion of a close code).
std::variant<Expression, FormulaError> parse_expression(std::string_view text, const KnownItems& known_items);

// Item codes the expression reads, sorted and without duplicates.
std::vector<std::string> referenced_items(const Expression& expression);

// Canonical, fully parenthesised text, e.g. "(bed_days / (capacity_beds * 365))"; parsing it again gives
// the same tree, unless the parentheses nest deeper than kMaxExpressionDepth: every operation gets its own
// pair (and a negation a level more), so a chain such as a + b + … of 100 terms, or 50 negations, is
// refused as kTooDeep when read back (found by tests/fuzz/formula_fuzz.cpp). Meant for tests, logs and
// showing the user how a formula was understood, never stored to be parsed again.
std::string to_string(const Expression& expression);

// Values of data items for one service and period. An absent key or a non-finite value is "missing".
using ItemValues = std::map<std::string, double, std::less<>>;
// Alternative source of values: returns nullopt when the item is missing.
using ItemLookup = std::function<std::optional<double>(std::string_view code)>;

enum class EvaluationStatus {
  kOk,
  kMissingItem,     // an input value is absent (missing_items says which)
  kDivisionByZero,  // a divisor is zero or |divisor| < kDivisionEpsilon
  kNotFinite,       // the result overflowed
};

// Below this absolute value a divisor counts as zero. Data items are counts, money, hours and FTE, for
// which anything this small is an artefact of rounding, and dividing by it would give a meaningless value.
inline constexpr double kDivisionEpsilon = 1e-9;

struct Evaluation {
  EvaluationStatus status = EvaluationStatus::kOk;
  double value = 0.0;                      // meaningful only when ok()
  std::vector<std::string> missing_items;  // kMissingItem: codes in order of first appearance
  bool ok() const { return status == EvaluationStatus::kOk; }
  // Short English reason for a missing value: "missing: costs_total", "missing: division by zero".
  std::string reason() const;
};

Evaluation evaluate(const Expression& expression, const ItemValues& values);
Evaluation evaluate(const Expression& expression, const ItemLookup& lookup);

// A benchmarking indicator's formula.
struct IndicatorFormula {
  Expression numerator;
  Expression denominator;
  double factor = 1.0;  // ×1, ×100 for a percentage, ×1000 for "per 1,000 inhabitants"
};

struct IndicatorFormulaError {
  enum class Part { kNumerator, kDenominator, kFactor };
  Part part = Part::kNumerator;
  FormulaError error;  // for kFactor only kind and message are meaningful
};

// known_items == nullptr accepts any item code.
std::variant<IndicatorFormula, IndicatorFormulaError> parse_indicator(std::string_view numerator,
                                                                      std::string_view denominator, double factor,
                                                                      const KnownItems* known_items = nullptr);

// numerator / denominator × factor. Missing inputs anywhere are reported before a zero denominator.
Evaluation evaluate_indicator(const IndicatorFormula& formula, const ItemValues& values);
Evaluation evaluate_indicator(const IndicatorFormula& formula, const ItemLookup& lookup);

std::vector<std::string> referenced_items(const IndicatorFormula& formula);

}  // namespace kvalis::benchmark
