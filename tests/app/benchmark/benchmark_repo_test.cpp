// Benchmarking data side on SQLite and PostgreSQL: the repository, and the routes through an in-process
// App (group → methodology → round → forms → submit → lock → correction) with the tenant rules.
#include "benchmark/store/benchmark_repo.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/core/text.hpp"
#include "platform/import/xlsx_reader.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/app.hpp"
#include "support/api_client.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace json = boost::json;
namespace repo = store::benchmark_repo;
using http::Verb;

class BenchmarkRepoTest : public ::testing::TestWithParam<Backend> {};

// A region (kraj 86) with two providers; A runs two services (kinds 13 and 14), B one (kind 13).
struct World {
  long long region = 0, provider_a = 0, provider_b = 0, stranger = 0;
  long long service_a = 0, service_a_other_kind = 0, service_b = 0;
};

long long add_organisation(soci::session& s, const std::string& type, const std::string& name) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = "86";
  return store::registry_repo::insert_organisation(s, o, "manual");
}

long long add_service(store::registry_repo::RegistryWriter& w, long long provider, const std::string& id,
                      const std::string& name, const std::string& kind) {
  registry::Service svc;
  svc.registry_id = id;
  svc.name = name;
  svc.kind_code = kind;
  svc.region_code = "86";
  svc.territories = {"5209"};
  svc.forms = {{"pob", true, {{40, "luzka", ""}}}};
  return w.service(provider, svc);
}

World make_world(store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_organisation(s, "region", "Královéhradecký kraj");
    w.provider_a = add_organisation(s, "provider", "Domov Lípa, p. o.");
    w.provider_b = add_organisation(s, "provider", "Senior Dub, o. p. s.");
    w.stranger = add_organisation(s, "provider", "Jiný poskytovatel");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    w.service_a = add_service(writer, w.provider_a, "1000001", "Domov Lípa", "13");
    w.service_a_other_kind = add_service(writer, w.provider_a, "1000002", "Lípa – odlehčovací", "14");
    w.service_b = add_service(writer, w.provider_b, "1000003", "Domov Dub", "13");
  });
  return w;
}

