// The demo stage of the minimal form (src/demo/network_minimal_demo.cpp) over the small region of
// minimal_world.hpp: the form of the kind answered in the locked round is set with the needs at least half of
// the services meet directly, corrective actions are raised for the gaps of 2 services, and a second run adds
// nothing.
#include <gtest/gtest.h>

#include "demo/network_demo.hpp"
#include "minimal_world.hpp"
#include "network/app/minimal.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

using namespace minimal_world;

long long scalar(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

long long count_of(const demo::NetworkStageSummary& summary, const std::string& name) {
  for (const auto& [key, n] : summary.counts)
    if (key == name) return n;
  ADD_FAILURE() << "no count " << name;
  return -1;
}

class MinimalDemoTest : public ::testing::TestWithParam<Backend> {};

TEST_P(MinimalDemoTest, SetsTheFormsAndRaisesActionsOnceFromTheLockedRound) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  demo::DemoContext ctx;
  ctx.region_id = w.region;
  ctx.users["kraj.referent"] = w.region_manager_user;
  demo::NetworkStageSummary cards{"cards", {}, {}};
  demo::NetworkStageSummary coverage{"coverage", {}, {{"locked_round", {w.round}}}};

  const auto first = db.write([&](soci::session& s) { return demo::write_network_minimal_demo(s, ctx, cards, coverage); });
  EXPECT_EQ(count_of(first, "minimální podoby (nové)"), 1);  // only kind 4 was answered in the round
  EXPECT_EQ(count_of(first, "kontrolované služby"), 3);
  EXPECT_EQ(count_of(first, "nová nápravná opatření"), 2);  // a1: hygiene (mediated), a2: food (none)
  ASSERT_EQ(first.ids.at("minimal_forms").size(), 1u);
  EXPECT_EQ(first.ids.at("gap_action_services"), (std::vector<long long>{w.a1, w.a2}));
  // Every need met directly by at least half of the answering services is required: all three here.
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_minimal_form_needs"), 3);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_minimal_forms WHERE status = 'set'"), 1);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM q_audits WHERE title = 'Kontrola minimální podoby služby'"), 2);

  const auto second = db.write([&](soci::session& s) { return demo::write_network_minimal_demo(s, ctx, cards, coverage); });
  EXPECT_EQ(count_of(second, "minimální podoby (nové)"), 0);
  EXPECT_EQ(count_of(second, "minimální podoby celkem"), 1);
  EXPECT_EQ(count_of(second, "nová nápravná opatření"), 0);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_minimal_forms"), 1);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM q_actions"), 2);

  // Without a locked round the stage writes nothing.
  demo::DemoContext none;
  none.region_id = w.provider_a;
  none.users["kraj.referent"] = w.region_manager_user;
  const auto empty = db.write(
      [&](soci::session& s) { return demo::write_network_minimal_demo(s, none, cards, demo::NetworkStageSummary{}); });
  EXPECT_TRUE(empty.counts.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MinimalDemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
