#include "benchmark/core/formula.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace kvalis::benchmark {
namespace {

enum class TokenKind { kNumber, kItem, kPlus, kMinus, kStar, kSlash, kLeftParen, kRightParen, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::size_t position = 0;
  std::string_view text;
  double number = 0.0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_item_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_item_char(char c) { return is_item_start(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string describe(const Token& token) {
  if (token.kind == TokenKind::kEnd) return "the end of the formula";
  return "'" + std::string(token.text) + "'";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The known code closest to `code`, if it is close enough to be a likely typo.
std::optional<std::string> suggestion(std::string_view code, const KnownItems& known) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, code.size() / 4) + 1;
  for (const auto& candidate : known) {
    const std::size_t d = edit_distance(code, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

class Parser {
 public:
  Parser(std::string_view text, const KnownItems* known) : text_(text), known_(known) {}

  std::variant<Expression, FormulaError> parse() {
    advance();
    if (error_) return *error_;
    if (current_.kind == TokenKind::kEnd) {
      return FormulaError{FormulaErrorKind::kEmpty, 0, "a number, an item code or '('", "", "The formula is empty."};
    }
    const int root = parse_sum(0);
    if (error_) return *error_;
    if (current_.kind != TokenKind::kEnd) {
      fail_unexpected("an operator (+ - * /) or the end of the formula");
      return *error_;
    }
    expression_.root = root;
    return std::move(expression_);
  }

 private:
  void fail(FormulaErrorKind kind, std::size_t position, std::string expected, std::string found, std::string message) {
    if (error_) return;
    error_ = FormulaError{kind, position, std::move(expected), std::move(found),
                          "Column " + std::to_string(position + 1) + ": " + std::move(message)};
  }

  void fail_unexpected(const std::string& expected) {
    const bool at_end = current_.kind == TokenKind::kEnd;
    fail(at_end ? FormulaErrorKind::kUnexpectedEnd : FormulaErrorKind::kUnexpectedToken, current_.position, expected,
         std::string(current_.text), "expected " + expected + " but found " + describe(current_) + ".");
  }

  void advance() {
    std::size_t i = position_;
    while (i < text_.size() && is_space(text_[i])) ++i;
    current_ = Token{TokenKind::kEnd, i, {}, 0.0};
    if (i >= text_.size()) {
      position_ = i;
      return;
    }
    const char c = text_[i];
    if (is_digit(c)) {
      lex_number(i);
      return;
    }
    if (is_item_start(c)) {
      std::size_t end = i + 1;
      while (end < text_.size() && is_item_char(text_[end])) ++end;
      current_ = Token{TokenKind::kItem, i, text_.substr(i, end - i), 0.0};
      position_ = end;
      return;
    }
    TokenKind kind;
    switch (c) {
      case '+':
        kind = TokenKind::kPlus;
        break;
      case '-':
        kind = TokenKind::kMinus;
        break;
      case '*':
        kind = TokenKind::kStar;
        break;
      case '/':
        kind = TokenKind::kSlash;
        break;
      case '(':
        kind = TokenKind::kLeftParen;
        break;
      case ')':
        kind = TokenKind::kRightParen;
        break;
      default: {
        std::string hint;
        if (c == ',') hint = " Use '.' as the decimal separator.";
        if (c == '.') hint = " A number must start with a digit, e.g. 0.5.";
        if (static_cast<unsigned char>(c) >= 0x80) hint = " Item codes use only the letters a-z, digits and '_'.";
        // Report a whole UTF-8 sequence rather than a broken byte.
        std::size_t len = 1;
        while (i + len < text_.size() && (static_cast<unsigned char>(text_[i + len]) & 0xC0) == 0x80) ++len;
        const std::string found(text_.substr(i, len));
        fail(FormulaErrorKind::kUnexpectedCharacter, i, "a number, an item code, an operator or a parenthesis", found,
             "unexpected character '" + found + "'." + hint);
        position_ = text_.size();
        return;
      }
    }
    current_ = Token{kind, i, text_.substr(i, 1), 0.0};
    position_ = i + 1;
  }

  // digits ['.' digits] [('e'|'E') ['+'|'-'] digits]
  void lex_number(std::size_t start) {
    std::size_t end = start;
    while (end < text_.size() && is_digit(text_[end])) ++end;
    bool bad = false;
    if (end < text_.size() && text_[end] == '.') {
      ++end;
      if (end >= text_.size() || !is_digit(text_[end])) bad = true;
      while (end < text_.size() && is_digit(text_[end])) ++end;
    }
    if (!bad && end < text_.size() && (text_[end] == 'e' || text_[end] == 'E')) {
      std::size_t exponent = end + 1;
      if (exponent < text_.size() && (text_[exponent] == '+' || text_[exponent] == '-')) ++exponent;
      if (exponent < text_.size() && is_digit(text_[exponent])) {
        end = exponent;
        while (end < text_.size() && is_digit(text_[end])) ++end;
      } else {
        end = exponent;
        bad = true;
      }
    }
    const std::string_view lexeme = text_.substr(start, end - start);
    double value = 0.0;
    if (!bad) {
      const auto [ptr, ec] = std::from_chars(lexeme.data(), lexeme.data() + lexeme.size(), value);
      bad = ec != std::errc() || ptr != lexeme.data() + lexeme.size() || !std::isfinite(value);
    }
    if (bad) {
      fail(FormulaErrorKind::kInvalidNumber, start, "a number such as 12, 0.5 or 1e6", std::string(lexeme),
           "'" + std::string(lexeme) + "' is not a valid number.");
      position_ = text_.size();
      current_ = Token{TokenKind::kEnd, text_.size(), {}, 0.0};
      return;
    }
    current_ = Token{TokenKind::kNumber, start, lexeme, value};
    position_ = end;
  }

  int add_node(ExpressionNode node) {
    expression_.nodes.push_back(std::move(node));
    return static_cast<int>(expression_.nodes.size()) - 1;
  }

  int add_binary(ExpressionNode::Kind kind, int lhs, int rhs, std::size_t position) {
    ExpressionNode node;
    node.kind = kind;
    node.lhs = lhs;
    node.rhs = rhs;
    node.position = position;
    return add_node(std::move(node));
  }

  // sum := product (('+' | '-') product)*
  int parse_sum(int depth) {
    int lhs = parse_product(depth);
    while (!error_ && (current_.kind == TokenKind::kPlus || current_.kind == TokenKind::kMinus)) {
      const auto kind =
          current_.kind == TokenKind::kPlus ? ExpressionNode::Kind::kAdd : ExpressionNode::Kind::kSubtract;
      const std::size_t position = current_.position;
      advance();
      const int rhs = parse_product(depth);
      if (error_) return -1;
      lhs = add_binary(kind, lhs, rhs, position);
    }
    return error_ ? -1 : lhs;
  }

  // product := unary (('*' | '/') unary)*
  int parse_product(int depth) {
    int lhs = parse_unary(depth);
    while (!error_ && (current_.kind == TokenKind::kStar || current_.kind == TokenKind::kSlash)) {
      const auto kind =
          current_.kind == TokenKind::kStar ? ExpressionNode::Kind::kMultiply : ExpressionNode::Kind::kDivide;
      const std::size_t position = current_.position;
      advance();
      const int rhs = parse_unary(depth);
      if (error_) return -1;
      lhs = add_binary(kind, lhs, rhs, position);
    }
    return error_ ? -1 : lhs;
  }

  // unary := ('-' | '+') unary | primary
  int parse_unary(int depth) {
    if (depth > kMaxExpressionDepth) {
      fail(FormulaErrorKind::kTooDeep, current_.position, "a simpler formula", std::string(current_.text),
           "the formula is nested more than " + std::to_string(kMaxExpressionDepth) + " levels deep.");
      return -1;
    }
    if (current_.kind == TokenKind::kMinus || current_.kind == TokenKind::kPlus) {
      const bool negate = current_.kind == TokenKind::kMinus;
      const std::size_t position = current_.position;
      advance();
      const int operand = parse_unary(depth + 1);
      if (error_ || !negate) return operand;
      ExpressionNode node;
      node.kind = ExpressionNode::Kind::kNegate;
      node.lhs = operand;
      node.position = position;
      return add_node(std::move(node));
    }
    return parse_primary(depth);
  }

  // primary := number | item | '(' sum ')'
  int parse_primary(int depth) {
    if (error_) return -1;
    ExpressionNode node;
    node.position = current_.position;
    switch (current_.kind) {
      case TokenKind::kNumber:
        node.kind = ExpressionNode::Kind::kNumber;
        node.number = current_.number;
        advance();
        return add_node(std::move(node));
      case TokenKind::kItem: {
        const std::string code(current_.text);
        if (known_ && known_->find(code) == known_->end()) {
          std::string message = "unknown data item '" + code + "'.";
          if (auto close = suggestion(code, *known_)) message += " Did you mean '" + *close + "'?";
          fail(FormulaErrorKind::kUnknownItem, current_.position, "a known data item code", code, message);
          return -1;
        }
        node.kind = ExpressionNode::Kind::kItem;
        node.item = code;
        advance();
        return add_node(std::move(node));
      }
      case TokenKind::kLeftParen: {
        advance();
        const int inner = parse_sum(depth + 1);
        if (error_) return -1;
        if (current_.kind != TokenKind::kRightParen) {
          fail_unexpected("an operator (+ - * /) or ')'");
          return -1;
        }
        advance();
        return inner;
      }
      default:
        fail_unexpected("a number, an item code or '('");
        return -1;
    }
  }

  std::string_view text_;
  const KnownItems* known_;
  std::size_t position_ = 0;
  Token current_;
  Expression expression_;
  std::optional<FormulaError> error_;
};

// Operands always precede their node (the parser builds bottom-up); checking it lets evaluation walk
// the nodes in order, without recursion, however long a formula is.
void check_well_formed(const Expression& expression) {
  const int count = static_cast<int>(expression.nodes.size());
  if (expression.root < 0 || expression.root >= count)
    throw std::invalid_argument("benchmark::Expression has no valid root");
  for (int i = 0; i < count; ++i) {
    const auto& node = expression.nodes[static_cast<std::size_t>(i)];
    const bool unary = node.kind == ExpressionNode::Kind::kNegate;
    const bool binary =
        node.kind != ExpressionNode::Kind::kNumber && node.kind != ExpressionNode::Kind::kItem && !unary;
    if ((unary || binary) && (node.lhs < 0 || node.lhs >= i))
      throw std::invalid_argument("benchmark::Expression operand does not precede its node");
    if (binary && (node.rhs < 0 || node.rhs >= i))
      throw std::invalid_argument("benchmark::Expression operand does not precede its node");
  }
}

void collect_missing(const Expression& expression, const ItemLookup& lookup, std::vector<std::string>& missing) {
  // Source order: nodes are stored bottom-up, so sort item nodes by their position in the text.
  std::vector<const ExpressionNode*> items;
  for (const auto& node : expression.nodes)
    if (node.kind == ExpressionNode::Kind::kItem) items.push_back(&node);
  std::stable_sort(items.begin(), items.end(),
                   [](const ExpressionNode* a, const ExpressionNode* b) { return a->position < b->position; });
  for (const ExpressionNode* node : items) {
    if (std::find(missing.begin(), missing.end(), node->item) != missing.end()) continue;
    const auto value = lookup(node->item);
    if (!value || !std::isfinite(*value)) missing.push_back(node->item);
  }
}

// Evaluates assuming every item is present (checked by the caller).
Evaluation compute(const Expression& expression, const ItemLookup& lookup) {
  check_well_formed(expression);
  std::vector<double> values(expression.nodes.size(), 0.0);
  for (std::size_t i = 0; i < expression.nodes.size(); ++i) {
    const auto& node = expression.nodes[i];
    const double a = node.lhs >= 0 ? values[static_cast<std::size_t>(node.lhs)] : 0.0;
    const double b = node.rhs >= 0 ? values[static_cast<std::size_t>(node.rhs)] : 0.0;
    switch (node.kind) {
      case ExpressionNode::Kind::kNumber:
        values[i] = node.number;
        break;
      case ExpressionNode::Kind::kItem:
        values[i] = lookup(node.item).value_or(0.0);
        break;
      case ExpressionNode::Kind::kNegate:
        values[i] = -a;
        break;
      case ExpressionNode::Kind::kAdd:
        values[i] = a + b;
        break;
      case ExpressionNode::Kind::kSubtract:
        values[i] = a - b;
        break;
      case ExpressionNode::Kind::kMultiply:
        values[i] = a * b;
        break;
      case ExpressionNode::Kind::kDivide:
        if (std::fabs(b) < kDivisionEpsilon) return Evaluation{EvaluationStatus::kDivisionByZero, 0.0, {}};
        values[i] = a / b;
        break;
    }
    if (!std::isfinite(values[i])) return Evaluation{EvaluationStatus::kNotFinite, 0.0, {}};
  }
  return Evaluation{EvaluationStatus::kOk, values[static_cast<std::size_t>(expression.root)], {}};
}

ItemLookup lookup_in(const ItemValues& values) {
  return [&values](std::string_view code) -> std::optional<double> {
    const auto it = values.find(code);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

std::string number_text(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

std::variant<Expression, FormulaError> parse_expression(std::string_view text) { return Parser(text, nullptr).parse(); }

std::variant<Expression, FormulaError> parse_expression(std::string_view text, const KnownItems& known_items) {
  return Parser(text, &known_items).parse();
}

std::vector<std::string> referenced_items(const Expression& expression) {
  std::vector<std::string> items;
  for (const auto& node : expression.nodes)
    if (node.kind == ExpressionNode::Kind::kItem) items.push_back(node.item);
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  return items;
}

std::string to_string(const Expression& expression) {
  check_well_formed(expression);
  // In-order walk with an explicit stack: linear time and no recursion, however long the formula.
  struct Step {
    int node;
    int stage;  // 0: open, 1: after the left operand, 2: after the right operand
  };
  std::string out;
  std::vector<Step> stack{{expression.root, 0}};
  while (!stack.empty()) {
    Step& step = stack.back();
    const auto& node = expression.nodes[static_cast<std::size_t>(step.node)];
    switch (node.kind) {
      case ExpressionNode::Kind::kNumber:
        out += number_text(node.number);
        stack.pop_back();
        continue;
      case ExpressionNode::Kind::kItem:
        out += node.item;
        stack.pop_back();
        continue;
      case ExpressionNode::Kind::kNegate:
        if (step.stage == 0) {
          out += "(-";
          step.stage = 2;
          stack.push_back({node.lhs, 0});
        } else {
          out += ')';
          stack.pop_back();
        }
        continue;
      default:
        break;
    }
    if (step.stage == 0) {
      out += '(';
      step.stage = 1;
      stack.push_back({node.lhs, 0});
    } else if (step.stage == 1) {
      out += node.kind == ExpressionNode::Kind::kAdd        ? " + "
             : node.kind == ExpressionNode::Kind::kSubtract ? " - "
             : node.kind == ExpressionNode::Kind::kMultiply ? " * "
                                                            : " / ";
      step.stage = 2;
      stack.push_back({node.rhs, 0});
    } else {
      out += ')';
      stack.pop_back();
    }
  }
  return out;
}

std::string Evaluation::reason() const {
  switch (status) {
    case EvaluationStatus::kOk:
      return {};
    case EvaluationStatus::kMissingItem: {
      std::string out = "missing: ";
      for (std::size_t i = 0; i < missing_items.size(); ++i) out += (i ? ", " : "") + missing_items[i];
      return out;
    }
    case EvaluationStatus::kDivisionByZero:
      return "missing: division by zero";
    case EvaluationStatus::kNotFinite:
      return "missing: result is not a finite number";
  }
  return {};
}

Evaluation evaluate(const Expression& expression, const ItemLookup& lookup) {
  Evaluation missing{EvaluationStatus::kMissingItem, 0.0, {}};
  collect_missing(expression, lookup, missing.missing_items);
  if (!missing.missing_items.empty()) return missing;
  return compute(expression, lookup);
}

Evaluation evaluate(const Expression& expression, const ItemValues& values) {
  return evaluate(expression, lookup_in(values));
}

std::variant<IndicatorFormula, IndicatorFormulaError> parse_indicator(std::string_view numerator,
                                                                      std::string_view denominator, double factor,
                                                                      const KnownItems* known_items) {
  using Part = IndicatorFormulaError::Part;
  auto parse = [known_items](std::string_view text) {
    return known_items ? parse_expression(text, *known_items) : parse_expression(text);
  };
  IndicatorFormula formula;
  auto parsed_numerator = parse(numerator);
  if (auto* error = std::get_if<FormulaError>(&parsed_numerator))
    return IndicatorFormulaError{Part::kNumerator, *error};
  formula.numerator = std::move(std::get<Expression>(parsed_numerator));
  auto parsed_denominator = parse(denominator);
  if (auto* error = std::get_if<FormulaError>(&parsed_denominator))
    return IndicatorFormulaError{Part::kDenominator, *error};
  formula.denominator = std::move(std::get<Expression>(parsed_denominator));
  if (!std::isfinite(factor) || factor <= 0.0) {
    FormulaError error;
    error.kind = FormulaErrorKind::kInvalidNumber;
    error.expected = "a positive number";
    error.message = "The factor must be a positive number (1, 100, 1000, ...).";
    return IndicatorFormulaError{Part::kFactor, error};
  }
  formula.factor = factor;
  return formula;
}

Evaluation evaluate_indicator(const IndicatorFormula& formula, const ItemLookup& lookup) {
  Evaluation missing{EvaluationStatus::kMissingItem, 0.0, {}};
  collect_missing(formula.numerator, lookup, missing.missing_items);
  collect_missing(formula.denominator, lookup, missing.missing_items);
  if (!missing.missing_items.empty()) return missing;
  const Evaluation denominator = compute(formula.denominator, lookup);
  if (!denominator.ok()) return denominator;
  if (std::fabs(denominator.value) < kDivisionEpsilon) return Evaluation{EvaluationStatus::kDivisionByZero, 0.0, {}};
  const Evaluation numerator = compute(formula.numerator, lookup);
  if (!numerator.ok()) return numerator;
  const double value = numerator.value / denominator.value * formula.factor;
  if (!std::isfinite(value)) return Evaluation{EvaluationStatus::kNotFinite, 0.0, {}};
  return Evaluation{EvaluationStatus::kOk, value, {}};
}

Evaluation evaluate_indicator(const IndicatorFormula& formula, const ItemValues& values) {
  return evaluate_indicator(formula, lookup_in(values));
}

std::vector<std::string> referenced_items(const IndicatorFormula& formula) {
  std::vector<std::string> items = referenced_items(formula.numerator);
  const std::vector<std::string> more = referenced_items(formula.denominator);
  items.insert(items.end(), more.begin(), more.end());
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  return items;
}

}  // namespace kvalis::benchmark
