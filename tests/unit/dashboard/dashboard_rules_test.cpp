// The dashboard's rules (src/dashboard/core/dashboard.hpp), driven by tables in tests/data/dashboard/ and
// the principals of tests/data/accounts/principals.csv.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dashboard/core/dashboard.hpp"
#include "support/data_table.hpp"
#include "support/principals.hpp"

namespace {

using namespace kvalis::dashboard;
using kvalis::accounts::Principal;
using kvalis::testing::load_data_table;

bool yes(const std::string& s) {
  EXPECT_TRUE(s == "yes" || s == "no") << "expected yes/no, got '" << s << "'";
  return s == "yes";
}

std::vector<long long> ids(const std::string& text) {
  std::vector<long long> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(std::stoll(text.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

std::map<std::string, Principal> principals() { return kvalis::testing::table_principals(); }

std::string place_name(FormPlace place) {
  switch (place) {
    case FormPlace::review:
      return "review";
    case FormPlace::fill:
      return "fill";
    case FormPlace::none:
      return "none";
  }
  return "?";
}

std::string task_name(AuditTask task) {
  switch (task) {
    case AuditTask::score:
      return "score";
    case AuditTask::close:
      return "close";
    case AuditTask::none:
      return "none";
  }
  return "?";
}

TEST(DashboardRules, WhereAFormGoes) {
  const auto people = principals();
  const auto t = load_data_table("dashboard/forms.csv");
  ASSERT_GE(t.rows.size(), 10u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE("forms.csv line " + std::to_string(row.line) + ": " + t.get(row, "why"));
    const auto& p = people.at(t.get(row, "principal"));
    const auto role = role_in_group(p, std::stoll(t.get(row, "region_org_id")), ids(t.get(row, "members")));
    const long long provider = std::stoll(t.get(row, "provider_id"));
    EXPECT_EQ(role.region_staff, yes(t.get(row, "region_staff")));
    EXPECT_EQ(role.manage, yes(t.get(row, "manage")));
    EXPECT_EQ(reads_form(role, provider), yes(t.get(row, "reads")));
    // A form the caller does not read goes nowhere (the use case skips it before placing it).
    const auto place =
        reads_form(role, provider) ? place_of_form(p, role, provider, t.get(row, "status")) : FormPlace::none;
    EXPECT_EQ(place_name(place), t.get(row, "place"));
  }
}

TEST(DashboardRules, AuditsToScoreOrClose) {
  const auto t = load_data_table("dashboard/audit_tasks.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE("audit_tasks.csv line " + std::to_string(row.line) + ": " + t.get(row, "why"));
    EXPECT_EQ(task_name(task_of_audit(yes(t.get(row, "closed")), yes(t.get(row, "score")), yes(t.get(row, "manage")),
                                      std::stoi(t.get(row, "assessed")), std::stoi(t.get(row, "criteria")))),
              t.get(row, "task"));
  }
}

TEST(DashboardRules, OverviewForRegionStaffAndThePlatform) {
  const auto people = principals();
  EXPECT_TRUE(sees_overview(people.at("platform")));
  EXPECT_TRUE(overview_regions(people.at("platform")).empty());
  EXPECT_TRUE(sees_overview(people.at("kh_officer")));
  EXPECT_EQ(overview_regions(people.at("two_regions")), (std::vector<std::string>{"86", "94"}));
  EXPECT_FALSE(sees_overview(people.at("provider_admin")));
  EXPECT_FALSE(sees_overview(people.at("hk_ospod")));
}

TEST(DashboardRules, ListsKeepAFewItemsAndCountAll) {
  List<int> list;
  for (int i = 0; i < 11; ++i) list.add(i);
  EXPECT_EQ(list.total, 11);
  EXPECT_EQ(list.items.size(), kListLimit);
  EXPECT_EQ(list.items.back(), 7);
}

}  // namespace
