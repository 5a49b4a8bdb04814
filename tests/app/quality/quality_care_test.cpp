// Quality module, care part, through the App on SQLite and PostgreSQL: consultations and supervisions
// (access, bad input, hours, findings, CSV), OSPOD procedures and staffing, transformation plans with
// milestones, community checks and inclusion indicators.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/app.hpp"
#include "support/api_client.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace json = boost::json;
using http::Verb;

class QualityCareTest : public ::testing::TestWithParam<Backend> {};

struct World {
  long long region = 0, other_region = 0, provider = 0, other_provider = 0, audit_body = 0, office = 0;
  long long home = 0, sheltered = 0, field = 0, other_home = 0;
  long long finding = 0, other_finding = 0;
};

long long add_org(soci::session& s, const std::string& type, const std::string& name, const std::string& region) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = region;
  return store::registry_repo::insert_organisation(s, o, "manual");
}

long long add_service(store::registry_repo::RegistryWriter& w, long long provider, const std::string& id,
                      const std::string& name, const std::string& kind, const std::string& form,
                      const std::string& region) {
  registry::Service svc;
  svc.registry_id = id;
  svc.name = name;
  svc.kind_code = kind;
  svc.region_code = region;
  svc.territories = {"5209"};
  svc.forms = {{form, true, {{40, "luzka", ""}}}};
  return w.service(provider, svc);
}

long long add_finding(soci::session& s, long long audited, long long auditor, const std::string& text) {
  long long set_id = 0, audit = 0, finding = 0;
  s << "SELECT id FROM standard_sets WHERE code = 'SQSS' ORDER BY version LIMIT 1", soci::into(set_id);
  const long long now = 1700000000;
  s << "INSERT INTO q_audits (type, set_id, scale_code, scale_levels, audited_org_id, conducted_by_org_id, title, "
       "starts_on, created_at, updated_at) VALUES ('external', :s, 'met', 'x', :a, :c, 'Audit 2024', '2024-03-01', :n, "
       ":n2) "
       "RETURNING id",
      soci::use(set_id), soci::use(audited), soci::use(auditor), soci::use(now), soci::use(now), soci::into(audit);
  s << "INSERT INTO q_findings (audit_id, severity, text, created_at) VALUES (:a, 'medium', :t, :n) RETURNING id",
      soci::use(audit), soci::use(text), soci::use(now), soci::into(finding);
  return finding;
}

World make_world(store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    w.other_region = add_org(s, "region", "Pardubický kraj", "53");
    w.provider = add_org(s, "provider", "Domov Pod Zvičinou", "86");
    w.other_provider = add_org(s, "provider", "Domov v Pardubicích", "53");
    w.audit_body = add_org(s, "audit_body", "Institut kvality", "86");
    w.office = add_org(s, "municipality", "MěÚ Náchod – OSPOD", "86");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    w.home = add_service(writer, w.provider, "2000001", "Domov Pod Zvičinou", "12", "pob", "86");
    w.sheltered = add_service(writer, w.provider, "2000002", "Chráněné bydlení Pod Zvičinou", "15", "pob", "86");
    w.field = add_service(writer, w.provider, "2000003", "Podpora samostatného bydlení", "7", "ter", "86");
    w.other_home = add_service(writer, w.other_provider, "2000004", "Domov Pardubice", "12", "pob", "53");
    w.finding = add_finding(s, w.provider, w.audit_body, "Chybí pravidla pro individuální plánování.");
    w.other_finding = add_finding(s, w.other_provider, w.audit_body, "Cizí zjištění.");
  });
  return w;
}

std::string field_of(const json::value& v) { return std::string(v.at("error").at("field").as_string()); }

