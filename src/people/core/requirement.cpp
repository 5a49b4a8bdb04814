#include "people/core/requirement.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"

namespace kvalis::people {
namespace {

using std::chrono::sys_days;

// Hours are summed in micro-hours: decimal inputs then add and subtract exactly.
using MicroHours = long long;
constexpr double kMicro = 1e6;
MicroHours micro(double hours) { return std::llround(hours * kMicro); }
double hours_of(MicroHours value) { return static_cast<double>(value) / kMicro; }

struct CategoryName {
  StaffCategory category;
  std::string_view code;
};
constexpr std::array kCategories = {
    CategoryName{StaffCategory::social_worker, "social_worker"},
    CategoryName{StaffCategory::social_services_worker, "social_services_worker"},
    CategoryName{StaffCategory::ospod, "ospod"},
    CategoryName{StaffCategory::other, "other"},
};

struct ReadingName {
  AbsenceReading reading;
  std::string_view code;
};
constexpr std::array kReadings = {
    ReadingName{AbsenceReading::one_twelfth_once, "one_twelfth_once"},
    ReadingName{AbsenceReading::whole_months, "whole_months"},
    ReadingName{AbsenceReading::started_months, "started_months"},
};

// Only called on dates already checked (is_valid_date).
sys_days day_of(std::string_view date) {
  return sys_days{std::chrono::days{*parse_timestamp(date.substr(0, 10)) / 86400}};
}

sys_days first_day(int year, unsigned month) {
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{1}};
}
sys_days last_day(int year, unsigned month) {
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last};
}

struct Span {
  sys_days from, to;  // inclusive
};

// Touching or overlapping absences are one absence (sick leave followed by parental leave is one time away).
std::vector<Span> merged(const std::vector<DateRange>& absences) {
  std::vector<Span> spans;
  for (const auto& a : absences) spans.push_back({day_of(a.from), day_of(a.to)});
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  std::vector<Span> out;
  for (const auto& s : spans) {
    if (!out.empty() && s.from <= out.back().to + std::chrono::days{1})
      out.back().to = std::max(out.back().to, s.to);
    else
      out.push_back(s);
  }
  return out;
}

// The last day of an absence that lasts exactly one calendar month from `from` (see the header).
sys_days end_of_one_month(sys_days from) {
  const std::chrono::year_month_day start{from};
  const std::chrono::year_month_day next =
      (std::chrono::year_month{start.year(), start.month()} + std::chrono::months{1}) / start.day();
  if (!next.ok()) return sys_days{next.year() / next.month() / std::chrono::last};
  return sys_days{next} - std::chrono::days{1};
}

bool longer_than_a_month(const Span& s) { return s.to > end_of_one_month(s.from); }

std::string join_months(const std::vector<int>& months) {
  std::string out;
  for (int m : months) {
    if (!out.empty()) out += ", ";
    out += std::to_string(m);
  }
  return out;
}

std::string number(int n) { return std::to_string(n); }

Status check_hours(const std::string& field, double hours) {
  if (!std::isfinite(hours) || hours < 0.0 || hours > kMaxYearHours)
    return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", format_hours(kMaxYearHours)}});
  return ok_status();
}

}  // namespace

std::optional<StaffCategory> parse_staff_category(std::string_view code) {
  for (const auto& c : kCategories)
    if (c.code == code) return c.category;
  return std::nullopt;
}

std::string_view staff_category_code(StaffCategory category) {
  for (const auto& c : kCategories)
    if (c.category == category) return c.code;
  return "other";
}

std::optional<AbsenceReading> parse_absence_reading(std::string_view code) {
  for (const auto& r : kReadings)
    if (r.code == code) return r.reading;
  return std::nullopt;
}

std::string_view absence_reading_code(AbsenceReading reading) {
  for (const auto& r : kReadings)
    if (r.reading == reading) return r.code;
  return "one_twelfth_once";
}

std::string absence_reading_message_key(AbsenceReading reading) {
  return "people.absence_reading." + std::string(absence_reading_code(reading));
}

std::vector<RequirementRule> requirement_rules(AbsenceReading reading) {
  // valid_from: the day zákon č. 108/2006 Sb. took effect, and for OSPOD the year from which the standards
  // of vyhláška č. 473/2012 Sb. are binding (DOMAIN.md). When an amendment changes a number, it ends the row
  // (valid_to) and adds a new one; evaluate_requirement picks the row in force on 1 January of the year.
  std::vector<RequirementRule> rules;
  rules.push_back({StaffCategory::social_worker, "2007-01-01", "", "§ 111 odst. 1 zákona č. 108/2006 Sb.", 24.0, 0.0,
                   true, true, true, reading, 8.0});
  rules.push_back({StaffCategory::social_services_worker, "2007-01-01", "", "§ 116 odst. 9 zákona č. 108/2006 Sb.",
                   24.0, 0.0, true, true, true, reading, 8.0});
  // Standard 6c: 6 working days of accredited courses a year, 8 hours a day; in-house events do not count.
  // The standard says nothing of part years: Kvalis counts the year as § 111 does (pro rata, nothing in
  // probation, less for a long absence), since OSPOD staff doing social work are social workers (§ 109).
  // That is a reading, not a quotation (DOMAIN.md "(check)"): it is these three flags of this row.
  rules.push_back({StaffCategory::ospod, "2015-01-01", "", "standard 6c, příloha č. 1 vyhlášky č. 473/2012 Sb.", 48.0,
                   8.0, true, true, true, reading, 0.0});
  rules.push_back({StaffCategory::other, "1900-01-01", "", "", 0.0, 0.0, false, false, false, reading, std::nullopt});
  return rules;
}

