#include "platform/core/catalogue.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <tuple>

#include "platform/core/csv.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::catalogue {
namespace {

constexpr std::array<std::string_view, 9> kKnownColumns = {
    "code", "name_cs", "name_en", "parent_code", "paragraph", "source_act", "valid_from", "valid_to", "catalogue"};

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

bool require_columns(const csv::Header& header, std::initializer_list<std::string_view> names, std::string_view file,
                     std::vector<Problem>& problems) {
  bool ok = true;
  for (auto n : names)
    if (!header.find(n)) {
      problems.push_back({std::string(file), 1, "missing column '" + std::string(n) + "'"});
      ok = false;
    }
  return ok;
}

}  // namespace

std::string CatalogueItem::attribute(std::string_view name) const {
  for (const auto& [k, v] : attributes)
    if (k == name) return v;
  return {};
}

bool is_iso_date(std::string_view s) { return is_valid_date(s); }

bool in_force(const CatalogueItem& item, std::string_view date) {
  return item.valid_from <= date && (item.valid_to.empty() || date <= item.valid_to);
}

std::vector<CatalogueItem> parse_catalogue(std::string_view name, std::string_view csv_text,
                                           std::vector<Problem>& problems) {
  std::vector<CatalogueItem> items;
  const std::string file = std::string(name) + ".csv";
  std::string error;
  long long error_line = 0;
  auto records = csv::parse_all(csv_text, &error, &error_line);
  if (!error.empty()) problems.push_back({file, error_line, error});
  if (records.empty()) {
    problems.push_back({file, 1, "empty catalogue file"});
    return items;
  }
  csv::Header header(records[0].fields);
  if (!require_columns(header, {"code", "name_cs", "source_act", "valid_from"}, file, problems)) return items;
  std::set<std::pair<std::string, std::string>> seen;  // (code, valid_from)
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    CatalogueItem item;
    item.catalogue = std::string(name);
    item.code = header.get(rec, "code");
    item.name_cs = header.get(rec, "name_cs");
    item.name_en = header.get(rec, "name_en");
    item.parent_code = header.get(rec, "parent_code");
    item.paragraph = header.get(rec, "paragraph");
    item.source_act = header.get(rec, "source_act");
    item.valid_from = header.get(rec, "valid_from");
    item.valid_to = header.get(rec, "valid_to");
    for (std::size_t c = 0; c < header.names().size() && c < rec.fields.size(); ++c) {
      const auto& col = header.names()[c];
      if (std::find(kKnownColumns.begin(), kKnownColumns.end(), col) == kKnownColumns.end())
        item.attributes.emplace_back(col, rec.fields[c]);
    }
    auto fail = [&](const std::string& msg) { problems.push_back({file, rec.line, msg}); };
    if (item.code.empty())
      fail("empty code");
    else if (item.name_cs.empty())
      fail("empty name_cs for code " + item.code);
    else if (item.source_act.empty())
      fail("empty source_act for code " + item.code);
    else if (!is_iso_date(item.valid_from))
      fail("valid_from is not a date YYYY-MM-DD: '" + item.valid_from + "'");
    else if (!item.valid_to.empty() && (!is_iso_date(item.valid_to) || item.valid_to < item.valid_from))
      fail("valid_to is not a date on or after valid_from: '" + item.valid_to + "'");
    else if (!seen.insert({item.code, item.valid_from}).second)
      fail("duplicate code " + item.code + " with the same valid_from");
    else
      items.push_back(std::move(item));
  }
  return items;
}

std::vector<StandardRow> parse_standards(std::string_view csv_text, std::vector<Problem>& problems) {
  std::vector<StandardRow> rows;
  std::string error;
  long long error_line = 0;
  auto records = csv::parse_all(csv_text, &error, &error_line);
  if (!error.empty()) problems.push_back({"standards.csv", error_line, error});
  if (records.empty()) {
    problems.push_back({"standards.csv", 1, "empty file"});
    return rows;
  }
  std::set<std::pair<std::string, int>> seen;
  csv::Header h(records[0].fields);
  if (!require_columns(h, {"set", "number", "name_cs", "source_act"}, "standards.csv", problems)) return rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    auto number = to_int(h.get(rec, "number"));
    if (h.get(rec, "set").empty() || !number || h.get(rec, "name_cs").empty()) {
      problems.push_back({"standards.csv", rec.line, "set, number and name_cs are required"});
      continue;
    }
    if (!seen.insert({std::string(h.get(rec, "set")), *number}).second) {
      problems.push_back({"standards.csv", rec.line,
                          "duplicate standard " + std::string(h.get(rec, "set")) + " " + std::to_string(*number)});
      continue;
    }
    rows.push_back(StandardRow{std::string(h.get(rec, "set")), *number, std::string(h.get(rec, "name_cs")),
                               std::string(h.get(rec, "part")), h.get(rec, "name_verified") == "yes",
                               std::string(h.get(rec, "source_act")), rec.line});
  }
  return rows;
}

