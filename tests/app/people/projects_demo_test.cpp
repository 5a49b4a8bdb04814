// The cooperation and projects stage of the people demo (src/demo/people_projects_demo.cpp) on organisations
// and records this test writes itself: the OSPOD office's five partners, eight quarterly meetings (six held
// with participants, minutes and actions followed up at the next one, two planned), the seed 003 project with
// six key activities linked to the office's self-assessment audit, the meetings and a held training session,
// budget, indicators counted from those links, publicity; a second run adds nothing. SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "demo/people_demo.hpp"
#include "people/app/cooperation.hpp"
#include "people/app/projects.hpp"
#include "people_coop_world.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/query.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using namespace coop_world;

class ProjectsDemoTest : public ::testing::TestWithParam<Backend> {};

TEST_P(ProjectsDemoTest, WritesMeetingsAndAProjectLinkedToTheRecords) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const std::string today = format_date(kvalis::store::now_epoch());
  const int year = std::stoi(today.substr(0, 4));
  demo::DemoContext ctx;
  demo::PeopleDemo people;
  db.write([&](soci::session& s) {
    ctx.region_id = add_org(s, "region", "Královéhradecký kraj", "86");
    ctx.ospod_id = add_org(s, "municipality", "Městský úřad Náchod (OSPOD)", "86");
    long long user = 0;
    s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES ('ospod.vedouci', 'Vedoucí', "
         "'x', 0) RETURNING id",
        soci::into(user);
    ctx.users["ospod.vedouci"] = user;
    long long set = 0;
    s << "SELECT COALESCE(MIN(id), 0) FROM standard_sets", soci::into(set);
    if (set == 0)
      s << "INSERT INTO standard_sets (code, version, name, created_at) VALUES ('TEST-OSPOD', 1, 'Standardy OSPOD', 0) "
           "RETURNING id",
          soci::into(set);
    const std::string ends = std::to_string(year - 1) + "-06-20";
    s << "INSERT INTO q_audits (type, set_id, scale_code, scale_levels, audited_org_id, conducted_by_org_id, title, "
         "starts_on, ends_on, created_at, updated_at) VALUES ('self_assessment', :s, 'three', 'a;b;c', :o, :o2, "
         "'Sebehodnocení OSPOD', :st, :e, 0, 0)",
        soci::use(set), soci::use(ctx.ospod_id), soci::use(ctx.ospod_id), soci::use(ends), soci::use(ends);
    const std::string held = std::to_string(year - 1) + "-05-10";
    s << "INSERT INTO pe_modules (id, organiser_org_id, code, title, hours, created_at, updated_at) "
         "VALUES (901, :r, 'M1', 'Rozhovor s dítětem', 16, 0, 0)",
        soci::use(ctx.region_id);
    s << "INSERT INTO pe_sessions (id, module_id, held_on, place, capacity, state, created_at, updated_at) "
         "VALUES (911, 901, :h, 'Náchod', 15, 'held', 0, 0)",
        soci::use(held);
  });
  people.ospod_id = ctx.ospod_id;
  people.region_id = ctx.region_id;
  people.year = year;
  const demo::PeopleStageSummary training{"training", {}, {}};

  const auto first =
      db.write([&](soci::session& s) { return demo::write_people_projects_demo(s, ctx, people, training); });
  ASSERT_EQ(first.ids.at("meetings").size(), 8u);
  ASSERT_EQ(first.ids.at("project").size(), 1u);
  const auto count = [&](const std::string& sql) {
    return db.read([&](soci::session& s) { return store::count_rows(s, sql, store::Filter{}); });
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_partners"), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_meetings WHERE state = 'held'"), 6);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_meetings WHERE state = 'planned'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_agreed_actions"), 12);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_agreed_actions WHERE follow_up_meeting_id IS NOT NULL"), 10);

  // The office's manager reads what an OSPOD worker would: the next meeting lists the open actions.
  const auto manager = member(ctx.users.at("ospod.vedouci"), ctx.ospod_id, accounts::OrganisationType::municipality,
                              accounts::Role::manager, "86");
  const auto meetings = papp::list_meetings(db, manager, {ctx.ospod_id, "", ""});
  ASSERT_EQ(meetings.size(), 8u);
  auto next = papp::get_meeting(db, manager, meetings[6].id);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->meeting.state, "planned");
  // The last held meeting's two actions and one left open at the fourth meeting.
  EXPECT_EQ(next->follow_ups.size(), 3u);
  auto held = papp::get_meeting(db, manager, meetings[5].id);
  EXPECT_EQ(held->participants.size(), 6u);
  EXPECT_FALSE(held->meeting.minutes.empty());

  // The project: its links and what the report counts from them.
  const long long pid = first.ids.at("project")[0];
  auto d = papp::get_project(db, manager, pid, today);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->activities.size(), 6u);
  EXPECT_EQ(d->activities[0].counts, (std::map<std::string, int>{{"audit", 1}}));
  EXPECT_EQ(d->activities[1].counts, (std::map<std::string, int>{{"meeting", 8}}));
  EXPECT_EQ(d->activities[2].counts, (std::map<std::string, int>{{"training_session", 1}}));
  ASSERT_EQ(d->indicators.size(), 4u);
  EXPECT_EQ(d->indicators[0].value, 8.0);
  EXPECT_EQ(d->indicators[1].value, 1.0);
  EXPECT_EQ(d->publicity.size(), 4u);
  EXPECT_GT(d->expenses.size(), 10u);
  // From the first meeting to today: the six held ones; over the whole project: all eight and the session.
  auto report = papp::monitoring_report(db, manager, pid, meetings[0].planned_on, today);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->activities[1].outputs_period.at("meeting"), 6);
  auto whole = papp::monitoring_report(db, manager, pid, "", "");
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->activities[1].outputs_cumulative.at("meeting"), 8);
  EXPECT_EQ(whole->activities[2].outputs_cumulative.at("training_session"), 1);
  EXPECT_EQ(whole->activities[0].outputs_cumulative.at("audit"), 1);

  const auto second =
      db.write([&](soci::session& s) { return demo::write_people_projects_demo(s, ctx, people, training); });
  EXPECT_EQ(second.ids.at("meetings"), first.ids.at("meetings"));
  EXPECT_EQ(second.ids.at("project"), first.ids.at("project"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_partners"), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_meetings"), 8);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_projects"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pe_activity_links"), 10);
}

INSTANTIATE_TEST_SUITE_P(Databases, ProjectsDemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