const RequirementRule* rule_for(const std::vector<RequirementRule>& rules, StaffCategory category, int year) {
  char jan1[16];
  std::snprintf(jan1, sizeof jan1, "%04d-01-01", year);
  for (const auto& r : rules)
    if (r.category == category && r.valid_from <= jan1 && (r.valid_to.empty() || r.valid_to >= jan1)) return &r;
  return nullptr;
}

Result<std::vector<DateRange>> parse_absences(std::string_view text, const std::string& field) {
  std::vector<DateRange> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string part = trim(text.substr(start, end - start));
    start = end + 1;
    if (part.empty()) continue;
    const auto dots = part.find("..");
    if (dots == std::string::npos) return invalid(field, "people.absence.format", {{"value", shorten(part, 40)}});
    DateRange range{trim(part.substr(0, dots)), trim(part.substr(dots + 2))};
    if (!is_valid_date(range.from) || !is_valid_date(range.to))
      return invalid(field, "people.absence.format", {{"value", shorten(part, 40)}});
    if (range.to < range.from) return invalid(field, "people.absence.order", {{"value", part}});
    out.push_back(std::move(range));
  }
  return out;
}

bool absence_longer_than_a_month(const DateRange& absence) {
  if (!is_valid_date(absence.from) || !is_valid_date(absence.to)) return false;
  return longer_than_a_month({day_of(absence.from), day_of(absence.to)});
}

Status check_worker_year(const WorkerYear& w) {
  if (auto s = check_line("worker", w.worker, 200, true); !s) return s;
  const std::array<std::pair<const char*, const std::string*>, 3> dates = {{{"employment_start", &w.employment_start},
                                                                            {"employment_end", &w.employment_end},
                                                                            {"probation_end", &w.probation_end}}};
  for (const auto& [field, value] : dates)
    if (auto s = check_date(field, *value, false); !s) return s;
  if (!w.employment_start.empty() && !w.employment_end.empty() && w.employment_end < w.employment_start)
    return invalid("employment_end", "people.date.before_start", {{"value", w.employment_end}});
  if (!w.employment_start.empty() && !w.probation_end.empty() && w.probation_end < w.employment_start)
    return invalid("probation_end", "people.date.before_start", {{"value", w.probation_end}});
  for (const auto& a : w.absences) {
    if (!is_valid_date(a.from) || !is_valid_date(a.to))
      return invalid("absences", "people.absence.format", {{"value", a.from + ".." + a.to}});
    if (a.to < a.from) return invalid("absences", "people.absence.order", {{"value", a.from + ".." + a.to}});
  }
  if (auto s = check_hours("in_house_hours", w.in_house_hours); !s) return s;
  return check_hours("course_hours", w.course_hours);
}

