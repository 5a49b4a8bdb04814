#include "benchmark/core/dea_csv.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string_view>

#include "platform/core/csv.hpp"

namespace kvalis::benchmark {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == prefix;
}

// The separator of the header line: ';' when it has more semicolons than commas outside quotes.
char detect_delimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : ',';
}

std::optional<double> parse_number(std::string_view text, bool decimal_comma) {
  text = trim(text);
  std::string buffer(text);
  if (decimal_comma) {
    for (char& c : buffer)
      if (c == ',') c = '.';
  }
  if (!buffer.empty() && buffer.front() == '+') buffer.erase(0, 1);
  double value = 0.0;
  const char* begin = buffer.data();
  const char* end = begin + buffer.size();
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (buffer.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string at_line(long long line) { return "line " + std::to_string(line); }

struct Columns {
  std::vector<std::string> names;  // trimmed header fields
  std::optional<std::size_t> dmu;
  std::vector<std::size_t> inputs, outputs;  // field positions
};

Columns read_header(const csv::Record& header, DeaData& data, std::vector<DeaCsvIssue>& issues) {
  Columns columns;
  std::map<std::string, std::size_t> seen;
  for (std::size_t k = 0; k < header.fields.size(); ++k) {
    std::string_view name = trim(header.fields[k]);
    if (k == 0 && name.substr(0, 3) == "\xEF\xBB\xBF") name = trim(name.substr(3));  // UTF-8 byte-order mark
    const std::string column(name);
    columns.names.push_back(column);
    if (!column.empty() && !seen.emplace(column, k).second) {
      issues.push_back({header.line, column, at_line(header.line) + ": column '" + column + "' appears twice."});
      continue;
    }
    if (lower(name) == "dmu") {
      columns.dmu = k;
    } else if (starts_with_ci(name, "in_") || starts_with_ci(name, "out_")) {
      const bool input = starts_with_ci(name, "in_");
      const std::string variable(name.substr(input ? 3 : 4));
      if (variable.empty()) {
        issues.push_back(
            {header.line, column, at_line(header.line) + ": column '" + column + "' needs a name after the prefix."});
        continue;
      }
      (input ? columns.inputs : columns.outputs).push_back(k);
      (input ? data.input_names : data.output_names).push_back(variable);
    }
  }
  if (!columns.dmu) issues.push_back({header.line, "dmu", at_line(header.line) + ": the header has no 'dmu' column."});
  if (columns.inputs.empty())
    issues.push_back({header.line, "in_*", at_line(header.line) + ": the header has no input column (in_<name>)."});
  if (columns.outputs.empty())
    issues.push_back({header.line, "out_*", at_line(header.line) + ": the header has no output column (out_<name>)."});
  return columns;
}

void add(std::vector<DeaCsvIssue>& issues, DeaCsvIssue issue) {
  if (issues.size() < kMaxDeaIssues) issues.push_back(std::move(issue));
}

// Reads one variable's cell; reports a missing, non-numeric or out-of-range value with its line, so one
// pass finds every bad cell.
double read_value(const csv::Record& record, std::size_t field, const std::string& column, bool input,
                  bool decimal_comma, std::vector<DeaCsvIssue>& issues) {
  const std::string_view cell = field < record.fields.size() ? trim(record.fields[field]) : std::string_view{};
  const std::string where = at_line(record.line) + ", column " + column + ": ";
  if (cell.empty()) {
    add(issues, {record.line, column, where + "the value is missing."});
    return 0.0;
  }
  const auto value = parse_number(cell, decimal_comma);
  if (!value) {
    add(issues, {record.line, column, where + "'" + std::string(cell) + "' is not a number."});
    return 0.0;
  }
  // Zero is a valid value; a row without any positive input or output is reported by validate_dea_data.
  if (*value < 0.0)
    add(issues, {record.line, column,
                 where + (input ? "an input" : "an output") + " must not be negative (is " + std::string(cell) + ")."});
  return *value;
}

}  // namespace

std::optional<ReturnsToScale> parse_dea_model(std::string_view text) {
  const std::string name = lower(trim(text));
  if (name == "ccr") return ReturnsToScale::kConstant;
  if (name == "bcc") return ReturnsToScale::kVariable;
  return std::nullopt;
}

std::optional<Orientation> parse_dea_orientation(std::string_view text) {
  const std::string name = lower(trim(text));
  if (name == "input") return Orientation::kInput;
  if (name == "output") return Orientation::kOutput;
  return std::nullopt;
}

std::string format_dea_number(double value) {
  if (!std::isfinite(value)) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  std::string text(buffer);
  if (text == "-0") text = "0";
  return text;
}

std::variant<DeaCsvTable, std::vector<DeaCsvIssue>> read_dea_csv(std::istream& in) {
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const char delimiter = detect_delimiter(text);
  const bool decimal_comma = delimiter == ';';
  std::istringstream stream(text);
  csv::Reader reader(stream, delimiter);

  std::vector<DeaCsvIssue> issues;
  DeaCsvTable table;
  DeaData& data = table.data;
  std::optional<csv::Record> header;
  while ((header = reader.next()) && header->fields.size() == 1 && trim(header->fields[0]).empty()) {}
  if (!header) return std::vector<DeaCsvIssue>{{0, "", "The file is empty: a header line is needed."}};
  const Columns columns = read_header(*header, data, issues);
  if (!issues.empty()) return issues;

  const std::string& dmu_column = columns.names[*columns.dmu];
  std::map<std::string, long long, std::less<>> dmu_line;
  while (auto record = reader.next()) {
    if (record->fields.size() == 1 && trim(record->fields[0]).empty()) continue;  // blank line
    if (record->fields.size() != header->fields.size()) {
      add(issues, {record->line, "",
                   at_line(record->line) + ": expected " + std::to_string(header->fields.size()) + " fields, found " +
                       std::to_string(record->fields.size()) + "."});
      continue;
    }
    const std::string name(trim(record->fields[*columns.dmu]));
    if (name.empty()) {
      add(issues, {record->line, dmu_column, at_line(record->line) + ": the DMU name is empty."});
    } else if (auto [it, fresh] = dmu_line.emplace(name, record->line); !fresh) {
      add(issues,
          {record->line, dmu_column,
           at_line(record->line) + ": DMU '" + name + "' already appears on line " + std::to_string(it->second) + "."});
    }
    data.dmu_names.push_back(name);
    table.dmu_lines.push_back(record->line);
    for (std::size_t i = 0; i < columns.inputs.size(); ++i)
      data.inputs.push_back(
          read_value(*record, columns.inputs[i], columns.names[columns.inputs[i]], true, decimal_comma, issues));
    for (std::size_t r = 0; r < columns.outputs.size(); ++r)
      data.outputs.push_back(
          read_value(*record, columns.outputs[r], columns.names[columns.outputs[r]], false, decimal_comma, issues));
  }
  if (!reader.error().empty()) add(issues, {0, "", reader.error() + "."});
  if (!issues.empty()) return issues;
  if (data.dmu_names.empty()) return std::vector<DeaCsvIssue>{{0, "", "The file has a header but no DMU rows."}};

  // The remaining rules of validate_dea_data: a row needs a positive input and a positive output (names
  // and shape cannot fail after the checks above, but it stays the single authority).
  for (const DeaIssue& issue : validate_dea_data(data)) {
    const long long line = issue.dmu ? table.dmu_lines[*issue.dmu] : 0;
    add(issues, {line, issue.field, line ? at_line(line) + ": " + issue.message : issue.message});
  }
  if (!issues.empty()) return issues;
  return table;
}

void write_dea_csv(const DeaData& data, const DeaResult& result, std::ostream& out) {
  // Built with append rather than operator+ chains, which trip a false -Wrestrict in GCC 12 at -O3.
  std::string line = "dmu,efficiency,peers";
  auto add_column = [&line](std::string_view prefix, const std::string& name) {
    std::string column(prefix);
    column += name;
    line += ',';
    line += csv::escape(column);
  };
  for (const auto& name : data.input_names) add_column("slack_in_", name);
  for (const auto& name : data.output_names) add_column("slack_out_", name);
  out << line << '\n';
  for (std::size_t j = 0; j < data.dmu_count(); ++j) {
    const DmuEfficiency& dmu = result.dmus[j];
    const bool scored = dmu.status == DmuStatus::kOptimal;
    std::string peers;
    for (const DeaPeer& peer : dmu.peers) {
      if (!peers.empty()) peers += ';';
      peers += data.dmu_names[peer.dmu];
      peers += ':';
      peers += format_dea_number(peer.lambda);
    }
    line = csv::escape_text(data.dmu_names[j]);  // names and peers are text: neutralised against formulas
    line += ',';
    if (scored) line += format_dea_number(dmu.efficiency);
    line += ',';
    line += csv::escape_text(peers);
    for (const auto* slacks : {&dmu.input_slacks, &dmu.output_slacks}) {
      for (double slack : *slacks) {
        line += ',';
        if (scored) line += format_dea_number(slack);
      }
    }
    out << line << '\n';
  }
}

DeaCsvOutcome run_dea_csv(std::istream& in, const DeaOptions& options, std::ostream& out) {
  DeaCsvOutcome outcome;
  auto table = read_dea_csv(in);
  if (auto* issues = std::get_if<std::vector<DeaCsvIssue>>(&table)) {
    outcome.issues = std::move(*issues);
    return outcome;
  }
  const DeaCsvTable& input = std::get<DeaCsvTable>(table);
  auto run = run_dea(input.data, options);
  if (auto* error = std::get_if<DeaError>(&run)) {
    for (const DeaIssue& issue : error->issues) outcome.issues.push_back({0, issue.field, issue.message});
    return outcome;
  }
  const DeaResult& result = std::get<DeaResult>(run);
  outcome.dmu_count = result.dmus.size();
  for (std::size_t j = 0; j < result.dmus.size(); ++j) {
    const std::string where = at_line(input.dmu_lines[j]) + ": DMU '" + input.data.dmu_names[j] + "'";
    if (result.dmus[j].status == DmuStatus::kUnbounded)
      outcome.warnings.push_back(where + " has all outputs zero; its output-oriented efficiency is undefined.");
    if (result.dmus[j].status == DmuStatus::kSolverFailure)
      outcome.warnings.push_back(where + ": the solver did not reach an optimum; no score.");
  }
  write_dea_csv(input.data, result, out);
  return outcome;
}

}  // namespace kvalis::benchmark
