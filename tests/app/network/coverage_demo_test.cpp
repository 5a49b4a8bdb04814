// The coverage demo stage (src/demo/network_coverage_demo.cpp) and the coverage map's cache on SQLite and
// PostgreSQL: the locked round of last year is answered by every demo service of the kinds with a published
// card, the map shows gaps in some ORP, the open round is partly answered, a second run writes nothing more;
// the map is computed once per data version.
#include <gtest/gtest.h>

#include <set>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"
#include "network/app/cards.hpp"
#include "network/app/coverage.hpp"
#include "platform/store/data_versions.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;

napp::CoverageQuery query(const std::string& region, const std::string& kind = "") {
  napp::CoverageQuery q;
  q.region_code = region;
  q.kind_code = kind;
  return q;
}

class CoverageDemoTest : public ::testing::TestWithParam<Backend> {};

// Published cards of kinds 4 (pečovatelská služba), 3 (osobní asistence) and 13 (domovy pro seniory) with
// the region's first six need areas, written as rows of the schema.
void publish_cards(soci::session& s, long long region) {
  const auto needs = napp::need_areas(s, region);
  ASSERT_GE(needs.size(), 6u);
  const long long now = store::now_epoch();
  for (const std::string kind : {"4", "3", "13"}) {
    long long card = 0, version = 0;
    s << "INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (:r, :k, '', :n) RETURNING id",
        soci::use(region), soci::use(kind), soci::use(now), soci::into(card);
    s << "INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) "
         "VALUES (:c, 1, 'published', :t, :p, :n, :u) RETURNING id",
        soci::use(card), soci::use("Karta " + kind), soci::use(now), soci::use(now), soci::use(now),
        soci::into(version);
    for (int i = 0; i < 6; ++i)
      s << "INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (:v, :n, :p)", soci::use(version),
          soci::use(needs[i].id), soci::use(i);
  }
}

TEST_P(CoverageDemoTest, LockedRoundAnsweredByEveryServiceWithGapsAndAnOpenRound) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) { return demo::write_demo_region(s, region, store::now_epoch()); });
  db.write([&](soci::session& s) { publish_cards(s, ctx.region_id); });
  const auto first = db.write([&](soci::session& s) { return demo::write_network_coverage_demo(s, ctx, {}); });
  ASSERT_EQ(first.ids.count("locked_round"), 1u) << first.text();
  ASSERT_EQ(first.ids.count("open_round"), 1u) << first.text();

  const auto admin = accounts::system_caller();
  int services = 0;
  for (const auto& [key, kind] : ctx.service_kinds)
    if (kind == "4" || kind == "3" || kind == "13") ++services;
  const auto locked = napp::get_coverage_round(db, admin, first.ids.at("locked_round").front());
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->round.status, network::RoundStatus::locked);
  EXPECT_GT(locked->total, 0);
  EXPECT_LE(locked->total, services);  // active services of the kinds (ended ones have no form)
  EXPECT_EQ(locked->submitted, locked->total);

  const auto open = napp::get_coverage_round(db, admin, first.ids.at("open_round").front());
  ASSERT_TRUE(open);
  EXPECT_EQ(open->round.status, network::RoundStatus::open);
  EXPECT_GT(open->submitted, 0);
  EXPECT_LT(open->submitted, open->total);

  // The map of the locked round: every mode occurs, and some ORP has a need nobody meets directly.
  const auto map = napp::coverage_map(db, admin, query("86"));
  ASSERT_TRUE(map) << map.error().message_key;
  ASSERT_TRUE((*map)->round);
  EXPECT_EQ((*map)->round->id, locked->round.id);
  int direct = 0, mediated = 0, referred = 0, none = 0;
  for (const auto& c : (*map)->map.cells) {
    direct += c.direct;
    mediated += c.mediated;
    referred += c.referred;
    none += c.none;
  }
  EXPECT_GT(direct, 0);
  EXPECT_GT(mediated, 0);
  EXPECT_GT(referred, 0);
  EXPECT_GT(none, 0);
  std::set<std::string> gap_territories;
  for (const auto& g : (*map)->map.gaps)
    if (g.kind == network::GapKind::no_direct) gap_territories.insert(g.cell.territory);
  EXPECT_FALSE(gap_territories.empty());

  // The public (anyone, no membership) sees the map of locked rounds only.
  const accounts::Caller anonymous;
  auto pub = query("86");
  EXPECT_FALSE(napp::coverage_map(db, anonymous, pub));  // not related to the region
  pub.public_only = true;
  const auto public_map = napp::coverage_map(db, anonymous, pub);
  ASSERT_TRUE(public_map);
  EXPECT_EQ((*public_map)->round->id, locked->round.id);
  EXPECT_EQ((*public_map)->map.cells, (*map)->map.cells);
  pub.round_id = open->round.id;
  const auto unlocked = napp::coverage_map(db, anonymous, pub);
  ASSERT_FALSE(unlocked);
  EXPECT_EQ(unlocked.error().message_key, "network.round.not_found");

  // Again: nothing new.
  const long long answers = db.read(
      [](soci::session& s) { long long n = 0; s << "SELECT COUNT(*) FROM nw_coverage_answers", soci::into(n); return n; });
  const auto second = db.write([&](soci::session& s) { return demo::write_network_coverage_demo(s, ctx, {}); });
  EXPECT_EQ(second.counts.at(0).second, 0) << second.text();
  EXPECT_EQ(second.ids.at("locked_round"), first.ids.at("locked_round"));
  const long long again = db.read(
      [](soci::session& s) { long long n = 0; s << "SELECT COUNT(*) FROM nw_coverage_answers", soci::into(n); return n; });
  EXPECT_EQ(again, answers);

  // The cache computes the map once per data version "network".
  napp::MapCache cache(4);
  const auto items = db.read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  const store::catalogue_repo::Catalogues catalogues(items, "2026-01-01");
  ASSERT_TRUE(napp::coverage_map(db, admin, query("86"), catalogues, &cache));
  const auto cached = napp::coverage_map(db, admin, query("86"), catalogues, &cache);
  ASSERT_TRUE(cached);
  EXPECT_EQ(cache.computations(), 1);
  EXPECT_EQ((*cached)->map.cells.size(), (*map)->map.cells.size());
  db.write([](soci::session& s) { store::data_versions::bump(s, "network"); });
  ASSERT_TRUE(napp::coverage_map(db, admin, query("86"), catalogues, &cache));
  EXPECT_EQ(cache.computations(), 2);
  ASSERT_TRUE(napp::coverage_map(db, admin, query("86", "4"), catalogues, &cache));
  EXPECT_EQ(cache.computations(), 3);
  EXPECT_EQ(cache.scans(), 2);  // another filter aggregates the rows already scanned
}

INSTANTIATE_TEST_SUITE_P(Backends, CoverageDemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
