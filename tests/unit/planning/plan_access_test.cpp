// Who reads and manages an organisation's plans and who owns a service's client-level numbers
// (planning/core/plan_access.hpp), table-driven: tests/data/planning/plan_access.csv.
#include "planning/core/plan_access.hpp"

#include <gtest/gtest.h>

#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

accounts::Principal principal_of(const std::string& spec) {
  accounts::Principal p;
  p.user_id = 7;
  if (spec == "platform_admin") {
    p.platform_admin = true;
    return p;
  }
  const auto a = spec.find(':'), b = spec.find(':', a + 1);
  accounts::Membership m;
  m.organisation_id = std::stoll(spec.substr(0, a));
  m.organisation_type = *accounts::parse_organisation_type(spec.substr(a + 1, b - a - 1));
  m.role = *accounts::parse_role(spec.substr(b + 1));
  // Regions: 20 is the provider's region (86), 21 another one.
  m.region_code = m.organisation_id == 20 ? "86" : m.organisation_id == 21 ? "53" : "";
  p.memberships.push_back(m);
  return p;
}

TEST(PlanAccess, Table) {
  const auto table = load_data_table("planning/plan_access.csv");
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    const auto p = principal_of(table.get(row, "membership"));
    const auto rights = planning::plan_rights(p, {10, "86"});
    EXPECT_EQ(rights.read, table.get(row, "read") == "yes") << name;
    EXPECT_EQ(rights.manage, table.get(row, "manage") == "yes") << name;
    EXPECT_EQ(planning::owns_service(p, 10, table.get(row, "listed_staff") == "yes"), table.get(row, "owns") == "yes")
        << name;
  }
}

}  // namespace
}  // namespace kvalis::testing
