// `kvalis import registry` against SQLite and PostgreSQL (KVALIS_TEST_PG): counts, idempotent
// re-import, update / end / add, privacy (secret addresses, natural persons), unknown codes, bad items
// and malformed JSON changing nothing, dry runs, ended services, regions.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands/command.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/row.hpp"
#include "registry/app/registry_import.hpp"
#include "registry/store/registry_repo.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace fs = std::filesystem;
using registry::app::ImportOptions;
using registry::app::ImportReport;

const fs::path kData = fs::path(KVALIS_TEST_DATA) / "registry" / "rpss";
constexpr const char* kToday = "2026-11-24";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ImportReport import_text(store::Database& db, const std::string& text, ImportOptions o = {}) {
  if (o.today.empty()) o.today = kToday;
  std::istringstream in(text);
  std::ostringstream progress;
  return registry::app::import_registry(db, accounts::system_caller(0, "cli"), in, o, progress);
}

ImportReport import_file(store::Database& db, const std::string& name, ImportOptions o = {}) {
  return import_text(db, read_file(kData / name), o);
}

std::string report_text(const ImportReport& r) {
  std::ostringstream out;
  registry::app::print_report(r, out);
  return out.str();
}

long long count(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

std::string text(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    std::string v;
    soci::indicator ind;
    s << sql, soci::into(v, ind);
    return ind == soci::i_ok ? v : std::string();
  });
}

// Every registry row, with ids and timestamps: equal dumps mean nothing was written.
std::string dump(store::Database& db) {
  static const char* kTables[] = {
      "organisations",         "services",           "service_forms",       "service_capacities",
      "service_target_groups", "service_age_groups", "service_territories", "facilities",
      "service_contacts",      "data_versions"};
  std::string out;
  db.read([&](soci::session& s) {
    for (const char* t : kTables) {
      out += std::string("## ") + t + "\n";
      soci::rowset<soci::row> rows = (s.prepare << std::string("SELECT * FROM ") + t + " ORDER BY 1, 2");
      for (const auto& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i) out += store::as_str(r, i) + "|";
        out += "\n";
      }
    }
  });
  return out;
}

long long services(store::Database& db) { return count(db, "SELECT COUNT(*) FROM services"); }
long long registry_version(store::Database& db) {
  return db.read([](soci::session& s) { return store::data_versions::get(s, "registry"); });
}
long long audit_entries(store::Database& db) {
  return count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'registry.import'");
}

class ImportRegistryTest : public ::testing::TestWithParam<Backend> {};

