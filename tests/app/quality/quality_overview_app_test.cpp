// The region overview use case (quality/app/overview.hpp) on SQLite and PostgreSQL: audits of one set
// version made with one template share one scoring model (loaded once, not once per audit), and the
// tallies are those of the core (src/quality/core/overview.hpp).
#include <gtest/gtest.h>

#include "accounts/core/caller.hpp"
#include "quality/app/overview.hpp"
#include "quality/store/quality_repo.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/setup.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace qrepo = store::quality_repo;

class QualityOverviewApp : public ::testing::TestWithParam<Backend> {};

long long add_org(soci::session& s, const std::string& type, const std::string& name) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = "86";
  return store::registry_repo::insert_organisation(s, o, "manual");
}

qrepo::TemplateRow template_of(long long set_id, const quality::Scale& scale, const std::string& name) {
  qrepo::TemplateRow t;
  t.name = name;
  t.set_id = set_id;
  t.scale_code = scale.code;
  t.scale_name = scale.name_cs;
  t.scale_levels = quality::format_scale(scale);
  t.pass_rule = quality::format_pass_rule({2.0, std::nullopt, std::nullopt});
  return t;
}

// A closed audit with every criterion at `level` but the first one at `first`.
long long closed_audit(soci::session& s, const qrepo::TemplateRow& t, long long provider, long long body,
                       const std::string& first, const std::string& level, int n) {
  qrepo::AuditRow a;
  a.type = "external";
  a.template_id = t.id;
  a.set_id = t.set_id;
  a.scale_code = t.scale_code;
  a.scale_name = t.scale_name;
  a.scale_levels = t.scale_levels;
  a.pass_rule = t.pass_rule;
  a.audited_org_id = provider;
  a.conducted_by_org_id = body;
  a.title = "Audit " + std::to_string(n);
  const long long id = qrepo::insert_audit(s, a, 1700000000 + n);
  const auto criteria = qrepo::criteria_of(s, t.set_id);
  for (std::size_t i = 0; i < criteria.size(); ++i)
    qrepo::upsert_assessment(s, id, {criteria[i].id, i == 0 ? first : level, "", 0, 1700000000});
  qrepo::close_audit(s, id, 0, 1700000100 + n);
  return id;
}

TEST_P(QualityOverviewApp, OneScoringModelPerSetVersion) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  server::migrate(t.db());
  std::string first_code;
  t.db().write([&](soci::session& s) {
    const long long set = qrepo::versions_of(s, "SQSS").front().id;
    first_code =
        quality::criterion_code(qrepo::criteria_of(s, set).front().standard, qrepo::criteria_of(s, set).front().letter);
    const long long provider = add_org(s, "provider", "Domov Test");
    const long long body = add_org(s, "audit_body", "Audit s.r.o.");
    auto met = template_of(set, quality::met_partly_scale(), "Splněno");
    met.id = qrepo::insert_template(s, met, 1700000000);
    auto points = template_of(set, quality::points_0_3_scale(), "Body");
    points.id = qrepo::insert_template(s, points, 1700000000);
    // Three audits with one template, one with another scale: two models.
    closed_audit(s, met, provider, body, "not_met", "met", 1);
    closed_audit(s, met, provider, body, "not_met", "met", 2);
    closed_audit(s, met, provider, body, "met", "met", 3);
    closed_audit(s, points, provider, body, "0", "3", 4);
  });
  auto result = quality::app::region_overview(t.db(), accounts::system_caller(), {"SQSS", ""});
  ASSERT_TRUE(result);
  EXPECT_EQ(result->models_built, 2);
  const auto& d = result->overview;
  EXPECT_EQ(d.audits, 4);
  EXPECT_EQ(d.rows.size(), 4u);
  ASSERT_FALSE(d.most_failed.empty());
  EXPECT_EQ(d.most_failed.front().code, first_code);
  EXPECT_EQ(d.most_failed.front().failed, 3);
  EXPECT_EQ(d.most_failed.front().assessed, 4);
  EXPECT_FALSE(d.standards.empty());
}

// The rows come a page at a time while the tallies count every closed audit; each audit is scored once and
// kept in the process's cache until it changes (reopened and closed again: a new revision).
TEST_P(QualityOverviewApp, PagesRowsAndScoresEachAuditOnceUntilItChanges) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  server::migrate(t.db());
  long long changed = 0;
  long long first_criterion = 0;
  t.db().write([&](soci::session& s) {
    const long long set = qrepo::versions_of(s, "SQSS").front().id;
    first_criterion = qrepo::criteria_of(s, set).front().id;
    const long long provider = add_org(s, "provider", "Domov Test");
    const long long body = add_org(s, "audit_body", "Audit s.r.o.");
    auto met = template_of(set, quality::met_partly_scale(), "Splněno");
    met.id = qrepo::insert_template(s, met, 1700000000);
    closed_audit(s, met, provider, body, "not_met", "met", 1);
    closed_audit(s, met, provider, body, "not_met", "met", 2);
    changed = closed_audit(s, met, provider, body, "met", "met", 3);
  });
  quality::app::TallyCache cache;
  quality::app::OverviewQuery q{"SQSS", ""};
  q.page_size = 2;
  auto first = quality::app::region_overview(t.db(), accounts::system_caller(), q, &cache);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->audits_scored, 3);
  EXPECT_EQ(first->overview.rows_total, 3);
  ASSERT_EQ(first->overview.rows.size(), 2u);
  EXPECT_EQ(first->overview.rows[0].audit.title, "Audit 3");  // newest first
  ASSERT_FALSE(first->overview.most_failed.empty());
  EXPECT_EQ(first->overview.most_failed.front().failed, 2);
  EXPECT_EQ(first->overview.most_failed.front().assessed, 3);

  q.page = 2;
  auto second = quality::app::region_overview(t.db(), accounts::system_caller(), q, &cache);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->audits_scored, 0);
  ASSERT_EQ(second->overview.rows.size(), 1u);
  EXPECT_EQ(second->overview.rows[0].audit.title, "Audit 1");
  ASSERT_FALSE(second->overview.most_failed.empty());
  EXPECT_EQ(second->overview.most_failed.front().failed, 2);
  EXPECT_EQ(second->overview.most_failed.front().assessed, 3);

  // The third audit is reopened, its first criterion failed, and closed again in the same second.
  t.db().write([&](soci::session& s) {
    qrepo::reopen_audit(s, changed, 1700000200);
    qrepo::upsert_assessment(s, changed, {first_criterion, "not_met", "", 0, 1700000200});
    qrepo::close_audit(s, changed, 0, 1700000200);
  });
  auto third = quality::app::region_overview(t.db(), accounts::system_caller(), q, &cache);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->audits_scored, 1);
  ASSERT_FALSE(third->overview.most_failed.empty());
  EXPECT_EQ(third->overview.most_failed.front().failed, 3);
  EXPECT_EQ(third->overview.most_failed.front().assessed, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, QualityOverviewApp, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
