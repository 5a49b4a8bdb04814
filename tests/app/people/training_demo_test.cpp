// The training stage of the people demo (src/demo/people_training_demo.cpp) on SQLite: the seed 004 programme of
// 8 modules organised by the region, each run 4 times in 4 places; sessions past held with attendance,
// certificates and feedback, the next ones open with registrations and the first of them full with a waiting
// list, the last ones planned; running it again adds nothing.
#include <gtest/gtest.h>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/people_demo.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

long long scalar(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

demo::PeopleStageSummary run_demo(kvalis::store::Database& db) {
  const auto region = demo::build_demo_region();
  const auto ctx =
      db.write([&](soci::session& s) { return demo::write_demo_region(s, region, kvalis::store::now_epoch()); });
  const auto people = db.write([&](soci::session& s) { return demo::write_people_demo_staff(s, ctx); });
  return db.write([&](soci::session& s) { return demo::write_people_training_demo(s, ctx, people); });
}

TEST(PeopleTrainingDemo, TheSeedProgrammeWithHeldOpenAndFullSessions) {
  TestDatabase t(Backend::sqlite);
  const auto first = run_demo(t.db());
  EXPECT_EQ(first.ids.at("modules").size(), 8u);
  EXPECT_EQ(first.ids.at("sessions").size(), 128u);
  EXPECT_EQ(first.ids.at("sessions_held").size(), 96u);
  t.db().read([&](soci::session& s) {
    // 8 modules of the region, accredited, each with 16 sessions in 4 places.
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM pe_modules m JOIN organisations o ON o.id = m.organiser_org_id "
                     "WHERE o.type = 'region' AND m.accreditation_number <> ''"),
              8);
    EXPECT_EQ(scalar(s, "SELECT COUNT(DISTINCT place) FROM pe_sessions"), 4);
    EXPECT_EQ(scalar(s,
                     "SELECT MAX(n) FROM (SELECT module_id, place, COUNT(*) AS n FROM pe_sessions GROUP BY "
                     "module_id, place) x"),
              4);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pe_sessions WHERE state = 'held'"), 96);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pe_sessions WHERE state = 'open'"), 16);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pe_sessions WHERE state = 'planned'"), 16);
    // Held sessions: everyone present or absent, certificates for those who attended, feedback once each.
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM pe_registrations r JOIN pe_sessions x ON x.id = r.session_id WHERE "
                     "x.state = 'held' AND r.state NOT IN ('attended', 'absent')"),
              0);
    EXPECT_GT(scalar(s, "SELECT COUNT(*) FROM pe_registrations WHERE state = 'absent'"), 0);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pe_registrations WHERE state = 'attended' AND certificate_number = ''"),
              0);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM pe_feedback"),
              scalar(s, "SELECT COUNT(*) FROM pe_registrations WHERE feedback_given = 1"));
    EXPECT_GT(scalar(s, "SELECT COUNT(*) FROM pe_feedback"), 0);
    // One open session is full: 15 registered and the others waiting, numbered 1, 2, …
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM pe_sessions x WHERE x.state = 'open' AND (SELECT COUNT(*) FROM "
                     "pe_registrations r WHERE r.session_id = x.id AND r.state = 'registered') = x.capacity AND "
                     "(SELECT COUNT(*) FROM pe_registrations r WHERE r.session_id = x.id AND r.state = 'waiting') "
                     "> 0"),
              1);
    EXPECT_EQ(scalar(s, "SELECT MAX(waiting_position) FROM pe_registrations WHERE state = 'waiting'"),
              scalar(s, "SELECT COUNT(*) FROM pe_registrations WHERE state = 'waiting'"));
  });
  // Again: nothing new.
  const auto counts = [&] {
    return t.db().read([&](soci::session& s) {
      return std::vector<long long>{
          scalar(s, "SELECT COUNT(*) FROM pe_modules"), scalar(s, "SELECT COUNT(*) FROM pe_sessions"),
          scalar(s, "SELECT COUNT(*) FROM pe_registrations"), scalar(s, "SELECT COUNT(*) FROM pe_feedback")};
    });
  };
  const auto before = counts();
  const auto second = run_demo(t.db());
  EXPECT_EQ(counts(), before);
  EXPECT_EQ(second.ids.at("sessions_held").size(), 96u);
}

}  // namespace
}  // namespace kvalis::testing
