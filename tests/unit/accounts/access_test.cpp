// Roles, permissions and visibility (src/accounts/core/access.hpp), driven by tables in tests/data/accounts/.
#include "accounts/core/access.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"

namespace {

namespace fs = std::filesystem;
using namespace kvalis::accounts;

const fs::path kData = fs::path(KVALIS_TEST_DATA) / "accounts";

struct Table {
  std::vector<std::string> columns;
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<long long> lines;
};

Table load(const std::string& name) {
  std::ifstream in(kData / name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  std::ostringstream s;
  s << in.rdbuf();
  std::string error;
  auto records = kvalis::csv::parse_all(s.str(), &error);
  EXPECT_EQ(error, "") << name;
  Table t;
  if (records.empty()) return t;
  kvalis::csv::Header h(records[0].fields);
  t.columns = h.names();
  for (std::size_t i = 1; i < records.size(); ++i) {
    std::map<std::string, std::string> row;
    for (const auto& c : t.columns) row[c] = std::string(h.get(records[i], c));
    t.rows.push_back(std::move(row));
    t.lines.push_back(records[i].line);
  }
  return t;
}

bool yes(const std::string& s) {
  EXPECT_TRUE(s == "yes" || s == "no") << "expected yes/no, got '" << s << "'";
  return s == "yes";
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t start = 0;
  for (std::size_t p; (p = s.find(sep, start)) != std::string::npos; start = p + 1)
    out.push_back(s.substr(start, p - start));
  out.push_back(s.substr(start));
  return out;
}

std::optional<Permission> permission_named(std::string_view name) {
  for (auto p : all_permissions())
    if (to_string(p) == name) return p;
  return std::nullopt;
}

std::map<std::string, Principal> load_principals() {
  std::map<std::string, Principal> out;
  for (const auto& row : load("principals.csv").rows) {
    Principal& p = out[row.at("principal")];
    p.login = row.at("principal");
    p.user_id = std::stoll(row.at("user_id"));
    p.platform_admin = yes(row.at("platform_admin"));
    if (row.at("organisation_id").empty()) continue;
    Membership m;
    m.organisation_id = std::stoll(row.at("organisation_id"));
    auto type = parse_organisation_type(row.at("organisation_type"));
    auto role = parse_role(row.at("role"));
    EXPECT_TRUE(type && role) << row.at("principal");
    if (type) m.organisation_type = *type;
    if (role) m.role = *role;
    m.region_code = row.at("region_code");
    m.territory_code = row.at("territory_code");
    p.memberships.push_back(m);
  }
  return out;
}

TEST(Access, RoleGrantsFollowTheTable) {
  auto table = load("role_permissions.csv");
  ASSERT_EQ(table.rows.size(), all_roles().size());
  // Every permission has a column, so a new permission cannot go untested.
  for (auto p : all_permissions())
    EXPECT_NE(std::find(table.columns.begin(), table.columns.end(), to_string(p)), table.columns.end())
        << "no column for permission " << to_string(p);
  for (const auto& row : table.rows) {
    auto role = parse_role(row.at("role"));
    ASSERT_TRUE(role) << row.at("role");
    for (const auto& [column, value] : row) {
      if (column == "role") continue;
      auto permission = permission_named(column);
      ASSERT_TRUE(permission) << "unknown permission column " << column;
      EXPECT_EQ(role_grants(*role, *permission), yes(value)) << row.at("role") << " × " << column;
    }
  }
}

TEST(Access, ChecksTable) {
  const auto principals = load_principals();
  auto table = load("checks.csv");
  ASSERT_GE(table.rows.size(), 40u);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const auto& row = table.rows[i];
    SCOPED_TRACE("checks.csv line " + std::to_string(table.lines[i]) + ": " + row.at("check") + " " +
                 row.at("principal") + " " + row.at("subject") + " (" + row.at("why") + ")");
    auto it = principals.find(row.at("principal"));
    ASSERT_NE(it, principals.end()) << "unknown principal";
    const Principal& principal = it->second;
    const std::string& check = row.at("check");
    const bool expected = yes(row.at("expected"));
    if (check == "see") {
      ServiceLocation where{std::stoll(row.at("subject")), row.at("region_code"), split(row.at("territories"), ';')};
      EXPECT_EQ(can_see(visibility(principal), where), expected);
    } else if (check == "secret_address") {
      EXPECT_EQ(can_see_secret_address(principal, std::stoll(row.at("subject"))), expected);
    } else if (check == "manage") {
      EXPECT_EQ(can_manage_organisation(principal, std::stoll(row.at("subject"))), expected);
    } else if (check == "permission") {
      auto permission = permission_named(row.at("subject"));
      ASSERT_TRUE(permission) << "unknown permission";
      EXPECT_EQ(has_permission(principal, *permission), expected);
    } else {
      ADD_FAILURE() << "unknown check " << check;
    }
  }
}

TEST(Access, VisibilityScopeListsEachCodeOnce) {
  Principal p;
  p.user_id = 1;
  p.memberships = {
      {100, OrganisationType::region, Role::admin, "KHK", "86", ""},
      {100, OrganisationType::region, Role::readonly, "KHK", "86", ""},
      {200, OrganisationType::municipality, Role::worker, "HK", "86", "5205"},
      {201, OrganisationType::municipality, Role::worker, "Jičín", "86", "5207"},
      {300, OrganisationType::provider, Role::manager, "P", "86", ""},
      {101, OrganisationType::region, Role::readonly, "Empty code", "", ""},
  };
  auto scope = visibility(p);
  EXPECT_FALSE(scope.all);
  EXPECT_EQ(scope.organisation_ids, (std::vector<long long>{100, 200, 201, 300, 101}));
  EXPECT_EQ(scope.region_codes, (std::vector<std::string>{"86"}));  // a membership without a code adds none
  EXPECT_EQ(scope.territory_codes, (std::vector<std::string>{"5205", "5207"}));
  EXPECT_FALSE(can_see(scope, ServiceLocation{999, "", {}}));  // an empty region code matches nothing
}

TEST(Access, PlatformAdministratorScopeIsAll) {
  Principal p;
  p.user_id = 1;
  p.platform_admin = true;
  EXPECT_TRUE(visibility(p).all);
  EXPECT_FALSE(visibility(Principal{}).all);
}

TEST(Access, PermissionNames) {
  const auto principals = load_principals();
  auto names = permission_names(principals.at("kh_admin"));
  EXPECT_EQ(names,
            (std::vector<std::string>{
                "authenticated",  "organisations.read", "organisations.manage", "services.read",    "users.manage",
                "audit_log.read", "benchmark.read",     "benchmark.submit",     "benchmark.manage", "quality.read",
                "quality.assess", "quality.manage",     "planning.read",        "planning.manage",  "clients.work",
                "people.read",    "people.manage",      "network.read",         "network.respond",  "network.manage"}));
  EXPECT_EQ(permission_names(principals.at("platform")).size(), all_permissions().size() - 1);  // all but public
  EXPECT_TRUE(permission_names(principals.at("anonymous")).empty());
  // A logged-in user without memberships still holds "authenticated".
  Principal lone;
  lone.user_id = 42;
  EXPECT_EQ(permission_names(lone), (std::vector<std::string>{"authenticated"}));
}

TEST(Access, NamesRoundTrip) {
  for (auto r : all_roles()) {
    ASSERT_FALSE(to_string(r).empty());
    EXPECT_EQ(parse_role(to_string(r)), r);
  }
  for (auto t : {OrganisationType::region, OrganisationType::municipality, OrganisationType::provider,
                 OrganisationType::audit_body})
    EXPECT_EQ(parse_organisation_type(to_string(t)), t);
  for (auto p : all_permissions()) EXPECT_FALSE(to_string(p).empty());
  EXPECT_EQ(all_permissions().size(), 23u);
  EXPECT_FALSE(parse_role("Admin"));
  EXPECT_FALSE(parse_role(""));
  EXPECT_FALSE(parse_role("superuser"));
  EXPECT_FALSE(parse_organisation_type("kraj"));
}

}  // namespace
