// The training use cases (people/app/training_catalogue, registrations_app, feedback_app, certificates_app) on
// SQLite and PostgreSQL: a module and its run plan, registrations of two providers with a waiting list, a
// cancellation moving the first waiting one up (and the log naming it), names only for the organiser and the
// employer, attendance making the session held with hours counted as course or in-house hours for the
// requirement, feedback once per attended registration with no link to the person, and the certificate (HTML;
// PDF by a program that is missing or too slow).
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

#include "accounts/core/caller.hpp"
#include "people/app/certificates_app.hpp"
#include "people/app/feedback_app.hpp"
#include "people/app/registrations_app.hpp"
#include "people/app/training_catalogue.hpp"
#include "people/export/certificates_pdf.hpp"
#include "platform/store/row.hpp"
#include "registry/store/registry_repo.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = people::app;
using people::RegistrationState;
using people::SessionState;

class TrainingAppTest : public ::testing::TestWithParam<Backend> {};

struct World {
  long long region = 0, p1 = 0, p2 = 0;
  long long anna = 0, bohus = 0, cyril = 0, dana = 0;
  long long anna_user = 0;
};

long long add_org(soci::session& s, const std::string& type, const std::string& name) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = "86";
  return store::registry_repo::insert_organisation(s, o, "manual");
}

long long add_user(soci::session& s, const std::string& login) {
  long long id = 0;
  s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (:l, :d, 'x', 0) RETURNING id",
      soci::use(login), soci::use(login), soci::into(id);
  return id;
}

long long add_worker(soci::session& s, long long org, const std::string& name, std::optional<long long> user) {
  long long id = 0;
  kvalis::store::Nullable<long long> u(user);
  s << "INSERT INTO pe_workers (organisation_id, user_id, name, category, employment_start, created_at, updated_at) "
       "VALUES (:o, :u, :n, 'social_worker', '2020-01-01', 0, 0) RETURNING id",
      soci::use(org), soci::use(u.value, u.ind), soci::use(name), soci::into(id);
  return id;
}

World make_world(kvalis::store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj");
    w.p1 = add_org(s, "provider", "Charita Kladské pomezí");
    w.p2 = add_org(s, "provider", "Domov Dobrého pastýře");
    w.anna_user = add_user(s, "anna");
    w.anna = add_worker(s, w.p1, "Anna Šťastná", w.anna_user);
    w.bohus = add_worker(s, w.p1, "Bohuslav Řehoř", std::nullopt);
    w.cyril = add_worker(s, w.p1, "Cyril Novák", std::nullopt);
    w.dana = add_worker(s, w.p2, "Dana Veselá", std::nullopt);
  });
  return w;
}

accounts::Caller member(long long user_id, long long org, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = "u" + std::to_string(user_id);
  accounts::Membership m;
  m.organisation_id = org;
  m.role = role;
  c.principal.memberships.push_back(m);
  return c;
}