// An .xlsx file written by libxlsxwriter (shared strings, numbers, an empty row), as bytes.
std::string make_xlsx(const std::vector<std::pair<std::string, std::optional<std::string>>>& rows, bool numbers) {
  std::random_device rd;
  const auto path =
      (std::filesystem::temp_directory_path() / ("kvalis_upload_" + std::to_string(rd()) + ".xlsx")).string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Hodnoty");
  worksheet_write_string(ws, 0, 0, "kód položky", nullptr);
  worksheet_write_string(ws, 0, 1, "hodnota", nullptr);
  lxw_row_t r = 1;
  for (const auto& [code, value] : rows) {
    if (code.empty()) {
      ++r;  // leaves an empty row
      continue;
    }
    worksheet_write_string(ws, r, 0, code.c_str(), nullptr);
    if (value) {
      if (numbers)
        worksheet_write_number(ws, r, 1, std::stod(*value), nullptr);
      else
        worksheet_write_string(ws, r, 1, value->c_str(), nullptr);
    }
    ++r;
  }
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

TEST(XlsxReader, ReadsTheFirstSheetWithSharedStringsAndNumbers) {
  const auto bytes = make_xlsx(
      {{"costs_total", "1200000.5"}, {"", std::nullopt}, {"bed_days", "14000"}, {"complaints", std::nullopt}}, true);
  ASSERT_TRUE(importers::looks_like_zip(bytes));
  const auto sheet = importers::read_first_sheet(bytes);
  ASSERT_EQ(sheet.error, "");
  ASSERT_EQ(sheet.rows.size(), 4u);
  EXPECT_EQ(sheet.rows[0].number, 1);
  EXPECT_EQ(sheet.rows[0].cells, (std::vector<std::string>{"kód položky", "hodnota"}));
  EXPECT_EQ(sheet.rows[1].cells[0], "costs_total");
  EXPECT_DOUBLE_EQ(std::stod(sheet.rows[1].cells[1]), 1200000.5);
  EXPECT_EQ(sheet.rows[2].number, 4);  // the empty row 3 is skipped, numbering kept
  EXPECT_EQ(sheet.rows[2].cells[1], "14000");
  EXPECT_EQ(sheet.rows[3].cells, std::vector<std::string>{"complaints"});
  // Text cells with a Czech decimal comma and XML-escaped characters.
  const auto text = importers::read_first_sheet(make_xlsx({{"costs_total", "1 200 000,5"}, {"a<b&c", "x"}}, false));
  ASSERT_EQ(text.error, "");
  EXPECT_EQ(text.rows[1].cells[1], "1 200 000,5");
  EXPECT_EQ(text.rows[2].cells[0], "a<b&c");
}

TEST(XlsxReader, DamagedFilesAreReportedNotThrown) {
  EXPECT_NE(importers::read_first_sheet("PK\x03\x04 not really a zip").error, "");
  auto bytes = make_xlsx({{"costs_total", "1"}}, true);
  EXPECT_NE(importers::read_first_sheet(bytes.substr(0, bytes.size() / 2)).error, "");
  // Corrupt the compressed data of every entry but keep the directory.
  std::string broken = bytes;
  for (std::size_t i = 200; i < broken.size() / 2; i += 7) broken[i] = static_cast<char>(broken[i] ^ 0x5A);
  EXPECT_NO_THROW(importers::read_first_sheet(broken));
}

// ---- repository -------------------------------------------------------------------------------

TEST_P(BenchmarkRepoTest, RepositoryKeepsGroupsMethodologiesAndValues) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  t.db().write([&](soci::session& s) {
    repo::GroupRow g;
    g.region_org_id = w.region;
    g.name = "Domovy pro seniory";
    g.kinds = {"13"};
    g.created_at = 100;
    g.id = repo::insert_group(s, g);
    repo::replace_members(s, g.id, {{w.provider_a, "", "full", "2025-01-15"}, {w.provider_b, "", "data_only", ""}});

    auto loaded = repo::get_group(s, g.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->region_name, "Královéhradecký kraj");
    EXPECT_EQ(loaded->kinds, std::vector<std::string>{"13"});
    auto members = repo::members(s, g.id);
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members[0].provider_name, "Domov Lípa, p. o.");
    EXPECT_EQ(members[0].joined_on, "2025-01-15");
    EXPECT_EQ(members[1].participation, "data_only");

    // Scope: the region and member providers see the group, an unrelated organisation does not.
    long long total = 0;
    EXPECT_EQ(repo::list_groups(s, {false, {w.provider_b}}, 50, 0, total).size(), 1u);
    EXPECT_EQ(repo::list_groups(s, {false, {w.region}}, 50, 0, total).size(), 1u);
    EXPECT_TRUE(repo::list_groups(s, {false, {999999}}, 50, 0, total).empty());
    EXPECT_TRUE(repo::list_groups(s, {false, {}}, 50, 0, total).empty());
    EXPECT_EQ(total, 0);

    // Only active services of members, of the group's kinds.
    auto services = repo::group_services(s, *loaded);
    ASSERT_EQ(services.size(), 2u);
    EXPECT_EQ(services[0].service_id, w.service_a);
    EXPECT_EQ(services[1].service_id, w.service_b);
    EXPECT_FALSE(repo::group_service(s, *loaded, w.service_a_other_kind));

    // Methodology versions; a copy carries items, indicators and rules.
    const long long m1 = repo::insert_methodology(s, g.id, "v1", 200, std::nullopt);
    repo::MethodologyContent c;
    c.items = {{"costs_total", "Náklady celkem", "Total costs", "Kč", true, 0.0, std::nullopt, ""},
               {"complaints", "Stížnosti", "", "", false, std::nullopt, std::nullopt, "počet"}};
    c.indicators = {{0,
                     "complaints_rate",
                     "Stížnosti na 1000 Kč",
                     "",
                     "complaints",
                     "costs_total",
                     1000,
                     "",
                     "lower",
                     "how_well",
                     {"13"}}};
    c.rules = {{"non_negative", "complaints", ">=", "0", "Počet stížností nesmí být záporný", ""}};
    repo::replace_content(s, m1, "Metodika 2025", c);
    const long long m2 = repo::insert_methodology(s, g.id, "v2", 300, m1);
    auto v2 = repo::get_methodology(s, m2);
    ASSERT_TRUE(v2);
    EXPECT_EQ(v2->version, 2);
    EXPECT_EQ(v2->item_count, 2);
    EXPECT_EQ(v2->indicator_count, 1);
    EXPECT_EQ(v2->rule_count, 1);
    EXPECT_EQ(repo::latest_methodology(s, g.id)->id, m2);
    auto copied = repo::load_content(s, m2);
    ASSERT_EQ(copied.items.size(), 2u);
    EXPECT_EQ(copied.items[0].min_value, 0.0);
    EXPECT_FALSE(copied.items[0].max_value);
    EXPECT_FALSE(copied.items[1].required);
    EXPECT_EQ(copied.indicators[0].kinds, std::vector<std::string>{"13"});
    EXPECT_DOUBLE_EQ(copied.indicators[0].factor, 1000);
    EXPECT_EQ(copied.rules[0].op, ">=");

    // Values: upsert, NULL kept as "entered empty".
    repo::publish_methodology(s, m1);
    repo::RoundRow r;
    r.group_id = g.id;
    r.methodology_id = m1;
    r.name = "Pilot 2025";
    r.period_year = 2025;
    r.kind = "pilot";
    r.created_at = 400;
    r.id = repo::insert_round(s, r);
    repo::save_values(s, r.id, w.service_a, {{"costs_total", 1.5e6}, {"complaints", std::nullopt}}, 0, 500);
    repo::save_values(s, r.id, w.service_a, {{"costs_total", 1.25e6}}, 0, 600);
    auto values = repo::load_values(s, r.id, w.service_a);
    ASSERT_EQ(values.size(), 2u);
    EXPECT_DOUBLE_EQ(*values["costs_total"], 1.25e6);
    EXPECT_FALSE(values["complaints"]);
    EXPECT_EQ(repo::get_submission(s, r.id, w.service_a).status, benchmark::SubmissionStatus::draft);
    EXPECT_EQ(repo::get_submission(s, r.id, w.service_b).status, benchmark::SubmissionStatus::not_started);
    EXPECT_EQ(repo::get_round(s, r.id)->methodology_version, 1);
  });
}

