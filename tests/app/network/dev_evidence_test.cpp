// The evidence panel of a service (network/app/evidence_panel.hpp) over the demo region with its benchmarking
// and audits: the indicator trends are the ones benchmark/app service_scores shows the caller (value, peer
// median and quartiles per round), the last audit is the newest closed audit quality/app lists for the
// service with its actions not yet verified; the region's staff and the service's provider read it, another
// provider gets not found.
#include <gtest/gtest.h>

#include "accounts/core/caller.hpp"
#include "benchmark/app/results.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/quality_demo.hpp"
#include "network/app/evidence_panel.hpp"
#include "quality/app/actions.hpp"
#include "quality/app/audits.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

accounts::Caller member(long long user, long long org, accounts::OrganisationType type) {
  accounts::Caller c;
  c.principal.user_id = user;
  c.principal.login = "test";
  c.principal.memberships.push_back({org, type, accounts::Role::manager, "", "86", ""});
  return c;
}

TEST(DevEvidence, ThePanelShowsWhatTheBenchmarkAndQualityModulesShowTheCaller) {
  TestDatabase t(Backend::sqlite);
  auto& db = t.db();
  const auto region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) {
    auto c = demo::write_demo_region(s, region, kvalis::store::now_epoch());
    demo::write_benchmark_demo(s, region, c);
    demo::write_quality_demo(s, region, c);
    return c;
  });
  const auto kraj = member(ctx.users.at("kraj.referent"), ctx.region_id, accounts::OrganisationType::region);

  // A service of the demo with benchmark results and a closed audit.
  long long service = 0;
  for (const auto& [key, id] : ctx.services) {
    auto scores = benchmark::app::service_scores(db, kraj, id, std::nullopt);
    if (!scores || scores->groups.empty()) continue;
    quality::app::AuditQuery q;
    q.service_id = id;
    q.status = quality::AuditStatus::kClosed;
    if (quality::app::list_audits(db, kraj, q).items.empty()) continue;
    service = id;
    break;
  }
  ASSERT_NE(service, 0) << "the demo has no service with benchmark results and a closed audit";

  const auto panel = network::app::evidence_panel(db, kraj, service);
  ASSERT_TRUE(panel) << panel.error().message_key;
  EXPECT_EQ(panel->service.id, service);

  const auto scores = benchmark::app::service_scores(db, kraj, service, std::nullopt);
  std::size_t indicators = 0;
  for (const auto& g : scores->groups) indicators += g.trends.indicators.size();
  ASSERT_EQ(panel->indicators.size(), indicators);
  ASSERT_GT(indicators, 0u);
  const auto& first = scores->groups.front().trends.indicators.front();
  const auto& shown = panel->indicators.front();
  EXPECT_EQ(shown.code, first.indicator.code);
  EXPECT_EQ(shown.indicator, first.indicator.name_cs);
  EXPECT_EQ(shown.group, scores->groups.front().group.name);
  ASSERT_EQ(shown.trend.size(), first.points.size());
  for (std::size_t i = 0; i < first.points.size(); ++i) {
    EXPECT_EQ(shown.trend[i].round_id, first.points[i].round.id);
    EXPECT_EQ(shown.trend[i].period, first.points[i].round.period_year);
    EXPECT_EQ(shown.trend[i].value, first.points[i].value);
    if (!first.points[i].suppressed) {
      EXPECT_EQ(shown.trend[i].peer_median, first.points[i].median);
      EXPECT_EQ(shown.trend[i].peer_q1, first.points[i].q1);
      EXPECT_EQ(shown.trend[i].peer_q3, first.points[i].q3);
    }
  }

  quality::app::AuditQuery q;
  q.service_id = service;
  q.status = quality::AuditStatus::kClosed;
  const auto audits = quality::app::list_audits(db, kraj, q);
  ASSERT_TRUE(panel->last_audit);
  EXPECT_EQ(panel->last_audit->id, audits.items.front().id);
  EXPECT_EQ(panel->last_audit->verdict, audits.items.front().verdict);
  quality::app::ActionQuery aq;
  aq.audit_id = audits.items.front().id;
  std::size_t open = 0;
  for (const auto& a : quality::app::find_actions(db, kraj, aq)) open += a.status != "verified" ? 1 : 0;
  EXPECT_EQ(panel->last_audit->open_actions.size(), open);
  for (const auto& a : panel->last_audit->open_actions) EXPECT_NE(a.status, "verified");

  // The service's provider reads it too; another provider does not.
  const long long provider = panel->service.provider_id;
  EXPECT_TRUE(network::app::evidence_panel(db, member(0, provider, accounts::OrganisationType::provider), service));
  long long other = 0;
  for (const auto& [key, id] : ctx.providers)
    if (id != provider) other = id;
  const auto refused =
      network::app::evidence_panel(db, member(0, other, accounts::OrganisationType::provider), service);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace kvalis::testing
