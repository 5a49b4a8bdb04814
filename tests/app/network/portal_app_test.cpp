// The portal's use cases on SQLite and PostgreSQL: the demo stage publishes the demo region's portal with 2
// benchmark indicators of a locked round (a second run adds nothing), the public portal holds only published
// and aggregated data (groups under 5 services suppressed, only locked coverage rounds), and the pages render
// in Czech and English with the map of the region's 15 ORP, the first page under 100 KB.
#include <gtest/gtest.h>

#include <string>

#include "accounts/core/caller.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"
#include "network/app/portal.hpp"
#include "network/export/opendata_export.hpp"
#include "network/export/portal_html.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace kvalis {
namespace {

namespace nx = network::exports;

class PortalDb : public ::testing::TestWithParam<testing::Backend> {};

long long scalar(soci::session& s, const std::string& sql) {
  long long v = 0;
  s << sql, soci::into(v);
  return v;
}

store::catalogue_repo::Catalogues catalogues(store::Database& db) {
  auto items = db.read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  return store::catalogue_repo::Catalogues(items, "2026-01-01");
}

TEST_P(PortalDb, DemoPublishesThePortalOnceWithTwoIndicators) {
  testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  const auto region = demo::build_demo_region();
  demo::DemoContext ctx;
  auto run = [&] {
    return tdb.db().write([&](soci::session& s) {
      ctx = demo::write_demo_region(s, region, store::now_epoch());
      demo::write_benchmark_demo(s, region, ctx);
      return demo::write_network_portal_demo(s, ctx, {}, {});
    });
  };
  const auto first = run();
  ASSERT_EQ(first.counts.size(), 2u) << first.text();
  EXPECT_EQ(first.counts[0].second, 1);
  EXPECT_EQ(first.counts[1].second, 2);
  const auto second = run();
  EXPECT_TRUE(second.counts.empty()) << second.text();
  tdb.db().read([&](soci::session& s) {
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM nw_portal_indicators"), 2);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'network.portal.publish'"), 1);
  });

  const auto cats = catalogues(tdb.db());
  auto portal = tdb.db().read([&](soci::session& s) { return network::app::public_portal(s, cats, "86"); });
  ASSERT_TRUE(portal.has_value());
  EXPECT_EQ(portal->region.name, "Královéhradecký kraj");
  EXPECT_FALSE(portal->services.empty());
  for (const auto& sv : portal->services) EXPECT_FALSE(sv.kind_name_cs.empty()) << sv.kind_code;
  ASSERT_EQ(portal->indicators.size(), 2u);
  for (const auto& ind : portal->indicators)
    for (const auto& row : ind.rows) {
      EXPECT_EQ(row.suppressed, row.n < 5) << ind.indicator_code << " " << row.peer_key;
      if (row.suppressed) {
        EXPECT_FALSE(row.median.has_value());
      }
    }
  // No locked coverage round in this demo run: the coverage section says so and holds nothing.
  EXPECT_FALSE(portal->coverage.has_value());
  EXPECT_FALSE(tdb.db().read([&](soci::session& s) { return network::app::public_portal(s, cats, "19"); }).has_value());
}