// ---- routes through the App -------------------------------------------------------------------

const char* kMethodology = R"({
  "name": "Domovy pro seniory 2025",
  "items": [
    {"code": "costs_total", "name_cs": "Náklady celkem", "name_en": "Total costs", "unit": "Kč", "min_value": 0},
    {"code": "clients_served", "name_cs": "Počet klientů", "min_value": 0},
    {"code": "capacity_beds", "name_cs": "Kapacita lůžek", "min_value": 1, "max_value": 1000},
    {"code": "bed_days", "name_cs": "Lůžkodny", "min_value": 0},
    {"code": "complaints", "name_cs": "Stížnosti", "required": false, "min_value": 0}
  ],
  "indicators": [
    {"code": "cost_per_client", "name_cs": "Náklady na klienta", "numerator": "costs_total",
     "denominator": "clients_served", "direction": "lower", "rba": "how_much", "unit": "Kč"},
    {"code": "occupancy", "name_cs": "Obložnost", "numerator": "bed_days", "denominator": "capacity_beds * 365",
     "factor": 100, "direction": "higher", "rba": "how_well", "unit": "%", "kinds": ["13"]},
    {"code": "complaints_per_client", "name_cs": "Stížnosti na klienta", "numerator": "complaints",
     "denominator": "clients_served", "direction": "lower", "rba": "how_well"}
  ],
  "rules": [
    {"code": "occupancy_max", "left": "bed_days", "op": "<=", "right": "capacity_beds * 366",
     "message_cs": "Obložnost nesmí přesáhnout 100 %.", "message_en": "Occupancy cannot exceed 100 %."}
  ]
})";

const json::object* find_by(const json::value& list, const std::string& key, const json::value& value) {
  for (const auto& x : list.as_array())
    if (x.as_object().at(key) == value) return &x.as_object();
  return nullptr;
}