TEST_P(ImportRegistryTest, ImportsTheSmallFile) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const long long version = registry_version(db);
  const auto r = import_file(db, "rpss_small.json");
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_TRUE(r.committed);
  EXPECT_TRUE(r.warnings.empty()) << report_text(r);
  EXPECT_EQ(r.items, 10);
  EXPECT_EQ(r.providers_new, 6);
  EXPECT_EQ(r.services_new, 10);
  EXPECT_EQ(r.facilities, 13);
  EXPECT_EQ(r.secret_facilities, 1);
  EXPECT_EQ(services(db), 10);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM organisations WHERE type = 'provider' AND source = 'registry'"), 6);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM facilities"), 13);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_forms"), 13);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_capacities"), 13);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_contacts"), 30);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM services WHERE status = 'active' AND source = 'registry'"), 10);

  // Capacity belongs to a form, with its type.
  EXPECT_EQ(text(db, "SELECT forms FROM services WHERE registry_id = '1000002'"), ";amb;ter;");
  EXPECT_EQ(count(db,
                  "SELECT c.count FROM service_capacities c JOIN service_forms f ON f.id = c.service_form_id "
                  "JOIN services s ON s.id = f.service_id WHERE s.registry_id = '1000002' AND f.form_code = 'ter' "
                  "AND c.type_code = 'klient'"),
            120);
  EXPECT_EQ(count(db,
                  "SELECT c.count FROM service_capacities c JOIN service_forms f ON f.id = c.service_form_id "
                  "JOIN services s ON s.id = f.service_id WHERE s.registry_id = '1000005' AND f.form_code = 'amb' "
                  "AND c.type_code = 'interv'"),
            300);
  EXPECT_EQ(count(db,
                  "SELECT continuous FROM service_forms f JOIN services s ON s.id = f.service_id "
                  "WHERE s.registry_id = '1000001'"),
            1);
  EXPECT_EQ(count(db, "SELECT capacity_total FROM services WHERE registry_id = '1000001'"), 60);
  EXPECT_EQ(text(db, "SELECT capacity_unit FROM services WHERE registry_id = '1000001'"), "luzka");
  // Groups, territories (also given as {"kod": …} and "5215"), contacts, names, regions.
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM service_target_groups g JOIN services s ON s.id = g.service_id "
                  "WHERE s.registry_id = '1000001' AND g.code IN ('11', '24')"),
            2);
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM service_age_groups g JOIN services s ON s.id = g.service_id "
                  "WHERE s.registry_id = '1000002'"),
            3);
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM service_territories t JOIN services s ON s.id = t.service_id "
                  "WHERE s.registry_id = '1000007' AND t.territory_code IN ('5214', '5215')"),
            2);
  EXPECT_EQ(text(db,
                 "SELECT c.value FROM service_contacts c JOIN services s ON s.id = c.service_id "
                 "WHERE s.registry_id = '1000006' AND c.kind = 'web'"),
            "https://sluzba1000006.example.cz");
  EXPECT_EQ(text(db, "SELECT name FROM services WHERE registry_id = '1000001'"), "Domov pro seniory Tereza");
  EXPECT_EQ(text(db, "SELECT region_code FROM services WHERE registry_id = '1000010'"), "19");
  EXPECT_EQ(text(db, "SELECT address_point_code FROM facilities WHERE name = 'Domácnost Valdice'"), "");
  EXPECT_EQ(text(db,
                 "SELECT o.ico FROM services s JOIN organisations o ON o.id = s.provider_id "
                 "WHERE s.registry_id = '1000008'"),
            "00853020");
  EXPECT_EQ(registry_version(db), version + 1);
  EXPECT_EQ(audit_entries(db), 1);
  EXPECT_NE(text(db, "SELECT detail FROM audit_log WHERE action = 'registry.import'").find("services_new=10"),
            std::string::npos);
}

TEST_P(ImportRegistryTest, ReimportChangesNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const std::string before = dump(db);
  const auto r = import_file(db, "rpss_small.json");
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_EQ(r.services_new + r.services_changed + r.services_ended, 0);
  EXPECT_EQ(r.services_unchanged, 10);
  EXPECT_EQ(r.providers_new + r.providers_changed, 0);
  EXPECT_NE(report_text(r).find("services: 0 new, 0 changed, 10 unchanged, 0 ended"), std::string::npos);
  EXPECT_EQ(dump(db), before);  // not even updated_at, nor the data version
  // The same data on one line is the same data.
  EXPECT_EQ(import_file(db, "rpss_small_compact.json").services_unchanged, 10);
  EXPECT_EQ(dump(db), before);
}

