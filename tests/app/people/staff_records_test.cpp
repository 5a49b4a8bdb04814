// Staff records through people/app (workers_records): a provider's manager records a worker with absences,
// external trainings, an education plan and appraisals; who reads and writes (the employer's admin and
// manager, the worker their own record, nobody else: 404), every read in the activity log, input errors naming
// their field, and deletion refused while the worker has training registrations. SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "people/app/workers_records.hpp"
#include "platform/store/query.hpp"
#include "staff_world.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using namespace people_staff;
using accounts::Role;

class StaffRecordsTest : public ::testing::TestWithParam<Backend> {};

long long count(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) { return store::count_rows(s, sql, store::Filter{}); });
}

long long logged(store::Database& db, const std::string& action, long long entity_id) {
  return db.read([&](soci::session& s) {
    store::Filter f;
    f.add("action = ?", {action});
    f.add("entity_id = ?", {std::to_string(entity_id)});
    return store::count_rows(s, "SELECT COUNT(*) FROM audit_log" + f.where(), f);
  });
}

people::WorkerInput worker_in(const std::string& name, const std::string& category, const std::string& start) {
  people::WorkerInput in;
  in.name = name;
  in.position = "sociální pracovnice";
  in.team = "Terénní tým";
  in.category = category;
  in.employment_start = start;
  return in;
}

TEST_P(StaffRecordsTest, ManagerRecordsAWorkerAndOnlyTheEmployerReadsIt) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);

  auto in = worker_in("Jana Nováková", "social_worker", "2019-03-01");
  in.service_id = w.service;
  in.user_id = w.users.at("worker");
  const auto created = papp::create_worker(db, manager, w.provider, in);
  ASSERT_TRUE(created.ok()) << created.error().message_key << " " << created.error().field;
  const long long id = created->data.worker.id;
  EXPECT_EQ(created->data.worker.service_name, "Terénní programy Náchod");
  EXPECT_TRUE(created->can_manage);
  ASSERT_EQ(created->requirements.size(), 2u);  // this year and last year
  EXPECT_EQ(created->requirements[0].result.required_hours, 24);
  EXPECT_EQ(created->requirements[0].result.shortfall_hours, 24);

  ASSERT_TRUE(papp::add_absence(db, manager, id, {"2025-02-01", "2025-05-15", "nemoc"}).ok());
  ASSERT_TRUE(papp::add_external_training(db, manager, id,
                                          {"2025-03-12", "Motivační rozhovory", "KVI", 16, "accredited_course", "A1"})
                  .ok());
  ASSERT_TRUE(papp::add_education_plan(db, manager, id, {2025, "2025-01-20", "Kurzy", "2026-01-20"}).ok());
  ASSERT_TRUE(papp::add_appraisal(db, manager, id, {"2024-01-15", "vedoucí", "", "2025-01-15"}).ok());
  const auto detail = papp::add_appraisal(db, manager, id, {"2025-01-16", "vedoucí", "", "2026-01-16"});
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->data.absences.size(), 1u);
  EXPECT_EQ(detail->data.trainings.size(), 1u);
  EXPECT_EQ(detail->data.plans.size(), 1u);
  ASSERT_EQ(detail->data.appraisals.size(), 2u);
  EXPECT_EQ(detail->appraisal_next_due_on, "2026-01-16");  // the latest appraisal's
  // Last year's requirement (2025 is "last year" only in 2026; the numbers hold for 2025 in any case).
  for (const auto& r : detail->requirements)
    if (r.year == 2025) {
      EXPECT_EQ(r.result.required_hours, 22);  // one twelfth off for the absence (literal reading)
      EXPECT_EQ(r.result.counted_hours, 16);
      EXPECT_EQ(r.result.shortfall_hours, 6);
    }

  // The employer's admin reads and writes; the linked worker reads their own record only.
  const auto admin = caller(w.users.at("admin"), "spravce.org", w.provider, Role::admin);
  EXPECT_TRUE(papp::get_worker(db, admin, id).ok());
  const auto self = caller(w.users.at("worker"), "pracovnik", w.provider, Role::worker);
  const auto own = papp::get_worker(db, self, id);
  ASSERT_TRUE(own.ok());
  EXPECT_FALSE(own->can_manage);
  EXPECT_EQ(papp::update_worker(db, self, id, in).error().code, ErrorCode::forbidden);
  // Everyone else: not found, as if the worker did not exist.
  for (const auto& outsider :
       {caller(w.users.at("worker2"), "pracovnik2", w.provider, Role::worker),
        caller(w.users.at("evaluator"), "hodnotitel", w.provider, Role::evaluator),
        caller(w.users.at("other"), "cizi.manazer", w.other_provider, Role::manager),
        caller(w.users.at("region"), "kraj.admin", w.region, Role::admin, accounts::OrganisationType::region)}) {
    const auto r = papp::get_worker(db, outsider, id);
    ASSERT_FALSE(r.ok()) << outsider.principal.login;
    EXPECT_EQ(r.error().code, ErrorCode::not_found) << outsider.principal.login;
    EXPECT_EQ(papp::update_worker(db, outsider, id, in).error().code, ErrorCode::not_found);
    EXPECT_EQ(papp::delete_worker(db, outsider, id).error().code, ErrorCode::not_found);
    const auto list = papp::list_workers(db, outsider, {w.provider, "", ""});
    EXPECT_TRUE(!list.ok() || list->empty()) << outsider.principal.login;
  }
  // The platform administrator reads everything.
  EXPECT_TRUE(papp::get_worker(db, accounts::system_caller(), id).ok());

  // Every read of the record is in the activity log: the admin, the worker and the platform administrator.
  EXPECT_EQ(logged(db, "people.worker.read", id), 3);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'people.absence.create'"), 1);

  // The list: the manager sees the worker with this year's requirement; the worker sees their own.
  const auto list = papp::list_workers(db, manager, {w.provider, "nová", "social_worker"});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().worker.id, id);
  EXPECT_TRUE(list->front().can_manage);
  const auto mine = papp::list_workers(db, self, {std::nullopt, "", ""});
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_FALSE(mine->front().can_manage);
  const auto orgs = papp::staff_organisations(db, manager);
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_TRUE(orgs.front().can_manage);
  const auto self_orgs = papp::staff_organisations(db, self);
  ASSERT_EQ(self_orgs.size(), 1u);
  EXPECT_FALSE(self_orgs.front().can_manage);
  EXPECT_TRUE(
      papp::staff_organisations(db, caller(w.users.at("other"), "cizi.manazer", w.other_provider, Role::manager))
          .front()
          .organisation.id == w.other_provider);
}

