// The education requirement per worker and year (src/people/core/requirement.hpp), table-driven from
// tests/data/people/requirement.csv (README.md there describes the columns), and the CSV runner behind
// `kvalis training requirement` (requirement_csv.hpp) with its input files in tests/data/people/requirement_cli/.
#include "people/core/requirement.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "people/core/requirement_csv.hpp"
#include "platform/core/messages.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::Lang;
using kvalis::testing::Table;
using namespace kvalis::people;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("people/" + relative); }

// "1-12", "3;4", "2;9-11" → the months; "" → none.
std::vector<int> months(const std::string& text) {
  std::vector<int> out;
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, ';')) {
    if (part.empty()) continue;
    const auto dash = part.find('-');
    const int from = std::stoi(part.substr(0, dash));
    const int to = dash == std::string::npos ? from : std::stoi(part.substr(dash + 1));
    for (int m = from; m <= to; ++m) out.push_back(m);
  }
  return out;
}

double hours(const std::string& text) { return text.empty() ? 0.0 : std::stod(text); }

StaffCategory category(const std::string& text) {
  const auto c = parse_staff_category(text);
  EXPECT_TRUE(c.has_value()) << text;
  return c.value_or(StaffCategory::other);
}

std::vector<AbsenceReading> readings(const std::string& text) {
  if (text == "all")
    return {AbsenceReading::one_twelfth_once, AbsenceReading::whole_months, AbsenceReading::started_months};
  const auto r = parse_absence_reading(text);
  EXPECT_TRUE(r.has_value()) << text;
  return {r.value_or(kDefaultAbsenceReading)};
}

WorkerYear worker_of(const Table& table, const kvalis::csv::Record& row) {
  WorkerYear w;
  w.worker = table.get(row, "case");
  w.category = category(table.get(row, "category"));
  w.employment_start = table.get(row, "employment_start");
  w.employment_end = table.get(row, "employment_end");
  w.probation_end = table.get(row, "probation_end");
  auto absences = parse_absences(table.get(row, "absences"));
  EXPECT_TRUE(absences.ok()) << table.get(row, "absences");
  if (absences) w.absences = *absences;
  w.in_house_hours = hours(table.get(row, "in_house_hours"));
  w.course_hours = hours(table.get(row, "course_hours"));
  return w;
}

TEST(PeopleRequirement, Table) {
  const Table table = load_table("requirement.csv");
  ASSERT_GE(table.rows.size(), 60u);
  std::set<std::string> categories_seen, readings_seen;
  for (const auto& row : table.rows) {
    const WorkerYear w = worker_of(table, row);
    const int year = std::stoi(table.get(row, "year"));
    categories_seen.insert(table.get(row, "category"));
    for (const auto reading : readings(table.get(row, "reading"))) {
      readings_seen.insert(std::string(absence_reading_code(reading)));
      SCOPED_TRACE(table.get(row, "case") + " (" + std::string(absence_reading_code(reading)) + ")");
      const auto result = evaluate_requirement(w, year, requirement_rules(reading));
      ASSERT_TRUE(result.ok()) << kvalis::translate(result.error(), Lang::en);
      EXPECT_EQ(format_hours(result->required_hours), table.get(row, "required_hours"));
      EXPECT_EQ(format_hours(result->counted_hours), table.get(row, "counted_hours"));
      EXPECT_EQ(format_hours(result->shortfall_hours), table.get(row, "shortfall_hours"));
      EXPECT_EQ(result->months_counted, months(table.get(row, "months_counted")));
      EXPECT_EQ(result->absence_twelfths, std::stoi(table.get(row, "absence_twelfths")));
      EXPECT_EQ(result->months_absent, months(table.get(row, "months_absent")));
      EXPECT_EQ(result->year, year);
      EXPECT_EQ(result->worker, w.worker);
      // The shortfall is what the counted hours leave of the requirement, never negative (to a micro-hour:
      // the double difference itself carries noise such as 0.6999999999999993).
      EXPECT_EQ(format_hours(result->shortfall_hours),
                format_hours(std::max(0.0, result->required_hours - result->counted_hours)));
      // Every explanation line is in the catalogue, and the reading used is one of them.
      for (const auto& note : result->notes) EXPECT_NE(kvalis::find_message(note.key), nullptr) << note.key;
      if (result->reading) {
        EXPECT_EQ(*result->reading, reading);
        bool named = false;
        for (const auto& note : result->notes) named = named || note.key == absence_reading_message_key(reading);
        EXPECT_TRUE(named);
      }
    }
  }
  EXPECT_EQ(categories_seen, (std::set<std::string>{"social_worker", "social_services_worker", "ospod", "other"}));
  EXPECT_EQ(readings_seen, (std::set<std::string>{"one_twelfth_once", "whole_months", "started_months"}));
}

