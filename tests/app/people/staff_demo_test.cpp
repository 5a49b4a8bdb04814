// The staff stage of the people demo (src/demo/people_demo.cpp) on organisations and logins this test writes
// itself: 23 workers of the OSPOD office and two providers written through people/app by each organisation's
// manager, with the requirement states PEOPLE_SPEC "Demo" asks for this year (short, on probation, part-year,
// long absence, one appraisal overdue), the demo's logins linked, and a second run writing nothing more.
// SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "demo/people_demo.hpp"
#include "people/app/requirement_app.hpp"
#include "platform/store/query.hpp"
#include "staff_world.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using namespace people_staff;

class StaffDemoTest : public ::testing::TestWithParam<Backend> {};

const papp::RequirementItem& named(const papp::RequirementList& list, const std::string& name) {
  for (const auto& i : list.items)
    if (i.worker.name == name) return i;
  throw std::runtime_error("no worker " + name);
}

TEST_P(StaffDemoTest, WritesStaffWithTheirRequirementStates) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  demo::DemoContext ctx;
  using T = accounts::OrganisationType;
  db.write([&](soci::session& s) {
    ctx.region_id = add_org(s, "region", "Královéhradecký kraj", "86");
    ctx.ospod_id = add_org(s, "municipality", "Městský úřad Náchod (OSPOD)", "86");
    ctx.main_provider_id = add_org(s, "provider", "Charita Kladské pomezí", "86");
    ctx.providers["charita-kladske-pomezi"] = ctx.main_provider_id;
    ctx.providers["domov-na-strani"] = add_org(s, "provider", "Domov Na Stráni", "86");
    ctx.users["ospod.vedouci"] = add_user(s, "ospod.vedouci", ctx.ospod_id, T::municipality, "manager");
    ctx.users["ospod.nachod"] = add_user(s, "ospod.nachod", ctx.ospod_id, T::municipality, "worker");
    ctx.users["poskytovatel.manazer"] =
        add_user(s, "poskytovatel.manazer", ctx.main_provider_id, T::provider, "manager");
    ctx.users["poskytovatel.pracovnik"] =
        add_user(s, "poskytovatel.pracovnik", ctx.main_provider_id, T::provider, "worker");
    ctx.users["domov.manazer"] = add_user(s, "domov.manazer", ctx.providers["domov-na-strani"], T::provider, "manager");
  });

  const auto first = db.write([&](soci::session& s) { return demo::write_people_demo_staff(s, ctx); });
  EXPECT_EQ(first.workers_created, 23);
  EXPECT_EQ(first.workers.size(), 23u);
  EXPECT_EQ(first.organisations.size(), 3u);
  EXPECT_EQ(first.second_provider_id, ctx.providers["domov-na-strani"]);
  EXPECT_EQ(first.absences, 2);
  EXPECT_GT(first.trainings, 15);
  EXPECT_GT(first.appraisals, 10);
  EXPECT_EQ(first.year, papp::current_year());
  const auto count = [&](const std::string& sql) {
    return db.read([&](soci::session& s) { return store::count_rows(s, sql, store::Filter{}); });
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_workers WHERE user_id IS NOT NULL"), 5);

  const auto second = db.write([&](soci::session& s) { return demo::write_people_demo_staff(s, ctx); });
  EXPECT_EQ(second.workers_created, 0);
  EXPECT_EQ(second.workers, first.workers);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_workers"), 23);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_external_trainings"), first.trainings);

  const int year = first.year;
  const auto ospod =
      papp::requirement_list(db, accounts::system_caller(), ctx.ospod_id, year, people::kDefaultAbsenceReading);
  ASSERT_TRUE(ospod.ok());
  const auto& machova = named(*ospod, "Bc. Tereza Machová");
  EXPECT_EQ(machova.requirement.result.required_hours, 48);
  EXPECT_EQ(machova.requirement.result.shortfall_hours, 24);
  EXPECT_EQ(machova.appraisal, people::AppraisalState::overdue);
  int overdue = 0;
  for (const auto& i : ospod->items) overdue += i.appraisal == people::AppraisalState::overdue ? 1 : 0;
  EXPECT_EQ(overdue, 1);
  const auto& kolar = named(*ospod, "Bc. Jan Kolář");  // part-year with probation
  EXPECT_EQ(kolar.requirement.result.required_hours, 24);
  EXPECT_EQ(kolar.requirement.result.shortfall_hours, 16);
  const auto& holubova = named(*ospod, "Mgr. Irena Holubová");  // long absence
  EXPECT_EQ(holubova.requirement.result.required_hours, 44);
  EXPECT_EQ(named(*ospod, "Mgr. Lenka Vávrová").requirement.result.shortfall_hours, 0);
  EXPECT_EQ(named(*ospod, "Mgr. Pavel Šimek").requirement.result.required_hours, 0);  // the manager

  const auto main =
      papp::requirement_list(db, accounts::system_caller(), ctx.main_provider_id, year, people::kDefaultAbsenceReading);
  ASSERT_TRUE(main.ok());
  EXPECT_EQ(main->items.size(), 10u);
  EXPECT_EQ(named(*main, "Klára Benešová").requirement.result.required_hours, 0);      // on probation
  EXPECT_EQ(named(*main, "Petr Svoboda").requirement.result.required_hours, 16);       // part-year
  EXPECT_EQ(named(*main, "Eva Dvořáková").requirement.result.required_hours, 22);      // long absence
  EXPECT_EQ(named(*main, "Bc. Martin Kubíček").requirement.result.counted_hours, 24);  // 8 of 12 in-house
  int short_workers = 0;
  for (const auto& i : main->items) short_workers += i.requirement.result.shortfall_hours > 0 ? 1 : 0;
  EXPECT_EQ(short_workers, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffDemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
