// The education requirement through people/app (requirement_app, supervision_hours): hours counted from
// attended Kvalis sessions (accredited module: course hours; in-house module: in-house hours, capped) and
// external trainings, planned hours from registrations for future sessions, the rule reading chosen and
// shown, the region's aggregates with small cells suppressed and refused to others, and supervision hours
// from the quality module's records matched to workers by name. SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "people/app/requirement_app.hpp"
#include "people/app/supervision_hours.hpp"
#include "people/app/workers_records.hpp"
#include "quality/app/care_supervision.hpp"
#include "staff_world.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using namespace people_staff;
using accounts::Role;

class StaffRequirementTest : public ::testing::TestWithParam<Backend> {};

long long add_worker(store::Database& db, const accounts::Caller& c, long long org, const std::string& name,
                     const std::string& category, const std::string& start, const std::string& team = "") {
  people::WorkerInput in;
  in.name = name;
  in.category = category;
  in.team = team;
  in.employment_start = start;
  auto r = papp::create_worker(db, c, org, in);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message_key + " " + r.error().field);
  return r.ok() ? r->data.worker.id : 0;
}

const papp::RequirementItem& item_of(const papp::RequirementList& list, long long worker) {
  for (const auto& i : list.items)
    if (i.worker.id == worker) return i;
  throw std::runtime_error("worker not in the list");
}

bool has_note(const papp::WorkerRequirement& r, const std::string& key) {
  for (const auto& n : r.notes)
    if (n.key == key) return true;
  return false;
}

TEST_P(StaffRequirementTest, AttendedSessionsAndExternalTrainingsCount) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);
  const long long jana = add_worker(db, manager, w.provider, "Jana Nováková", "social_worker", "2019-01-01");
  const long long petr = add_worker(db, manager, w.provider, "Petr Svoboda", "social_worker", "2025-05-01");
  const long long left = add_worker(db, manager, w.provider, "Odešlý Pracovník", "social_worker", "2010-01-01");
  people::WorkerInput ended;
  ended.name = "Odešlý Pracovník";
  ended.category = "social_worker";
  ended.employment_start = "2010-01-01";
  ended.employment_end = "2024-06-30";
  ASSERT_TRUE(papp::update_worker(db, manager, left, ended).ok());

  // Accredited module of 8 h attended (module hours), another attended for 5 h only, an in-house module of
  // 12 h (8 count), an absence and a cancelled registration that do not count, and 4 h of other education.
  const auto accredited = add_session(db, w.region, "2025-03-04", 8, false, "held");
  const auto accredited2 = add_session(db, w.region, "2025-06-10", 8, false, "held");
  const auto in_house = add_session(db, w.region, "2025-04-15", 12, true, "held");
  const auto missed = add_session(db, w.region, "2025-09-01", 8, false, "held");
  const auto last_year = add_session(db, w.region, "2024-11-05", 8, false, "held");
  add_registration(db, accredited, jana, w.provider, "attended");
  add_registration(db, accredited2, jana, w.provider, "attended", 5);
  add_registration(db, in_house, jana, w.provider, "attended");
  add_registration(db, missed, jana, w.provider, "absent");
  add_registration(db, last_year, jana, w.provider, "attended");
  ASSERT_TRUE(
      papp::add_external_training(db, manager, jana, {"2025-10-02", "Konference", "APSS", 4, "other", ""}).ok());
  add_registration(db, accredited, petr, w.provider, "cancelled");

  const auto list = papp::requirement_list(db, manager, w.provider, 2025, people::kDefaultAbsenceReading);
  ASSERT_TRUE(list.ok()) << list.error().message_key;
  EXPECT_EQ(list->items.size(), 2u);  // the worker who left in 2024 is not in the 2025 list
  const auto& j = item_of(*list, jana);
  EXPECT_EQ(j.requirement.result.required_hours, 24);
  EXPECT_EQ(j.requirement.result.in_house_counted, 8);
  EXPECT_EQ(j.requirement.result.counted_hours, 25);  // 8 + 5 + 8 (in-house cap) + 4
  EXPECT_EQ(j.requirement.result.shortfall_hours, 0);
  EXPECT_TRUE(has_note(j.requirement, "people.requirement.in_house_capped"));
  const auto& p = item_of(*list, petr);
  EXPECT_EQ(p.requirement.result.required_hours, 16);  // May–December: 8/12 of 24 h
  EXPECT_EQ(p.requirement.result.counted_hours, 0);
  EXPECT_EQ(p.requirement.result.shortfall_hours, 16);
  EXPECT_FALSE(p.education_plan);

  // Planned: registrations for sessions from today on, in the year asked for.
  const int next = papp::current_year() + 1;
  const auto planned = add_session(db, w.region, std::to_string(next) + "-03-01", 16, false, "open");
  add_registration(db, planned, petr, w.provider, "registered");
  const auto waiting = add_session(db, w.region, std::to_string(next) + "-04-01", 8, false, "open");
  add_registration(db, waiting, petr, w.provider, "waiting");
  const auto future = papp::requirement_list(db, manager, w.provider, next, people::kDefaultAbsenceReading);
  ASSERT_TRUE(future.ok());
  EXPECT_EQ(item_of(*future, petr).requirement.planned_hours, 16);
  EXPECT_TRUE(has_note(item_of(*future, petr).requirement, "people.staff.planned"));

  // Only the employer's managers and the platform administrator read the list.
  EXPECT_EQ(papp::requirement_list(db, caller(w.users.at("worker"), "pracovnik", w.provider, Role::worker), w.provider,
                                   2025, people::kDefaultAbsenceReading)
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      papp::requirement_list(
          db, caller(w.users.at("region"), "kraj.admin", w.region, Role::admin, accounts::OrganisationType::region),
          w.provider, 2025, people::kDefaultAbsenceReading)
          .error()
          .code,
      ErrorCode::not_found);
  EXPECT_TRUE(
      papp::requirement_list(db, accounts::system_caller(), w.provider, 2025, people::kDefaultAbsenceReading).ok());
  EXPECT_EQ(papp::requirement_list(db, manager, w.provider, 20250, people::kDefaultAbsenceReading).error().field,
            "year");
}