TEST(PeopleRequirement, ErrorsNameTheField) {
  const Table table = load_table("requirement_errors.csv");
  ASSERT_GE(table.rows.size(), 10u);
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    WorkerYear w;
    w.worker = table.get(row, "worker");
    w.category = category(table.get(row, "category"));
    w.employment_start = table.get(row, "employment_start");
    w.employment_end = table.get(row, "employment_end");
    w.probation_end = table.get(row, "probation_end");
    // Ranges as written, without parse_absences, so that a reversed range reaches the check.
    std::stringstream parts(table.get(row, "absences"));
    std::string part;
    while (std::getline(parts, part, ';')) {
      const auto dots = part.find("..");
      w.absences.push_back({part.substr(0, dots), part.substr(dots + 2)});
    }
    w.in_house_hours = hours(table.get(row, "in_house_hours"));
    w.course_hours = hours(table.get(row, "course_hours"));
    const auto result = evaluate_requirement(w, std::stoi(table.get(row, "year")), requirement_rules());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, kvalis::ErrorCode::invalid_input);
    EXPECT_EQ(result.error().field, table.get(row, "field"));
    EXPECT_EQ(result.error().message_key, table.get(row, "key"));
    EXPECT_NE(kvalis::find_message(result.error().message_key), nullptr);
  }
}

TEST(PeopleRequirement, ParseAbsences) {
  const Table table = load_table("absences.csv");
  for (const auto& row : table.rows) {
    const std::string text = table.get(row, "text"), expected = table.get(row, "expected");
    SCOPED_TRACE("'" + text + "'");
    const auto parsed = parse_absences(text, "absences");
    if (expected.rfind("error:", 0) == 0) {
      ASSERT_FALSE(parsed.ok());
      EXPECT_EQ(parsed.error().field, "absences");
      EXPECT_EQ(parsed.error().message_key, expected.substr(6));
      continue;
    }
    ASSERT_TRUE(parsed.ok()) << kvalis::translate(parsed.error(), Lang::en);
    std::string joined;
    for (const auto& a : *parsed) joined += (joined.empty() ? "" : "|") + a.from + ".." + a.to;
    EXPECT_EQ(joined, expected);
  }
}

TEST(PeopleRequirement, LongerThanOneCalendarMonth) {
  EXPECT_FALSE(absence_longer_than_a_month({"2025-03-01", "2025-03-31"}));
  EXPECT_TRUE(absence_longer_than_a_month({"2025-03-01", "2025-04-01"}));
  EXPECT_FALSE(absence_longer_than_a_month({"2025-03-10", "2025-04-09"}));
  EXPECT_TRUE(absence_longer_than_a_month({"2025-03-10", "2025-04-10"}));
  EXPECT_FALSE(absence_longer_than_a_month({"2025-12-20", "2026-01-19"}));  // across the year's end
  EXPECT_TRUE(absence_longer_than_a_month({"2025-12-20", "2026-01-20"}));
  EXPECT_FALSE(absence_longer_than_a_month({"2025-01-31", "2025-02-28"}));  // February has no 31st
  EXPECT_TRUE(absence_longer_than_a_month({"2025-01-31", "2025-03-01"}));
  EXPECT_FALSE(absence_longer_than_a_month({"2024-01-31", "2024-02-29"}));  // leap year
  EXPECT_FALSE(absence_longer_than_a_month({"2025-02-01", "2025-02-28"}));
  EXPECT_FALSE(absence_longer_than_a_month({"2025-02-01", "not a date"}));
}