TEST_P(BenchmarkRepoTest, RoundFromGroupToCorrection) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller region = api.login("krajska.referentka", {{w.region, "manager"}});
  const Caller region_reader = api.login("kraj.ctenar", {{w.region, "readonly"}});
  const Caller provider_a = api.login("lipa.kvalita", {{w.provider_a, "worker"}});
  const Caller provider_b = api.login("dub.reditel", {{w.provider_b, "admin"}});
  const Caller outsider = api.login("jiny.poskytovatel", {{w.stranger, "admin"}});  // not a member

  // Group and members.
  EXPECT_EQ(api.call(provider_a, Verb::post, "/api/benchmark/groups", R"({"name":"X"})").status, 403u);
  auto group =
      api.json_of(region, Verb::post, "/api/benchmark/groups", R"({"name":"Domovy pro seniory","kinds":["13"]})", 201);
  const std::string g = "/api/benchmark/groups/" + std::to_string(group.at("id").as_int64());
  EXPECT_EQ(group.at("region_org_id").as_int64(), w.region);
  EXPECT_TRUE(group.at("can_manage").as_bool());
  auto bad_kind = api.json_of(region, Verb::patch, g, R"({"kinds":["13","999"]})", 400);
  EXPECT_EQ(bad_kind.at("error").at("field"), "kinds[1]");
  const std::string members = R"({"members":[{"provider_org_id":)" + std::to_string(w.provider_a) +
                              R"(,"participation":"full"},{"provider_org_id":)" + std::to_string(w.provider_b) +
                              R"(,"participation":"data_only"}]})";
  EXPECT_EQ(api.call(region_reader, Verb::put, g + "/members", members).status, 403u);  // no benchmark.manage
  auto with_members = api.json_of(region, Verb::put, g + "/members", members, 200);
  EXPECT_EQ(with_members.at("members").as_array().size(), 2u);
  EXPECT_EQ(api.call(outsider, Verb::get, g).status, 404u);
  EXPECT_FALSE(api.json_of(provider_b, Verb::get, g, "", 200).at("can_manage").as_bool());

  // Meetings: for the region and full members.
  auto meeting = api.json_of(region, Verb::post, g + "/meetings",
                             R"({"held_on":"2025-03-12","place":"Hradec Králové","attendance":[{"organisation_id":)" +
                                 std::to_string(w.provider_a) + R"(,"attendees":2}]})",
                             201);
  EXPECT_EQ(meeting.at("attendance").as_array().size(), 1u);
  api.json_of(region, Verb::patch, "/api/benchmark/meetings/" + std::to_string(meeting.at("id").as_int64()),
              R"({"minutes":"Dohodnuta metodika."})", 200);
  EXPECT_EQ(api.json_of(provider_a, Verb::get, g + "/meetings", "", 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(api.call(provider_b, Verb::get, g + "/meetings").status, 403u);

  // Methodology: formulas are checked against the items, errors name the field and the column.
  auto m = api.json_of(region, Verb::post, g + "/methodologies", "{}", 201);
  const std::string mpath = "/api/benchmark/methodologies/" + std::to_string(m.at("id").as_int64());
  std::string typo = kMethodology;
  typo.replace(typo.find("\"costs_total\",\n     \"denominator\""), 13, "\"cost_total\"");
  auto err = api.json_of(region, Verb::put, mpath, typo, 400);
  EXPECT_EQ(err.at("error").at("field"), "indicators[0].numerator");
  EXPECT_NE(std::string(err.at("error").at("message").as_string()).find("column 1"), std::string::npos);
  EXPECT_NE(std::string(err.at("error").at("message").as_string()).find("cost_total"), std::string::npos);
  std::string syntax = kMethodology;
  syntax.replace(syntax.find("capacity_beds * 365"), 19, "capacity_beds * * 365");
  err = api.json_of(region, Verb::put, mpath, syntax, 400);
  EXPECT_EQ(err.at("error").at("field"), "indicators[1].denominator");
  EXPECT_NE(std::string(err.at("error").at("message").as_string()).find("column 17"), std::string::npos)
      << err.at("error").at("message");
  const Caller region_cs = api.login("krajsky.referent", {{w.region, "admin"}}, false, "cs");
  err = api.json_of(region_cs, Verb::put, mpath, syntax, 400);
  EXPECT_EQ(err.at("error").at("message"),
            "Pole „indicators[1].denominator“, znak 17: očekáváno číslo, kód položky nebo „(“, nalezeno *.");
  api.json_of(region, Verb::put, mpath, kMethodology, 200);
  // A round needs a published methodology.
  const std::string round_body = R"({"name":"Pilotní kolo 2025","period_year":2025,"kind":"pilot",)"
                                 R"("deadline":"2026-03-31","methodology_id":)" +
                                 std::to_string(m.at("id").as_int64()) + "}";
  EXPECT_EQ(api.json_of(region, Verb::post, g + "/rounds", round_body, 400).at("error").at("field"), "methodology_id");
  api.json_of(region, Verb::post, mpath + "/publish", "", 200);
  EXPECT_EQ(api.call(region, Verb::put, mpath, kMethodology).status, 409u);
  auto round = api.json_of(region, Verb::post, g + "/rounds", round_body, 201);
  const std::string rpath = "/api/benchmark/rounds/" + std::to_string(round.at("id").as_int64());
  const std::string form_a = rpath + "/services/" + std::to_string(w.service_a) + "/form";
  const std::string form_b = rpath + "/services/" + std::to_string(w.service_b) + "/form";

  // A provider sees its own form only; a service of another kind takes no part.
  auto form = api.json_of(provider_a, Verb::get, form_a, "", 200);
  EXPECT_EQ(form.at("status"), "not_started");
  EXPECT_EQ(form.at("required").as_int64(), 4);
  EXPECT_EQ(form.at("filled").as_int64(), 0);
  EXPECT_TRUE(form.at("editable").as_bool());
  EXPECT_EQ(form.at("items").as_array().size(), 5u);
  EXPECT_EQ(api.call(provider_a, Verb::get, form_b).status, 404u);
  EXPECT_EQ(api.call(provider_b, Verb::get, form_a).status, 404u);
  EXPECT_EQ(api.call(provider_b, Verb::put, form_a, R"({"values":{"costs_total":1}})").status, 404u);
  EXPECT_EQ(api.call(outsider, Verb::get, form_a).status, 404u);
  EXPECT_EQ(
      api.call(provider_a, Verb::get, rpath + "/services/" + std::to_string(w.service_a_other_kind) + "/form").status,
      404u);
  EXPECT_EQ(api.call(region_reader, Verb::get, form_a).status, 200u);
  EXPECT_EQ(api.call(region_reader, Verb::put, form_a, R"({"values":{"costs_total":1}})").status, 403u);

  // Saving: unknown codes and non-numbers are refused naming the field; an implausible value is kept
  // as a draft and reported.
  EXPECT_EQ(api.json_of(provider_a, Verb::put, form_a, R"({"values":{"cost_total":1}})", 400).at("error").at("field"),
            "values.cost_total");
  EXPECT_EQ(
      api.json_of(provider_a, Verb::put, form_a, R"({"values":{"costs_total":"1"}})", 400).at("error").at("field"),
      "values.costs_total");
  form =
      api.json_of(provider_a, Verb::put, form_a,
                  R"({"values":{"costs_total":1000000,"clients_served":40,"capacity_beds":40,"bed_days":15000}})", 200);
  EXPECT_EQ(form.at("status"), "draft");
  EXPECT_EQ(form.at("filled").as_int64(), 4);
  EXPECT_EQ(form.at("errors").as_int64(), 1);
  const auto* failed = find_by(form.at("problems"), "code", "occupancy_max");
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->at("kind"), "rule_failed");
  EXPECT_NE(std::string(failed->at("message").as_string()).find("Occupancy cannot exceed 100 %"), std::string::npos);
  const auto* cpc = find_by(form.at("indicators"), "code", "cost_per_client");
  ASSERT_TRUE(cpc);
  EXPECT_DOUBLE_EQ(cpc->at("value").to_number<double>(), 25000);
  const auto* complaints = find_by(form.at("indicators"), "code", "complaints_per_client");
  ASSERT_TRUE(complaints);
  EXPECT_TRUE(complaints->at("value").is_null());
  EXPECT_EQ(complaints->at("missing_reason"), "missing: complaints");

  // Submitting is refused with the problems, then accepted once they are fixed.
  auto refused =
      api.json_of(provider_a, Verb::post, rpath + "/services/" + std::to_string(w.service_a) + "/submit", "", 422);
  ASSERT_EQ(refused.at("problems").as_array().size(), 1u);
  EXPECT_EQ(refused.at("problems").as_array()[0].at("code"), "occupancy_max");
  api.json_of(provider_a, Verb::put, form_a, R"({"values":{"bed_days":14000}})", 200);
  form = api.json_of(provider_a, Verb::post, rpath + "/services/" + std::to_string(w.service_a) + "/submit", "", 200);
  EXPECT_EQ(form.at("status"), "submitted");
  EXPECT_FALSE(form.at("editable").as_bool());
  EXPECT_EQ(api.call(provider_a, Verb::put, form_a, R"({"values":{"bed_days":1}})").status, 409u);

  // Completeness: the region sees both services of kind 13, a provider only its own.
  auto detail = api.json_of(region, Verb::get, rpath, "", 200);
  EXPECT_EQ(detail.at("services_total").as_int64(), 2);
  EXPECT_EQ(detail.at("services_submitted").as_int64(), 1);
  const auto* a = find_by(detail.at("services"), "service_id", json::value(w.service_a));
  const auto* b = find_by(detail.at("services"), "service_id", json::value(w.service_b));
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->at("status"), "submitted");
  EXPECT_EQ(a->at("filled").as_int64(), 4);
  EXPECT_EQ(a->at("errors").as_int64(), 0);
  EXPECT_EQ(b->at("status"), "not_started");
  EXPECT_EQ(b->at("filled").as_int64(), 0);
  EXPECT_EQ(b->at("required").as_int64(), 4);
  EXPECT_EQ(b->at("errors").as_int64(), 4);
  auto own = api.json_of(provider_b, Verb::get, rpath, "", 200);
  ASSERT_EQ(own.at("services").as_array().size(), 1u);
  EXPECT_EQ(own.at("services").as_array()[0].at("service_id").as_int64(), w.service_b);

  // Reminders go to services that have not submitted.
  EXPECT_EQ(api.call(provider_b, Verb::post, rpath + "/remind").status, 403u);
  auto reminded = api.json_of(region, Verb::post, rpath + "/remind", "", 200);
  ASSERT_EQ(reminded.at("reminded").as_array().size(), 1u);
  EXPECT_EQ(reminded.at("reminded").as_array()[0].at("service_id").as_int64(), w.service_b);
  EXPECT_FALSE(reminded.at("reminded").as_array()[0].at("reminded_at").is_null());

  // Reopen lets the provider change values again.
  const std::string svc_a = rpath + "/services/" + std::to_string(w.service_a);
  EXPECT_EQ(api.json_of(region, Verb::post, svc_a + "/reopen", "", 200).at("status"), "reopened");
  EXPECT_EQ(api.call(region, Verb::post, svc_a + "/reopen").status, 409u);
  api.json_of(provider_a, Verb::put, form_a, R"({"values":{"complaints":2}})", 200);
  api.json_of(provider_a, Verb::post, svc_a + "/submit", "", 200);

  // Corrections only after lock; locked data refuse every write.
  EXPECT_EQ(api.call(region, Verb::post, svc_a + "/corrections",
                     R"({"item_code":"bed_days","value":13900,"reason":"Chyba v přepisu"})")
                .status,
            409u);
  api.json_of(region, Verb::post, rpath + "/lock", "", 200);
  EXPECT_EQ(api.call(region, Verb::post, rpath + "/lock").status, 409u);
  const std::string form_b_put = R"({"values":{"costs_total":1}})";
  auto locked = api.json_of(provider_b, Verb::put, form_b, form_b_put, 409);
  EXPECT_NE(std::string(locked.at("error").at("message").as_string()).find("locked"), std::string::npos);
  EXPECT_EQ(
      api.call(provider_b, Verb::post, rpath + "/services/" + std::to_string(w.service_b) + "/upload", "costs_total;1")
          .status,
      409u);
  EXPECT_EQ(api.call(region, Verb::put, form_a, R"({"values":{"bed_days":1}})").status, 409u);
  EXPECT_EQ(
      api.call(provider_a, Verb::post, svc_a + "/corrections", R"({"item_code":"bed_days","value":13900,"reason":"x"})")
          .status,
      403u);
  EXPECT_EQ(api.json_of(region, Verb::post, svc_a + "/corrections",
                        R"({"item_code":"bed_days","value":13900,"reason":""})", 400)
                .at("error")
                .at("field"),
            "reason");
  form = api.json_of(region, Verb::post, svc_a + "/corrections",
                     R"({"item_code":"bed_days","value":13900,"reason":"Chyba v přepisu z evidence"})", 201);
  EXPECT_TRUE(form.at("can_correct").as_bool());
  EXPECT_DOUBLE_EQ(find_by(form.at("items"), "code", "bed_days")->at("value").to_number<double>(), 13900);
  ASSERT_EQ(form.at("corrections").as_array().size(), 1u);
  const auto& c = form.at("corrections").as_array()[0];
  EXPECT_EQ(c.at("user_login"), "krajska.referentka");
  EXPECT_EQ(c.at("reason"), "Chyba v přepisu z evidence");
  EXPECT_DOUBLE_EQ(c.at("old_value").to_number<double>(), 14000);
  EXPECT_DOUBLE_EQ(c.at("new_value").to_number<double>(), 13900);
  EXPECT_FALSE(std::string(c.at("at").as_string()).empty());

  // Who, when and why are stored; every change is in the audit log.
  t.db().read([&](soci::session& s) {
    long long n = 0, user = 0;
    std::string reason;
    s << "SELECT COUNT(*), MAX(user_id), MAX(reason) FROM bm_corrections WHERE at > 0", soci::into(n), soci::into(user),
        soci::into(reason);
    EXPECT_EQ(n, 1);
    EXPECT_GT(user, 0);
    EXPECT_EQ(reason, "Chyba v přepisu z evidence");
    for (const char* action :
         {"benchmark.group.create", "benchmark.group.members", "benchmark.methodology.publish",
          "benchmark.round.create", "benchmark.values.save", "benchmark.submission.submit",
          "benchmark.submission.reopen", "benchmark.round.remind", "benchmark.round.lock", "benchmark.correction"}) {
      long long count = 0;
      const std::string name = action;
      s << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(name), soci::into(count);
      EXPECT_GT(count, 0) << action;
    }
  });
}