TEST_P(StaffRequirementTest, OspodCoursesAndTheReadingOfTheAbsenceRule) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto head =
      caller(w.users.at("ospod"), "ospod.vedouci", w.ospod, Role::manager, accounts::OrganisationType::municipality);
  const long long irena = add_worker(db, head, w.ospod, "Mgr. Irena Holubová", "ospod", "2008-09-01");
  ASSERT_TRUE(papp::add_absence(db, head, irena, {"2025-03-15", "2025-05-20", ""}).ok());
  ASSERT_TRUE(papp::add_external_training(db, head, irena,
                                          {"2025-09-09", "Domácí násilí", "VCH", 16, "accredited_course", "A1"})
                  .ok());
  ASSERT_TRUE(papp::add_external_training(db, head, irena, {"2025-10-01", "Porada", "OSPOD", 6, "in_house", ""}).ok());
  ASSERT_TRUE(papp::add_external_training(db, head, irena, {"2025-11-01", "Konference", "APSS", 8, "other", ""}).ok());
  const auto in_house_module = add_session(db, w.region, "2025-06-01", 8, true, "held");
  add_registration(db, in_house_module, irena, w.ospod, "attended");

  const auto literal = papp::requirement_list(db, head, w.ospod, 2025, people::AbsenceReading::one_twelfth_once);
  ASSERT_TRUE(literal.ok());
  const auto& r = item_of(*literal, irena).requirement;
  EXPECT_EQ(r.result.required_hours, 44);  // 48 h less one twelfth
  EXPECT_EQ(r.result.counted_hours, 16);   // accredited courses only
  EXPECT_EQ(r.result.shortfall_hours, 28);
  EXPECT_TRUE(has_note(r, "people.staff.other_not_counted"));
  EXPECT_TRUE(has_note(r, "people.absence_reading.one_twelfth_once"));
  EXPECT_EQ(literal->reading, people::AbsenceReading::one_twelfth_once);
  const auto started = papp::requirement_list(db, head, w.ospod, 2025, people::AbsenceReading::started_months);
  ASSERT_TRUE(started.ok());
  EXPECT_EQ(item_of(*started, irena).requirement.result.required_hours, 36);  // March, April, May off
  const auto whole = papp::requirement_list(db, head, w.ospod, 2025, people::AbsenceReading::whole_months);
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(item_of(*whole, irena).requirement.result.required_hours, 44);  // April only
}

