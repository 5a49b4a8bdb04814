// Rules of staff records (src/people/core/staff_rules.hpp): input checks (table-driven from
// tests/data/people/staff_worker_checks.csv), the region's aggregates with cells below five suppressed
// (tests/data/people/staff_aggregates.csv), absences longer than a month, how training hours count
// (in-house, courses, other education and OSPOD), appraisal states and who is employed in a year.
#include "people/core/staff_rules.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "platform/core/text.hpp"
#include "support/data_table.hpp"

namespace {

namespace people = kvalis::people;

TEST(StaffRules, WorkerChecksTable) {
  const auto table = kvalis::testing::load_data_table("people/staff_worker_checks.csv");
  ASSERT_GE(table.rows.size(), 10u);
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    people::WorkerInput in;
    in.name = table.get(row, "name");
    in.category = table.get(row, "category");
    in.fte = *kvalis::parse_number(table.get(row, "fte"));
    in.employment_start = table.get(row, "employment_start");
    in.employment_end = table.get(row, "employment_end");
    in.probation_end = table.get(row, "probation_end");
    const auto st = people::check_worker(in);
    const auto field = table.get(row, "field");
    if (field.empty()) {
      EXPECT_TRUE(st.ok()) << name << ": " << (st.ok() ? "" : st.error().field + " " + st.error().message_key);
      continue;
    }
    ASSERT_FALSE(st.ok()) << name;
    EXPECT_EQ(st.error().field, field) << name;
    EXPECT_EQ(st.error().message_key, table.get(row, "key")) << name;
  }
}

std::string cells_text(const std::vector<people::AggregateCell>& cells) {
  std::string out;
  for (const auto& c : cells) {
    if (!out.empty()) out += ";";
    out += c.category + "=";
    if (c.suppressed)
      out += "suppressed";
    else
      out += std::to_string(c.workers) + "/" + std::to_string(c.short_workers) + "/" +
             people::format_hours(c.shortfall_hours);
  }
  return out;
}

TEST(StaffRules, RegionalAggregatesTable) {
  const auto table = kvalis::testing::load_data_table("people/staff_aggregates.csv");
  ASSERT_GE(table.rows.size(), 6u);
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    std::vector<people::WorkerOutcome> workers;
    std::stringstream list(table.get(row, "workers"));
    std::string item;
    while (std::getline(list, item, ';')) {
      const auto colon = item.find(':');
      ASSERT_NE(colon, std::string::npos) << name;
      const auto category = people::parse_worker_category(item.substr(0, colon));
      ASSERT_TRUE(category) << name;
      workers.push_back({*category, *kvalis::parse_number(item.substr(colon + 1))});
    }
    const auto cells = people::aggregate_cells(workers);
    EXPECT_EQ(cells_text(cells), table.get(row, "expected")) << name;
    for (const auto& c : cells)
      if (c.suppressed) {
        EXPECT_EQ(c.workers, 0) << name;
        EXPECT_EQ(c.shortfall_hours, 0) << name;
      }
  }
}

TEST(StaffRules, OnlyAbsencesLongerThanAMonthAreRecorded) {
  EXPECT_TRUE(people::check_absence({"2026-03-10", "2026-04-10", ""}).ok());
  const auto month = people::check_absence({"2026-03-10", "2026-04-09", ""});
  ASSERT_FALSE(month.ok());
  EXPECT_EQ(month.error().field, "date_to");
  EXPECT_EQ(month.error().message_key, "people.staff.absence_too_short");
  const auto order = people::check_absence({"2026-05-01", "2026-03-01", ""});
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.error().message_key, "people.staff.date_before");
}

TEST(StaffRules, TrainingChecks) {
  people::ExternalTrainingInput t{"2026-03-12", "Rozhovor s dítětem", "ISP", 16, "accredited_course", "A1"};
  EXPECT_TRUE(people::check_external_training(t).ok());
  t.hours = 0;
  EXPECT_EQ(people::check_external_training(t).error().field, "hours");
  t.hours = 8;
  t.kind = "webinar";
  EXPECT_EQ(people::check_external_training(t).error().message_key, "people.staff.training_kind_unknown");
  people::EducationPlanInput plan{2026, "2026-01-15", "", "2025-12-31"};
  EXPECT_EQ(people::check_education_plan(plan).error().field, "next_review_on");
  plan.year = 26;
  EXPECT_EQ(people::check_education_plan(plan).error().field, "year");
  people::AppraisalInput a{"2026-02-01", "", "", "2027-02-01"};
  EXPECT_TRUE(people::check_appraisal(a).ok());
  a.held_on = "1.2.2026";
  EXPECT_EQ(people::check_appraisal(a).error().field, "held_on");
}

TEST(StaffRules, TrainingHoursCountByKindAndCategory) {
  people::WorkerYear sw;
  sw.category = people::StaffCategory::social_worker;
  EXPECT_FALSE(people::apply_training_hours(sw, {12, 8, 4}));
  EXPECT_EQ(sw.in_house_hours, 12);
  EXPECT_EQ(sw.course_hours, 12);  // other education counts like a course for §111/§116
  people::WorkerYear ospod;
  ospod.category = people::StaffCategory::ospod;
  EXPECT_TRUE(people::apply_training_hours(ospod, {6, 16, 4}));  // other education left out
  EXPECT_EQ(ospod.course_hours, 16);
  EXPECT_EQ(ospod.in_house_hours, 6);
  EXPECT_EQ(people::requirement_category(people::WorkerCategory::manager), people::StaffCategory::other);
  EXPECT_EQ(people::requirement_category(people::WorkerCategory::ospod), people::StaffCategory::ospod);
}

TEST(StaffRules, AppraisalStateAndEmployment) {
  EXPECT_EQ(people::appraisal_state("", "2026-12-06"), people::AppraisalState::none);
  EXPECT_EQ(people::appraisal_state("2026-11-15", "2026-12-06"), people::AppraisalState::overdue);
  EXPECT_EQ(people::appraisal_state("2026-12-06", "2026-12-06"), people::AppraisalState::planned);
  EXPECT_EQ(people::appraisal_state_code(people::AppraisalState::overdue), "overdue");
  EXPECT_TRUE(people::employed_in("2010-01-01", "", 2026));
  EXPECT_TRUE(people::employed_in("2026-12-31", "", 2026));
  EXPECT_FALSE(people::employed_in("2027-01-01", "", 2026));
  EXPECT_FALSE(people::employed_in("2010-01-01", "2025-12-31", 2026));
  EXPECT_TRUE(people::employed_in("2010-01-01", "2026-01-01", 2026));
}

TEST(StaffRules, CategoryCodesRoundTrip) {
  for (const char* code : {"social_worker", "social_services_worker", "ospod", "manager", "other"})
    EXPECT_EQ(people::worker_category_code(*people::parse_worker_category(code)), code);
  EXPECT_FALSE(people::parse_worker_category("nurse"));
  EXPECT_EQ(people::training_kind_code(*people::parse_training_kind("in_house")), "in_house");
}

}  // namespace
