// Access to client records (src/planning/core/client_access.hpp), table-driven from
// tests/data/planning/client_access.csv: key worker, staff, granted, other service of the same provider, provider
// manager not on the staff, region, evaluator, other provider, platform administrator.
#include "planning/core/client_access.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/data_table.hpp"

namespace {

using kvalis::accounts::Membership;
using kvalis::accounts::Principal;
namespace planning = kvalis::planning;

// "org:type:role|…"; organisation 5 is the region 86, the others lie in region 86 too.
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
    m.region_code = "86";
    out.push_back(m);
  }
  return out;
}

TEST(ClientAccess, TableOfRoles) {
  const auto table = kvalis::testing::load_data_table("planning/client_access.csv");
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    Principal p;
    p.user_id = 7;
    p.platform_admin = table.get(row, "platform_admin") == "yes";
    p.memberships = memberships_of(table.get(row, "memberships"));
    planning::ClientServiceFacts f;
    f.provider_id = 10;
    f.region_code = "86";
    const auto staff = table.get(row, "staff");
    if (!staff.empty()) {
      f.caller_staff = planning::parse_staff_kind(staff);
      ASSERT_TRUE(f.caller_staff) << name;
    }
    const auto r = planning::client_rights(p, f);
    EXPECT_EQ(r.read, table.get(row, "read") == "yes") << name;
    EXPECT_EQ(r.write, table.get(row, "write") == "yes") << name;
    EXPECT_EQ(r.erase, table.get(row, "erase") == "yes") << name;
    EXPECT_EQ(planning::may_manage_staff(p, 10), table.get(row, "manage_staff") == "yes") << name;
  }
}

TEST(ClientAccess, StaffKindsAndWhoMayBeStaff) {
  EXPECT_EQ(planning::to_string(planning::StaffKind::granted), "granted");
  EXPECT_EQ(planning::parse_staff_kind("staff"), planning::StaffKind::staff);
  EXPECT_FALSE(planning::parse_staff_kind("owner"));
  using kvalis::accounts::Role;
  const std::vector<Role> worker{Role::worker}, evaluator{Role::evaluator, Role::readonly}, none{};
  EXPECT_TRUE(planning::may_be_staff(worker));
  EXPECT_FALSE(planning::may_be_staff(evaluator));
  EXPECT_FALSE(planning::may_be_staff(none));
}

}  // namespace