TEST(PeopleRequirement, RulesAreDataPerCategoryAndPeriod) {
  for (const auto reading :
       {AbsenceReading::one_twelfth_once, AbsenceReading::whole_months, AbsenceReading::started_months}) {
    const auto rules = requirement_rules(reading);
    for (const auto& rule : rules) {
      if (rule.absence_reduces) {
        EXPECT_EQ(rule.absence_reading, reading);
      }
    }
    const auto* sw = rule_for(rules, StaffCategory::social_worker, 2025);
    ASSERT_NE(sw, nullptr);
    EXPECT_EQ(sw->hours_per_year, 24.0);
    EXPECT_EQ(sw->in_house_cap, 8.0);
    EXPECT_NE(sw->source.find("§ 111"), std::string::npos);
    const auto* ssw = rule_for(rules, StaffCategory::social_services_worker, 2025);
    ASSERT_NE(ssw, nullptr);
    EXPECT_NE(ssw->source.find("§ 116 odst. 9"), std::string::npos);
    const auto* ospod = rule_for(rules, StaffCategory::ospod, 2025);
    ASSERT_NE(ospod, nullptr);
    EXPECT_EQ(ospod->hours_per_year / ospod->hours_per_day, 6.0);  // 6 working days
    EXPECT_EQ(ospod->in_house_cap, 0.0);
    EXPECT_NE(ospod->source.find("6c"), std::string::npos);
    EXPECT_EQ(rule_for(rules, StaffCategory::ospod, 2014), nullptr);
    EXPECT_EQ(rule_for(rules, StaffCategory::social_worker, 2006), nullptr);
  }
  // A rule ends and another begins: the one in force on 1 January of the year applies.
  std::vector<RequirementRule> amended = requirement_rules();
  amended[0].valid_to = "2025-12-31";
  RequirementRule more = amended[0];
  more.valid_from = "2026-01-01";
  more.valid_to = "";
  more.hours_per_year = 36.0;
  amended.push_back(more);
  WorkerYear w{"Eva", StaffCategory::social_worker, "2020-01-01", "", "", {}, 0.0, 30.0};
  EXPECT_EQ(evaluate_requirement(w, 2025, amended)->shortfall_hours, 0.0);
  EXPECT_EQ(evaluate_requirement(w, 2026, amended)->required_hours, 36.0);
  EXPECT_EQ(evaluate_requirement(w, 2026, amended)->shortfall_hours, 6.0);
}

TEST(PeopleRequirement, CodesRoundTrip) {
  for (const auto c : {StaffCategory::social_worker, StaffCategory::social_services_worker, StaffCategory::ospod,
                       StaffCategory::other})
    EXPECT_EQ(parse_staff_category(staff_category_code(c)), c);
  EXPECT_FALSE(parse_staff_category("Social_Worker").has_value());
  EXPECT_FALSE(parse_staff_category("manager").has_value());
  for (const auto r : {AbsenceReading::one_twelfth_once, AbsenceReading::whole_months, AbsenceReading::started_months})
    EXPECT_EQ(parse_absence_reading(absence_reading_code(r)), r);
  EXPECT_FALSE(parse_absence_reading("once").has_value());
  EXPECT_EQ(kDefaultAbsenceReading, AbsenceReading::one_twelfth_once);
}

TEST(PeopleRequirement, HoursAreShortestExactDecimals) {
  EXPECT_EQ(format_hours(24.0), "24");
  EXPECT_EQ(format_hours(0.0), "0");
  EXPECT_EQ(format_hours(-0.0), "0");
  EXPECT_EQ(format_hours(0.5), "0.5");
  EXPECT_EQ(format_hours(24.0 - 23.3), "0.7");
  EXPECT_EQ(format_hours(0.1 + 0.2), "0.3");
  EXPECT_EQ(format_hours(1.0 / 3.0), "0.333333");
  EXPECT_EQ(format_hours(8784.0), "8784");
  EXPECT_EQ(format_hours(1e-7), "0");
  EXPECT_EQ(format_hours(-2.25), "-2.25");
}