TEST_P(ImportRegistryTest, SecondVersionUpdatesEndsAndAdds) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const long long id1 = count(db, "SELECT id FROM services WHERE registry_id = '1000001'");
  const auto r = import_file(db, "rpss_small_v2.json");
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_EQ(r.services_new, 1);
  EXPECT_EQ(r.services_changed, 1);
  EXPECT_EQ(r.services_unchanged, 8);
  EXPECT_EQ(r.services_ended, 1);
  EXPECT_EQ(services(db), 11);  // never duplicates
  EXPECT_EQ(count(db, "SELECT id FROM services WHERE registry_id = '1000001'"), id1);
  EXPECT_EQ(count(db, "SELECT capacity_total FROM services WHERE registry_id = '1000001'"), 64);
  EXPECT_EQ(text(db, "SELECT status FROM services WHERE registry_id = '1000009'"), "ended");
  EXPECT_EQ(text(db, "SELECT ended_on FROM services WHERE registry_id = '1000009'"), kToday);
  EXPECT_EQ(text(db, "SELECT status FROM services WHERE registry_id = '1000011'"), "active");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM organisations"), 6);
  // And back: 1000009 returns, 1000011 ends.
  const auto back = import_file(db, "rpss_small.json");
  EXPECT_EQ(back.services_changed, 2);
  EXPECT_EQ(back.services_ended, 1);
  EXPECT_EQ(text(db, "SELECT status FROM services WHERE registry_id = '1000009'"), "active");
  EXPECT_EQ(text(db, "SELECT ended_on FROM services WHERE registry_id = '1000009'"), "");
}

// A service the second file changes has that file's forms, capacities, groups, facilities and contacts, none of
// the first file's: the same rows as a first import of the second file (on PostgreSQL the keys are off during the
// import, so no ON DELETE CASCADE removes the old capacities: the writer deletes them itself).
TEST_P(ImportRegistryTest, AnUpdatedServiceHasTheNewFilesPartsOnly) {
  TestDatabase updated(GetParam()), fresh(GetParam());
  KVALIS_REQUIRE_DB(updated);
  ASSERT_TRUE(import_file(updated.db(), "rpss_small.json").succeeded);
  ASSERT_TRUE(import_file(updated.db(), "rpss_small_v2.json").succeeded);
  ASSERT_TRUE(import_file(fresh.db(), "rpss_small_v2.json").succeeded);
  const std::string active = " JOIN services s ON s.id = x.service_id WHERE s.status = 'active'";
  for (const std::string& sql :
       {"SELECT COUNT(*) FROM service_forms x" + active,
        "SELECT COUNT(*) FROM service_capacities c JOIN service_forms x ON x.id = c.service_form_id" + active,
        "SELECT COALESCE(SUM(c.count), 0) FROM service_capacities c JOIN service_forms x ON x.id = c.service_form_id" +
            active,
        "SELECT COUNT(*) FROM service_target_groups x" + active, "SELECT COUNT(*) FROM service_age_groups x" + active,
        "SELECT COUNT(*) FROM service_territories x" + active, "SELECT COUNT(*) FROM facilities x" + active,
        "SELECT COUNT(*) FROM service_contacts x" + active,
        std::string("SELECT COUNT(*) FROM service_capacities c WHERE NOT EXISTS "
                    "(SELECT 1 FROM service_forms f WHERE f.id = c.service_form_id)")})
    EXPECT_EQ(count(updated.db(), sql), count(fresh.db(), sql)) << sql;
  EXPECT_GT(count(fresh.db(), "SELECT COUNT(*) FROM service_capacities"), 0);
}

TEST_P(ImportRegistryTest, RegionLimitsImportAndEnding) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ImportOptions prague;
  prague.region = "19";
  auto r = import_file(db, "rpss_small.json", prague);
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_EQ(r.services_new, 1);
  EXPECT_EQ(r.skipped_other_region, 9);
  EXPECT_EQ(services(db), 1);
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  // 1000009 (region 86) is missing from v2, but a Prague import does not end it.
  r = import_file(db, "rpss_small_v2.json", prague);
  EXPECT_EQ(r.services_ended, 0);
  EXPECT_EQ(r.services_unchanged, 1);
  EXPECT_EQ(text(db, "SELECT status FROM services WHERE registry_id = '1000009'"), "active");
  ImportOptions hk;
  hk.region = "86";
  r = import_file(db, "rpss_small_v2.json", hk);
  EXPECT_EQ(r.services_ended, 1);
  EXPECT_EQ(r.services_new, 1);
  EXPECT_EQ(text(db, "SELECT status FROM services WHERE registry_id = '1000009'"), "ended");
  ImportOptions unknown;
  unknown.region = "99";
  r = import_file(db, "rpss_small.json", unknown);
  EXPECT_FALSE(r.succeeded);
  EXPECT_NE(r.fatal.find("unknown region"), std::string::npos);
}

