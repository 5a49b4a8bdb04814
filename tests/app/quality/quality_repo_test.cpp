// The quality repository on SQLite and PostgreSQL: a set edited by an administrator becomes a new version
// that a re-run of the migrations (a release's catalogue sync) leaves in force, and an audit made with
// the old version keeps that version's criteria; closing an audit records its verdict and per-standard
// results; evidence keeps its bytes.
#include "quality/store/quality_repo.hpp"

#include <gtest/gtest.h>

#include "registry/store/registry_repo.hpp"
#include "server/setup.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace qrepo = store::quality_repo;

class QualityRepoTest : public ::testing::TestWithParam<Backend> {};

long long add_org(soci::session& s, const std::string& type, const std::string& name) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = "86";
  return store::registry_repo::insert_organisation(s, o, "manual");
}

TEST_P(QualityRepoTest, VersionsAuditsAndClose) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  server::migrate(t.db());
  long long audit_id = 0, old_set = 0, new_set = 0;
  std::string old_text;
  t.db().write([&](soci::session& s) {
    const auto versions = qrepo::versions_of(s, "SQSS");
    ASSERT_EQ(versions.size(), 1u);
    old_set = versions.front().id;
    const auto criteria = qrepo::criteria_of(s, old_set);
    ASSERT_FALSE(criteria.empty());
    old_text = criteria.front().text_cs;

    // An audit with the built-in version: every criterion met but the first essential one.
    const long long provider = add_org(s, "provider", "Domov Test");
    const long long body = add_org(s, "audit_body", "Audit s.r.o.");
    qrepo::TemplateRow tmpl;
    tmpl.name = "Šablona";
    tmpl.set_id = old_set;
    const auto scale = quality::met_partly_scale();
    tmpl.scale_code = scale.code;
    tmpl.scale_name = scale.name_cs;
    tmpl.scale_levels = quality::format_scale(scale);
    tmpl.pass_rule = quality::format_pass_rule({2.0, std::nullopt, std::nullopt});
    tmpl.id = qrepo::insert_template(s, tmpl, 1700000000);
    qrepo::AuditRow a;
    a.type = "external";
    a.template_id = tmpl.id;
    a.set_id = old_set;
    a.scale_code = tmpl.scale_code;
    a.scale_name = tmpl.scale_name;
    a.scale_levels = tmpl.scale_levels;
    a.pass_rule = tmpl.pass_rule;
    a.audited_org_id = provider;
    a.conducted_by_org_id = body;
    a.title = "Audit 2026";
    a.methods = {"document_study", "observation"};
    audit_id = qrepo::insert_audit(s, a, 1700000000);
    bool failed_one = false;
    for (const auto& c : criteria) {
      const bool fail = !failed_one && c.essential == "yes";
      failed_one = failed_one || fail;
      qrepo::upsert_assessment(s, audit_id, {c.id, fail ? "not_met" : "met", fail ? "chybí" : "", 0, 1700000000});
    }
    ASSERT_TRUE(failed_one);
    // Sending the same score twice keeps one row.
    qrepo::upsert_assessment(s, audit_id, {criteria.back().id, "met", "znovu", 0, 1700000001});
    EXPECT_EQ(qrepo::assessments_of(s, audit_id).size(), criteria.size());

    // The administrator's new version: a changed wording of the first criterion.
    qrepo::NewSetVersion v;
    v.code = "SQSS";
    v.kind = "builtin";
    v.name = versions.front().name;
    v.valid_from = "2027-01-01";
    for (const auto& st : qrepo::standards_of(s, old_set)) v.standards.push_back(st);
    for (const auto& c : criteria)
      v.criteria.push_back({c.standard, c.letter, c.essential, c.text_cs, c.source, c.note, c.valid_from, c.valid_to});
    v.criteria.front().text_cs = "Nové znění.";
    new_set = qrepo::insert_set_version(s, v, 1700000100);
  });
  // A release's migration run (catalogue sync) does not put the built-in wording back over it.
  server::migrate(t.db());
  t.db().read([&](soci::session& s) {
    const auto versions = qrepo::versions_of(s, "SQSS");
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions.front().id, new_set);
    EXPECT_TRUE(versions.front().latest);
    EXPECT_EQ(versions.back().valid_to, "2026-12-31");
    EXPECT_EQ(qrepo::criteria_of(s, new_set).front().text_cs, "Nové znění.");
    // The audit keeps the version it was made with.
    const auto audit = qrepo::get_audit(s, audit_id);
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->set_id, old_set);
    const auto model = qrepo::model_of(s, *audit);
    EXPECT_EQ(model.criteria.front().text_cs, old_text);
    EXPECT_EQ(audit->methods, (std::vector<std::string>{"document_study", "observation"}));
  });
  t.db().write([&](soci::session& s) {
    const auto score = qrepo::close_audit(s, audit_id, 0, 1700000200);
    EXPECT_EQ(score.verdict, quality::Verdict::kFail);
    const auto audit = qrepo::get_audit(s, audit_id);
    EXPECT_EQ(audit->status, quality::AuditStatus::kClosed);
    EXPECT_EQ(audit->verdict, "fail");
    ASSERT_TRUE(audit->total_percent);
    EXPECT_FALSE(qrepo::parse_standard_percents(audit->standard_percents).empty());
    qrepo::reopen_audit(s, audit_id, 1700000300);
    EXPECT_EQ(qrepo::get_audit(s, audit_id)->verdict, "");
  });
}

TEST_P(QualityRepoTest, EvidenceKeepsItsBytes) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  server::migrate(t.db());
  t.db().write([&](soci::session& s) {
    long long set_id = 0;
    s << "SELECT id FROM standard_sets WHERE code = 'SQSS'", soci::into(set_id);
    const long long provider = add_org(s, "provider", "Domov Test");
    qrepo::AuditRow a;
    a.type = "self_assessment";
    a.set_id = set_id;
    a.scale_code = "met_partly";
    a.scale_levels = quality::format_scale(quality::met_partly_scale());
    a.audited_org_id = provider;
    a.conducted_by_org_id = provider;
    a.title = "Sebehodnocení";
    const long long audit = qrepo::insert_audit(s, a, 1700000000);
    qrepo::EvidenceRow e;
    e.audit_id = audit;
    e.file_name = "zápis.txt";
    e.content_type = "text/plain; charset=utf-8";
    e.size_bytes = 5;
    e.sha256 = "x";
    const long long id = qrepo::insert_evidence(s, e, "QUhPSgo=");
    EXPECT_EQ(qrepo::evidence_content(s, id), "QUhPSgo=");
    EXPECT_EQ(qrepo::get_evidence(s, id)->file_name, "zápis.txt");
    EXPECT_EQ(qrepo::evidence_of_audit(s, audit).size(), 1u);
    qrepo::delete_evidence(s, id);
    EXPECT_FALSE(qrepo::get_evidence(s, id));
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, QualityRepoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
