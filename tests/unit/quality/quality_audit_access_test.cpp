// Audit access (src/quality/core/audit_access.hpp), table-driven from tests/data/quality/audit_rights.csv,
// the capacity a corrective action's transition is recorded under, and who conducts which type of audit
// (tests/data/quality/audit_conductors.csv).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "platform/core/text.hpp"
#include "quality/core/audit_access.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::quality;
using kvalis::accounts::Membership;
using kvalis::accounts::OrganisationType;
using kvalis::accounts::Principal;

std::vector<std::vector<std::string>> load_rows() {
  std::vector<std::vector<std::string>> rows;
  for (auto& record : kvalis::testing::load_data_table("quality/audit_rights.csv").rows) rows.push_back(record.fields);
  return rows;
}

// "org:type:role|…": organisation 31 lies in region 19, every other in region 86.
std::vector<Membership> memberships_of(const std::string& text, const std::string& territory) {
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
    m.region_code = m.organisation_id == 31 ? "19" : "86";
    m.territory_code = territory;
    out.push_back(m);
  }
  return out;
}

Principal principal(const std::vector<std::string>& row) {
  Principal p;
  p.user_id = std::stoll(row[1]);
  p.platform_admin = row[2] == "yes";
  p.memberships = memberships_of(row[3], "5209");
  return p;
}

AuditFacts facts(const std::vector<std::string>& row) {
  AuditFacts f;
  f.audited_org_id = 10;
  f.conducted_by_org_id = row[4] == "self" ? 10 : 20;
  f.region_code = "86";
  f.self_assessment = row[4] == "self";
  f.closed = row[5] == "yes";
  f.team = {5, 6};
  f.leader = 5;
  return f;
}

TEST(QualityAuditAccess, RightsTable) {
  const auto rows = load_rows();
  ASSERT_GE(rows.size(), 15u);
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 11u) << row[0];
    const auto r = audit_rights(principal(row), facts(row));
    EXPECT_EQ(r.read, row[6] == "yes") << row[0] << ": read";
    EXPECT_EQ(r.score, row[7] == "yes") << row[0] << ": score";
    EXPECT_EQ(r.manage, row[8] == "yes") << row[0] << ": manage";
    EXPECT_EQ(r.plan_actions, row[9] == "yes") << row[0] << ": plan actions";
    std::string actors;
    for (auto k : r.actor_kinds) actors += (actors.empty() ? "" : "|") + std::string(to_string(k));
    EXPECT_EQ(actors, row[10]) << row[0] << ": actors";
  }
}

TEST(QualityAuditAccess, TransitionsAreRecordedUnderTheCapacityThatAllowsThem) {
  AuditRights both;
  both.actor_kinds = {ActorKind::kProvider, ActorKind::kAuditor};
  EXPECT_EQ(actor_for(both, ActionStatus::kOpen, ActionStatus::kInProgress, ""), ActorKind::kProvider);
  EXPECT_EQ(actor_for(both, ActionStatus::kDone, ActionStatus::kVerified, "zápis z kontroly"), ActorKind::kAuditor);
  EXPECT_EQ(actor_for(both, ActionStatus::kDone, ActionStatus::kVerified, ""), std::nullopt);  // evidence missing
  AuditRights provider;
  provider.actor_kinds = {ActorKind::kProvider};
  EXPECT_EQ(actor_for(provider, ActionStatus::kDone, ActionStatus::kVerified, "x"), std::nullopt);
  EXPECT_EQ(allowed_for(provider, ActionStatus::kOpen), std::vector<ActionStatus>{ActionStatus::kInProgress});
  EXPECT_TRUE(allowed_for(provider, ActionStatus::kDone).empty());
  EXPECT_EQ(allowed_for(both, ActionStatus::kDone),
            (std::vector<ActionStatus>{ActionStatus::kInProgress, ActionStatus::kVerified}));
  EXPECT_TRUE(allowed_for(both, ActionStatus::kVerified).empty());
}

// "org:type:role|…" with region organisations 30 (region 86) and 31 (region 19).
Principal conductor_caller(const std::string& admin, const std::string& memberships) {
  Principal p;
  p.user_id = 9;
  p.platform_admin = admin == "yes";
  p.memberships = memberships_of(memberships, "");
  return p;
}

TEST(QualityAuditAccess, WhoConductsWhichTypeOfAudit) {
  const auto table = kvalis::testing::load_data_table("quality/audit_conductors.csv");
  ASSERT_GE(table.rows.size(), 30u);
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    ConductFacts f;
    f.type = table.get(row, "type");
    f.by_service = table.get(row, "target") == "service";
    f.audited_org_id = std::stoll(table.get(row, "audited_org"));
    f.audited_region_code = table.get(row, "audited_region");
    f.conductor_org_id = std::stoll(table.get(row, "conductor_org"));
    f.conductor_type = *kvalis::accounts::parse_organisation_type(table.get(row, "conductor_type"));
    f.conductor_region_code = table.get(row, "conductor_region");
    const auto st = check_new_audit(conductor_caller(table.get(row, "admin"), table.get(row, "memberships")), f);
    const std::string got = st.ok() ? "ok" : st.error().field + ":" + st.error().message_key;
    EXPECT_EQ(got, table.get(row, "expected")) << name;
    if (!st.ok()) {
      EXPECT_EQ(st.error().code, kvalis::ErrorCode::invalid_input) << name;
    }
  }
}

TEST(QualityAuditAccess, ConductorRuleAloneIgnoresTheCaller) {
  // A type change of an existing audit (PATCH) checks the organisations only: an external audit of an
  // audit body cannot become a self-assessment, whoever asks.
  ConductFacts f{"self_assessment", 10, "86", true, 20, kvalis::accounts::OrganisationType::audit_body, ""};
  EXPECT_EQ(check_conductor(f).error().message_key, "quality.audit.conductor_not_audited");
  f.type = "process";
  EXPECT_TRUE(check_conductor(f).ok());
}

TEST(QualityAuditAccess, DefaultConductorTable) {
  const auto table = kvalis::testing::load_data_table("quality/default_conductors.csv");
  for (const auto& row : table.rows) {
    Principal p;
    p.user_id = 7;
    p.memberships = memberships_of(table.get(row, "memberships"), "");
    EXPECT_EQ(default_conductor(p, table.get(row, "type"), 10, "86"), std::stoll(table.get(row, "expected")))
        << table.get(row, "case");
  }
}

}  // namespace
