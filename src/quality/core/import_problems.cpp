#include "quality/core/import_problems.hpp"

#include <regex>
#include <vector>

namespace kvalis::quality {

Error csv_syntax_error(std::string_view reader_error, long long line, std::string field) {
  const std::string at = std::to_string(line);
  if (reader_error.rfind("unterminated quoted field", 0) == 0)
    return invalid(std::move(field), "quality.csv.unterminated_quote", {{"line", at}});
  return invalid(std::move(field), "quality.csv.malformed", {{"line", at}});
}

ImportProblem import_problem(const catalogue::Problem& p) {
  struct Rule {
    std::regex pattern;
    const char* key;
    const char* field;
    std::vector<const char*> params;  // names of the pattern's groups, in order
  };
  static const std::vector<Rule> kRules = {
      {std::regex("^set and a numeric standard are required$"), "quality.import.standard_required", "standard", {}},
      {std::regex("^letter is required$"), "quality.import.letter_required", "letter", {}},
      {std::regex("^letter \"(.*)\" must be one or two of the letters a-z$"),
       "quality.import.letter_invalid",
       "letter",
       {"value"}},
      {std::regex("^essential must be yes, no or unknown$"), "quality.import.essential_invalid", "essential", {}},
      {std::regex("^text_cs is required$"), "quality.import.text_required", "text_cs", {}},
      {std::regex("^duplicate criterion (.+)$"), "quality.import.duplicate", "letter", {"value"}},
      {std::regex("^standard (\\d+) is not in set (.+)$"),
       "quality.import.standard_unknown",
       "standard",
       {"standard", "set"}},
      {std::regex("^valid_from must be a date.*$"), "field.invalid_date", "valid_from", {}},
      {std::regex("^valid_from must be after (\\S+), the start of version (\\d+)$"),
       "quality.import.valid_from_early",
       "valid_from",
       {"date", "version"}},
      {std::regex("^no criteria of set (.+)$"), "quality.import.no_criteria", "set", {"set"}},
      {std::regex("^empty file$"), "quality.import.empty", "body", {}},
      {std::regex("^missing column '(.+)'$"), "quality.import.missing_column", "body", {"column"}},
  };
  if (p.message.rfind("unterminated quoted field", 0) == 0)
    return {p.line, "body", csv_syntax_error(p.message, p.line)};
  std::smatch m;
  for (const auto& rule : kRules) {
    if (!std::regex_match(p.message, m, rule.pattern)) continue;
    std::vector<std::pair<std::string, std::string>> params{{"field", rule.field}};
    for (std::size_t i = 0; i < rule.params.size(); ++i) params.emplace_back(rule.params[i], m[i + 1].str());
    return {p.line, rule.field, invalid(rule.field, rule.key, params)};
  }
  // A problem the parser words in a way no rule knows: still a message key, naming the line.
  return {p.line, "body", csv_syntax_error(p.message, p.line)};
}

}  // namespace kvalis::quality
