// Cooperation with partner bodies (people/app/cooperation.hpp) on SQLite and PostgreSQL: a series of
// meetings planned in one step, a held meeting with participants (partners by name and role), agreed actions
// and their follow-up at the next meeting, the activity log, and who may read and write.
#include <gtest/gtest.h>

#include "people/app/cooperation.hpp"
#include "people_coop_world.hpp"
#include "platform/store/activity_log.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace capp = people::app;
using namespace coop_world;

class CooperationMeetingsTest : public ::testing::TestWithParam<Backend> {};

TEST_P(CooperationMeetingsTest, SeriesMeetingsActionsAndFollowUp) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto c = callers_of(w);

  auto court = capp::create_partner(db, c.manager, {w.provider, "Okresní soud v Náchodě", "court", "", false});
  ASSERT_TRUE(court) << court.error().message_key;
  auto police = capp::create_partner(db, c.manager, {w.provider, "Policie ČR Náchod", "police", "", false});
  ASSERT_TRUE(police);
  EXPECT_EQ(capp::create_partner(db, c.worker, {w.provider, "X", "other", "", false}).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(capp::create_partner(db, c.evaluator, {w.provider, "X", "other", "", false}).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(capp::create_partner(db, c.stranger, {w.provider, "X", "other", "", false}).error().field,
            "organisation_id");
  EXPECT_EQ(capp::list_partners(db, c.region, w.provider).size(), 2u);
  EXPECT_TRUE(capp::list_partners(db, c.stranger, w.provider).empty());

  auto series = capp::plan_meetings(db, c.manager, {w.provider, "Případová setkání", "2024-01-31", "Náchod", 3, 8});
  ASSERT_TRUE(series) << series.error().message_key;
  ASSERT_EQ(series->size(), 8u);
  EXPECT_EQ((*series)[0].planned_on, "2024-01-31");
  EXPECT_EQ((*series)[1].planned_on, "2024-04-30");
  EXPECT_EQ((*series)[7].planned_on, "2025-10-31");
  EXPECT_EQ((*series)[7].title, "Případová setkání 8/8");
  const auto first = (*series)[0].id, second = (*series)[1].id, third = (*series)[2].id;

  capp::MeetingInput held;
  held.title = "Případová setkání 1/8";
  held.planned_on = "2024-01-31";
  held.held_on = "2024-02-02";
  held.minutes = "Dohodnut postup při oznámení ohrožení dítěte.";
  held.participants = std::vector<capp::ParticipantInput>{
      {court->partner.id, "", "soudce"}, {police->partner.id, "nprap. Novák", "policista"}, {{}, "Bc. Eva", "OSPOD"}};
  auto d = capp::update_meeting(db, c.manager, first, held);
  ASSERT_TRUE(d) << d.error().message_key;
  EXPECT_EQ(d->meeting.state, "held");
  ASSERT_EQ(d->participants.size(), 3u);
  EXPECT_EQ(d->participants[0].name, "Okresní soud v Náchodě");
  EXPECT_EQ(d->participants[1].partner_name, "Policie ČR Náchod");

  auto a1 = capp::add_action(db, c.manager, first, {"Sdílet kontakty", "Bc. Eva", "2024-03-31"});
  auto a2 = capp::add_action(db, c.manager, first, {"Společné školení", "nprap. Novák", "2024-06-30"});
  ASSERT_TRUE(a1 && a2);
  EXPECT_EQ(capp::add_action(db, c.evaluator, first, {"X", "Y", ""}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(capp::add_action(db, c.stranger, first, {"X", "Y", ""}).error().code, ErrorCode::not_found);
  EXPECT_EQ(capp::add_action(db, c.manager, first, {"X", "", ""}).error().field, "owner");

  auto next = capp::get_meeting(db, c.evaluator, second);
  ASSERT_TRUE(next);
  ASSERT_EQ(next->follow_ups.size(), 2u);
  EXPECT_FALSE(next->can_manage);

  capp::ActionUpdate done;
  done.state = people::ActionState::done;
  done.follow_up_meeting_id = second;
  done.follow_up_note = "Splněno.";
  auto updated = capp::update_action(db, c.manager, a1->id, done);
  ASSERT_TRUE(updated) << updated.error().message_key;
  EXPECT_EQ(updated->state, "done");
  EXPECT_EQ(updated->follow_up_meeting_id, second);

  next = capp::get_meeting(db, c.manager, second);
  ASSERT_EQ(next->follow_ups.size(), 2u);  // the done one followed up here, the open one
  auto later = capp::get_meeting(db, c.manager, third);
  ASSERT_EQ(later->follow_ups.size(), 1u);
  EXPECT_EQ(later->follow_ups[0].id, a2->id);

  capp::ActionUpdate back;
  back.follow_up_meeting_id = first;
  EXPECT_EQ(capp::update_action(db, c.manager, a2->id, back).error().field, "follow_up_meeting_id");
  capp::ActionUpdate other;
  other.state = people::ActionState::dropped;
  EXPECT_EQ(capp::update_action(db, c.evaluator, a2->id, other).error().code, ErrorCode::forbidden);

  const auto listed = capp::list_meetings(db, c.worker, {w.provider, "2024-01-01", "2024-12-31"});
  ASSERT_EQ(listed.size(), 4u);
  EXPECT_EQ(listed[0].actions, 2);
  EXPECT_EQ(listed[0].open_actions, 1);
  EXPECT_TRUE(capp::list_meetings(db, c.stranger, {}).empty());

  db.read([&](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'people.%'", soci::into(n);
    EXPECT_EQ(n, 2 + 1 + 1 + 2 + 1);  // partners, plan, held meeting, actions, action update
  });
}

INSTANTIATE_TEST_SUITE_P(Databases, CooperationMeetingsTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
