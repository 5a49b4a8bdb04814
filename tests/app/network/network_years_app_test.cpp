// The regional network year by year (network/app/network_years.hpp) on SQLite and PostgreSQL: a year built by
// decisions and approved, the next year copied from it, a service's history, entrustment acts in force, the
// registry comparison, who sees and manages what, the activity log and the data version of scope "network".
#include <gtest/gtest.h>

#include "network/app/network_years.hpp"
#include "network_world.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
using namespace network_world;

class NetworkYearsAppTest : public ::testing::TestWithParam<Backend> {};

napp::DecisionRequest decide(long long service, const std::string& kind,
                             std::optional<double> capacity = std::nullopt) {
  napp::DecisionRequest d;
  d.service_id = service;
  d.kind = kind;
  d.decided_on = "2024-12-10";
  d.reason = "Podle SPRSS";
  d.capacity_after = capacity;
  return d;
}

TEST_P(NetworkYearsAppTest, YearsDecisionsHistoryAndComparison) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto region = caller(w, "region");
  const long long version_before = db.read([&](soci::session& s) { return store::data_versions::get(s, "network"); });

  auto y1 = napp::create_year(db, region, "", 2025);
  ASSERT_TRUE(y1) << y1.error().message_key;
  EXPECT_EQ(y1->region.name, "Královéhradecký kraj");
  EXPECT_FALSE(y1->previous_year);
  for (const char* key : {"home_care", "nursing_home", "assistance"}) {
    auto d = napp::record_decision(db, region, y1->year.id, decide(w.services.at(key), "include"));
    ASSERT_TRUE(d) << key << " " << d.error().message_key << " " << d.error().field;
  }
  // the registered capacity and unit are the defaults
  auto detail = napp::get_year(db, region, y1->year.id);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->entries.size(), 3u);
  EXPECT_EQ(detail->capacity_by_unit, (std::map<std::string, double>{{"klient", 160}, {"luzka", 60}}));
  EXPECT_EQ(napp::record_decision(db, region, y1->year.id, decide(w.services.at("far"), "include", 10)).error().field,
            "service_id");
  EXPECT_EQ(napp::record_decision(db, caller(w, "manager"), y1->year.id, decide(w.services.at("far"), "include", 10))
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      napp::record_decision(db, caller(w, "other_region"), y1->year.id, decide(w.services.at("home_care"), "remove"))
          .error()
          .code,
      ErrorCode::not_found);

  napp::EntrustmentInput act;
  act.service_id = w.services.at("home_care");
  act.act_number = "KK/2025/1";
  act.issued_on = "2024-12-20";
  act.valid_from = "2025-01-01";
  act.valid_to = "2025-12-31";
  act.forms = {"ter"};
  act.territories = {"5209"};
  ASSERT_TRUE(napp::create_entrustment(db, region, act));
  act.act_number = "KK/2026/1";
  act.valid_from = "2026-01-01";
  act.valid_to = "2028-12-31";
  ASSERT_TRUE(napp::create_entrustment(db, region, act));
  act.forms = {"xyz"};
  EXPECT_EQ(napp::create_entrustment(db, region, act).error().field, "forms");

  ASSERT_TRUE(napp::approve_year(db, region, y1->year.id, {"2024-12-15", "ZK/2024/12"}));
  EXPECT_EQ(napp::record_decision(db, region, y1->year.id, decide(w.services.at("home_care"), "remove")).error().code,
            ErrorCode::conflict);

  auto y2 = napp::create_year(db, region, "86", 2026);
  ASSERT_TRUE(y2);
  EXPECT_EQ(y2->previous_year, 2025);
  EXPECT_EQ(y2->entries.size(), 3u);
  EXPECT_EQ(napp::create_year(db, region, "86", 2026).error().code, ErrorCode::conflict);
  auto change = napp::record_decision(db, region, y2->year.id, decide(w.services.at("home_care"), "change", 140));
  ASSERT_TRUE(change);
  EXPECT_EQ(change->capacity_before, 120);
  ASSERT_TRUE(napp::record_decision(db, region, y2->year.id, decide(w.services.at("assistance"), "remove")));

  auto history = napp::service_history(db, caller(w, "manager"), w.services.at("home_care"));
  ASSERT_TRUE(history);
  ASSERT_EQ(history->years.size(), 2u);
  EXPECT_EQ(history->years[0].year.capacity, 120);
  EXPECT_EQ(history->years[1].year.capacity, 140);
  ASSERT_TRUE(history->years[0].entrustment);
  EXPECT_EQ(history->years[0].entrustment->act_number, "KK/2025/1");
  EXPECT_EQ(history->years[1].entrustment->act_number, "KK/2026/1");
  EXPECT_EQ(history->entrustments.size(), 2u);
  EXPECT_EQ(napp::service_history(db, caller(w, "other"), w.services.at("home_care")).error().code,
            ErrorCode::not_found);

  auto diff = napp::registry_diff(db, region, y2->year.id);
  ASSERT_TRUE(diff);
  ASSERT_EQ(diff->not_in_network.size(), 1u);
  EXPECT_EQ(diff->not_in_network[0].name, "Osobní asistence Krkonoše");
  ASSERT_EQ(diff->capacity_mismatch.size(), 1u);
  EXPECT_EQ(diff->capacity_mismatch[0].entry.service_name, "Pečovatelská služba Hronov");
  EXPECT_TRUE(diff->not_registered.empty());
  EXPECT_EQ(napp::registry_diff(db, caller(w, "manager"), y2->year.id).error().code, ErrorCode::forbidden);

  // who sees what
  auto own = napp::list_years(db, caller(w, "manager"), "");
  ASSERT_TRUE(own);
  ASSERT_EQ(own->size(), 2u);
  EXPECT_EQ((*own)[0].services, 2);  // 2026: its home care and nursing home
  auto municipality = napp::list_years(db, caller(w, "municipality"), "");
  ASSERT_TRUE(municipality);
  ASSERT_EQ(municipality->size(), 1u);
  EXPECT_EQ((*municipality)[0].year.year, 2025);
  EXPECT_EQ(napp::get_year(db, caller(w, "municipality"), y2->year.id).error().code, ErrorCode::not_found);
  auto reader = napp::get_year(db, caller(w, "region_reader"), y2->year.id);
  ASSERT_TRUE(reader);
  EXPECT_FALSE(reader->can_manage);
  EXPECT_EQ(napp::list_years(db, caller(w, "far"), "").value().size(), 0u);  // its region (53) has no network

  // every write is in the activity log and moved the data version
  db.read([&](soci::session& s) {
    long long total = 0;
    store::activity_log::ListFilter f;
    f.limit = 200;
    std::vector<std::string> actions;
    for (const auto& e : store::activity_log::list(s, f, total)) actions.push_back(e.action);
    for (const char* a : {"network.year.create", "network.decision.include", "network.decision.change",
                          "network.decision.remove", "network.year.approve", "network.entrustment.create"})
      EXPECT_NE(std::find(actions.begin(), actions.end(), a), actions.end()) << a;
    EXPECT_GT(store::data_versions::get(s, "network"), version_before);
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkYearsAppTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