// A group with provider B as a full member, a published methodology and an open round; returns the path of
// provider B's service form in that round.
std::string open_form_of_provider_b(Api& api, const World& w, const Caller& region) {
  auto group = api.json_of(region, Verb::post, "/api/benchmark/groups", R"({"name":"G","kinds":["13"]})", 201);
  const std::string g = "/api/benchmark/groups/" + std::to_string(group.at("id").as_int64());
  api.json_of(region, Verb::put, g + "/members",
              R"({"members":[{"provider_org_id":)" + std::to_string(w.provider_b) + R"(,"participation":"full"}]})",
              200);
  auto m = api.json_of(region, Verb::post, g + "/methodologies", R"({"name":"M"})", 201);
  const std::string mpath = "/api/benchmark/methodologies/" + std::to_string(m.at("id").as_int64());
  api.json_of(region, Verb::put, mpath, kMethodology, 200);
  api.json_of(region, Verb::post, mpath + "/publish", "", 200);
  auto round = api.json_of(region, Verb::post, g + "/rounds",
                           R"({"name":"2025","period_year":2025,"kind":"full","methodology_id":)" +
                               std::to_string(m.at("id").as_int64()) + "}",
                           201);
  return "/api/benchmark/rounds/" + std::to_string(round.at("id").as_int64()) + "/services/" +
         std::to_string(w.service_b);
}