namespace {

// Months wholly inside the employment; with probation, the months it touches carry no duty.
// No start: employed since before the year; no end: still employed; no probation: none to exclude.
void count_months(const WorkerYear& w, int year, RequirementResult& r) {
  const sys_days start = w.employment_start.empty() ? sys_days::min() : day_of(w.employment_start);
  const sys_days end = w.employment_end.empty() ? sys_days::max() : day_of(w.employment_end);
  const sys_days probation_end = w.probation_end.empty() ? sys_days::min() : day_of(w.probation_end);
  for (unsigned m = 1; m <= 12; ++m) {
    if (start > first_day(year, m) || end < last_day(year, m)) continue;
    r.months_employed.push_back(static_cast<int>(m));
    (probation_end >= first_day(year, m) ? r.months_probation : r.months_counted).push_back(static_cast<int>(m));
  }
}

// The absence rule over the months that carry the duty, in the rule's reading.
void apply_absence_rule(const RequirementRule& rule, const WorkerYear& w, int year, RequirementResult& r) {
  r.reading = rule.absence_reading;
  std::vector<Span> long_absences;
  for (const auto& s : merged(w.absences))
    if (longer_than_a_month(s)) long_absences.push_back(s);
  for (int m : r.months_counted) {
    const sys_days first = first_day(year, static_cast<unsigned>(m)), last = last_day(year, static_cast<unsigned>(m));
    const bool whole = rule.absence_reading == AbsenceReading::whole_months;
    const bool hit = std::any_of(long_absences.begin(), long_absences.end(), [&](const Span& s) {
      return whole ? s.from <= first && s.to >= last : s.from <= last && s.to >= first;
    });
    if (hit) r.months_absent.push_back(m);
  }
  if (rule.absence_reading == AbsenceReading::one_twelfth_once) {
    r.absence_twelfths = r.months_absent.empty() ? 0 : 1;
    r.months_absent.clear();  // once: no month in particular
  } else {
    r.absence_twelfths = static_cast<int>(r.months_absent.size());
  }
}

// The explanation, in the order the rule applies.
void explain(const RequirementRule& rule, const WorkerYear& w, RequirementResult& r) {
  if (rule.hours_per_day > 0.0)
    r.notes.push_back({"people.requirement.rule_days",
                       {{"days", format_hours(rule.hours_per_year / rule.hours_per_day)},
                        {"hours_per_day", format_hours(rule.hours_per_day)},
                        {"hours", format_hours(rule.hours_per_year)},
                        {"source", rule.source}}});
  else
    r.notes.push_back(
        {"people.requirement.rule", {{"hours", format_hours(rule.hours_per_year)}, {"source", rule.source}}});
  if (rule.pro_rata_by_month) {
    r.notes.push_back({"people.requirement.months_employed",
                       {{"months", number(static_cast<int>(r.months_employed.size()))},
                        {"year", number(r.year)},
                        {"list", join_months(r.months_employed)}}});
    if (!r.months_probation.empty())
      r.notes.push_back({"people.requirement.probation",
                         {{"months", number(static_cast<int>(r.months_probation.size()))},
                          {"list", join_months(r.months_probation)}}});
  }
  if (r.reading) {
    r.notes.push_back({absence_reading_message_key(*r.reading), {}});
    if (r.absence_twelfths > 0)
      r.notes.push_back({"people.requirement.absence", {{"twelfths", number(r.absence_twelfths)}}});
  }
  r.notes.push_back({"people.requirement.required",
                     {{"twelfths", number(r.duty_twelfths)}, {"hours", format_hours(r.required_hours)}}});
  if (rule.in_house_cap && *rule.in_house_cap <= 0.0)
    r.notes.push_back({"people.requirement.in_house_not_counted", {{"hours", format_hours(w.in_house_hours)}}});
  else if (micro(r.in_house_counted) < micro(w.in_house_hours))
    r.notes.push_back({"people.requirement.in_house_capped",
                       {{"counted", format_hours(r.in_house_counted)},
                        {"hours", format_hours(w.in_house_hours)},
                        {"cap", format_hours(*rule.in_house_cap)}}});
  r.notes.push_back({"people.requirement.counted", {{"hours", format_hours(r.counted_hours)}}});
  if (r.shortfall_hours > 0.0)
    r.notes.push_back({"people.requirement.shortfall", {{"hours", format_hours(r.shortfall_hours)}}});
}

}  // namespace

Result<RequirementResult> evaluate_requirement(const WorkerYear& w, int year,
                                               const std::vector<RequirementRule>& rules) {
  if (year < 1900 || year > 9999) return invalid("year", "field.out_of_range", {{"min", "1900"}, {"max", "9999"}});
  if (auto s = check_worker_year(w); !s) return s.error();

  RequirementResult r;
  r.worker = w.worker;
  r.category = w.category;
  r.year = year;
  const RequirementRule* rule = rule_for(rules, w.category, year);
  count_months(w, year, r);

  // Training that counts: courses fully, in-house events up to the rule's cap.
  const MicroHours in_house = micro(w.in_house_hours);
  const MicroHours in_house_counted =
      rule && rule->in_house_cap ? std::min(in_house, micro(*rule->in_house_cap)) : in_house;
  const MicroHours counted = micro(w.course_hours) + in_house_counted;
  r.in_house_counted = hours_of(in_house_counted);
  r.counted_hours = hours_of(counted);

  if (!rule || rule->hours_per_year <= 0.0) {
    if (rule)
      r.notes.push_back({"people.requirement.none", {}});
    else
      r.notes.push_back({"people.requirement.no_rule",
                         {{"category", std::string(staff_category_code(w.category))}, {"year", number(year)}}});
    r.months_counted.clear();
    r.notes.push_back({"people.requirement.counted", {{"hours", format_hours(r.counted_hours)}}});
    return r;
  }
  r.source = rule->source;
  if (!rule->pro_rata_by_month || !rule->none_during_probation) {  // probation takes no month away
    r.months_counted = r.months_employed;
    r.months_probation.clear();
  }
  if (rule->absence_reduces) apply_absence_rule(*rule, w, year, r);
  const int months = rule->pro_rata_by_month ? static_cast<int>(r.months_counted.size()) : 12;
  r.duty_twelfths = std::max(0, months - r.absence_twelfths);
  const MicroHours required = micro(rule->hours_per_year) * r.duty_twelfths / 12;
  r.required_hours = hours_of(required);
  r.shortfall_hours = hours_of(std::max<MicroHours>(0, required - counted));
  explain(*rule, w, r);
  return r;
}

std::string format_hours(double hours) {
  MicroHours value = micro(hours);
  std::string sign;
  if (value < 0) {
    sign = "-";
    value = -value;
  }
  std::string text = sign + std::to_string(value / 1'000'000);
  if (MicroHours fraction = value % 1'000'000; fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, 6 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    text += "." + digits;
  }
  return text;
}

}  // namespace kvalis::people