TEST_P(ImportRegistryTest, SecretAddressIsNotStored) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const std::string where = " FROM facilities f JOIN services s ON s.id = f.service_id WHERE s.registry_id = '1000004'";
  EXPECT_EQ(count(db, "SELECT f.secret" + where), 1);
  EXPECT_EQ(text(db,
                 "SELECT f.street || f.house_number || f.orientation_number || f.postcode || f.address_point_code || "
                 "f.municipality_name" +
                     where),
            "");
  EXPECT_EQ(text(db, "SELECT f.region_code || '/' || f.district_code || '/' || f.municipality_code" + where),
            "86/3602/569810");
  // The secret is nowhere else either.
  for (const char* needle : {"%Tajná%", "%21599999%", "%50003%"}) {
    const std::string n = needle;
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM facilities WHERE street LIKE '" + n + "' OR name LIKE '" + n +
                            "' OR postcode LIKE '" + n + "' OR address_point_code LIKE '" + n + "'"),
              0)
        << needle;
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM services WHERE search_text LIKE '" + n + "' OR name LIKE '" + n + "'"),
              0);
  }
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM facilities WHERE secret = 0 AND street <> ''"), 11);
}

TEST_P(ImportRegistryTest, NaturalPersonNameIsNotStored) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  EXPECT_EQ(text(db, "SELECT name FROM organisations WHERE ico = '73456284'"), "Fyzická osoba (IČO 73456284)");
  EXPECT_EQ(text(db, "SELECT address FROM organisations WHERE ico = '73456284'"), "");
  EXPECT_EQ(text(db, "SELECT legal_form_code FROM organisations WHERE ico = '73456284'"), "101");
  EXPECT_EQ(text(db, "SELECT name FROM services WHERE registry_id = '1000003'"),
            "Osobní asistence – Fyzická osoba (IČO 73456284)");
  // Neither the person, nor statutory bodies, contact persons or facility heads of anyone.
  for (const char* needle : {"%Novák%", "%novak%", "%Svoboda%", "%Kontaktní%", "%Dvořáková%", "%karel@%"}) {
    const std::string n = needle;
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM organisations WHERE name LIKE '" + n + "' OR search_text LIKE '" + n +
                            "' OR address LIKE '" + n + "' OR founder LIKE '" + n + "'"),
              0)
        << needle;
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM services WHERE name LIKE '" + n + "' OR search_text LIKE '" + n + "'"),
              0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM facilities WHERE name LIKE '" + n + "'"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_contacts WHERE value LIKE '" + n + "' OR note LIKE '" + n + "'"),
              0);
  }
}

TEST_P(ImportRegistryTest, UnknownCodesAreReportedAndKept) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const auto r = import_file(db, "rpss_unknown_codes.json");
  ASSERT_TRUE(r.succeeded) << report_text(r);
  std::vector<std::string> messages;
  for (const auto& w : r.warnings) {
    messages.push_back(w.message);
    EXPECT_EQ(w.first.index, 1);
    EXPECT_EQ(w.first.line, 3);
    EXPECT_EQ(w.first_identifier, "1000001");
  }
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "unknown service_kinds code \"99\" in druhSocialniSluzby",
                          "unknown capacity_types code \"postele\" in formy.kapacity.typ",
                          "unknown service_forms code \"xyz\" in formy.forma",
                          "unknown target_groups code \"77\" in ciloveSkupiny",
                          "unknown age_groups code \"42\" in vekoveSkupiny",
                          "unknown territories code \"9999\" in rozsirenePusobnostiVKraji",
                      }));
  const std::string svc = "(SELECT id FROM services WHERE registry_id = '1000001')";
  EXPECT_EQ(text(db, "SELECT kind_code FROM services WHERE registry_id = '1000001'"), "99");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_target_groups WHERE code = '77' AND service_id = " + svc), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_age_groups WHERE code = '42' AND service_id = " + svc), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_territories WHERE territory_code = '9999' AND service_id = " + svc),
            1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_forms WHERE form_code = 'xyz' AND service_id = " + svc), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM service_capacities WHERE type_code = 'postele'"), 1);
  EXPECT_NE(report_text(r).find("unknown service_kinds code \"99\""), std::string::npos);
}

