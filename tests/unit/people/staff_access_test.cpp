// Access to staff records (src/people/core/staff_access.hpp), table-driven from tests/data/people/staff_access.csv:
// the employer's administrator and manager read and write, a worker reads their own record, another provider,
// the region, an evaluator and the employer's other roles see nothing; the region sees aggregates only; the
// platform administrator everything.
#include "people/core/staff_access.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/data_table.hpp"

namespace {

using kvalis::accounts::Membership;
using kvalis::accounts::Principal;
namespace people = kvalis::people;

// "org:type:role|…"; organisation 30 lies in region 51, the others in region 86.
std::vector<Membership> memberships_of(const std::string& text) {
  std::vector<Membership> out;
  std::stringstream list(text);
  std::string item;
  while (std::getline(list, item, '|')) {
    if (item.empty()) continue;
    std::stringstream parts(item);
    std::string org, type, role;
    std::getline(parts, org, ':');
    std::getline(parts, type, ':');
    std::getline(parts, role, ':');
    Membership m;
    m.organisation_id = std::stoll(org);
    m.organisation_type = *kvalis::accounts::parse_organisation_type(type);
    m.role = *kvalis::accounts::parse_role(role);
    m.region_code = m.organisation_id == 30 ? "51" : "86";
    out.push_back(m);
  }
  return out;
}

TEST(StaffAccess, TableOfRoles) {
  const auto table = kvalis::testing::load_data_table("people/staff_access.csv");
  ASSERT_GE(table.rows.size(), 15u);
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    Principal p;
    p.user_id = std::stoll(table.get(row, "caller_user"));
    p.platform_admin = table.get(row, "platform_admin") == "yes";
    p.memberships = memberships_of(table.get(row, "memberships"));
    people::WorkerFacts f;
    f.organisation_id = 10;
    if (table.get(row, "linked") == "yes") f.user_id = 7;
    const auto r = people::worker_rights(p, f);
    EXPECT_EQ(r.read, table.get(row, "read") == "yes") << name;
    EXPECT_EQ(r.write, table.get(row, "write") == "yes") << name;
    EXPECT_EQ(people::may_manage_staff(p, 10), table.get(row, "manage") == "yes") << name;
    EXPECT_EQ(people::sees_regional_staff(p, "86"), table.get(row, "regional_86") == "yes") << name;
  }
}

TEST(StaffAccess, NoRegionCodeNoAggregates) {
  Principal p;
  p.memberships = memberships_of("5:region:admin");
  EXPECT_FALSE(people::sees_regional_staff(p, ""));
}

}  // namespace
