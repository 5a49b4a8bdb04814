#pragma once
// The education requirement of one worker in one calendar year (další vzdělávání).
//
// The rules are data: one RequirementRule per legal category and period of validity (requirement_rules()),
// evaluated by one generic function. Hours are counted in micro-hours internally, so sums and differences
// of decimal inputs are exact ("24 - 23.3" is 0.7, not 0.6999999999999993).
//
// What the rules say (../shared/DOMAIN.md, "Further education"):
// - a social worker (§111 odst. 1 zákona č. 108/2006 Sb.) and a social-services worker (§116 odst. 9) get at
//   least 24 hours per calendar year, pro rata 1/12 per whole calendar month of employment in the year,
//   nothing during probation, in-house training events counted up to 8 hours a year;
// - "v případě nepřítomnosti v práci v rozsahu delším než jeden kalendářní měsíc se rozsah … krátí o jednu
//   dvanáctinu": how to read it is the rule's AbsenceReading (see there);
// - OSPOD staff: 6 working days a year of MPSV-accredited courses (vyhláška č. 473/2012 Sb., příloha č. 1,
//   standard 6c), 8 hours a working day; in-house events do not count.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::people {

// The legal category of a worker's position, as far as the education requirement is concerned.
enum class StaffCategory {
  social_worker,           // sociální pracovník, §109 (duty: §111 odst. 1)
  social_services_worker,  // pracovník v sociálních službách, §116 (duty: §116 odst. 9)
  ospod,                   // zaměstnanec OSPOD (standard 6c)
  other,                   // no education requirement
};
std::optional<StaffCategory> parse_staff_category(std::string_view code);
std::string_view staff_category_code(StaffCategory category);

// How "absence from work longer than one calendar month reduces the scope by one twelfth" is read.
// Only absences longer than one calendar month count in every reading (see absence_longer_than_a_month);
// touching or overlapping absence ranges are one absence.
enum class AbsenceReading {
  // The literal text: one twelfth, once in the year, when an absence longer than a calendar month falls
  // (at least one day of it) into a month that carries the duty. The default: the sentence names one
  // twelfth, not a twelfth per month, and says nothing of "každý".
  one_twelfth_once,
  // A twelfth per calendar month lying wholly inside such an absence (the way the pro rata rule counts
  // "celý měsíc"), e.g. 15 March – 20 May reduces by April only.
  whole_months,
  // A twelfth per calendar month in which such an absence has at least one day (the strictest employer
  // practice), e.g. 15 March – 20 May reduces by March, April and May.
  started_months,
};
constexpr AbsenceReading kDefaultAbsenceReading = AbsenceReading::one_twelfth_once;
std::optional<AbsenceReading> parse_absence_reading(std::string_view code);
std::string_view absence_reading_code(AbsenceReading reading);
// The message key explaining the reading in words, for the UI ("which reading is used").
std::string absence_reading_message_key(AbsenceReading reading);

// One rule: a category's requirement in a period of validity. Amendments add rules, they do not
// overwrite (a rule is in force from valid_from to valid_to, both inclusive; valid_to "" = open).
struct RequirementRule {
  StaffCategory category = StaffCategory::other;
  std::string valid_from;  // YYYY-MM-DD
  std::string valid_to;    // YYYY-MM-DD or ""
  std::string source;      // the legal provision, shown in the UI
  double hours_per_year = 0.0;
  double hours_per_day = 0.0;          // > 0: the requirement is set in working days of this many hours
  bool pro_rata_by_month = false;      // 1/12 per whole calendar month of employment in the year
  bool none_during_probation = false;  // months touched by probation carry no duty
  bool absence_reduces = false;        // the absence rule above applies
  AbsenceReading absence_reading = kDefaultAbsenceReading;
  std::optional<double> in_house_cap;  // hours of in-house training counted at most; nullopt = all
};

// The rules Kvalis knows, with the given reading of the absence rule.
std::vector<RequirementRule> requirement_rules(AbsenceReading reading = kDefaultAbsenceReading);
// The rule of a category in force on 1 January of the year, or nullptr.
const RequirementRule* rule_for(const std::vector<RequirementRule>& rules, StaffCategory category, int year);

// An absence from `from` to `to`, both days inclusive, YYYY-MM-DD.
struct DateRange {
  std::string from;
  std::string to;
};
// "YYYY-MM-DD..YYYY-MM-DD;YYYY-MM-DD..YYYY-MM-DD" (spaces around the parts allowed; "" = none). An error
// names `field` and quotes the bad part.
Result<std::vector<DateRange>> parse_absences(std::string_view text, const std::string& field = "absences");
// Longer than one calendar month: past the day before the same day number in the next month (1 March –
// 31 March and 10 March – 9 April are exactly one month, 10 March – 10 April is longer); a start day the
// next month does not have (31 January) makes the month end on that month's last day.
bool absence_longer_than_a_month(const DateRange& absence);

// What is known of a worker for a year. Dates YYYY-MM-DD; "" = none (no start: employed since before the
// year; no end: still employed; no probation_end: no probation). probation_end is probation's last day.
struct WorkerYear {
  std::string worker;
  StaffCategory category = StaffCategory::other;
  std::string employment_start;
  std::string employment_end;
  std::string probation_end;
  std::vector<DateRange> absences;
  double in_house_hours = 0.0;  // in-house training events (vnitřní školicí akce)
  double course_hours = 0.0;    // courses (for OSPOD: accredited courses, 8 hours a working day)
};

// The most hours of training a year can hold (366 days of 24 hours); more is a typing error.
constexpr double kMaxYearHours = 8784.0;

// Checks dates, their order and the hours; every error names its field (`employment_end`, `absences`, …).
Status check_worker_year(const WorkerYear& worker);

// A line of the explanation for the UI: a message key of the "people" catalogue and its parameters.
struct RequirementNote {
  std::string key;
  std::vector<std::pair<std::string, std::string>> params;
};

struct RequirementResult {
  std::string worker;
  StaffCategory category = StaffCategory::other;
  int year = 0;
  double required_hours = 0.0;
  double counted_hours = 0.0;
  double shortfall_hours = 0.0;           // max(0, required - counted)
  std::vector<int> months_employed;       // calendar months (1–12) wholly inside the employment
  std::vector<int> months_probation;      // of those, months touched by probation (no duty)
  std::vector<int> months_counted;        // months carrying the duty before the absence reduction
  std::vector<int> months_absent;         // per-month readings: the months the absence rule takes away
  int absence_twelfths = 0;               // twelfths taken away for absence
  int duty_twelfths = 0;                  // months_counted.size() - absence_twelfths, at least 0
  double in_house_counted = 0.0;          // the in-house hours that count (after the cap)
  std::optional<AbsenceReading> reading;  // the reading applied (none when the rule has no absence rule)
  std::string source;                     // the rule's legal source, "" when none applies
  std::vector<RequirementNote> notes;     // why, in order, for the UI
};

// The requirement of one worker for one year under the rules in force on 1 January of that year.
// A category without a rule in force that year has no requirement (a note says so).
Result<RequirementResult> evaluate_requirement(const WorkerYear& worker, int year,
                                               const std::vector<RequirementRule>& rules);

// Hours as the shortest exact decimal (to a micro-hour): 24, 7.5, 0.7, 0.333333.
std::string format_hours(double hours);

}  // namespace kvalis::people