struct ExpectedBad {
  long long index, line;
  std::string reason;
};

std::vector<ExpectedBad> expected_broken() {
  std::ifstream in(kData / "expected_broken.csv");
  std::vector<ExpectedBad> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto a = line.find(','), b = line.find(',', a + 1);
    out.push_back({std::stoll(line.substr(0, a)), std::stoll(line.substr(a + 1, b - a - 1)), line.substr(b + 1)});
  }
  return out;
}

TEST_P(ImportRegistryTest, BadItemsAreReportedAndNothingChanges) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small_v2.json").succeeded);
  const std::string before = dump(db);
  const long long audits = audit_entries(db);
  const auto r = import_file(db, "rpss_broken.json");
  EXPECT_FALSE(r.succeeded);
  EXPECT_FALSE(r.committed);
  const auto expected = expected_broken();
  ASSERT_EQ(expected.size(), 3u);
  ASSERT_EQ(r.errors.total(), expected.size()) << report_text(r);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r.errors.items()[i].position.index, expected[i].index);
    EXPECT_EQ(r.errors.items()[i].position.line, expected[i].line);
    ASSERT_EQ(r.errors.items()[i].reasons.size(), 1u);
    EXPECT_EQ(r.errors.items()[i].reasons[0], expected[i].reason);
  }
  const std::string out = report_text(r);
  EXPECT_NE(
      out.find("item 3 (line " + std::to_string(expected[1].line) + ", identifikator 1000003): " + expected[1].reason),
      std::string::npos)
      << out;
  EXPECT_EQ(dump(db), before);
  EXPECT_EQ(audit_entries(db), audits);
}

TEST_P(ImportRegistryTest, SkipInvalidImportsTheValidItems) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ImportOptions o;
  o.skip_invalid = true;
  const auto r = import_file(db, "rpss_broken.json", o);
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(r.errors.total(), 3u);
  EXPECT_EQ(r.services_new, 2);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM services WHERE registry_id IN ('1000001', '1000005')"), 2);
  EXPECT_EQ(services(db), 2);
  // A bad item still present in the file is not ended because it could not be read.
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const auto again = import_file(db, "rpss_broken.json", o);
  // Ended: 1000004 (its identifier is now empty) and 1000006–1000010, but not the bad 1000002 and 1000003.
  EXPECT_EQ(again.services_ended, 6);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM services WHERE status = 'active'"), 4);
}

TEST_P(ImportRegistryTest, SyntaxErrorIsReportedAndNothingChanges) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const std::string before = dump(db);
  std::ifstream expected(kData / "expected_syntax_error.csv");
  std::string header;
  long long line = 0;
  expected >> header >> line;
  ImportOptions o;
  o.skip_invalid = true;  // does not help with malformed JSON
  const auto r = import_file(db, "rpss_syntax_error.json", o);
  EXPECT_FALSE(r.succeeded);
  ASSERT_TRUE(r.syntax_error.has_value());
  EXPECT_EQ(r.syntax_error->line, line);
  EXPECT_NE(report_text(r).find("line " + std::to_string(line)), std::string::npos);
  EXPECT_EQ(dump(db), before);  // in particular, the services after the error were not ended
  // A truncated file neither.
  const std::string whole = read_file(kData / "rpss_small.json");
  EXPECT_TRUE(import_text(db, whole.substr(0, whole.size() / 2)).syntax_error.has_value());
  EXPECT_EQ(dump(db), before);
  // Nor a file that is not an export, or an empty one, which would end everything.
  EXPECT_FALSE(import_text(db, R"({"polozky": []})").succeeded);
  EXPECT_FALSE(import_text(db, R"({"items": []})").succeeded);
  EXPECT_EQ(dump(db), before);
}