// The UI shows why: the notes of a worker with probation, a long absence and too many in-house hours.
TEST(PeopleRequirement, NotesExplainTheResultInCzechAndEnglish) {
  WorkerYear w{"Eva",        StaffCategory::social_worker,   "2025-01-01", "",
               "2025-03-31", {{"2025-06-10", "2025-07-20"}}, 12.0,         4.5};
  const auto result = evaluate_requirement(w, 2025, requirement_rules());
  ASSERT_TRUE(result.ok());
  std::vector<std::string> keys, cs, en;
  for (const auto& note : result->notes) {
    keys.push_back(note.key);
    cs.push_back(kvalis::translate(note.key, Lang::cs, note.params));
    en.push_back(kvalis::translate(note.key, Lang::en, note.params));
  }
  EXPECT_EQ(keys,
            (std::vector<std::string>{
                "people.requirement.rule", "people.requirement.months_employed", "people.requirement.probation",
                "people.absence_reading.one_twelfth_once", "people.requirement.absence", "people.requirement.required",
                "people.requirement.in_house_capped", "people.requirement.counted", "people.requirement.shortfall"}));
  ASSERT_EQ(cs.size(), 9u);
  EXPECT_EQ(cs[0], "Povinnost 24 h dalšího vzdělávání za kalendářní rok (§ 111 odst. 1 zákona č. 108/2006 Sb.).");
  EXPECT_EQ(cs[1], "Celých měsíců pracovního poměru v roce 2025: 12 (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).");
  EXPECT_EQ(cs[2], "Ve zkušební době (bez povinnosti): 3 měs. (1, 2, 3).");
  EXPECT_EQ(cs[4], "Krácení za nepřítomnost: 1/12.");
  EXPECT_EQ(cs[5], "Požadovaný rozsah: 8/12 roční povinnosti = 16 h.");
  EXPECT_EQ(cs[6], "Vnitřní školicí akce: započteno 8 h z 12 h (nejvýše 8 h za rok).");
  EXPECT_EQ(cs[8], "Chybí: 3.5 h.");
  EXPECT_EQ(en[3],
            "An absence longer than one calendar month reduces the scope by one twelfth, once in the year (the "
            "literal text of the act: \"reduced by one twelfth\").");
  EXPECT_EQ(en[7], "Counted: 12.5 h.");
  // Each reading has its sentence in both languages.
  for (const auto r :
       {AbsenceReading::one_twelfth_once, AbsenceReading::whole_months, AbsenceReading::started_months}) {
    const auto* m = kvalis::find_message(absence_reading_message_key(r));
    ASSERT_NE(m, nullptr);
    EXPECT_NE(m->cs.find("kalendářní měsíc"), std::string_view::npos);
    EXPECT_NE(m->en.find("calendar month"), std::string_view::npos);
  }
  // OSPOD: days, and in-house events named as not counting.
  WorkerYear o{"Petr", StaffCategory::ospod, "2010-01-01", "", "", {}, 6.0, 40.0};
  const auto ospod = evaluate_requirement(o, 2025, requirement_rules());
  ASSERT_TRUE(ospod.ok());
  EXPECT_EQ(kvalis::translate(ospod->notes[0].key, Lang::cs, ospod->notes[0].params),
            "Povinnost 6 pracovních dnů akreditovaného vzdělávání za rok, 8 h za den, tj. 48 h (standard 6c, příloha "
            "č. 1 vyhlášky č. 473/2012 Sb.).");
  std::vector<std::string> ospod_cs;
  for (const auto& note : ospod->notes) ospod_cs.push_back(kvalis::translate(note.key, Lang::cs, note.params));
  EXPECT_EQ(ospod_cs,
            (std::vector<std::string>{
                ospod_cs[0], "Celých měsíců pracovního poměru v roce 2025: 12 (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).",
                "Nepřítomnost delší než jeden kalendářní měsíc krátí rozsah o jednu dvanáctinu, v roce jednou "
                "(doslovné znění zákona: „krátí o jednu dvanáctinu“).",
                "Požadovaný rozsah: 12/12 roční povinnosti = 48 h.",
                "Vnitřní školicí akce se do této povinnosti nezapočítávají (v roce 6 h).", "Započteno: 40 h.",
                "Chybí: 8 h."}));
}

