#pragma once
// Validation of one service's benchmarking form: the values a provider entered for a round, checked
// against the methodology's data items (required, minimum, maximum) and its consistency rules, which are
// data (e.g. bed_days <= capacity_beds * 365, hours_direct <= fte_direct * 1720).
//
// A rule whose operand cannot be computed (a missing value, a division by zero) is not evaluated and is
// reported as "not checked", never as a failure: a missing value is reported once, by its item.
//
// Also here: reading uploaded values (CSV "item_code,value" or "code;value" with a Czech decimal comma),
// so that an upload gives the same problems with line numbers on every path.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/problems.hpp"

namespace kvalis::benchmark {

// A data item as the form needs it (bm_items).
struct ItemSpec {
  std::string code;
  bool required = true;
  std::optional<double> min;
  std::optional<double> max;
};

enum class RuleOp { kLessEqual, kLess, kGreaterEqual, kGreater, kEqual };
std::optional<RuleOp> parse_rule_op(std::string_view text);  // "<=", "<", ">=", ">", "="
std::string_view to_string(RuleOp op);

// A consistency rule (bm_rules): left op right, each an expression over item codes.
struct RuleSpec {
  std::string code;
  std::string left;
  RuleOp op = RuleOp::kLessEqual;
  std::string right;
};

// Values of one form: absent key = not entered, nullopt = entered as empty.
using FormValues = std::map<std::string, std::optional<double>, std::less<>>;

enum class ProblemKind {
  kMissing,         // a required item has no value
  kNotANumber,      // a value is NaN or infinite
  kBelowMin,        // params: value, min
  kAboveMax,        // params: value, max
  kRuleFailed,      // params: left, op, right (the computed sides)
  kRuleNotChecked,  // params: missing ("a, b") or cause (division_by_zero, not_finite); never blocks submitting
  kRuleInvalid,     // the stored rule does not parse (params: detail); a broken methodology
};
std::string_view to_string(ProblemKind kind);  // missing, not_a_number, below_min, above_max, rule_failed, …

struct Problem {
  ProblemKind kind = ProblemKind::kMissing;
  std::string code;  // the item's code, or the rule's code for the rule kinds
  std::vector<std::pair<std::string, std::string>> params;
  bool is_rule() const {
    return kind == ProblemKind::kRuleFailed || kind == ProblemKind::kRuleNotChecked ||
           kind == ProblemKind::kRuleInvalid;
  }
  // Whether the problem prevents submitting the form.
  bool blocking() const { return kind != ProblemKind::kRuleNotChecked; }
};

struct FormValidation {
  std::vector<Problem> problems;  // items in the order given, then rules in the order given
  int required = 0;               // required items
  int filled = 0;                 // required items with a finite value
  int errors() const;             // blocking problems
  bool submittable() const { return errors() == 0; }
};

// Two sides of a rule are equal when they differ by at most this share of the larger magnitude (at
// least 1), so that sums of entered decimals (0.1 + 0.2 = 0.3) compare as people expect.
inline constexpr double kRuleRelativeTolerance = 1e-9;

FormValidation validate_form(const std::vector<ItemSpec>& items, const std::vector<RuleSpec>& rules,
                             const FormValues& values);

// The same validation for many forms of one methodology (a round's every service): the rules' expressions are
// parsed once, not once per form.
class FormValidator {
 public:
  FormValidator(std::vector<ItemSpec> items, std::vector<RuleSpec> rules);
  FormValidation validate(const FormValues& values) const;
  // The item codes that the rules of this code read (both sides, in order, without repeating one).
  const std::vector<std::string>& items_of_rule(std::string_view rule_code) const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> compiled_;
};

// Shortest text that reads back as the same double, in plain digits between 1e-6 and 1e15
// ("1720", "500000", "0.3"), otherwise with an exponent ("1e+20").
std::string format_number(double value);

// ---- uploaded values ------------------------------------------------------------------------------

// A number as people type it: "1234.5", "1 234,5", "1234,5", "-3"; spaces (also no-break) group
// thousands. Empty text → nullopt value with ok = true. Anything else → ok = false.
struct ParsedNumber {
  bool ok = false;
  std::optional<double> value;
};
ParsedNumber parse_decimal(std::string_view text);

struct UploadRowError {
  long long line = 0;  // 1-based line (or spreadsheet row) of the record
  std::string code;    // the item code on that line, when there is one
  std::string kind;    // unknown_item, not_a_number, duplicate, missing_code, too_many_columns, malformed
  std::string text;    // the offending cell
};

struct UploadedValues {
  FormValues values;
  ProblemCollector<UploadRowError> errors;  // empty: every row was read; the first 100 kept, all counted
};

// Rows of (code, value) text cells with their line numbers, e.g. from a spreadsheet.
struct UploadRow {
  long long line = 0;
  std::vector<std::string> cells;
};

// Reads rows of code and value one at a time, so that an upload of any length is checked in bounded
// memory. An optional first header row ("item_code"/"code"/"kód" …) is skipped, as are empty rows. Codes
// must be among known_codes (compared exactly after trimming).
class ValueRowReader {
 public:
  explicit ValueRowReader(const std::vector<std::string>& known_codes);
  void add(long long line, const std::vector<std::string>& cells);
  void add_error(UploadRowError error) { out_.errors.add(std::move(error)); }
  UploadedValues finish() { return std::move(out_); }

 private:
  std::set<std::string, std::less<>> known_;
  std::map<std::string, long long, std::less<>> seen_;
  bool first_ = true;
  UploadedValues out_;
};

// The same over rows already in memory.
UploadedValues read_value_rows(const std::vector<UploadRow>& rows, const std::vector<std::string>& known_codes);

// CSV text: the delimiter is ';' when the first non-empty line has one (then "1234,5" is a decimal
// comma), otherwise ','. A UTF-8 byte order mark is ignored. Records are read one by one.
UploadedValues read_values_csv(std::string_view text, const std::vector<std::string>& known_codes);

}  // namespace kvalis::benchmark