TEST_P(PortalDb, PagesAndOpenDataOfALockedRound) {
  testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  const auto region = demo::build_demo_region();
  tdb.db().write([&](soci::session& s) {
    const auto ctx = demo::write_demo_region(s, region, store::now_epoch());
    demo::write_network_portal_demo(s, ctx, {}, {});
    // A locked round answered by one home-care service of the demo (its ORP get one need met directly, one not),
    // and an open round answered by every service (never public).
    const std::string reg = std::to_string(ctx.region_id);
    s << "INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (" + reg +
             ", 'strava', 'Strava', 'Food', 1, 1), (" + reg + ", 'bydleni', 'Bydlení', 'Housing', 2, 1)";
    s << "INSERT INTO nw_cards (region_org_id, kind_code, created_at) VALUES (" + reg + ", '4', 1)";
    s << "INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) "
         "SELECT id, 1, 'published', 'Karta pečovatelské služby', 1751328000, 1, 1 FROM nw_cards";
    s << "INSERT INTO nw_card_needs (version_id, need_area_id, position) SELECT v.id, a.id, a.position FROM "
         "nw_card_versions v, nw_need_areas a";
    s << "INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, "
         "created_at, updated_at) VALUES (" + reg + ", 'Kolo 2025', '2025-01-01', '2025-12-31', ';4;', '2026-01-31', "
         "'locked', 1, 1), (" + reg + ", 'Otevřené kolo', '2026-01-01', '2026-12-31', ';4;', '2027-01-31', 'open', 1, 1)";
    s << "INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, updated_at) "
         "SELECT r.id, (SELECT MIN(id) FROM services WHERE kind_code = '4' AND status = 'active'), v.id, 'submitted', 1 "
         "FROM nw_coverage_rounds r, nw_card_versions v WHERE r.status = 'locked'";
    s << "INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) SELECT sub.id, a.id, CASE a.code WHEN "
         "'strava' THEN 'direct' ELSE 'referred' END FROM nw_coverage_submissions sub, nw_need_areas a";
    s << "UPDATE data_versions SET version = version + 1 WHERE scope = 'network'";
    return 0;
  });
  const auto cats = catalogues(tdb.db());
  auto portal = tdb.db().read([&](soci::session& s) { return network::app::public_portal(s, cats, "86"); });
  ASSERT_TRUE(portal.has_value());
  ASSERT_TRUE(portal->coverage.has_value());
  EXPECT_EQ(portal->coverage->title, "Kolo 2025");
  EXPECT_EQ(portal->coverage->territories.size(), 15u);  // the ORP of Královéhradecký kraj
  int answering = 0;
  for (const auto& t : portal->coverage->summary)
    if (t.services > 0) {
      ++answering;
      EXPECT_EQ(t.needs_direct, 1);
      EXPECT_EQ(t.level, 2);
    }
  EXPECT_GE(answering, 1);
  ASSERT_EQ(portal->cards.size(), 1u);
  EXPECT_EQ(portal->cards[0].needs.size(), 2u);

  nx::PortalPath map{nx::PortalLang::cs, nx::PortalPageKind::coverage, "86", ""};
  auto html = nx::render_portal_page(map, *portal);
  ASSERT_TRUE(html.has_value());
  std::size_t paths = 0;
  for (std::size_t at = html->find("<path class=\"l"); at != std::string::npos; at = html->find("<path class=\"l", at + 1))
    ++paths;
  EXPECT_EQ(paths, 15u);
  EXPECT_NE(html->find("© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR"), std::string::npos);
  EXPECT_EQ(html->find("Otevřené kolo"), std::string::npos);
  EXPECT_LT(html->size(), 100u * 1024);
  for (auto kind : {nx::PortalPageKind::home, nx::PortalPageKind::services, nx::PortalPageKind::indicators,
                    nx::PortalPageKind::data})
    for (auto lang : {nx::PortalLang::cs, nx::PortalLang::en}) {
      auto page = nx::render_portal_page({lang, kind, "86", ""}, *portal);
      ASSERT_TRUE(page.has_value());
      EXPECT_LT(page->size(), 100u * 1024);
      EXPECT_EQ(page->find("<script"), std::string::npos);
    }
  auto card = nx::render_portal_page({nx::PortalLang::en, nx::PortalPageKind::card, "86", "4"}, *portal);
  ASSERT_TRUE(card.has_value());
  EXPECT_NE(card->find("Karta pečovatelské služby"), std::string::npos);
  EXPECT_FALSE(nx::render_portal_page({nx::PortalLang::en, nx::PortalPageKind::card, "86", "13"}, *portal));

  auto sheet = nx::dataset_sheet(*portal, "coverage");
  ASSERT_TRUE(sheet.has_value());
  EXPECT_EQ(sheet->rows.size(), 15u * 2);
  EXPECT_FALSE(nx::dataset_sheet(*portal, "clients").has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, PortalDb, ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace kvalis
