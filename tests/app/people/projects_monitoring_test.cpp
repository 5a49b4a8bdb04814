// Funded projects (people/app/projects.hpp) on SQLite and PostgreSQL: activities linked to records of other
// modules (a quality audit, a supervision, a strategic plan, a training session, cooperation meetings), the
// monitoring report's counts against those linked records for a period, budget and indicators, links to
// records the caller cannot see refused, and the evaluator who reads everything and writes nothing.
#include <gtest/gtest.h>

#include "people/app/cooperation.hpp"
#include "people/app/projects.hpp"
#include "people/export/monitoring_report.hpp"
#include "people_coop_world.hpp"
#include "planning/app/plans.hpp"
#include "quality/app/care_supervision.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using namespace coop_world;

class ProjectsMonitoringTest : public ::testing::TestWithParam<Backend> {};

long long add_audit(soci::session& s, long long org, const std::string& title, const std::string& ends_on) {
  long long set = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM standard_sets", soci::into(set);
  if (set == 0)
    s << "INSERT INTO standard_sets (code, version, name, created_at) VALUES ('SQSS', 1, 'Standardy kvality', 0) "
         "RETURNING id",
        soci::into(set);
  long long id = 0;
  s << "INSERT INTO q_audits (type, set_id, scale_code, scale_levels, audited_org_id, conducted_by_org_id, title, "
       "starts_on, ends_on, created_at, updated_at) VALUES ('internal', :s, 'three', 'a;b;c', :o, :c, :t, :st, :e, 0, "
       "0) "
       "RETURNING id",
      soci::use(set), soci::use(org), soci::use(org), soci::use(title), soci::use(ends_on), soci::use(ends_on),
      soci::into(id);
  return id;
}

std::map<std::string, int> counts(std::map<std::string, int> m) { return m; }

