// The printable audit report and the Excel/CSV exports of audits and corrective actions, from a
// hand-built audit: the essentials are there in Czech, text is escaped, the sheets have the rows.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/quality_demo.hpp"
#include "platform/export/table.hpp"
#include "platform/store/database.hpp"
#include "quality/export/quality_report.hpp"
#include "quality/export/quality_tables.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace dto = quality::app;

dto::QAuditCriterion criterion(int standard, const std::string& letter, bool essential, const std::string& level,
                               double points, const std::string& note) {
  dto::QAuditCriterion c;
  c.criterion_id = standard * 10 + (letter[0] - 'a');
  c.standard = standard;
  c.letter = letter;
  c.code = std::to_string(standard) + letter;
  c.essential = essential;
  c.text_cs = "Poskytovatel má písemně zpracovaná pravidla (kritérium " + c.code + ")";
  c.level_code = level;
  c.note = note;
  c.state = level.empty() ? "not_scored" : level == "na" ? "not_applicable" : "scored";
  c.points = points;
  c.max = level == "na" ? 0 : 2;
  return c;
}

dto::QStandardResult standard_result(int number, const std::string& name, double points, double max) {
  dto::QStandardResult r;
  r.standard = number;
  r.name_cs = name;
  r.score.points = points;
  r.score.max = max;
  r.score.percent = 100.0 * points / max;
  r.criteria = 2;
  r.scored = 2;
  return r;
}

dto::QAction action(long long id, const std::string& text, const std::string& status, const std::string& due_state) {
  dto::QAction a;
  a.id = id;
  a.finding_id = 1;
  a.audit_id = 7;
  a.audit_title = "Externí audit 2026";
  a.provider_name = "Oblastní charita Náchod";
  a.service_name = "Domov U Lip";
  a.criterion_code = "2a";
  a.finding_text = "Chybí pravidla pro stížnosti.";
  a.severity = "high";
  a.text = text;
  a.owner = "Mgr. Jana Nováková";
  a.due_date = "2026-06-30";
  a.status = status;
  a.due_state = due_state;
  return a;
}

dto::QAudit sample_audit() {
  dto::QAudit a;
  a.summary.id = 7;
  a.summary.type = "external";
  a.summary.title = "Audit <script>alert(1)</script> & spol.";
  a.summary.status = "closed";
  a.summary.audited_org_name = "Oblastní charita Náchod";
  a.summary.service_name = "Domov U Lip";
  a.summary.kind_code = "4";
  a.summary.conducted_by_name = "Krajské centrum kvality";
  a.summary.set_code = "SQSS";
  a.summary.set_version = 2;
  a.summary.starts_on = "2026-03-02";
  a.summary.ends_on = "2026-03-04";
  a.summary.verdict = "fail";
  a.summary.previous_audit_id = 3;
  a.place = "Náchod, Lipová 12";
  a.methods = {"document_study", "interviews_users", "observation"};
  a.team = {{11, "Petr Svoboda", "member"}, {10, "Eva Dvořáková", "leader"}};
  a.warnings = {{"quality.team.too_small", "Tým je menší, než vyžaduje zákon pro pobytové služby (3)."}};
  a.template_name = "Audit kvality podle SQSS";
  a.set_name = "Standardy kvality sociálních služeb";
  a.scale.code = "met_partly";
  a.scale.name_cs = "Splněno / částečně / nesplněno";
  a.scale.levels = {{"met", "splněno", "met", 2.0},
                    {"partly", "částečně splněno", "partly met", 1.0},
                    {"not_met", "nesplněno", "not met", 0.0},
                    {"na", "nehodnoceno", "not applicable", std::nullopt}};
  a.scale.max_points = 2;
  a.pass_rule.essential_min_points = 2;
  a.pass_rule.min_share = 0.6;
  a.summary_text = "Služba má dobře nastavené plánování.\nSlabinou jsou stížnosti.";
  a.standards = {{1, 1, "Cíle a způsoby poskytování služeb", "procedural", true, {}},
                 {2, 2, "Ochrana práv osob", "procedural", true, {}},
                 {3, 3, "Jednání se zájemcem", "procedural", true, {}}};
  a.criteria = {criterion(1, "a", true, "met", 2, "Poslání je zveřejněno."), criterion(1, "b", false, "partly", 1, ""),
                criterion(2, "a", true, "not_met", 0, "Pravidla pro stížnosti <chybí>."),
                criterion(2, "b", false, "na", 0, ""), criterion(3, "a", false, "met", 2, "")};
  a.results.standards = {standard_result(1, "Cíle a způsoby poskytování služeb", 3, 4),
                         standard_result(2, "Ochrana práv osob", 0, 2),
                         standard_result(3, "Jednání se zájemcem", 2, 2)};
  a.results.total = {5, 8, 62.5};
  a.results.verdict = "fail";
  a.results.reasons = {{"essential_failed", "2a", 2, "Zásadní kritérium 2a nedosáhlo 2 bodů (nesplněno)."}};
  dto::QFinding f;
  f.id = 1;
  f.audit_id = 7;
  f.criterion_code = "2a";
  f.severity = "high";
  f.text = "Chybí pravidla pro podávání a vyřizování stížností.";
  f.recommendation = "Zpracovat pravidla a seznámit s nimi uživatele.";
  auto overdue = action(1, "Zpracovat pravidla pro stížnosti", "open", "overdue");
  overdue.days_overdue = 12;
  auto verified = action(2, "Seznámit uživatele s pravidly", "verified", "closed");
  verified.done_date = "2026-05-10";
  verified.verified_date = "2026-05-20";
  verified.verification_evidence = "Prezenční listina ze schůzky uživatelů";
  auto rejected = action(3, "Zveřejnit pravidla na nástěnce", "in_progress", "on_track");
  rejected.rejection_reason = "Pravidla nejsou ve snadno čitelné formě.";
  f.actions = {overdue, verified, rejected};
  dto::QFinding general;
  general.id = 2;
  general.severity = "low";
  general.text = "Webové stránky neuvádějí aktuální ceník.";
  a.findings = {f, general};
  a.revision = 14;
  a.closed_at = "2026-03-10T09:00:00Z";
  return a;
}