TEST_P(StaffRequirementTest, RegionSeesAggregatesOnly) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);
  for (int i = 0; i < 5; ++i) {
    const long long id =
        add_worker(db, manager, w.provider, "Sociální pracovník " + std::to_string(i), "social_worker", "2019-01-01");
    if (i < 3) {
      ASSERT_TRUE(
          papp::add_external_training(db, manager, id, {"2025-05-05", "Kurz", "KVI", 24, "accredited_course", ""})
              .ok());
    }
  }
  add_worker(db, manager, w.provider, "Pečovatelka", "social_services_worker", "2019-01-01");
  add_worker(db, manager, w.provider, "Vedoucí", "manager", "2015-01-01");
  const auto other = caller(w.users.at("other"), "cizi.manazer", w.other_provider, Role::manager);
  add_worker(db, other, w.other_provider, "Jediná pracovnice", "social_services_worker", "2019-01-01");

  const auto region =
      caller(w.users.at("region"), "kraj.admin", w.region, Role::admin, accounts::OrganisationType::region);
  const auto agg = papp::regional_requirement(db, region, "", 2025, people::kDefaultAbsenceReading);
  ASSERT_TRUE(agg.ok()) << agg.error().message_key;
  EXPECT_EQ(agg->region_code, "86");
  ASSERT_EQ(agg->items.size(), 2u);
  const auto& charita = agg->items[0].organisation.id == w.provider ? agg->items[0] : agg->items[1];
  ASSERT_EQ(charita.cells.size(), 4u);  // social workers, social-services worker, manager, total
  EXPECT_EQ(charita.cells[0].category, "social_worker");
  EXPECT_FALSE(charita.cells[0].suppressed);
  EXPECT_EQ(charita.cells[0].workers, 5);
  EXPECT_EQ(charita.cells[0].short_workers, 2);
  EXPECT_EQ(charita.cells[0].shortfall_hours, 48);
  EXPECT_TRUE(charita.cells[1].suppressed);
  EXPECT_EQ(charita.cells[1].workers, 0);
  EXPECT_TRUE(charita.cells[2].suppressed);
  EXPECT_EQ(charita.cells[3].category, "");
  EXPECT_EQ(charita.cells[3].workers, 7);
  EXPECT_EQ(charita.cells[3].short_workers, 3);  // the social-services worker is short too
  const auto& small = agg->items[0].organisation.id == w.provider ? agg->items[1] : agg->items[0];
  for (const auto& c : small.cells) EXPECT_TRUE(c.suppressed);

  // Another region, a provider's manager and an evaluator: refused; a caller without a region must name one.
  const auto other_region = caller(w.users.at("other_region"), "pk.admin", w.other_region, Role::admin,
                                   accounts::OrganisationType::region, "53");
  EXPECT_EQ(papp::regional_requirement(db, other_region, "86", 2025, people::kDefaultAbsenceReading).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(papp::regional_requirement(db, manager, "86", 2025, people::kDefaultAbsenceReading).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(papp::regional_requirement(db, manager, "", 2025, people::kDefaultAbsenceReading).error().field,
            "region_code");
  EXPECT_TRUE(
      papp::regional_requirement(db, accounts::system_caller(), "86", 2025, people::kDefaultAbsenceReading).ok());
}

TEST_P(StaffRequirementTest, SupervisionHoursFromTheQualityModule) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);
  const long long jana = add_worker(db, manager, w.provider, "Jana  Nováková", "social_worker", "2019-01-01", "Terén");
  const long long eva = add_worker(db, manager, w.provider, "Eva Dvořáková", "social_services_worker", "2015-01-01");
  add_worker(db, manager, w.provider, "Bez Supervize", "social_worker", "2015-01-01");
  ASSERT_TRUE(
      papp::add_external_training(db, manager, eva, {"2025-02-02", "Kurz", "KVI", 8, "accredited_course", ""}).ok());
  namespace qc = quality::care;
  for (const auto& [held, hours, people] : std::vector<std::tuple<std::string, double, std::vector<qc::Participant>>>{
           {"2025-02-14",
            3,
            {{"Jana Nováková", "Terénní tým"}, {"Eva Dvořáková", "Domov"}, {"Host Zvenku", "Terénní tým"}}},
           {"2025-05-20", 1.5, {{"Eva Dvořáková", "Domov"}}},
           {"2024-11-11", 2, {{"Jana Nováková", "Terénní tým"}}}}) {
    quality::app::SupervisionInput in;
    in.provider_org_id = w.provider;
    in.kind = qc::SupervisionKind::supervision;
    in.form = qc::SupervisionForm::group;
    in.supervisor = "Mgr. Hana Veselá";
    in.held_on = held;
    in.hours = hours;
    in.topics = "Hranice";
    in.participants = people;
    const auto r = quality::app::record_supervision(db, accounts::system_caller(), in);
    ASSERT_TRUE(r.ok()) << r.error().message_key << " " << r.error().field;
  }
  const auto o = papp::supervision_overview(db, manager, w.provider, 2025);
  ASSERT_TRUE(o.ok()) << o.error().message_key;
  EXPECT_EQ(o->sessions, 2);
  EXPECT_EQ(o->session_hours, 4.5);
  ASSERT_EQ(o->workers.size(), 3u);
  for (const auto& x : o->workers) {
    if (x.worker_id == jana) {
      EXPECT_EQ(x.supervision_hours, 3);  // matched by name (spaces collapsed); 2024 left out
      EXPECT_EQ(x.team, "Terénní tým");
    } else if (x.worker_id == eva) {
      EXPECT_EQ(x.supervision_hours, 4.5);
      EXPECT_EQ(x.supervision_sessions, 2);
      EXPECT_EQ(x.training_hours, 8);
    } else {
      EXPECT_EQ(x.supervision_hours, 0);
    }
  }
  ASSERT_EQ(o->unmatched.size(), 1u);
  EXPECT_EQ(o->unmatched.front().name, "Host Zvenku");
  ASSERT_EQ(o->teams.size(), 2u);
  EXPECT_EQ(papp::supervision_overview(db, caller(w.users.at("worker"), "pracovnik", w.provider, Role::worker),
                                       w.provider, 2025)
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(papp::supervision_overview(db, caller(w.users.at("other"), "cizi.manazer", w.other_provider, Role::manager),
                                       w.provider, 2025)
                .error()
                .code,
            ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffRequirementTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