// ---- the CSV runner of `kvalis training requirement` ---------------------------------------------------

std::string cli_file(const std::string& name) {
  return kvalis::testing::read_data_file("people/requirement_cli/" + name);
}

TEST(PeopleRequirementCsv, WritesTheExpectedTable) {
  struct Case {
    const char* expected;
    AbsenceReading reading;
  };
  for (const auto& c : {Case{"workers.expected.csv", kDefaultAbsenceReading},
                        Case{"workers.started_months.expected.csv", AbsenceReading::started_months}}) {
    SCOPED_TRACE(c.expected);
    std::istringstream in(cli_file("workers.csv"));
    std::ostringstream out;
    const auto outcome = run_requirement_csv(in, 2025, requirement_rules(c.reading), out);
    ASSERT_TRUE(outcome.ok()) << outcome.issues.front().message;
    EXPECT_EQ(outcome.results.size(), 5u);
    EXPECT_EQ(out.str(), cli_file(c.expected));
  }
}

TEST(PeopleRequirementCsv, ReportsEveryBadRowWithItsLineAndFieldAndWritesNothing) {
  const Table table = load_table("requirement_cli/errors.csv");
  std::size_t k = 0;
  std::set<std::string> files;
  while (k < table.rows.size()) {
    const std::string file = table.get(table.rows[k], "file");
    files.insert(file);
    SCOPED_TRACE(file);
    std::istringstream in(cli_file(file));
    std::ostringstream out;
    const auto outcome = run_requirement_csv(in, 2025, requirement_rules(), out);
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(out.str(), "");
    EXPECT_TRUE(outcome.results.empty());
    std::size_t i = 0;
    for (; k < table.rows.size() && table.get(table.rows[k], "file") == file; ++k, ++i) {
      ASSERT_LT(i, outcome.issues.size()) << "missing issue: " << table.get(table.rows[k], "message");
      EXPECT_EQ(outcome.issues[i].line, std::stoll(table.get(table.rows[k], "line")));
      EXPECT_EQ(outcome.issues[i].message, table.get(table.rows[k], "message"));
    }
    EXPECT_EQ(i, outcome.issues.size()) << "unexpected issue: " << outcome.issues.back().message;
  }
  EXPECT_EQ(files, (std::set<std::string>{"bad_rows.csv", "missing_columns.csv", "empty.csv", "unclosed_quote.csv"}));
}

TEST(PeopleRequirementCsv, MessagesInCzech) {
  std::istringstream in(cli_file("bad_rows.csv"));
  std::ostringstream out;
  const auto outcome = run_requirement_csv(in, 2025, requirement_rules(), out, Lang::cs);
  ASSERT_EQ(outcome.issues.size(), 7u);
  EXPECT_EQ(outcome.issues[0].field, "worker");
  EXPECT_EQ(outcome.issues[0].message, "Řádek 3: Pole „worker“ je povinné.");
  EXPECT_EQ(outcome.issues[5].field, "employment_end");
  EXPECT_EQ(outcome.issues[5].message,
            "Řádek 4: Pole „employment_end“: datum 2025-04-01 je dříve než začátek pracovního poměru.");
}

TEST(PeopleRequirementCsv, StopsCountingIssuesAtTheLimit) {
  std::ostringstream text;
  text << "worker,category,employment_start,employment_end,probation_end,absences,in_house_hours,course_hours\n";
  for (int i = 0; i < 40; ++i) text << "W" << i << ",nurse,2025-02-30,,,,x,\n";
  std::istringstream in(text.str());
  std::ostringstream out;
  const auto outcome = run_requirement_csv(in, 2025, requirement_rules(), out);
  EXPECT_EQ(outcome.issues.size(), kMaxRequirementIssues);
  EXPECT_EQ(outcome.issues.back().line, 18);  // three issues a row: rows 2…17 in full, two of row 18
  EXPECT_EQ(out.str(), "");
}

}  // namespace
