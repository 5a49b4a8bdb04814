// The states of an audit and what a change needs (src/quality/core/audit_access.hpp), table-driven from
// tests/data/quality/audit_changes.csv.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "quality/core/audit_access.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::quality;

TEST(QualityAuditChanges, Table) {
  const std::map<std::string, AuditChange> changes = {{"score", AuditChange::kScore},
                                                      {"edit_findings", AuditChange::kEditFindings},
                                                      {"delete_finding", AuditChange::kDeleteFinding},
                                                      {"edit_header", AuditChange::kEditHeader},
                                                      {"edit_plan", AuditChange::kEditPlan},
                                                      {"close", AuditChange::kClose},
                                                      {"reopen", AuditChange::kReopen}};
  const auto table = kvalis::testing::load_data_table("quality/audit_changes.csv");
  for (const auto& row : table.rows) {
    const std::string what = table.get(row, "change") + " " + table.get(row, "score") + " " + table.get(row, "manage") +
                             " " + table.get(row, "status");
    AuditRights rights;
    rights.read = true;
    rights.score = table.get(row, "score") == "yes";
    rights.manage = table.get(row, "manage") == "yes";
    const auto status = parse_audit_status(table.get(row, "status"));
    ASSERT_TRUE(status) << what;
    const auto st = check_audit_change(changes.at(table.get(row, "change")), rights, *status);
    const std::string expected = table.get(row, "expected");
    if (expected == "ok") {
      EXPECT_TRUE(st) << what;
      continue;
    }
    ASSERT_FALSE(st) << what;
    EXPECT_EQ(st.error().message_key, expected == "forbidden" ? "auth.forbidden" : expected) << what;
    if (expected != "forbidden") {
      EXPECT_EQ(st.error().field, "status") << what;
    }
  }
}

TEST(QualityAuditChanges, StatusRoundTrip) {
  for (auto s : {AuditStatus::kDraft, AuditStatus::kClosed}) EXPECT_EQ(parse_audit_status(to_string(s)), s);
  EXPECT_FALSE(parse_audit_status("Closed"));
  EXPECT_FALSE(parse_audit_status(""));
}

}  // namespace