TEST_P(StaffRecordsTest, InputErrorsNameTheirField) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);
  auto bad = worker_in("Jana", "nurse", "2020-01-01");
  auto r = papp::create_worker(db, manager, w.provider, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "category");
  bad = worker_in("Jana", "social_worker", "2020-01-01");
  bad.service_id = w.other_service;
  EXPECT_EQ(papp::create_worker(db, manager, w.provider, bad).error().field, "service_id");
  bad.service_id.reset();
  bad.user_id = w.users.at("other");  // not a member of the provider
  EXPECT_EQ(papp::create_worker(db, manager, w.provider, bad).error().field, "user_id");
  // Another organisation's staff: not found (the caller is not a member) / forbidden (a member without the role).
  EXPECT_EQ(papp::create_worker(db, manager, w.other_provider, worker_in("X", "other", "2020-01-01")).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(papp::create_worker(db, caller(w.users.at("worker"), "pracovnik", w.provider, Role::worker), w.provider,
                                worker_in("X", "other", "2020-01-01"))
                .error()
                .code,
            ErrorCode::forbidden);
  // A region is no employer here.
  EXPECT_EQ(
      papp::create_worker(db, accounts::system_caller(), w.region, worker_in("X", "other", "2020-01-01")).error().field,
      "organisation_id");

  const auto created =
      papp::create_worker(db, manager, w.provider, worker_in("Petr Svoboda", "social_worker", "2020-01-01"));
  ASSERT_TRUE(created.ok());
  const long long id = created->data.worker.id;
  const auto short_absence = papp::add_absence(db, manager, id, {"2025-03-10", "2025-04-09", ""});
  ASSERT_FALSE(short_absence.ok());
  EXPECT_EQ(short_absence.error().field, "date_to");
  EXPECT_EQ(short_absence.error().message_key, "people.staff.absence_too_short");
  ASSERT_TRUE(papp::add_education_plan(db, manager, id, {2025, "2025-01-10", "", ""}).ok());
  const auto twice = papp::add_education_plan(db, manager, id, {2025, "2025-02-10", "", ""});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_EQ(twice.error().field, "year");
  // Nothing of a failed request stays.
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_workers"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_absences"), 0);
}

TEST_P(StaffRecordsTest, DeletionIsRefusedWhileTheWorkerHasRegistrations) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = manager_of(w);
  const auto a =
      papp::create_worker(db, manager, w.provider, worker_in("Lucie Malá", "social_services_worker", "2019-01-01"));
  const auto b =
      papp::create_worker(db, manager, w.provider, worker_in("Marie Černá", "social_services_worker", "2019-01-01"));
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(papp::add_absence(db, manager, b->data.worker.id, {"2025-01-01", "2025-03-31", ""}).ok());
  const auto session = add_session(db, w.region, "2025-04-01", 8, false, "held");
  add_registration(db, session, a->data.worker.id, w.provider, "attended");
  const auto refused = papp::delete_worker(db, manager, a->data.worker.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_TRUE(papp::delete_worker(db, manager, b->data.worker.id).ok());
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_workers"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_absences"), 0);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'people.worker.delete'"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffRecordsTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
