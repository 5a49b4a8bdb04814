// User administration rules (src/accounts/core/user_rules.hpp) and the activity log's period
// (src/accounts/core/activity_period.hpp), driven by tables in tests/data/accounts/.
#include "accounts/core/user_rules.hpp"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "accounts/core/activity_period.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::accounts;
using kvalis::ErrorCode;
using kvalis::testing::load_data_table;
using kvalis::testing::Table;

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

// principals.csv: one row per membership.
std::map<std::string, Principal> principals() {
  std::map<std::string, Principal> out;
  const auto table = load_data_table("accounts/principals.csv");
  for (const auto& row : table.rows) {
    Principal& p = out[table.get(row, "principal")];
    p.login = table.get(row, "principal");
    p.user_id = std::stoll(table.get(row, "user_id"));
    p.platform_admin = yes(table.get(row, "platform_admin"));
    if (table.get(row, "organisation_id").empty()) continue;
    Membership m;
    m.organisation_id = std::stoll(table.get(row, "organisation_id"));
    m.organisation_type = *parse_organisation_type(table.get(row, "organisation_type"));
    m.role = *parse_role(table.get(row, "role"));
    m.region_code = table.get(row, "region_code");
    p.memberships.push_back(m);
  }
  return out;
}

// "300:worker;400:auditor"
std::vector<Membership> memberships(const std::string& text) {
  std::vector<Membership> out;
  for (const auto& part : split(text, ';')) {
    const auto colon = part.find(':');
    Membership m;
    m.organisation_id = std::stoll(part.substr(0, colon));
    const auto role = parse_role(part.substr(colon + 1));
    EXPECT_TRUE(role) << part;
    if (role) m.role = *role;
    out.push_back(m);
  }
  return out;
}

std::string text_of(const std::vector<Membership>& ms) {
  std::string out;
  for (const auto& m : ms)
    out += (out.empty() ? "" : ";") + std::to_string(m.organisation_id) + ":" + std::string(to_string(m.role));
  return out;
}

std::optional<std::string> optional_text(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::string where(const Table& t, const kvalis::csv::Record& row) {
  return "line " + std::to_string(row.line) + ": " + t.get(row, "why");
}

TEST(UserRules, WhoManagesWhichUser) {
  const auto people = principals();
  const auto t = load_data_table("accounts/users_manage.csv");
  ASSERT_GE(t.rows.size(), 10u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    const auto& actor = people.at(t.get(row, "actor"));
    const UserFacts target{42, yes(t.get(row, "target_platform_admin")), memberships(t.get(row, "target_memberships"))};
    EXPECT_EQ(can_manage_user(actor, target), yes(t.get(row, "manage")));
    EXPECT_EQ(organisation_of_change(actor, target.memberships), std::stoll(t.get(row, "organisation_of_change")));
  }
}

TEST(UserRules, WhoGrantsWhichRoleWhere) {
  const auto people = principals();
  const auto t = load_data_table("accounts/users_grants.csv");
  ASSERT_GE(t.rows.size(), 10u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    std::vector<RoleGrant> grants;
    for (const auto& part : split(t.get(row, "grants"), ';')) {
      const auto colon = part.find(':');
      grants.push_back({std::stoll(part.substr(0, colon)), part.substr(colon + 1)});
    }
    std::set<long long> existing;
    for (const auto& id : split(t.get(row, "existing"), ';')) existing.insert(std::stoll(id));
    const auto r = resolve_grants(people.at(t.get(row, "actor")), grants, existing);
    if (t.get(row, "error_key").empty()) {
      ASSERT_TRUE(r) << r.error().field << " " << r.error().message_key;
      EXPECT_EQ(text_of(*r), t.get(row, "memberships"));
    } else {
      ASSERT_FALSE(r);
      EXPECT_EQ(r.error().field, t.get(row, "error_field"));
      EXPECT_EQ(r.error().message_key, t.get(row, "error_key"));
      EXPECT_EQ(r.error().code == ErrorCode::forbidden ? "forbidden" : "invalid_input", t.get(row, "error_code"));
    }
  }
}

TEST(UserRules, ReplacingRolesKeepsTheOnesElsewhere) {
  const auto people = principals();
  const auto t = load_data_table("accounts/users_merge.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    const auto merged = merged_memberships(people.at(t.get(row, "actor")), memberships(t.get(row, "granted")),
                                           memberships(t.get(row, "current")));
    EXPECT_EQ(text_of(merged), t.get(row, "merged"));
    EXPECT_EQ(memberships_detail(merged).empty(), merged.empty());
  }
  EXPECT_EQ(memberships_detail(memberships("12:manager;14:worker")), "12:manager, 14:worker");
}

// users_role_change.csv: whether replacing the roles changes the user's rights (then their sessions end).
TEST(UserRules, RolesDifferTable) {
  const auto t = load_data_table("accounts/users_role_change.csv");
  ASSERT_GE(t.rows.size(), 8u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    EXPECT_EQ(roles_differ(memberships(t.get(row, "before")), memberships(t.get(row, "after"))),
              t.get(row, "differ") == "yes");
  }
}

TEST(UserRules, FieldsAndSelfDeactivation) {
  const auto people = principals();
  const auto t = load_data_table("accounts/users_fields.csv");
  ASSERT_GE(t.rows.size(), 20u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    const auto& actor = people.at(t.get(row, "actor"));
    const std::string check = t.get(row, "check");
    kvalis::Status st = kvalis::ok_status();
    if (check == "new") {
      NewUser in;
      in.login = t.get(row, "login");
      in.display_name = t.get(row, "display_name");
      in.email = optional_text(t.get(row, "email"));
      in.language = optional_text(t.get(row, "language"));
      in.password = t.get(row, "password");
      in.platform_admin = yes(t.get(row, "platform_admin"));
      for (int i = 0; i < std::stoi(t.get(row, "memberships")); ++i) in.memberships.push_back({300, "worker"});
      st = check_new_user(actor, in);
    } else if (check == "change") {
      UserChange in;
      in.display_name = optional_text(t.get(row, "display_name"));
      in.email = optional_text(t.get(row, "email"));
      in.language = optional_text(t.get(row, "language"));
      if (!t.get(row, "active").empty()) in.active = yes(t.get(row, "active"));
      st = check_user_change(actor, std::stoll(t.get(row, "target")), in);
    } else if (check == "profile") {
      st = check_own_profile(optional_text(t.get(row, "language")), optional_text(t.get(row, "display_name")));
    } else {
      ADD_FAILURE() << "unknown check " << check;
    }
    if (t.get(row, "error_key").empty()) {
      EXPECT_TRUE(st) << st.error().field << " " << st.error().message_key;
    } else {
      ASSERT_FALSE(st);
      EXPECT_EQ(st.error().field, t.get(row, "error_field"));
      EXPECT_EQ(st.error().message_key, t.get(row, "error_key"));
    }
  }
}

TEST(ActivityPeriod, FromAndTo) {
  const auto t = load_data_table("accounts/activity_period.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(where(t, row));
    const auto p = activity_period(t.get(row, "from"), t.get(row, "to"));
    if (t.get(row, "error_field").empty()) {
      ASSERT_TRUE(p);
      EXPECT_EQ(p->from, std::stoll(t.get(row, "period_from")));
      EXPECT_EQ(p->to, std::stoll(t.get(row, "period_to")));
    } else {
      ASSERT_FALSE(p);
      EXPECT_EQ(p.error().field, t.get(row, "error_field"));
      EXPECT_EQ(p.error().message_key, "field.invalid_date");
    }
  }
}

}  // namespace
