// A region other than Královéhradecký set up end to end through the registry's use cases, on SQLite and
// PostgreSQL: Jihomoravský kraj (116) as a tenant with a municipal office in Znojmo, a registry import of
// its services (ORP given by RÚIAN code, a facility placed by its municipality) and the lists its members see.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "accounts/core/caller.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "registry/app/organisations.hpp"
#include "registry/app/registry_import.hpp"
#include "registry/app/services.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

// One service of the export with one facility; orp is the reference the export gives (or none).
std::string item(int n, const std::string& ico, const std::string& region, const std::string& orp,
                 const std::string& municipality, const std::string& name) {
  std::ostringstream o;
  o << R"({"id": )" << n << R"(, "identifikator": )" << (2000000 + n) << R"(, "nazevSluzby": ")" << name
    << R"(", "datumPoskytovaniOd": "2012-01-01", "datumPoskytovaniDo": null,
  "druhSocialniSluzby": {"id": "DruhSocialniSluzby/13"},
  "poskytovatel": {"ico": ")"
    << ico << R"(", "nazev": "Poskytovatel )" << name << R"(",
    "pravniForma": {"id": "FormaPravniSubjektivity/331"},
    "adresa": {"kraj": {"id": "Kraj/)"
    << region << R"("}, "obec": {"id": "Obec/)" << municipality << R"("}}},
  "formy": [{"forma": {"id": "FormaSocialniSluzby/pob"}, "nepretrzitePoskytovani": true,
    "kapacity": [{"pocet": 40, "popis": null, "typ": {"id": "TypKapacitySocialniSluzby/luzka"}}]}],
  "ciloveSkupiny": [{"id": "CilovaSkupinaOsoby/24"}], "vekoveSkupiny": [],
  "rozsirenePusobnostiVKraji": [{"id": "Orp/)"
    << orp << R"("}],
  "zarizeni": [{"nazev": "Domov", "utajenaAdresa": false, "kapacita": 40, "poskytujeOd": "2012-01-01",
    "poskytujeDo": null, "adresa": {"ulice": {"nazev": "Hlavní"}, "cisloDomovni": 1, "psc": "60200",
    "kraj": {"id": "Kraj/)"
    << region << R"("}, "obec": {"id": "Obec/)" << municipality << R"("}}}],
  "emaily": [], "telefony": [], "weby": [], "kontaktniAdresy": []})";
  return o.str();
}

std::string export_text() {
  return "{\"polozky\": [" + item(1, "44556675", "116", "1317", "582786", "Domov Brno") + ",\n" +
         item(2, "12345679", "116", "6220", "593711", "Domov Znojmo") + ",\n" +
         item(3, "70889546", "86", "5205", "569810", "Domov Hradec") + "]}";
}

accounts::Caller member_of(long long organisation_id, accounts::OrganisationType type, const std::string& region,
                           const std::string& territory) {
  accounts::Caller c;
  c.principal.user_id = 7;
  c.principal.login = "member";
  c.principal.memberships.push_back({organisation_id, type, accounts::Role::readonly, "", region, territory});
  return c;
}

std::vector<std::string> names(const registry::app::ServicePage& page) {
  std::vector<std::string> out;
  for (const auto& s : page.items) out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

class OtherRegionTest : public ::testing::TestWithParam<Backend> {};

TEST_P(OtherRegionTest, JihomoravskyKrajIsSetUpImportedAndListed) {
  TestDatabase t(GetParam());
  if (!t.available()) GTEST_SKIP() << "KVALIS_TEST_PG not set";
  auto& db = t.db();
  const auto items = db.read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  const store::catalogue_repo::Catalogues catalogues(items, "2026-11-24");
  const registry::KnownCode known = [&](const std::string& c, const std::string& code) {
    return catalogues.has(c, code);
  };
  const auto admin = accounts::system_caller();

  // The kraj and a municipal office of one of its ORP (Znojmo, 6220) as tenants.
  registry::OrganisationChange kraj;
  kraj.type = "region";
  kraj.name = "Jihomoravský kraj";
  kraj.region_code = "116";
  kraj.territory_code = "6203";
  auto region = registry::app::create_organisation(db, admin, known, kraj);
  ASSERT_TRUE(region) << region.error().message_key << " " << region.error().field;
  registry::OrganisationChange office;
  office.type = "municipality";
  office.name = "Městský úřad Znojmo";
  office.region_code = "116";
  office.territory_code = "6220";
  auto znojmo = registry::app::create_organisation(db, admin, known, office);
  ASSERT_TRUE(znojmo) << znojmo.error().message_key << " " << znojmo.error().field;

  // The registry import of the kraj's services: the ORP of Brno given by its RÚIAN code (1317) is stored
  // by its ČSÚ code, every code is known, the Hradec Králové service is out of scope.
  registry::app::ImportOptions options;
  options.region = "116";
  options.today = "2026-11-24";
  std::istringstream in(export_text());
  std::ostringstream progress;
  const auto report = registry::app::import_registry(db, accounts::system_caller(0, "cli"), in, options, progress);
  std::ostringstream printed;
  registry::app::print_report(report, printed);
  ASSERT_TRUE(report.committed) << printed.str();
  EXPECT_EQ(report.imported, 2);
  EXPECT_EQ(report.skipped_other_region, 1);
  EXPECT_TRUE(report.warnings.empty()) << printed.str();

  const auto region_member = member_of(region->id, accounts::OrganisationType::region, "116", "");
  auto all = registry::app::list_services(db, region_member, {});
  EXPECT_EQ(all.total, 2);
  EXPECT_EQ(names(all), (std::vector<std::string>{"Domov Brno", "Domov Znojmo"}));
  registry::ServiceQuery in_brno;
  in_brno.territory = "6203";
  EXPECT_EQ(names(registry::app::list_services(db, region_member, in_brno)), std::vector<std::string>{"Domov Brno"});

  // The office sees the services of its ORP only.
  const auto office_member = member_of(znojmo->id, accounts::OrganisationType::municipality, "116", "6220");
  EXPECT_EQ(names(registry::app::list_services(db, office_member, {})), std::vector<std::string>{"Domov Znojmo"});

  // The service's territories and its facility's ORP (from its municipality, Brno).
  const long long brno_id = all.items[0].name == "Domov Brno" ? all.items[0].id : all.items[1].id;
  auto brno = registry::app::get_service(db, region_member, brno_id);
  ASSERT_TRUE(brno);
  EXPECT_EQ(brno->detail.service.territories, std::vector<std::string>{"6203"});
  EXPECT_EQ(brno->detail.summary.region_code, "116");
  ASSERT_EQ(brno->detail.service.facilities.size(), 1u);
  EXPECT_EQ(brno->detail.service.facilities[0].territory_code, "6203");
  EXPECT_FALSE(registry::app::get_service(db, office_member, brno_id)) << "another ORP's service is not found";

  // The kraj's members see its providers among the organisations.
  registry::OrganisationQuery providers;
  providers.type = "provider";
  const auto orgs = registry::app::list_organisations(db, region_member, providers);
  EXPECT_EQ(orgs.total, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, OtherRegionTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