TEST_P(ImportRegistryTest, DryRunChangesNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  ImportOptions dry;
  dry.dry_run = true;
  const std::string empty = dump(db);
  auto r = import_file(db, "rpss_small.json", dry);
  EXPECT_TRUE(r.succeeded);
  EXPECT_FALSE(r.committed);
  EXPECT_EQ(r.services_new, 10);
  EXPECT_EQ(r.providers_new, 6);
  EXPECT_EQ(dump(db), empty);
  EXPECT_EQ(audit_entries(db), 0);
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  const std::string before = dump(db);
  r = import_file(db, "rpss_small_v2.json", dry);
  EXPECT_EQ(r.services_new, 1);
  EXPECT_EQ(r.services_changed, 1);
  EXPECT_EQ(r.services_ended, 1);
  EXPECT_NE(report_text(r).find("Dry run"), std::string::npos);
  EXPECT_EQ(dump(db), before);
  EXPECT_EQ(audit_entries(db), 1);
}

TEST_P(ImportRegistryTest, EndedServicesOnlyWithHistory) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  auto r = import_file(db, "rpss_ended.json");
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_EQ(r.skipped_ended, 1);
  EXPECT_EQ(services(db), 2);
  ImportOptions history;
  history.history = true;
  r = import_file(db, "rpss_ended.json", history);
  EXPECT_EQ(r.services_new, 1);
  EXPECT_EQ(text(db, "SELECT status || ' ' || ended_on FROM services WHERE registry_id = '1000012'"),
            "ended 2021-06-30");
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM facilities f JOIN services s ON s.id = f.service_id "
                  "WHERE s.registry_id = '1000012'"),
            1);
  // A stored active service that the file now lists as ended ends on its date.
  auto doc = boost::json::parse(read_file(kData / "rpss_small.json"));
  doc.at("polozky").as_array()[1].as_object()["datumPoskytovaniDo"] = "2025-01-31";
  ASSERT_TRUE(import_file(db, "rpss_small.json").succeeded);
  r = import_text(db, boost::json::serialize(doc));
  ASSERT_TRUE(r.succeeded) << report_text(r);
  EXPECT_EQ(r.services_ended, 1);
  EXPECT_EQ(text(db, "SELECT status || ' ' || ended_on FROM services WHERE registry_id = '1000002'"),
            "ended 2025-01-31");
}

TEST_P(ImportRegistryTest, RepeatedIdentifierIsAnError) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto doc = boost::json::parse(read_file(kData / "rpss_small.json"));
  auto& items = doc.at("polozky").as_array();
  items.push_back(items[0]);
  const auto r = import_text(t.db(), boost::json::serialize(doc));
  EXPECT_FALSE(r.succeeded);
  ASSERT_EQ(r.errors.total(), 1u);
  EXPECT_EQ(r.errors.items()[0].position.index, 11);
  EXPECT_EQ(r.errors.items()[0].reasons, std::vector<std::string>{"identifikator 1000001 repeats item 1 (line 1)"});
  EXPECT_EQ(services(t.db()), 0);
}