TEST_P(ProjectsMonitoringTest, TheReportCountsTheLinkedRecordsOfThePeriod) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto c = callers_of(w);

  // Records of other modules.
  long long audit_in = 0, audit_before = 0, audit_other = 0, session_in = 0, session_after = 0;
  db.write([&](soci::session& s) {
    audit_in = add_audit(s, w.provider, "Interní audit kvality 2025", "2025-05-20");
    audit_before = add_audit(s, w.provider, "Vstupní audit", "2025-02-15");
    audit_other = add_audit(s, w.other, "Audit jiného poskytovatele", "2025-05-01");
    s << "INSERT INTO pe_modules (id, organiser_org_id, code, title, hours, created_at, updated_at) "
         "VALUES (801, :r, 'M1', 'Komunikace s klientem', 8, 0, 0)",
        soci::use(w.region);
    s << "INSERT INTO pe_sessions (id, module_id, held_on, place, capacity, state, created_at, updated_at) VALUES "
         "(811, 801, '2025-06-05', 'Náchod', 15, 'held', 0, 0), (812, 801, '2025-09-05', 'Trutnov', 15, 'open', 0, 0)";
    session_in = 811;
    session_after = 812;
  });
  quality::app::SupervisionInput sup;
  sup.provider_org_id = w.provider;
  sup.supervisor = "Mgr. Jana Supervizorová";
  sup.held_on = "2025-04-10";
  sup.hours = 2;
  sup.form = quality::care::SupervisionForm::team;
  sup.participants = {{"Eva Malá", "terén"}};
  auto supervision = quality::app::record_supervision(db, c.manager, sup);
  ASSERT_TRUE(supervision) << supervision.error().message_key << " " << supervision.error().field;
  auto plan = planning::app::create_strategic_plan(db, c.manager,
                                                   {w.provider, "Strategie 2025–2027", 2025, 2027, "", "", "", {}});
  ASSERT_TRUE(plan) << plan.error().message_key;
  auto operational = planning::app::create_operational_plan(
      db, c.manager, {w.provider, {}, plan->plan.id, 2026, "Operační plán 2026"});
  ASSERT_TRUE(operational) << operational.error().message_key;
  auto meetings = papp::plan_meetings(db, c.manager, {w.provider, "Setkání", "2025-01-31", "", 3, 4});
  ASSERT_TRUE(meetings);

  auto project = papp::create_project(db, c.manager,
                                      {w.provider, "Kvalita v praxi", "CZ.03.02.02/00/22_001/0000001", "OPZ+",
                                       "2025-01-01", "2026-12-31", "Ing. Nová", ""});
  ASSERT_TRUE(project) << project.error().message_key;
  EXPECT_EQ(
      papp::create_project(db, c.evaluator, {w.provider, "X", "", "", "2025-01-01", "2025-12-31", "", ""}).error().code,
      ErrorCode::forbidden);
  const auto pid = project->id;
  auto ka1 = papp::create_activity(
      db, c.manager, pid, {"KA1", "Audity a supervize", "2025-01-01", "2025-12-31", "audity kvality", 2.0, "audit"});
  auto ka2 = papp::create_activity(db, c.manager, pid,
                                   {"KA2", "Vzdělávání a plánování", "2025-03-01", "2026-06-30", "školení", {}, ""});
  ASSERT_TRUE(ka1 && ka2);
  EXPECT_EQ(
      papp::create_activity(db, c.manager, pid, {"KA3", "X", "2024-12-01", "2025-01-31", "", {}, ""}).error().field,
      "starts_on");

  for (auto [activity, kind, object] : std::vector<std::tuple<long long, std::string, long long>>{
           {ka1->id, "audit", audit_in},
           {ka1->id, "audit", audit_before},
           {ka1->id, "supervision", supervision->row.id},
           {ka1->id, "meeting", (*meetings)[1].id},
           {ka1->id, "meeting", (*meetings)[2].id},
           {ka2->id, "training_session", session_in},
           {ka2->id, "training_session", session_after},
           {ka2->id, "strategic_plan", plan->plan.id},
           {ka2->id, "operational_plan", operational->plan.id}}) {
    auto linked = papp::add_link(db, c.manager, activity, kind, object);
    ASSERT_TRUE(linked) << kind << " " << linked.error().message_key;
    EXPECT_TRUE(linked->visible);
  }
  // A record the caller cannot see, one that does not exist, a duplicate, a reader.
  EXPECT_EQ(papp::add_link(db, c.manager, ka1->id, "audit", audit_other).error().field, "object_id");
  EXPECT_EQ(papp::add_link(db, c.manager, ka1->id, "benchmark_round", 99).error().field, "object_id");
  EXPECT_EQ(papp::add_link(db, c.manager, ka1->id, "audit", audit_in).error().code, ErrorCode::conflict);
  EXPECT_EQ(papp::add_link(db, c.evaluator, ka1->id, "audit", audit_before).error().code, ErrorCode::forbidden);
  EXPECT_EQ(papp::add_link(db, c.stranger, ka1->id, "audit", audit_before).error().code, ErrorCode::not_found);

  auto personnel = papp::create_budget_line(db, c.manager, pid, {"personnel", "Mzdy", 200000});
  auto training = papp::create_budget_line(db, c.manager, pid, {"training", "Školení", 50000});
  ASSERT_TRUE(personnel && training);
  for (auto [line, date, amount] :
       std::vector<std::tuple<long long, std::string, double>>{{personnel->id, "2025-03-31", 40000},
                                                               {personnel->id, "2025-06-30", 40000},
                                                               {training->id, "2025-06-05", 9000},
                                                               {training->id, "2025-09-05", 9000}})
    ASSERT_TRUE(papp::create_expense(db, c.manager, pid, {line, date, amount, ""}));
  auto audits_ind = papp::create_indicator(db, c.manager, pid, {"A", "Audity", "audit", 4.0, "linked:audit"});
  auto sessions_ind =
      papp::create_indicator(db, c.manager, pid, {"S", "Školení", "běh", 8.0, "linked:training_session"});
  auto people_ind = papp::create_indicator(db, c.manager, pid, {"P", "Podpořené osoby", "osoba", 40.0, "manual"});
  ASSERT_TRUE(audits_ind && sessions_ind && people_ind);
  ASSERT_TRUE(papp::add_indicator_value(db, c.manager, people_ind->id, {"2025-03-31", 10, ""}));
  ASSERT_TRUE(papp::add_indicator_value(db, c.manager, people_ind->id, {"2025-06-30", 25, ""}));
  ASSERT_TRUE(papp::add_indicator_value(db, c.manager, people_ind->id, {"2025-12-31", 41, ""}));
  EXPECT_EQ(papp::add_indicator_value(db, c.manager, audits_ind->id, {"2025-06-30", 3, ""}).error().code,
            ErrorCode::conflict);
  ASSERT_TRUE(papp::create_publicity(db, c.manager, pid, {"Plakát", "2025-02-28", "2025-02-20", "foto"}));
  ASSERT_TRUE(papp::create_publicity(db, c.manager, pid, {"Web", "2025-05-31", "", ""}));

  // Q2 2025 as the evaluator sees it.
  auto r = papp::monitoring_report(db, c.evaluator, pid, "2025-04-01", "2025-06-30");
  ASSERT_TRUE(r) << r.error().message_key;
  ASSERT_EQ(r->activities.size(), 2u);
  const auto& a1 = r->activities[0];
  EXPECT_EQ(a1.outputs_period, counts({{"audit", 1}, {"meeting", 1}, {"supervision", 1}}));
  EXPECT_EQ(a1.outputs_cumulative, counts({{"audit", 2}, {"meeting", 1}, {"supervision", 1}}));
  EXPECT_EQ(a1.total_period, 3);
  EXPECT_EQ(a1.total_cumulative, 4);
  EXPECT_EQ(a1.schedule, people::ScheduleState::running);
  const auto& a2 = r->activities[1];
  EXPECT_EQ(a2.outputs_period, counts({{"training_session", 1}}));
  EXPECT_EQ(a2.outputs_cumulative, counts({{"strategic_plan", 1}, {"training_session", 1}}));
  ASSERT_EQ(a2.records.size(), 1u);
  EXPECT_EQ(a2.records[0].id, session_in);
  EXPECT_EQ(a2.records[0].label, "Komunikace s klientem – Náchod");

  ASSERT_EQ(r->budget.size(), 2u);
  EXPECT_EQ(r->budget[0].category, "personnel");
  EXPECT_DOUBLE_EQ(r->budget[0].spent_period, 40000);
  EXPECT_DOUBLE_EQ(r->budget[0].spent_cumulative, 80000);
  EXPECT_DOUBLE_EQ(r->budget[1].spent_period, 9000);
  EXPECT_DOUBLE_EQ(r->spent_cumulative_total, 89000);
  EXPECT_DOUBLE_EQ(r->planned_total, 250000);

  ASSERT_EQ(r->indicators.size(), 3u);
  EXPECT_EQ(r->indicators[0].value, 2.0);
  EXPECT_EQ(r->indicators[0].value_in_period, 1.0);
  EXPECT_EQ(r->indicators[0].share_of_target, 0.5);
  EXPECT_EQ(r->indicators[1].value, 1.0);
  EXPECT_EQ(r->indicators[2].value, 25.0);
  EXPECT_FALSE(r->indicators[2].met);
  ASSERT_EQ(r->publicity.size(), 2u);
  EXPECT_TRUE(r->publicity[0].met);
  EXPECT_TRUE(r->publicity[1].overdue);

  // The whole project: every link counts, the manual indicator met.
  auto all = papp::monitoring_report(db, c.manager, pid, "", "");
  ASSERT_TRUE(all);
  EXPECT_EQ(all->from, "2025-01-01");
  EXPECT_EQ(all->activities[1].total_cumulative, 4);  // the operational plan of 2026 too
  EXPECT_EQ(all->activities[1].outputs_cumulative.at("operational_plan"), 1);
  EXPECT_EQ(all->indicators[1].value, 2.0);
  EXPECT_TRUE(all->indicators[2].met);
  EXPECT_EQ(papp::monitoring_report(db, c.manager, pid, "2025-07-01", "2025-06-30").error().field, "to");
  EXPECT_EQ(papp::monitoring_report(db, c.stranger, pid, "", "").error().code, ErrorCode::not_found);

  // The printable page and the sheets carry the same numbers.
  const auto html = exports::monitoring_report_html(*r, Lang::cs, "2025-07-01");
  EXPECT_NE(html.find("Interní audit kvality 2025"), std::string::npos);
  EXPECT_NE(html.find("1. 4. 2025 – 30. 6. 2025"), std::string::npos);
  // Counts read "kind: n" (not "1 audity"), whole numbers without decimals ("Cíl 2 audit", not "2,00").
  EXPECT_NE(html.find("audity: "), std::string::npos);
  EXPECT_EQ(html.find(" audity;"), std::string::npos);
  EXPECT_NE(html.find("(Cíl 2 audit)"), std::string::npos);
  EXPECT_EQ(html.find("Cíl 2,00"), std::string::npos);
  const auto html_en = exports::monitoring_report_html(*r, Lang::en, "2025-07-01");
  EXPECT_NE(html_en.find("Budget by category (CZK)"), std::string::npos);
  const auto sheets = exports::monitoring_sheets(*r, Lang::en);
  ASSERT_EQ(sheets.size(), 5u);
  EXPECT_EQ(sheets[1].rows.size(), 4u);  // the records of the period

  // The detail as the evaluator reads it.
  auto d = papp::get_project(db, c.evaluator, pid, "2025-07-01");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->can_manage);
  EXPECT_EQ(d->activities[0].counts, counts({{"audit", 2}, {"meeting", 2}, {"supervision", 1}}));
  EXPECT_EQ(d->indicators[0].value, 2.0);
  EXPECT_EQ(d->indicators[2].value, 41.0);
  EXPECT_DOUBLE_EQ(d->budget_lines[1].spent, 18000);
  auto region = papp::get_project(db, c.region, pid, "2025-07-01");
  ASSERT_TRUE(region);
  EXPECT_EQ(papp::get_project(db, c.stranger, pid, "2025-07-01").error().code, ErrorCode::not_found);

  // Candidates: what the caller may link.
  auto cands = papp::link_candidates(db, c.manager, pid, "audit", "");
  ASSERT_TRUE(cands);
  EXPECT_EQ(cands->size(), 2u);
  EXPECT_EQ(papp::link_candidates(db, c.manager, pid, "cards", "").error().field, "kind");

  // Removing a link changes the report.
  ASSERT_TRUE(papp::remove_link(db, c.manager, ka1->id, "audit", audit_in));
  EXPECT_EQ(papp::monitoring_report(db, c.manager, pid, "2025-04-01", "2025-06-30")->activities[0].total_period, 2);
  EXPECT_EQ(papp::remove_link(db, c.manager, ka1->id, "audit", audit_in).error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Databases, ProjectsMonitoringTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
