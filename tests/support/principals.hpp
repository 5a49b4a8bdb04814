#pragma once
// The principals of tests/data/accounts/principals.csv (one row per membership), by name: the users that the
// rule tables of several modules (dashboard, notifications) refer to.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "accounts/core/access.hpp"
#include "support/data_table.hpp"

namespace kvalis::testing {

inline std::map<std::string, accounts::Principal> table_principals() {
  std::map<std::string, accounts::Principal> out;
  const auto t = load_data_table("accounts/principals.csv");
  for (const auto& row : t.rows) {
    accounts::Principal& p = out[t.get(row, "principal")];
    p.user_id = std::stoll(t.get(row, "user_id"));
    const std::string admin = t.get(row, "platform_admin");
    EXPECT_TRUE(admin == "yes" || admin == "no") << "platform_admin: expected yes/no, got '" << admin << "'";
    p.platform_admin = admin == "yes";
    if (t.get(row, "organisation_id").empty()) continue;
    accounts::Membership m;
    m.organisation_id = std::stoll(t.get(row, "organisation_id"));
    m.organisation_type = *accounts::parse_organisation_type(t.get(row, "organisation_type"));
    m.role = *accounts::parse_role(t.get(row, "role"));
    m.region_code = t.get(row, "region_code");
    p.memberships.push_back(m);
  }
  return out;
}

}  // namespace kvalis::testing