long long count(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

papp::ModuleInput module_input(long long organiser, bool in_house) {
  papp::ModuleInput in;
  in.organiser_org_id = organiser;
  in.code = in_house ? "INT-1" : "KV-01";
  in.title = in_house ? "Vnitřní školení: bezpečnost práce" : "Práce s rodinou v krizi";
  in.hours = in_house ? 4 : 8;
  if (!in_house) {
    in.accreditation_number = "A2024/0456-SP/PC";
    in.accreditation_body = "MPSV";
    in.accredited_until = "2028-12-31";
  }
  in.in_house = in_house;
  return in;
}

TEST_P(TrainingAppTest, RegistrationsWaitingListAttendanceFeedbackAndCertificate) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const World w = make_world(db);
  const auto region = member(100, w.region, accounts::Role::manager);
  const auto p1 = member(101, w.p1, accounts::Role::manager);
  const auto p2 = member(102, w.p2, accounts::Role::admin);
  const auto anna = member(w.anna_user, w.p1, accounts::Role::worker);

  // The module and its run plan: 2 places × 2 runs, open, capacity 2.
  auto refused = papp::create_module(db, p1, module_input(w.region, false));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  const auto module = papp::create_module(db, region, module_input(w.region, false));
  ASSERT_TRUE(module) << module.error().message_key;
  papp::RunPlanRequest plan;
  plan.plan = {{"Náchod", "Trutnov"}, 2, "2025-03-03", 14, 2};
  plan.lecturer = "Mgr. Jana Dvořáková";
  plan.cost = 1500;
  plan.state = "open";
  const auto planned = papp::create_run_plan(db, region, module->item.module.id, plan);
  ASSERT_TRUE(planned) << planned.error().field << planned.error().message_key;
  ASSERT_EQ(planned->sessions.size(), 4u);
  EXPECT_EQ(planned->sessions[3].session.held_on, "2025-04-14");
  EXPECT_EQ(planned->sessions[3].session.place, "Trutnov");
  const long long session = planned->sessions[0].session.id;

  // Registrations: two places, then the waiting list in order.
  const auto r1 = papp::register_workers(db, p1, session, {w.anna, w.bohus, w.cyril});
  ASSERT_TRUE(r1) << r1.error().field << " " << r1.error().message_key;
  ASSERT_EQ(r1->items.size(), 3u);
  EXPECT_EQ(r1->items[0].state, RegistrationState::registered);
  EXPECT_EQ(r1->items[1].state, RegistrationState::registered);
  EXPECT_EQ(r1->items[2].state, RegistrationState::waiting);
  EXPECT_EQ(r1->items[2].waiting_position, 1);
  const auto r2 = papp::register_workers(db, p2, session, {w.dana});
  ASSERT_TRUE(r2);
  EXPECT_EQ(r2->items[0].waiting_position, 2);
  // p2 sees only its own worker; the counts are everyone's.
  EXPECT_EQ(r2->session.registrations.size(), 1u);
  EXPECT_EQ(r2->session.item.session.registered, 2);
  EXPECT_EQ(r2->session.item.session.waiting, 2);
  const auto foreign = papp::register_workers(db, p2, session, {w.bohus});
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().field, "worker_ids[0]");

  // Cancelling Bohuslav moves Cyril up; Dana becomes first on the list.
  const long long bohus_reg = r1->items[1].registration_id;
  ASSERT_FALSE(papp::cancel_registration(db, p2, bohus_reg));
  const auto cancelled = papp::cancel_registration(db, p1, bohus_reg);
  ASSERT_TRUE(cancelled) << cancelled.error().message_key;
  const auto seen = papp::get_session(db, region, session);
  ASSERT_TRUE(seen);
  ASSERT_EQ(seen->registrations.size(), 4u);
  std::map<std::string, std::pair<std::string, int>> by_name;
  for (const auto& r : seen->registrations) by_name[r.worker_name] = {r.state, r.waiting_position.value_or(0)};
  EXPECT_EQ(by_name["Cyril Novák"], std::make_pair(std::string("registered"), 0));
  EXPECT_EQ(by_name["Dana Veselá"], std::make_pair(std::string("waiting"), 1));
  EXPECT_EQ(by_name["Bohuslav Řehoř"], std::make_pair(std::string("cancelled"), 0));
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'people.training.cancel' AND detail LIKE "
                  "'%moved up: registration " +
                      std::to_string(r1->items[2].registration_id) + "%'"),
            1);

  // Attendance (the sessions are in 2025, before "today"): Anna 8 h, Cyril 6 h, the session held.
  const long long anna_reg = r1->items[0].registration_id;
  const long long cyril_reg = r1->items[2].registration_id;
  ASSERT_FALSE(papp::record_attendance(db, p1, session, {{anna_reg, true, std::nullopt}}, "2025-12-31"));
  const auto early = papp::record_attendance(db, region, session, {{anna_reg, true, std::nullopt}}, "2025-03-02");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().message_key, "people.training.session_in_future");
  const auto held = papp::record_attendance(db, region, session,
                                            {{anna_reg, true, std::nullopt}, {cyril_reg, true, 6.0}}, "2025-12-31");
  ASSERT_TRUE(held) << held.error().field << " " << held.error().message_key;
  EXPECT_EQ(held->item.session.state, "held");

  // An in-house module counts as in-house hours.
  const auto in_house = papp::create_module(db, region, module_input(w.region, true));
  ASSERT_TRUE(in_house);
  papp::SessionInput si;
  si.module_id = in_house->item.module.id;
  si.held_on = "2025-05-05";
  si.place = "Náchod";
  si.capacity = 5;
  si.state = "open";
  const auto s2 = papp::create_session(db, region, si);
  ASSERT_TRUE(s2) << s2.error().field << s2.error().message_key;
  const auto r3 = papp::register_workers(db, p1, s2->item.session.id, {w.anna});
  ASSERT_TRUE(r3);
  ASSERT_TRUE(papp::record_attendance(db, region, s2->item.session.id,
                                      {{r3->items[0].registration_id, true, std::nullopt}}, "2025-12-31"));
  const auto hours = db.read([&](soci::session& s) { return papp::attended_hours_of(s, {w.anna, w.cyril}, 2025); });
  ASSERT_EQ(hours.size(), 2u);
  for (const auto& h : hours) {
    if (h.worker_id == w.anna) {
      EXPECT_DOUBLE_EQ(h.course_hours, 8);
      EXPECT_DOUBLE_EQ(h.in_house_hours, 4);
    } else {
      EXPECT_EQ(h.worker_id, w.cyril);
      EXPECT_DOUBLE_EQ(h.course_hours, 6);
      EXPECT_DOUBLE_EQ(h.in_house_hours, 0);
    }
  }
  EXPECT_TRUE(db.read([&](soci::session& s) { return papp::attended_hours_of(s, {w.anna}, 2024); }).empty());

  // Feedback: Anna herself once; the results for the organiser only.
  papp::FeedbackInput f;
  f.ratings = {5, 4, 4, 3, "Hodně praktických příkladů."};
  const auto given = papp::give_feedback(db, anna, session, f);
  ASSERT_TRUE(given) << given.error().message_key;
  EXPECT_EQ(given->answers, 1);
  const auto again = papp::give_feedback(db, anna, session, f);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  f.registration_id = cyril_reg;
  ASSERT_FALSE(papp::give_feedback(db, p2, session, f));
  ASSERT_TRUE(papp::give_feedback(db, p1, session, f));
  const auto results = papp::feedback_results(db, region, module->item.module.id, std::nullopt);
  ASSERT_TRUE(results);
  EXPECT_EQ(results->summary.n, 2);
  EXPECT_DOUBLE_EQ(results->summary.content, 5);
  EXPECT_DOUBLE_EQ(results->summary.overall, 4);
  const auto forbidden = papp::feedback_results(db, p1, module->item.module.id, std::nullopt);
  ASSERT_FALSE(forbidden);
  EXPECT_EQ(forbidden.error().code, ErrorCode::forbidden);
  const auto detail = papp::get_module(db, region, module->item.module.id);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->feedback_by_lecturer.size(), 1u);
  EXPECT_EQ(detail->feedback_by_lecturer[0].lecturer, "Mgr. Jana Dvořáková");
  EXPECT_EQ(detail->feedback_by_lecturer[0].summary.n, 2);

  // The certificate: the worker's, with her name, the module, accreditation, hours and place.
  ASSERT_FALSE(papp::certificate_of(db, p2, anna_reg, "html"));
  ASSERT_FALSE(papp::certificate_of(db, p1, bohus_reg, "html"));
  const auto cert = papp::certificate_of(db, anna, anna_reg, "html");
  ASSERT_TRUE(cert) << cert.error().message_key;
  const auto html = people::exports::certificate_html(*cert);
  for (const std::string text :
       {"Anna Šťastná", "Práce s rodinou v krizi", "A2024/0456-SP/PC", "8 hodin", "3. 3. 2025", "Náchod",
        "Mgr. Jana Dvořáková", "Královéhradecký kraj", cert->registration.certificate_number.c_str()})
    EXPECT_NE(html.find(text), std::string::npos) << text;
  EXPECT_NE(html.find("zaměstnavatel: " + cert->registration.organisation_name), std::string::npos);
  EXPECT_EQ(cert->registration.certificate_number.substr(0, 11), "KV-01/2025/");

  // PDF: a missing program is 503 (unavailable); one that overruns the limit is killed.
  const auto missing = people::exports::render_pdf(html, std::chrono::seconds(5), "/nonexistent/weasyprint");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::unavailable);
  EXPECT_EQ(missing.error().message_key, "people.training.pdf_unavailable");
  const auto script = std::filesystem::temp_directory_path() / ("kvalis-slow-" + std::to_string(::getpid()) + ".sh");
  {
    std::ofstream out(script);
    out << "#!/bin/sh\nexec sleep 30\n";
  }
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  const auto slow = people::exports::render_pdf(html, std::chrono::milliseconds(300), script.string());
  std::filesystem::remove(script);
  ASSERT_FALSE(slow);
  EXPECT_EQ(slow.error().message_key, "people.training.pdf_failed");
  ASSERT_EQ(slow.error().params.size(), 1u);
  EXPECT_EQ(slow.error().params[0].second, "time limit exceeded");

  // No column of the feedback links it to a person.
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_feedback"), 2);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pe_registrations WHERE feedback_given = 1"), 2);
}

INSTANTIATE_TEST_SUITE_P(Databases, TrainingAppTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