TEST_P(QualityCareTest, SupervisionsAccessInputAndHours) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller provider = api.login("zvicina.kvalita", {{w.provider, "worker"}});
  const Caller provider_ro = api.login("zvicina.cteni", {{w.provider, "readonly"}});
  const Caller auditor = api.login("auditor", {{w.audit_body, "auditor"}});
  const Caller region = api.login("kraj", {{w.region, "readonly"}});
  const Caller other_region = api.login("pardubice", {{w.other_region, "manager"}});
  const Caller stranger = api.login("jiny", {{w.other_provider, "admin"}});
  const std::string base = "/api/quality/care/supervisions";
  const std::string p = std::to_string(w.provider);

  const std::string group = R"({"provider_org_id":)" + p + R"(,"kind":"supervision","form":"group",
    "supervisor":"Mgr. Jana Supervizorová","held_on":"2024-03-05","hours":3,"topics":"Individuální plánování",
    "participants":[{"name":"Eva Dvořáková","team":"Pobytový tým"},{"name":"Marie Černá","team":"Pobytový tým"},
                    {"name":"Petr Svoboda","team":"Terénní tým"}],
    "finding_ids":[)" + std::to_string(w.finding) +
                            "]}";
  auto created = api.json_of(provider, Verb::post, base, group, 201);
  const long long own_id = created.at("id").as_int64();
  EXPECT_EQ(created.at("recorded_by_org_id").as_int64(), w.provider);
  ASSERT_EQ(created.at("findings").as_array().size(), 1u);
  EXPECT_EQ(created.at("findings").as_array()[0].at("id").as_int64(), w.finding);

  // The audit body records an individual supervision for the provider.
  const std::string individual = R"({"provider_org_id":)" + p + R"(,"kind":"consultation","form":"individual",
    "supervisor":"Institut kvality","held_on":"2024-05-10","hours":1.5,"service_id":)" +
                                 std::to_string(w.home) + R"(,
    "participants":[{"name":"Eva  Dvořáková ","team":"Pobytový tým"}]})";
  // Only for a provider it sees: one of whose audits the auditor may read (here: once on its team).
  EXPECT_EQ(field_of(api.json_of(auditor, Verb::post, base, individual, 400)), "provider_org_id");
  t.db().write([&](soci::session& s) {
    s << "INSERT INTO q_audit_team (audit_id, user_id, role) SELECT x.audit_id, u.id, 'leader' FROM q_findings x, "
         "users u WHERE x.id = :f AND u.login = 'auditor'",
        soci::use(w.finding);
  });
  auto by_auditor = api.json_of(auditor, Verb::post, base, individual, 201);
  EXPECT_EQ(by_auditor.at("recorded_by_org_id").as_int64(), w.audit_body);
  EXPECT_EQ(by_auditor.at("participants").as_array()[0].at("name"), "Eva Dvořáková");

  // Bad input names the field; nothing is written.
  const auto bad = [&](const std::string& body, const std::string& field, unsigned status = 400) {
    EXPECT_EQ(field_of(api.json_of(provider, Verb::post, base, body, status)), field) << body;
  };
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-30","hours":1,"participants":[{"name":"A","team":""}]})",
      "held_on");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-01","hours":0,"participants":[{"name":"A","team":""}]})",
      "hours");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"lecture","form":"group","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[{"name":"A","team":""}]})",
      "kind");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[]})",
      "participants");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[{"name":"A","team":""}],"finding_ids":[)" +
          std::to_string(w.other_finding) + "]}",
      "finding_ids[0]");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[{"name":"A","team":""}],"service_id":)" +
          std::to_string(w.other_home) + "}",
      "service_id");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","held_on":"2024-02-01","hours":1,"participants":[]})",
      "supervisor");
  bad(R"({"provider_org_id":)" + p +
          R"(,"kind":"supervision","form":"group","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[{"name":"A"}],"colour":1})",
      "colour");
  // A provider cannot record for another provider.
  EXPECT_EQ(
      field_of(api.json_of(
          provider, Verb::post, base,
          R"({"provider_org_id":)" + std::to_string(w.other_provider) +
              R"(,"kind":"supervision","form":"team","supervisor":"X","held_on":"2024-02-01","hours":1,"participants":[{"name":"A","team":""}]})",
          400)),
      "provider_org_id");                                                  // a provider it does not see
  EXPECT_EQ(api.call(provider_ro, Verb::post, base, group).status, 403u);  // readonly: no quality.assess

  // Who sees what.
  EXPECT_EQ(api.json_of(provider, Verb::get, base, "", 200).at("items").as_array().size(), 2u);
  EXPECT_EQ(api.json_of(region, Verb::get, base, "", 200).at("items").as_array().size(), 2u);
  EXPECT_EQ(api.json_of(auditor, Verb::get, base, "", 200).at("items").as_array().size(), 1u);  // its own record
  EXPECT_EQ(api.json_of(other_region, Verb::get, base, "", 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(api.json_of(stranger, Verb::get, base, "", 200).at("items").as_array().size(), 0u);
  const std::string own = base + "/" + std::to_string(own_id);
  EXPECT_EQ(api.call(stranger, Verb::get, own).status, 404u);
  EXPECT_EQ(api.call(other_region, Verb::get, own).status, 404u);
  EXPECT_EQ(api.call(auditor, Verb::get, own).status, 404u);  // recorded by the provider, not the audit body
  EXPECT_FALSE(api.json_of(region, Verb::get, own, "", 200).at("can_edit").as_bool());
  EXPECT_EQ(api.call(stranger, Verb::put, own, group).status, 404u);
  EXPECT_EQ(api.call(stranger, Verb::delete_, own).status, 404u);
  EXPECT_EQ(api.call(stranger, Verb::get, "/api/quality/care/providers/" + p + "/findings").status, 404u);
  EXPECT_EQ(api.json_of(provider, Verb::get, "/api/quality/care/providers/" + p + "/findings", "", 200)
                .at("items")
                .as_array()
                .size(),
            1u);

  // Hours per worker and per team (all kinds).
  auto hours = api.json_of(provider, Verb::get, base + "/hours?provider_org_id=" + p + "&year=2024&kind=all", "", 200);
  EXPECT_EQ(hours.at("sessions").as_int64(), 2);
  const auto& workers = hours.at("workers").as_array();
  ASSERT_EQ(workers.size(), 3u);
  EXPECT_EQ(workers[0].at("name"), "Eva Dvořáková");
  EXPECT_DOUBLE_EQ(workers[0].at("hours").to_number<double>(), 4.5);
  const auto& teams = hours.at("teams").as_array();
  ASSERT_EQ(teams.size(), 2u);
  EXPECT_EQ(teams[0].at("team"), "Pobytový tým");
  EXPECT_DOUBLE_EQ(teams[0].at("person_hours").to_number<double>(), 7.5);
  // Only supervisions by default.
  EXPECT_EQ(api.json_of(provider, Verb::get, base + "/hours?provider_org_id=" + p + "&year=2024", "", 200)
                .at("sessions")
                .as_int64(),
            1);
  EXPECT_EQ(api.call(stranger, Verb::get, base + "/hours?provider_org_id=" + p + "&year=2024").status, 404u);
  EXPECT_EQ(field_of(api.json_of(provider, Verb::get, base + "/hours?provider_org_id=" + p + "&year=abc", "", 400)),
            "year");
  EXPECT_EQ(field_of(api.json_of(provider, Verb::get, base + "/hours?year=2024", "", 400)), "provider_org_id");

  auto csv = api.call(region, Verb::get, base + "/export.csv?provider_org_id=" + p + "&year=2024&kind=all");
  EXPECT_EQ(csv.status, 200u);
  EXPECT_NE(csv.body.find("Mgr. Jana Supervizorová"), std::string::npos);
  EXPECT_NE(csv.body.find("Eva Dvořáková"), std::string::npos);

  // Update and delete by the writer.
  auto updated =
      api.json_of(provider, Verb::put, own, group.substr(0, group.size() - 1) + R"(,"note":"Doplněno"})", 200);
  EXPECT_EQ(updated.at("note"), "Doplněno");
  EXPECT_EQ(api.call(region, Verb::delete_, own).status, 403u);
  EXPECT_EQ(api.call(provider, Verb::delete_, own).status, 204u);
  EXPECT_EQ(api.call(provider, Verb::get, own).status, 404u);
}

TEST_P(QualityCareTest, OspodProceduresAndStaffing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller head = api.login("ospod.vedouci", {{w.office, "manager"}});
  const Caller worker = api.login("ospod.pracovnik", {{w.office, "worker"}});
  const Caller region = api.login("kraj.referent", {{w.region, "manager"}});
  const Caller stranger = api.login("poskytovatel", {{w.provider, "admin"}});
  const std::string base = "/api/quality/care/ospod/" + std::to_string(w.office);

  EXPECT_EQ(api.json_of(worker, Verb::get, "/api/quality/care/ospod/offices", "", 200).at("items").as_array().size(),
            1u);
  EXPECT_EQ(api.json_of(stranger, Verb::get, "/api/quality/care/ospod/offices", "", 200).at("items").as_array().size(),
            0u);
  auto empty = api.json_of(worker, Verb::get, base + "/procedures", "", 200);
  EXPECT_EQ(empty.at("standards").as_array().size(), 14u);  // the OSPOD set of vyhláška 473/2012
  EXPECT_FALSE(empty.at("can_edit").as_bool());

  api.json_of(head, Verb::post, base + "/procedures",
              R"({"standard_number":8,"title":"Přijetí oznámení a posouzení naléhavosti","approved_on":"2021-03-01"})",
              201);
  auto two = api.json_of(
      head, Verb::post, base + "/procedures",
      R"({"standard_number":8,"title":"Přijetí oznámení – revize","approved_on":"2023-09-01","change_note":"Nová lhůta"})",
      201);
  const auto& s8 = two.at("standards").as_array()[7];
  EXPECT_EQ(s8.at("standard_number").as_int64(), 8);
  ASSERT_EQ(s8.at("versions").as_array().size(), 2u);
  EXPECT_EQ(s8.at("in_force_version").as_int64(), 2);
  EXPECT_EQ(s8.at("versions").as_array()[0].at("version").as_int64(), 2);
  EXPECT_TRUE(s8.at("versions").as_array()[0].at("in_force").as_bool());
  EXPECT_FALSE(s8.at("versions").as_array()[1].at("in_force").as_bool());
  EXPECT_EQ(field_of(api.json_of(head, Verb::post, base + "/procedures",
                                 R"({"standard_number":15,"title":"X","approved_on":"2021-03-01"})", 400)),
            "standard_number");
  EXPECT_EQ(field_of(api.json_of(
                head, Verb::post, base + "/procedures",
                R"({"standard_number":1,"title":"X","approved_on":"2021-03-01","effective_from":"2020-01-01"})", 400)),
            "effective_from");
  EXPECT_EQ(api.call(worker, Verb::post, base + "/procedures",
                     R"({"standard_number":1,"title":"X","approved_on":"2021-03-01"})")
                .status,
            403u);
  EXPECT_EQ(api.call(stranger, Verb::get, base + "/procedures").status, 404u);
  EXPECT_EQ(api.json_of(region, Verb::get, base + "/procedures", "", 200)
                .at("standards")
                .as_array()[7]
                .at("versions")
                .as_array()
                .size(),
            2u);

  // Staffing history: ratio without a norm is shown but not judged.
  api.json_of(
      head, Verb::post, base + "/staffing",
      R"({"as_of":"2023-01-01","cases":180,"children":24000,"workers":[{"name":"","job":"sociální pracovnice","fte":1},{"name":"","job":"sociální pracovník","fte":1},{"name":"","job":"vedoucí","fte":0.5}]})",
      201);
  auto staffing = api.json_of(
      head, Verb::post, base + "/staffing",
      R"({"as_of":"2024-01-01","cases":200,"workers":[{"name":"","job":"sociální pracovnice","fte":1},{"name":"","job":"sociální pracovnice","fte":1},{"name":"","job":"sociální pracovník","fte":1},{"name":"","job":"vedoucí","fte":1}]})",
      201);
  ASSERT_EQ(staffing.at("snapshots").as_array().size(), 2u);
  EXPECT_EQ(staffing.at("snapshots").as_array()[0].at("as_of"), "2023-01-01");
  EXPECT_EQ(staffing.at("snapshots").as_array()[0].at("cases_ratio").at("state"), "no_norm");
  EXPECT_DOUBLE_EQ(staffing.at("snapshots").as_array()[0].at("cases_ratio").at("ratio").to_number<double>(), 72);
  EXPECT_FALSE(staffing.at("norm").at("set").as_bool());
  EXPECT_EQ(api.call(head, Verb::post, base + "/staffing", R"({"as_of":"2024-01-01","workers":[]})").status, 409u);
  EXPECT_EQ(field_of(api.json_of(head, Verb::post, base + "/staffing",
                                 R"({"as_of":"2024-06-01","workers":[{"name":"","job":"x","fte":2}]})", 400)),
            "workers[0].fte");
  EXPECT_EQ(field_of(api.json_of(head, Verb::post, base + "/staffing",
                                 R"({"as_of":"2024-06-01","cases":-1,"workers":[]})", 400)),
            "cases");

  // The region sets the norm; the office worker may not.
  EXPECT_EQ(api.call(worker, Verb::put, base + "/staffing-norm", R"({"max_cases_per_fte":60})").status, 403u);
  auto normed = api.json_of(region, Verb::put, base + "/staffing-norm",
                            R"({"max_cases_per_fte":60,"source":"Usnesení rady kraje – příklad"})", 200);
  EXPECT_TRUE(normed.at("norm").at("set").as_bool());
  EXPECT_EQ(normed.at("snapshots").as_array()[0].at("cases_ratio").at("state"), "over");    // 72 > 60
  EXPECT_EQ(normed.at("snapshots").as_array()[1].at("cases_ratio").at("state"), "within");  // 50
  EXPECT_EQ(normed.at("snapshots").as_array()[1].at("children_ratio").at("state"), "no_norm");
  EXPECT_EQ(field_of(api.json_of(region, Verb::put, base + "/staffing-norm", R"({"max_cases_per_fte":0})", 400)),
            "max_cases_per_fte");
  EXPECT_EQ(api.call(stranger, Verb::get, base + "/staffing").status, 404u);
  const long long snap = normed.at("snapshots").as_array()[0].at("id").as_int64();
  EXPECT_EQ(api.call(head, Verb::delete_, base + "/staffing/" + std::to_string(snap)).status, 204u);
  EXPECT_EQ(api.json_of(worker, Verb::get, base + "/staffing", "", 200).at("snapshots").as_array().size(), 1u);
}

TEST_P(QualityCareTest, TransformationPlan) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller director = api.login("zvicina.reditel", {{w.provider, "manager"}});
  const Caller staff = api.login("zvicina.pracovnik", {{w.provider, "worker"}});
  const Caller region = api.login("kraj.referent", {{w.region, "manager"}});
  const Caller other_region = api.login("pardubice", {{w.other_region, "manager"}});
  const Caller stranger = api.login("jiny", {{w.other_provider, "admin"}});
  const std::string plans = "/api/quality/care/transformation/plans";

  const std::string plan_body =
      R"({"service_id":)" + std::to_string(w.home) +
      R"(,"title":"Transformace Domova Pod Zvičinou","baseline_capacity":60,"target_capacity":12,
      "baseline_on":"2022-01-01","target_on":"2027-12-31","status":"in_progress"})";
  EXPECT_EQ(api.call(staff, Verb::post, plans, plan_body).status, 403u);
  EXPECT_EQ(
      field_of(api.json_of(
          director, Verb::post, plans,
          R"({"service_id":)" + std::to_string(w.field) +
              R"(,"title":"X","baseline_capacity":10,"target_capacity":5,"baseline_on":"2022-01-01","target_on":"2023-01-01"})",
          400)),
      "service_id");  // not residential
  EXPECT_EQ(
      field_of(api.json_of(
          director, Verb::post, plans,
          R"({"service_id":)" + std::to_string(w.home) +
              R"(,"title":"X","baseline_capacity":10,"target_capacity":50,"baseline_on":"2022-01-01","target_on":"2023-01-01"})",
          400)),
      "target_capacity");
  EXPECT_EQ(field_of(api.json_of(stranger, Verb::post, plans, plan_body, 400)), "service_id");
  auto plan = api.json_of(director, Verb::post, plans, plan_body, 201);
  const std::string path = plans + "/" + std::to_string(plan.at("summary").at("id").as_int64());

  api.json_of(
      director, Verb::post, path + "/milestones",
      R"({"kind":"capacity_reduction","title":"Snížení na 48","planned_on":"2023-06-30","done_on":"2023-08-15","capacity_after":48})",
      201);
  api.json_of(
      region, Verb::post, path + "/milestones",
      R"({"kind":"community_service","title":"Chráněné bydlení","planned_on":"2023-09-01","done_on":"2023-09-01","new_service_id":)" +
          std::to_string(w.sheltered) + "}",
      201);
  api.json_of(director, Verb::post, path + "/milestones",
              R"({"kind":"client_moves","title":"Stěhování 6 klientů","planned_on":"2024-01-31","clients_moved":6})",
              201);
  auto detail = api.json_of(
      director, Verb::post, path + "/milestones",
      R"({"kind":"capacity_reduction","title":"Snížení na 36","planned_on":"2099-06-30","capacity_after":36})", 201);
  EXPECT_EQ(field_of(api.json_of(director, Verb::post, path + "/milestones",
                                 R"({"kind":"other","title":"X","planned_on":"2024-01-01","capacity_after":3})", 400)),
            "capacity_after");
  EXPECT_EQ(field_of(api.json_of(director, Verb::post, path + "/milestones",
                                 R"({"kind":"capacity_reduction","title":"X","planned_on":"2024-01-01"})", 400)),
            "capacity_after");
  EXPECT_EQ(
      field_of(api.json_of(director, Verb::post, path + "/milestones",
                           R"({"kind":"community_service","title":"X","planned_on":"2024-01-01","new_service_id":)" +
                               std::to_string(w.other_home) + "}",
                           400)),
      "new_service_id");
  const auto& s = detail.at("summary");
  EXPECT_EQ(s.at("milestones_total").as_int64(), 4);
  EXPECT_EQ(s.at("milestones_done").as_int64(), 2);
  EXPECT_EQ(s.at("milestones_overdue").as_int64(), 1);  // the moves planned for January 2024
  EXPECT_EQ(s.at("current_capacity").as_int64(), 48);
  EXPECT_EQ(detail.at("capacity_planned").as_array().size(), 3u);
  EXPECT_EQ(detail.at("capacity_actual").as_array().size(), 2u);
  EXPECT_DOUBLE_EQ(detail.at("reduction_percent").as_double(), 25.0);
  EXPECT_EQ(detail.at("milestones").as_array()[1].at("new_service_name"), "Chráněné bydlení Pod Zvičinou");

  // Community places: limits not set → not evaluated, with the reason; after the region sets them → judged.
  auto placed = api.json_of(director, Verb::post, path + "/places",
                            R"({"name":"Byt Hořice","ordinary_housing":true,"capacity":8,"household_sizes":[4,4],
                                "equipment_complete":true,"support_separated":true})",
                            201);
  EXPECT_EQ(placed.at("places").as_array()[0].at("result"), "not_evaluated");
  EXPECT_FALSE(placed.at("limits").at("set").as_bool());
  EXPECT_EQ(
      field_of(api.json_of(
          director, Verb::post, path + "/places",
          R"({"name":"X","ordinary_housing":true,"capacity":4,"household_sizes":[0],"equipment_complete":true,"support_separated":true})",
          400)),
      "household_sizes");
  const std::string limits = "/api/quality/care/community-limits/" + std::to_string(w.region);
  EXPECT_EQ(api.call(director, Verb::put, limits, R"({"max_capacity_per_place":6})").status, 403u);
  EXPECT_EQ(field_of(api.json_of(region, Verb::put, limits, R"({"max_capacity_per_place":0})", 400)),
            "max_capacity_per_place");
  api.json_of(
      region, Verb::put, limits,
      R"({"max_capacity_per_place":6,"max_persons_per_household":4,"max_households_per_place":2,"source":"ověřit"})",
      200);
  auto checked = api.json_of(staff, Verb::get, path, "", 200);
  const auto& place = checked.at("places").as_array()[0];
  EXPECT_EQ(place.at("result"), "not_met");
  EXPECT_EQ(place.at("checks").as_array()[1].at("criterion"), "capacity");
  EXPECT_EQ(place.at("checks").as_array()[1].at("state"), "not_met");
  EXPECT_NE(std::string(place.at("checks").as_array()[1].at("reason").as_string()).find("8"), std::string::npos);
  EXPECT_EQ(place.at("checks").as_array()[2].at("state"), "met");

  // Inclusion indicators of the region and values over periods.
  const std::string indicators = "/api/quality/care/inclusion-indicators";
  auto ind = api.json_of(
      region, Verb::post, indicators,
      R"({"code":"own_key","name":"Klienti s vlastním klíčem od bytu","unit":"%","direction":"higher"})", 201);
  EXPECT_EQ(api.call(region, Verb::post, indicators, R"({"code":"own_key","name":"X","direction":"higher"})").status,
            409u);
  EXPECT_EQ(field_of(api.json_of(region, Verb::post, indicators,
                                 R"({"code":"Bad Code","name":"X","direction":"higher"})", 400)),
            "code");
  EXPECT_EQ(
      api.call(director, Verb::post, indicators,
               R"({"region_org_id":)" + std::to_string(w.region) + R"(,"code":"x","name":"X","direction":"higher"})")
          .status,
      403u);
  const std::string ind_id = std::to_string(ind.at("id").as_int64());
  auto valued = api.json_of(director, Verb::put, path + "/inclusion-values",
                            R"({"values":[{"indicator_id":)" + ind_id + R"(,"period":"2022","value":10},
                                          {"indicator_id":)" +
                                ind_id + R"(,"period":"2023","value":35},
                                          {"indicator_id":)" +
                                ind_id + R"(,"period":"2024","value":60}]})",
                            200);
  EXPECT_EQ(valued.at("values").as_array().size(), 3u);
  EXPECT_EQ(valued.at("indicators").as_array().size(), 1u);
  EXPECT_EQ(
      field_of(api.json_of(director, Verb::put, path + "/inclusion-values",
                           R"({"values":[{"indicator_id":)" + ind_id + R"(,"period":"2024-13","value":1}]})", 400)),
      "values[0].period");
  auto removed = api.json_of(director, Verb::put, path + "/inclusion-values",
                             R"({"values":[{"indicator_id":)" + ind_id + R"(,"period":"2022","value":null}]})", 200);
  EXPECT_EQ(removed.at("values").as_array().size(), 2u);
  EXPECT_EQ(api.json_of(director, Verb::get, indicators + "?region_org_id=" + std::to_string(w.region), "", 200)
                .at("items")
                .as_array()
                .size(),
            1u);

  // Access: the region of the territory reads and writes, others get 404.
  EXPECT_EQ(api.json_of(region, Verb::get, plans, "", 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(api.json_of(other_region, Verb::get, plans, "", 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(api.json_of(stranger, Verb::get, plans, "", 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(api.call(stranger, Verb::get, path).status, 404u);
  EXPECT_EQ(api.call(other_region, Verb::patch, path, R"({"status":"completed"})").status, 404u);
  EXPECT_EQ(api.call(staff, Verb::patch, path, R"({"status":"completed"})").status, 403u);
  EXPECT_EQ(api.json_of(region, Verb::patch, path, R"({"status":"approved"})", 200).at("summary").at("status"),
            "approved");
  EXPECT_EQ(field_of(api.json_of(region, Verb::patch, path, R"({"status":"done"})", 400)), "status");
  const long long milestone = detail.at("milestones").as_array()[3].at("id").as_int64();
  EXPECT_EQ(
      api.call(stranger, Verb::delete_, "/api/quality/care/transformation/milestones/" + std::to_string(milestone))
          .status,
      404u);
  EXPECT_EQ(
      api.call(director, Verb::delete_, "/api/quality/care/transformation/milestones/" + std::to_string(milestone))
          .status,
      204u);
}

INSTANTIATE_TEST_SUITE_P(Backends, QualityCareTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