TEST_P(BenchmarkRepoTest, UploadIsAllOrNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller region = api.login("kraj", {{w.region, "admin"}});
  const Caller provider_b = api.login("dub", {{w.provider_b, "manager"}});
  const std::string svc = open_form_of_provider_b(api, w, region);

  auto bad = api.json_of(provider_b, Verb::post, svc + "/upload",
                         "kód;hodnota\ncosts_total;1 200 000,50\ncost_total;5\nbed_days;hodně\n", 422);
  ASSERT_EQ(bad.at("rows").as_array().size(), 2u);
  EXPECT_EQ(bad.at("rows").as_array()[0].at("line").as_int64(), 3);
  EXPECT_EQ(bad.at("rows").as_array()[0].at("kind"), "unknown_item");
  EXPECT_EQ(bad.at("rows").as_array()[1].at("line").as_int64(), 4);
  EXPECT_NE(std::string(bad.at("rows").as_array()[1].at("message").as_string()).find("Line 4"), std::string::npos);
  // Nothing was saved.
  auto form = api.json_of(provider_b, Verb::get, svc + "/form", "", 200);
  EXPECT_EQ(form.at("status"), "not_started");
  EXPECT_FALSE(find_by(form.at("items"), "code", "costs_total")->at("entered").as_bool());

  form =
      api.json_of(provider_b, Verb::post, svc + "/upload",
                  "kód;hodnota\ncosts_total;1 200 000,50\nclients_served;48\ncapacity_beds;40\nbed_days;14 000\n", 200);
  EXPECT_DOUBLE_EQ(find_by(form.at("items"), "code", "costs_total")->at("value").to_number<double>(), 1200000.5);
  EXPECT_EQ(form.at("filled").as_int64(), 4);
  EXPECT_EQ(form.at("errors").as_int64(), 0);
  api.json_of(provider_b, Verb::post, svc + "/upload", "costs_total,1000\n", 200);
  // The same as an Excel sheet; a bad row names its spreadsheet row.
  form = api.json_of(provider_b, Verb::post, svc + "/upload",
                     make_xlsx({{"costs_total", "990000"}, {"clients_served", "47"}}, true), 200);
  EXPECT_DOUBLE_EQ(find_by(form.at("items"), "code", "costs_total")->at("value").to_number<double>(), 990000);
  bad = api.json_of(provider_b, Verb::post, svc + "/upload",
                    make_xlsx({{"costs_total", "1"}, {"", std::nullopt}, {"bed_days", "mnoho"}}, false), 422);
  ASSERT_EQ(bad.at("rows").as_array().size(), 1u);
  EXPECT_EQ(bad.at("rows").as_array()[0].at("line").as_int64(), 4);
  EXPECT_EQ(bad.at("rows").as_array()[0].at("kind"), "not_a_number");
  EXPECT_EQ(api.json_of(provider_b, Verb::post, svc + "/upload", std::string("PK\x03\x04garbage", 11), 400)
                .at("error")
                .at("message")
                .as_string()
                .starts_with("The Excel file cannot be read"),
            true);
  EXPECT_EQ(api.json_of(provider_b, Verb::post, svc + "/upload", "\n\n", 400).at("error").at("message"),
            "The file contains no values.");
}

