// The cards stage of the network demo (src/demo/network_cards_demo.cpp) on SQLite: the 15 need areas, the
// region's basic activities for §49, §65, §69 and §37 (unverified, "doplněno krajem"), cards of 6 kinds — 4
// published (pečovatelská služba with 2 published versions), 1 in comments, 1 draft —, comments in every state
// from the providers (poskytovatel.manazer's organisation among them), meetings held and planned; running it
// again adds nothing.
#include <gtest/gtest.h>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

long long scalar(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

demo::NetworkStageSummary run_demo(kvalis::store::Database& db) {
  const auto region = demo::build_demo_region();
  const auto ctx =
      db.write([&](soci::session& s) { return demo::write_demo_region(s, region, kvalis::store::now_epoch()); });
  return db.write([&](soci::session& s) { return demo::write_network_cards_demo(s, ctx); });
}

TEST(NetworkCardsDemo, CardsInEveryStateWithCommentsAndMeetings) {
  TestDatabase t(Backend::sqlite);
  const auto first = run_demo(t.db());
  EXPECT_EQ(first.ids.at("published_versions").size(), 4u);
  EXPECT_EQ(first.ids.at("card_versions_4").size(), 2u);
  t.db().read([&](soci::session& s) {
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_need_areas"), 15);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_cards"), 6);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_card_versions WHERE status = 'published'"), 4);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_card_versions WHERE status = 'superseded'"), 1);
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM nw_card_versions v JOIN nw_cards c ON c.id = v.card_id "
                     "WHERE c.kind_code = '28' AND v.status = 'comments'"),
              1);
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM nw_card_versions v JOIN nw_cards c ON c.id = v.card_id "
                     "WHERE c.kind_code = '32' AND v.status = 'draft'"),
              1);
    for (const char* status : {"open", "accepted", "partly", "rejected"})
      EXPECT_GE(scalar(s, std::string("SELECT COUNT(*) FROM nw_card_comments WHERE status = '") + status + "'"), 1)
          << status;
    // Rejected and partly accepted comments carry the region's reason.
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_card_comments WHERE status IN ('partly', 'rejected') AND answer = ''"),
              0);
    EXPECT_GE(scalar(s,
                     "SELECT COUNT(*) FROM nw_card_comments cm JOIN organisations o ON o.id = cm.author_org_id "
                     "WHERE o.name = 'Charita Kladské pomezí'"),
              3);
    for (const char* kind : {"13", "28", "32", "1"})
      EXPECT_GE(scalar(s, std::string("SELECT COUNT(*) FROM nw_activities WHERE verified = 0 AND kind_code = '") +
                              kind + "' AND region_org_id IS NOT NULL AND source LIKE 'doplněno krajem%'"),
                3)
          << kind;
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_kind_meetings WHERE status = 'held' AND minutes <> ''"), 2);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_kind_meetings WHERE status = 'planned'"), 2);
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM nw_kind_meeting_invitations WHERE attended = 1"), 1);
    // Every published card has needs with basic activities.
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM nw_card_versions v WHERE v.status = 'published' AND NOT EXISTS ("
                     "SELECT 1 FROM nw_card_needs n JOIN nw_card_need_activities a ON a.card_need_id = n.id "
                     "WHERE n.version_id = v.id)"),
              0);
  });
  const auto counts = [&] {
    return t.db().read([&](soci::session& s) {
      return std::vector<long long>{scalar(s, "SELECT COUNT(*) FROM nw_card_versions"),
                                    scalar(s, "SELECT COUNT(*) FROM nw_card_comments"),
                                    scalar(s, "SELECT COUNT(*) FROM nw_activities"),
                                    scalar(s, "SELECT COUNT(*) FROM nw_kind_meetings"),
                                    scalar(s, "SELECT COUNT(*) FROM nw_need_areas")};
    });
  };
  const auto before = counts();
  const auto second = run_demo(t.db());
  EXPECT_EQ(counts(), before);
  EXPECT_EQ(second.ids.at("published_versions"), first.ids.at("published_versions"));
}

}  // namespace
}  // namespace kvalis::testing
