// The planning demo's stages A and C (src/demo/planning_demo.cpp) on SQLite: the provider like the seed's
// with its three services, manager, key workers and external evaluator; the strategic plan 2023–2027 with
// problem, vision and mission; the operational plan 2025 with an objective "not linked" and its reason,
// service goals of each service with indicators of every source and RBA tag; evaluations with a partner
// organisation and evidence; the 2025 period closed with every goal evaluated and the 2026 plan derived
// (carried over, revised and dropped, each with a reason). Running it again adds nothing.
#include <gtest/gtest.h>

#include <set>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/planning_demo.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

long long scalar(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

void run_demo(kvalis::store::Database& db) {
  const auto region = demo::build_demo_region();
  const auto ctx =
      db.write([&](soci::session& s) { return demo::write_demo_region(s, region, kvalis::store::now_epoch()); });
  const auto plans = db.write([&](soci::session& s) { return demo::write_planning_demo_plans(s, region, ctx); });
  db.write([&](soci::session& s) { return demo::write_planning_demo_clients(s, ctx, plans); });
  db.write([&](soci::session& s) { return demo::write_planning_demo_cycle(s, ctx, plans); });
}

TEST(PlansDemo, StagesAAndCWriteTheChainAndTheCycle) {
  TestDatabase t(Backend::sqlite);
  run_demo(t.db());
  t.db().read([&](soci::session& s) {
    // The provider, its three services and its users (the evaluator included).
    long long provider = 0;
    s << "SELECT id FROM organisations WHERE name = 'Romano Drom Hradec, z. s.'", soci::into(provider);
    ASSERT_NE(provider, 0);
    const std::string p = std::to_string(provider);
    EXPECT_EQ(
        scalar(s, "SELECT COUNT(*) FROM services WHERE provider_id = " + p + " AND kind_code IN ('32', '28', '1')"), 3);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM memberships WHERE organisation_id = " + p + " AND role = 'evaluator'"),
              1);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM memberships WHERE organisation_id = " + p + " AND role = 'worker'"), 3);
    // The strategic plan and its goals.
    EXPECT_EQ(
        scalar(s, "SELECT COUNT(*) FROM pl_strategic_plans WHERE organisation_id = " + p +
                      " AND year_from = 2023 AND year_to = 2027 AND problem <> '' AND vision <> '' AND mission <> ''"),
        1);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pl_goals WHERE level = 'strategic' AND organisation_id = " + p), 4);
    // 2025 closed, 2026 derived from it and open.
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pl_operational_plans WHERE year = 2025 AND state = 'closed'"), 1);
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM pl_operational_plans p JOIN pl_operational_plans f ON f.id = "
                     "p.derived_from_id WHERE p.year = 2026 AND p.state = 'open' AND f.year = 2025"),
              1);
    // Not linked, with a reason: an objective and a service goal.
    EXPECT_GE(scalar(s,
                     "SELECT COUNT(*) FROM pl_goals g JOIN pl_operational_plans p ON p.id = g.operational_plan_id "
                     "WHERE p.year = 2025 AND g.level = 'objective' AND g.parent_goal_id IS NULL AND "
                     "g.unlinked_reason <> ''"),
              1);
    // Every service has service goals; indicators of every source and every RBA tag.
    EXPECT_EQ(
        scalar(s, "SELECT COUNT(DISTINCT service_id) FROM pl_goals WHERE level = 'service' AND organisation_id = " + p),
        3);
    EXPECT_EQ(scalar(s, "SELECT COUNT(DISTINCT source) FROM pl_indicators"), 7);
    EXPECT_EQ(scalar(s, "SELECT COUNT(DISTINCT rba) FROM pl_indicators"), 3);
    // Every goal of 2025 has a closing evaluation with a result; a partner took part; evidence links exist.
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM pl_goals g JOIN pl_operational_plans p ON p.id = g.operational_plan_id "
                     "WHERE p.year = 2025 AND NOT EXISTS (SELECT 1 FROM pl_evaluations e WHERE e.goal_id = g.id AND "
                     "e.kind = 'closing' AND e.result <> '')"),
              0);
    EXPECT_GE(
        scalar(s, "SELECT COUNT(*) FROM pl_evaluation_participants WHERE kind = 'partner' AND organisation <> ''"), 1);
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM pl_evaluation_evidence WHERE kind = 'link'"), 1);
    // The 2026 plan: carried over, revised and dropped goals, each with a reason and its origin.
    for (const char* carry : {"carry_over", "revise", "drop"})
      EXPECT_GE(scalar(s, std::string("SELECT COUNT(*) FROM pl_goals WHERE carry = '") + carry +
                              "' AND carry_reason <> '' AND origin_goal_id IS NOT NULL"),
                1)
          << carry;
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pl_goals WHERE carry = 'drop' AND state <> 'dropped'"), 0);
    // Interim evaluations of 2026.
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM pl_evaluations WHERE kind = 'interim' AND period_from = '2026-01-01'"),
              1);
  });
  // Again: nothing new.
  const auto count = [&] {
    return t.db().read([&](soci::session& s) {
      return scalar(s,
                    "SELECT (SELECT COUNT(*) FROM pl_goals) + (SELECT COUNT(*) FROM pl_evaluations) + "
                    "(SELECT COUNT(*) FROM pl_operational_plans) + (SELECT COUNT(*) FROM pl_indicators)");
    });
  };
  const long long before = count();
  run_demo(t.db());
  EXPECT_EQ(count(), before);
}

}  // namespace
}  // namespace kvalis::testing