// Uploads of many bad rows (issue 9, item 5): the answer names the first 100 and counts all, in valid
// UTF-8 whatever bytes the cells held, and nothing is saved.
TEST_P(BenchmarkRepoTest, JunkUploadsAnswerTheFirstProblemsAndTheirCount) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  Api api(t.db());
  const Caller region = api.login("kraj", {{w.region, "admin"}});
  const Caller provider_b = api.login("dub", {{w.provider_b, "manager"}});
  const std::string svc = open_form_of_provider_b(api, w, region);

  // 20,000 junk lines of CSV, one of them with bytes that are not UTF-8.
  std::string csv = "costs_total;1000\n";
  for (int i = 0; i < 20000; ++i) csv += "junk" + std::to_string(i) + (i == 5 ? "\xC3\x28\xFF" : "") + ";x\n";
  const auto r = api.call(provider_b, Verb::post, svc + "/upload", csv);
  ASSERT_EQ(r.status, 422u);
  EXPECT_LT(r.body.size(), 40u * 1024);
  EXPECT_TRUE(is_valid_utf8(r.body));
  const auto bad = json::parse(r.body);
  const auto& rows = bad.at("rows").as_array();
  ASSERT_EQ(rows.size(), 100u);
  EXPECT_EQ(bad.at("rows_total").as_int64(), 20000);
  EXPECT_EQ(rows[0].at("line").as_int64(), 2);
  EXPECT_EQ(rows[99].at("line").as_int64(), 101);
  EXPECT_EQ(rows[5].at("code"), "junk5\xEF\xBF\xBD(\xEF\xBF\xBD");
  EXPECT_NE(std::string(bad.at("error").at("message").as_string()).find("20000"), std::string::npos)
      << bad.at("error").at("message");

  // The same as an Excel sheet of 5,000 junk rows under its header row.
  std::vector<std::pair<std::string, std::optional<std::string>>> sheet;
  for (int i = 0; i < 5000; ++i) sheet.emplace_back("junk" + std::to_string(i), "1");
  const auto x = api.call(provider_b, Verb::post, svc + "/upload", make_xlsx(sheet, true));
  ASSERT_EQ(x.status, 422u);
  const auto xbad = json::parse(x.body);
  ASSERT_EQ(xbad.at("rows").as_array().size(), 100u);
  EXPECT_EQ(xbad.at("rows_total").as_int64(), 5000);
  EXPECT_EQ(xbad.at("rows").as_array()[0].at("line").as_int64(), 2);
  EXPECT_EQ(xbad.at("rows").as_array()[0].at("kind"), "unknown_item");

  // Nothing was saved.
  auto form = api.json_of(provider_b, Verb::get, svc + "/form", "", 200);
  EXPECT_EQ(form.at("status"), "not_started");
  EXPECT_FALSE(find_by(form.at("items"), "code", "costs_total")->at("entered").as_bool());
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchmarkRepoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