dto::QComparison sample_comparison() {
  dto::QComparison c;
  c.previous_audit_id = 3;
  c.previous_title = "Externí audit 2025";
  c.previous_ends_on = "2025-04-01";
  c.current_audit_id = 7;
  c.criteria = {{"1a", 1, "a", "partly", "met", "improved", 50.0},
                {"1b", 1, "b", "partly", "partly", "same", 0.0},
                {"2a", 2, "a", "partly", "not_met", "worsened", -50.0}};
  c.standards = {{1, "Cíle a způsoby poskytování služeb", 50.0, 75.0, 25.0, "improved"}};
  c.total = {0, "", 50.0, 62.5, 12.5, "improved"};
  c.improved = 1;
  c.worsened = 1;
  c.same = 1;
  return c;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(QualityExport, ReportHasTheEssentialsInCzech) {
  const auto html = exports::audit_report_html(sample_audit(), sample_comparison(), "2026-11-24");
  for (const char* part : {"<!DOCTYPE html>",
                           "@page { size: A4",
                           "Externí audit",
                           "Domov U Lip",
                           "Oblastní charita Náchod",
                           "Pečovatelská služba (§40)",
                           "Náchod, Lipová 12",
                           "2. 3. 2026 – 4. 3. 2026",
                           "Krajské centrum kvality",
                           "Standardy kvality sociálních služeb",
                           "verze 2",
                           "Splněno / částečně / nesplněno",
                           "každé zásadní kritérium alespoň 2 body (úroveň „splněno“) a celkem alespoň 60 % maxima",
                           "Eva Dvořáková",
                           "vedoucí týmu",
                           "Studium dokumentace",
                           "Rozhovory s uživateli",
                           "Pozorování",
                           "nevyhověl",
                           "Zásadní kritérium 2a nedosáhlo 2 bodů",
                           "Výsledky podle standardů",
                           "Ochrana práv osob",
                           "62,5\u00A0%",
                           "<svg",
                           "<polygon",
                           "Výsledky podle kritérií",
                           "zásadní",
                           "částečně splněno",
                           "nesplněno",
                           "1 / 2",
                           "Tým je menší",
                           "Zjištění a nápravná opatření",
                           "vysoká",
                           "Mgr. Jana Nováková",
                           "30. 6. 2026",
                           "otevřené",
                           "po termínu 12 dní",
                           "ověřeno 20. 5. 2026",
                           "Prezenční listina",
                           "vráceno k dopracování",
                           "v řešení",
                           "Obecné zjištění",
                           "Srovnání s předchozím auditem",
                           "Externí audit 2025",
                           "zlepšení",
                           "zhoršení",
                           "+12,5",
                           "Zprávu vytvořil systém Kvalis dne 24. 11. 2026",
                           "Služba má dobře nastavené plánování.<br>"})
    EXPECT_TRUE(contains(html, part)) << part;
  // The comparison names the levels by the scale's labels.
  EXPECT_TRUE(contains(html, "<td>2a</td><td>částečně splněno</td><td>nesplněno</td>"));
  // The leader is listed first whatever the order of the team.
  EXPECT_LT(html.find("Eva Dvořáková</td>"), html.find("Petr Svoboda</td>"));
  // Escaped: no markup from the data.
  EXPECT_FALSE(contains(html, "<script>"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; spol."));
  EXPECT_TRUE(contains(html, "Pravidla pro stížnosti &lt;chybí&gt;."));
  // The failed essential criterion is highlighted.
  EXPECT_TRUE(contains(html, "<tr class=\"failed\"><td>2a</td>"));
}

TEST(QualityExport, ReportWithoutComparisonOrFindingsAndADraft) {
  auto a = sample_audit();
  a.summary.status = "draft";
  a.findings.clear();
  a.results.standards.resize(2);  // two standards: no radar chart
  const auto html = exports::audit_report_html(a, std::nullopt, "2026-11-24");
  EXPECT_TRUE(contains(html, "Pracovní verze"));
  EXPECT_TRUE(contains(html, "Audit nezaznamenal žádná zjištění."));
  EXPECT_FALSE(contains(html, "Srovnání s předchozím auditem"));
  EXPECT_FALSE(contains(html, "<polygon"));
  EXPECT_EQ(exports::standards_radar_svg(a.results.standards), "");
}

TEST(QualityExport, SheetsHaveTheRowsAndCzechLabels) {
  const auto a = sample_audit();
  const auto sheets = exports::audit_sheets(a);
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[0].name, "Výsledky");
  EXPECT_EQ(sheets[1].name, "Standardy");
  EXPECT_EQ(sheets[2].name, "Zjištění a opatření");

  const auto& results = sheets[0];
  ASSERT_EQ(results.rows.size(), a.criteria.size());
  EXPECT_EQ(results.header[2], "Kritérium");
  EXPECT_EQ(std::get<std::string>(results.rows[2][2]), "2a");
  EXPECT_EQ(std::get<std::string>(results.rows[2][3]), "ano");
  EXPECT_EQ(std::get<std::string>(results.rows[2][5]), "nesplněno");
  EXPECT_EQ(std::get<std::string>(results.rows[1][5]), "částečně splněno");
  EXPECT_EQ(std::get<double>(results.rows[1][8]), 1.0);
  EXPECT_EQ(std::get<std::string>(results.rows[3][7]), "nevztahuje se");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(results.rows[3][8]));  // n/a has no points
  EXPECT_EQ(std::get<std::string>(results.rows[0][1]), "Cíle a způsoby poskytování služeb");
  EXPECT_TRUE(contains(results.notes[0], "Externí audit"));
  EXPECT_TRUE(contains(results.notes[3], "nevyhověl"));

  const auto& standards = sheets[1];
  ASSERT_EQ(standards.rows.size(), 4u);  // three standards and the total
  EXPECT_EQ(std::get<double>(standards.rows[0][4]), 75.0);
  EXPECT_EQ(std::get<std::string>(standards.rows[3][1]), "Celkem – nevyhověl");
  EXPECT_EQ(std::get<double>(standards.rows[3][4]), 62.5);
  EXPECT_EQ(std::get<long long>(standards.rows[3][5]), 6);

  const auto& findings = sheets[2];
  ASSERT_EQ(findings.rows.size(), 4u);  // three actions of the first finding, one row for the second
  EXPECT_EQ(std::get<std::string>(findings.rows[0][1]), "vysoká");
  EXPECT_EQ(std::get<std::string>(findings.rows[0][7]), "otevřené");
  EXPECT_EQ(std::get<std::string>(findings.rows[0][8]), "po termínu");
  EXPECT_EQ(std::get<long long>(findings.rows[0][9]), 12);
  EXPECT_EQ(std::get<std::string>(findings.rows[1][7]), "ověřeno");
  EXPECT_EQ(std::get<std::string>(findings.rows[1][12]), "Prezenční listina ze schůzky uživatelů");
  EXPECT_EQ(std::get<std::string>(findings.rows[2][13]), "Pravidla nejsou ve snadno čitelné formě.");
  EXPECT_EQ(std::get<std::string>(findings.rows[3][0]), "(obecné)");
  EXPECT_EQ(std::get<std::string>(findings.rows[3][4]), "(bez opatření)");
  for (const auto& s : sheets)
    for (const auto& r : s.rows) EXPECT_EQ(r.size(), s.header.size()) << s.name;

  const auto xlsx = exports::to_xlsx(sheets);
  EXPECT_EQ(xlsx.substr(0, 2), "PK");
  const auto csv = exports::to_csv(exports::audit_results_sheet(a), ';');
  EXPECT_TRUE(contains(csv, "Standard;Název standardu;Kritérium;Zásadní"));
  EXPECT_TRUE(contains(csv, "2a;ano;"));
  EXPECT_TRUE(contains(csv, "\"Pravidla pro stížnosti <chybí>.\"") || contains(csv, "Pravidla pro stížnosti <chybí>."));
}

TEST(QualityExport, ActionsSheetAndLabels) {
  auto overdue = action(1, "Zpracovat pravidla", "open", "overdue");
  overdue.days_overdue = 3;
  overdue.bm_indicator_code = "STIZ_NA_KLIENTA";
  auto done = action(2, "Proškolit pracovníky", "done", "awaiting_verification");
  done.done_date = "2026-10-01";
  const auto sheet = exports::actions_sheet({overdue, done});
  EXPECT_EQ(sheet.name, "Nápravná opatření");
  ASSERT_EQ(sheet.rows.size(), 2u);
  for (const auto& r : sheet.rows) EXPECT_EQ(r.size(), sheet.header.size());
  EXPECT_EQ(std::get<long long>(sheet.rows[0][0]), 1);
  EXPECT_EQ(std::get<std::string>(sheet.rows[0][1]), "Externí audit 2026");
  EXPECT_EQ(std::get<std::string>(sheet.rows[0][10]), "otevřené");
  EXPECT_EQ(std::get<std::string>(sheet.rows[0][11]), "po termínu");
  EXPECT_EQ(std::get<long long>(sheet.rows[0][12]), 3);
  EXPECT_EQ(std::get<std::string>(sheet.rows[0][17]), "STIZ_NA_KLIENTA");
  EXPECT_EQ(std::get<std::string>(sheet.rows[1][10]), "splněno");
  EXPECT_EQ(std::get<std::string>(sheet.rows[1][11]), "čeká na ověření");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(sheet.rows[1][12]));
  EXPECT_EQ(std::get<std::string>(sheet.rows[1][13]), "2026-10-01");

  EXPECT_EQ(exports::audit_type_cs("self_assessment"), "Sebehodnocení");
  EXPECT_EQ(exports::audit_type_cs("inspection_followup"), "Inspekce poskytování sociálních služeb – následná");
  EXPECT_EQ(exports::audit_method_cs("accompanying"), "Doprovázení (účast na poskytování služby)");
  EXPECT_EQ(exports::action_status_cs("in_progress"), "v řešení");
  EXPECT_EQ(exports::verdict_cs("pass"), "vyhověl");
  EXPECT_EQ(exports::audit_type_cs("unknown_type"), "unknown_type");
  dto::QScale points;
  points.levels = {{"0", "0 bodů", "0 points", 0.0}, {"2", "2 body", "2 points", 2.0}};
  dto::QPassRule rule;
  rule.min_share_per_standard = 0.5;
  EXPECT_EQ(exports::pass_rule_cs(rule, points), "v každém standardu alespoň 50 % maxima bodů");
  EXPECT_EQ(exports::pass_rule_cs({}, points), "bez dalších podmínek: vyhoví každý úplně ohodnocený audit");
}

