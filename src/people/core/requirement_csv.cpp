#include "people/core/requirement_csv.hpp"

#include <array>
#include <string_view>

#include "platform/core/csv.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"

namespace kvalis::people {
namespace {

constexpr std::array<std::string_view, 8> kColumns = {"worker",        "category", "employment_start", "employment_end",
                                                      "probation_end", "absences", "in_house_hours",   "course_hours"};

class Issues {
 public:
  Issues(std::vector<RequirementCsvIssue>& list, Lang lang) : list_(list), lang_(lang) {}
  void add(long long line, const Error& error) {
    if (list_.size() >= kMaxRequirementIssues) return;
    std::string text = translate(error, lang_);
    if (line > 0) text = translate("people.csv.line", lang_, {{"line", std::to_string(line)}, {"message", text}});
    list_.push_back({line, error.field, std::move(text)});
  }

 private:
  std::vector<RequirementCsvIssue>& list_;
  Lang lang_;
};

struct Columns {
  std::array<std::size_t, kColumns.size()> at{};
};

// Hours: empty = 0; otherwise a decimal number (point, or a comma in a quoted cell) in 0…kMaxYearHours.
double read_hours(const std::string& field, std::string_view cell, long long line, Issues& issues) {
  const std::string text = trim(cell);
  if (text.empty()) return 0.0;
  const auto value = parse_number(text);
  if (!value) {
    issues.add(line, invalid(field, "field.type_number"));
    return 0.0;
  }
  if (*value < 0.0 || *value > kMaxYearHours) {
    issues.add(line, invalid(field, "field.out_of_range", {{"min", "0"}, {"max", format_hours(kMaxYearHours)}}));
    return 0.0;
  }
  return *value;
}

std::string read_date(const std::string& field, std::string_view cell, long long line, Issues& issues) {
  std::string text = trim(cell);
  if (auto s = check_date(field, text, false); !s) {
    issues.add(line, s.error());
    return {};
  }
  return text;
}

}  // namespace

RequirementCsvOutcome run_requirement_csv(std::istream& in, int year, const std::vector<RequirementRule>& rules,
                                          std::ostream& out, Lang lang) {
  RequirementCsvOutcome outcome;
  Issues issues(outcome.issues, lang);
  csv::Reader reader(in);
  auto blank = [](const csv::Record& r) { return r.fields.size() == 1 && trim(r.fields[0]).empty(); };

  std::optional<csv::Record> header;
  while ((header = reader.next()) && blank(*header)) {}
  if (!header) {
    issues.add(0, Error{ErrorCode::invalid_input, "", "people.csv.empty", {}});
    return outcome;
  }
  if (!header->fields.empty() && header->fields[0].rfind("\xEF\xBB\xBF", 0) == 0) header->fields[0].erase(0, 3);
  for (auto& name : header->fields) name = trim(name);
  const csv::Header names(header->fields);
  Columns columns;
  for (std::size_t k = 0; k < kColumns.size(); ++k) {
    const auto at = names.find(kColumns[k]);
    if (!at)
      issues.add(header->line, invalid(std::string(kColumns[k]), "people.csv.missing_column"));
    else
      columns.at[k] = *at;
  }
  if (!outcome.ok()) return outcome;

  while (auto record = reader.next()) {
    if (!reader.error().empty()) break;  // a quote left open swallowed the rest of the file: reported below
    if (blank(*record)) continue;
    const long long line = record->line;
    auto cell = [&](std::size_t k) -> std::string_view {
      const std::size_t at = columns.at[k];
      return at < record->fields.size() ? std::string_view(record->fields[at]) : std::string_view{};
    };
    const std::size_t before = outcome.issues.size();
    WorkerYear w;
    w.worker = trim(cell(0));
    if (auto s = check_line("worker", w.worker, 200, true); !s) issues.add(line, s.error());
    const std::string category = trim(cell(1));
    if (category.empty()) {
      issues.add(line, invalid("category", "field.required"));
    } else if (auto parsed = parse_staff_category(category)) {
      w.category = *parsed;
    } else {
      issues.add(line, invalid("category", "people.category.unknown", {{"value", shorten(category, 40)}}));
    }
    w.employment_start = read_date("employment_start", cell(2), line, issues);
    w.employment_end = read_date("employment_end", cell(3), line, issues);
    w.probation_end = read_date("probation_end", cell(4), line, issues);
    if (auto absences = parse_absences(cell(5), "absences"))
      w.absences = std::move(*absences);
    else
      issues.add(line, absences.error());
    w.in_house_hours = read_hours("in_house_hours", cell(6), line, issues);
    w.course_hours = read_hours("course_hours", cell(7), line, issues);
    if (outcome.issues.size() != before) continue;
    // The cells are each fine: what is left are rules across them (an end before the start).
    auto result = evaluate_requirement(w, year, rules);
    if (!result) {
      issues.add(line, result.error());
      continue;
    }
    outcome.results.push_back(std::move(*result));
  }
  if (!reader.error().empty())
    issues.add(0, Error{ErrorCode::invalid_input,
                        "",
                        "people.csv.unclosed_quote",
                        {{"line", std::to_string(reader.error_line())}}});
  if (!outcome.ok()) {
    outcome.results.clear();
    return outcome;
  }

  out << "worker,required_hours,counted_hours,shortfall_hours\n";
  for (const auto& r : outcome.results)
    out << csv::escape_text(r.worker) << ',' << format_hours(r.required_hours) << ',' << format_hours(r.counted_hours)
        << ',' << format_hours(r.shortfall_hours) << '\n';
  return outcome;
}

}  // namespace kvalis::people