// Issue 9, item 9: a facility name of a megabyte (or any over-long or control-character text) makes its
// item bad, named by its place in the file and its field; nothing is stored.
TEST_P(ImportRegistryTest, OverLongTextFieldsAreReportedByItemAndField) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto doc = boost::json::parse(read_file(kData / "rpss_small.json"));
  auto& items = doc.at("polozky").as_array();
  ASSERT_GE(items.size(), 3u);
  auto& facility = items[1].at("zarizeni").as_array().at(0).as_object();
  facility["nazev"] = std::string(1000000, 'D');
  items[2].at("poskytovatel").as_object()["nazev"] = "Domov \xE2\x80\xAEpo.d\x01";
  items[0].as_object()["weby"] = boost::json::array{boost::json::object{{"web", std::string(600, 'w')}}};
  const auto r = import_text(t.db(), boost::json::serialize(doc));
  EXPECT_FALSE(r.succeeded);
  ASSERT_EQ(r.errors.total(), 3u) << report_text(r);
  EXPECT_EQ(r.errors.items()[0].position.index, 1);
  EXPECT_EQ(r.errors.items()[0].reasons, std::vector<std::string>{"weby[0].web is longer than 500 characters (600)"});
  EXPECT_EQ(r.errors.items()[1].position.index, 2);
  EXPECT_EQ(r.errors.items()[1].reasons,
            std::vector<std::string>{"zarizeni[0].nazev is longer than 500 characters (1000000)"});
  EXPECT_EQ(r.errors.items()[2].position.index, 3);
  ASSERT_FALSE(r.errors.items()[2].reasons.empty());
  EXPECT_EQ(r.errors.items()[2].reasons[0], "poskytovatel.nazev holds a control or text-direction character (U+202E)");
  const std::string out = report_text(r);
  EXPECT_NE(out.find("zarizeni[0].nazev is longer than 500 characters"), std::string::npos) << out;
  EXPECT_LT(out.size(), 10000u);
  EXPECT_EQ(services(t.db()), 0);
}

TEST_P(ImportRegistryTest, ProgressIsPrinted) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  ImportOptions o;
  o.today = kToday;
  o.progress_every = 4;
  std::istringstream in(read_file(kData / "rpss_small.json"));
  std::ostringstream progress;
  ASSERT_TRUE(registry::app::import_registry(t.db(), accounts::system_caller(0, "cli"), in, o, progress).succeeded);
  EXPECT_NE(progress.str().find("4 items ("), std::string::npos) << progress.str();
  EXPECT_NE(progress.str().find("8 items ("), std::string::npos);
  EXPECT_NE(progress.str().find("% of the file)"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportRegistryTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

// The command line: options, exit codes.
TEST(ImportRegistryCli, ExitCodes) {
  TestDatabase t(Backend::sqlite, false);
  const std::string db = t.db().url();
  const auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "kvalis");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    return cli::run(static_cast<int>(argv.size()), argv.data());
  };
  const std::string small = (kData / "rpss_small.json").string();
  EXPECT_EQ(run({"import", "registry", "--db", db}), 2);
  EXPECT_EQ(run({"import", "registry", small, "--db", db, "--dry-run"}), 0);
  EXPECT_EQ(count(t.db(), "SELECT COUNT(*) FROM services"), 0);
  EXPECT_EQ(run({"import", "registry", (kData / "rpss_broken.json").string(), "--db", db}), 1);
  EXPECT_EQ(count(t.db(), "SELECT COUNT(*) FROM services"), 0);
  EXPECT_EQ(run({"import", "registry", small, "--db", db, "--region", "86"}), 0);
  EXPECT_EQ(count(t.db(), "SELECT COUNT(*) FROM services"), 9);
  EXPECT_EQ(run({"import", "registry", (kData / "rpss_broken.json").string(), "--db", db, "--skip-invalid"}), 0);
  EXPECT_EQ(run({"import", "registry", (kData / "rpss_syntax_error.json").string(), "--db", db}), 1);
  EXPECT_EQ(run({"import", "registry", "/nonexistent/rpss.json", "--db", db}), 1);
}

}  // namespace
}  // namespace kvalis::testing