long long count(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

std::map<std::string, long long> quality_counts(soci::session& s) {
  std::map<std::string, long long> out;
  for (const char* table :
       {"q_templates", "q_audits", "q_audit_team", "q_assessments", "q_findings", "q_actions", "q_action_events"})
    out[table] = count(s, std::string("SELECT COUNT(*) FROM ") + table);
  out["sets"] = count(s, "SELECT COUNT(*) FROM standard_sets");
  return out;
}

class QualityDemoDb : public ::testing::TestWithParam<Backend> {};

TEST_P(QualityDemoDb, AuditsFindingsAndActionsWrittenOnce) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) { return demo::write_demo_region(s, region, store::now_epoch()); });
  const auto first = db.write([&](soci::session& s) { return demo::write_quality_demo(s, region, ctx); });
  EXPECT_EQ(first.templates, 4);
  EXPECT_EQ(first.audits, first.audits_created);
  EXPECT_GE(first.closed, 12);
  EXPECT_GE(first.services, 10);
  EXPECT_GT(first.passed, 3);
  EXPECT_GT(first.failed, 3);
  EXPECT_GE(first.drafts, 1);
  EXPECT_GT(first.actions_overdue, 0);
  EXPECT_TRUE(contains(first.text(), "audit templates"));
  const auto counts = db.read([&](soci::session& s) { return quality_counts(s); });
  db.read([&](soci::session& s) {
    // Several providers, every action status, a rejection, a follow-up, an OSPOD self-assessment, a process audit.
    EXPECT_GE(count(s, "SELECT COUNT(DISTINCT audited_org_id) FROM q_audits"), 6);
    EXPECT_EQ(count(s, "SELECT COUNT(DISTINCT status) FROM q_actions"), 4);
    EXPECT_GT(
        count(s, "SELECT COUNT(*) FROM q_actions WHERE status IN ('open', 'in_progress') AND due_date < '2026-11-24'"),
        2);
    EXPECT_GE(count(s,
                    "SELECT COUNT(*) FROM q_action_events WHERE from_status = 'done' AND to_status = 'in_progress' "
                    "AND note <> ''"),
              1);
    EXPECT_EQ(count(s,
                    "SELECT COUNT(*) FROM q_audits a JOIN q_audits p ON p.id = a.previous_audit_id "
                    "WHERE a.service_id = p.service_id AND p.verdict = 'fail' AND a.verdict = 'pass'"),
              1);
    EXPECT_EQ(count(s,
                    "SELECT COUNT(*) FROM q_audits WHERE service_id IS NULL AND status = 'closed' AND "
                    "audited_org_id = " +
                        std::to_string(ctx.ospod_id)),
              1);
    EXPECT_GE(count(s, "SELECT COUNT(*) FROM q_audits WHERE type = 'process' AND status = 'closed'"), 1);
    EXPECT_GE(count(s,
                    "SELECT COUNT(*) FROM q_audits WHERE type = 'self_assessment' AND status = 'closed' AND "
                    "service_id IS NOT NULL"),
              2);
    EXPECT_GE(count(s,
                    "SELECT COUNT(*) FROM q_audits a JOIN q_audit_team t ON t.audit_id = a.id "
                    "WHERE a.status = 'draft' AND t.user_id = " +
                        std::to_string(ctx.users.at("auditor"))),
              1);
    EXPECT_EQ(count(s, "SELECT COUNT(*) FROM q_audits WHERE starts_on < '2024-01-01' OR ends_on > '2026-12-31'"), 0);
    // Every finding of a closed audit is on a criterion that did not reach the scale's maximum.
    EXPECT_EQ(count(s,
                    "SELECT COUNT(*) FROM q_findings f JOIN q_assessments x ON x.audit_id = f.audit_id AND "
                    "x.criterion_id = f.criterion_id WHERE x.level_code IN ('3', 'met')"),
              0);
  });
  const auto second = db.write([&](soci::session& s) { return demo::write_quality_demo(s, region, ctx); });
  EXPECT_EQ(second.audits_created, 0);
  EXPECT_EQ(second.audits, first.audits);
  EXPECT_EQ(second.closed, first.closed);
  EXPECT_EQ(second.passed, first.passed);
  EXPECT_EQ(second.actions, first.actions);
  EXPECT_EQ(db.read([&](soci::session& s) { return quality_counts(s); }), counts);
}

INSTANTIATE_TEST_SUITE_P(Backends, QualityDemoDb, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