std::vector<CriterionRow> parse_criteria(std::string_view csv_text, ProblemCollector<Problem>& problems,
                                         bool text_required) {
  constexpr const char* kFile = "criteria.csv";
  std::vector<CriterionRow> rows;
  csv::ViewStream in(csv_text);
  csv::Reader reader(in);
  // Blank records (a single empty field) are skipped, as spreadsheets leave them at the end.
  auto next = [&reader] {
    auto r = reader.next();
    while (r && r->fields.size() == 1 && r->fields[0].empty()) r = reader.next();
    return r;
  };
  auto head = next();
  if (!head) {
    if (!reader.error().empty()) problems.add({kFile, reader.error_line(), reader.error()});
    problems.add({kFile, 1, "empty file"});
    return rows;
  }
  const csv::Header h(head->fields);
  bool columns = true;
  for (std::string_view n : {"set", "standard", "letter", "essential", "text_cs"})
    if (!h.find(n)) {
      problems.add({kFile, 1, "missing column '" + std::string(n) + "'"});
      columns = false;
    }
  std::set<std::tuple<std::string, int, std::string>> seen;
  while (auto rec = next()) {
    if (!columns) continue;  // read to the end for a malformed quote, as before
    // Exports neutralise text that a spreadsheet would run as a formula (csv::escape_text); undone here.
    auto get = [&](std::string_view column) { return csv::strip_formula_guard(h.get(*rec, column)); };
    auto standard = to_int(get("standard"));
    const auto essential = get("essential");
    auto fail = [&](auto&& message) { problems.add_lazily([&] { return Problem{kFile, rec->line, message()}; }); };
    // A criterion's code is its standard's number and its letter, trimmed and in lower case
    // (quality::criterion_code): so blank counts as empty (a letter of spaces gave a code without one), only
    // one or two letters a-z may follow the number, as in a set edited on its page (letter "60a" of standard 1
    // and letter "a" of standard 160 gave one code, 160a), and letters differing in case are one criterion. Found by
    // tests/fuzz/standards_import_fuzz.cpp.
    std::string letter = trim(get("letter"));
    for (char& c : letter)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (trim(get("set")).empty() || !standard)
      fail([] { return std::string("set and a numeric standard are required"); });
    else if (letter.empty())
      fail([] { return std::string("letter is required"); });
    else if (letter.size() > 2 ||
             !std::all_of(letter.begin(), letter.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      fail([&] { return "letter \"" + std::string(trim(get("letter"))) + "\" must be one or two of the letters a-z"; });
    else if (essential != "yes" && essential != "no" && essential != "unknown")
      fail([] { return std::string("essential must be yes, no or unknown"); });
    else if (text_required && get("text_cs").empty())
      fail([] { return std::string("text_cs is required"); });
    else if (!seen.insert({std::string(get("set")), *standard, letter}).second)
      fail([&] { return "duplicate criterion " + std::string(get("set")) + " " + std::to_string(*standard) + letter; });
    else
      rows.push_back(CriterionRow{std::string(get("set")), *standard, std::string(get("letter")),
                                  std::string(essential), std::string(get("text_cs")), std::string(get("source")),
                                  std::string(get("note")), rec->line});
  }
  if (!reader.error().empty()) problems.add({kFile, reader.error_line(), reader.error()});
  return rows;
}

std::vector<CriterionRow> parse_criteria(std::string_view csv_text, std::vector<Problem>& problems,
                                         bool text_required) {
  ProblemCollector<Problem> all(static_cast<std::size_t>(-1));
  auto rows = parse_criteria(csv_text, all, text_required);
  for (auto& p : all.items()) problems.push_back(std::move(p));
  return rows;
}

}  // namespace kvalis::catalogue
