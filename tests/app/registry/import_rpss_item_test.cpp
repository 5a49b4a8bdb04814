// Mapping one rpss.json item to a service and its provider: codes, accepted shapes, privacy, secret
// addresses, dates and validation, without a database.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/core/catalogue.hpp"
#include "platform/core/dates.hpp"
#include "registry/core/registry_codes.hpp"
#include "registry/import/rpss_item.hpp"
#include "registry/import/rpss_values.hpp"

namespace kvalis::importers {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

const RegistryCodes& codes() {
  static const RegistryCodes c = [] {
    std::vector<catalogue::CatalogueItem> all;
    for (const char* name : {"service_kinds", "target_groups", "age_groups", "service_forms", "capacity_types",
                             "regions", "territories", "legal_forms"}) {
      std::ifstream in(fs::path(KVALIS_SOURCE_DIR) / "catalogues" / (std::string(name) + ".csv"));
      std::ostringstream text;
      text << in.rdbuf();
      std::vector<catalogue::Problem> problems;
      auto items = catalogue::parse_catalogue(name, text.str(), problems);
      EXPECT_TRUE(problems.empty()) << name;
      all.insert(all.end(), items.begin(), items.end());
    }
    return RegistryCodes(all);
  }();
  return c;
}

MappingOptions today() { return MappingOptions{"2026-11-24", false}; }

// A minimal valid item; tests change what they are about.
json::object item() {
  return json::parse(R"({
    "id": 77, "identifikator": 4455667,
    "datumPoskytovaniOd": "2012-03-01", "datumPoskytovaniDo": null,
    "druhSocialniSluzby": {"id": "DruhSocialniSluzby/13"},
    "poskytovatel": {"ico": "00191230", "nazev": "Domov, p. o.", "pravniForma": {"id": "FormaPravniSubjektivity/331"},
                     "statutarniOrgany": [{"clenoveOrganu": [{"jmeno": "Petr", "prijmeni": "Svoboda"}]}]},
    "formy": [{"forma": {"id": "FormaSocialniSluzby/pob"}, "nepretrzitePoskytovani": true,
               "kapacity": [{"pocet": 32, "popis": "32 lůžek", "typ": {"id": "TypKapacitySocialniSluzby/luzka"}}]}],
    "ciloveSkupiny": [{"id": "CilovaSkupinaOsoby/24"}], "vekoveSkupiny": [{"id": "VekovaSkupinaOsoby/8"}],
    "zarizeni": [{"nazev": "Domov", "utajenaAdresa": false, "adresa": {
        "cisloDomovni": 2272, "cisloOrientacni": "54", "kodAdresnihoMista": 11867906, "psc": "500 02",
        "kraj": {"id": "Kraj/86"}, "okres": {"id": "Okres/3602"}, "obec": {"id": "Obec/569810"},
        "ulice": {"nazev": "Nemocniční"}}}],
    "emaily": [{"email": "domov@example.cz", "poznamka": null}], "telefony": [{"telefon": "495111222"}],
    "weby": [{"web": "https://domov.example.cz", "poznamka": "hlavní"}], "faxy": [{"fax": "495000000"}],
    "rozsirenePusobnostiVKraji": [{"id": "Orp/5205"}]
  })")
      .as_object();
}

MappedItem map(const json::object& o, MappingOptions opt = today()) { return map_rpss_item(o, codes(), opt); }

TEST(RpssItem, MapsAValidItem) {
  const auto m = map(item());
  ASSERT_TRUE(m.errors.empty()) << m.errors.front();
  EXPECT_TRUE(m.warnings.empty()) << m.warnings.front();
  const auto& s = m.service;
  EXPECT_EQ(s.registry_id, "4455667");
  EXPECT_EQ(s.registry_item_id, "77");
  EXPECT_EQ(s.kind_code, "13");
  EXPECT_EQ(s.status, "active");
  EXPECT_EQ(s.registered_from, "2012-03-01");
  EXPECT_EQ(s.region_code, "86");
  ASSERT_EQ(s.forms.size(), 1u);
  EXPECT_EQ(s.forms[0].form_code, "pob");
  EXPECT_TRUE(s.forms[0].continuous);
  ASSERT_EQ(s.forms[0].capacities.size(), 1u);
  EXPECT_EQ(s.forms[0].capacities[0].count, 32);
  EXPECT_EQ(s.forms[0].capacities[0].type_code, "luzka");
  EXPECT_EQ(s.target_groups, std::vector<std::string>{"24"});
  EXPECT_EQ(s.age_groups, std::vector<std::string>{"8"});
  EXPECT_EQ(s.territories, std::vector<std::string>{"5205"});
  ASSERT_EQ(s.facilities.size(), 1u);
  const auto& a = s.facilities[0].address;
  EXPECT_EQ(a.street, "Nemocniční");
  EXPECT_EQ(a.house_number, "2272");
  EXPECT_EQ(a.orientation_number, "54");
  EXPECT_EQ(a.address_point_code, "11867906");
  EXPECT_EQ(a.postcode, "50002");
  EXPECT_EQ(a.municipality_code, "569810");
  EXPECT_EQ(a.district_code, "3602");
  ASSERT_EQ(s.contacts.size(), 3u);  // faxes are not kept
  EXPECT_EQ(s.contacts[0].kind, "email");
  EXPECT_EQ(s.contacts[1].kind, "phone");
  EXPECT_EQ(s.contacts[2].kind, "web");
  EXPECT_EQ(s.contacts[2].note, "hlavní");
  // No service name in the item: the kind's name and the provider's.
  EXPECT_EQ(s.name, "Domovy pro seniory – Domov, p. o.");
  EXPECT_EQ(m.provider.ico, "00191230");
  EXPECT_EQ(m.provider.legal_form_code, "331");
}

TEST(RpssItem, ServiceNameFromNazevOrNazevSluzby) {
  auto o = item();
  o["nazevSluzby"] = "Domov Na Kopci";
  EXPECT_EQ(map(o).service.name, "Domov Na Kopci");
  o["nazev"] = "Domov U Lesa";
  EXPECT_EQ(map(o).service.name, "Domov U Lesa");
}

TEST(RpssItem, ReferenceShapes) {
  for (const char* kind : {R"({"id": "DruhSocialniSluzby/14"})", R"({"kod": "14"})", R"({"kod": 14, "id": 3849})",
                           R"("DruhSocialniSluzby/14")", R"("14")", "14"}) {
    auto o = item();
    o["druhSocialniSluzby"] = json::parse(kind);
    EXPECT_EQ(map(o).service.kind_code, "14") << kind;
  }
}

TEST(RpssItem, TerritoryShapes) {
  auto o = item();
  o["rozsirenePusobnostiVKraji"] = json::parse(R"([
    {"id": "Orp/5201"}, {"kod": 5202}, "5203", 5204, {"orp": {"id": "Orp/5205"}}, {"kodOrp": "5206"},
    {"kraj": {"id": "Kraj/86"}, "orp": [{"kod": "5207"}, {"id": "ObecSRozsirenouPusobnosti/5208"}]},
    {"id": "Orp/5201"}
  ])");
  const auto m = map(o);
  EXPECT_TRUE(m.warnings.empty()) << m.warnings.front();
  EXPECT_EQ(m.service.territories,
            (std::vector<std::string>{"5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208"}));
  o["rozsirenePusobnostiVKraji"] = json::parse(R"({"kod": "5209"})");
  EXPECT_EQ(map(o).service.territories, std::vector<std::string>{"5209"});
}

TEST(RpssItem, UnknownCodesAreWarnedAndKept) {
  auto o = item();
  o["druhSocialniSluzby"] = json::parse(R"({"id": "DruhSocialniSluzby/99"})");
  o["ciloveSkupiny"].as_array().push_back(json::parse(R"({"id": "CilovaSkupinaOsoby/77"})"));
  o["rozsirenePusobnostiVKraji"].as_array().push_back(json::parse(R"({"id": "Orp/9999"})"));
  const auto m = map(o);
  EXPECT_TRUE(m.errors.empty());
  EXPECT_EQ(m.service.kind_code, "99");
  EXPECT_EQ(m.service.target_groups, (std::vector<std::string>{"24", "77"}));
  EXPECT_EQ(m.service.territories, (std::vector<std::string>{"5205", "9999"}));
  EXPECT_EQ(m.warnings, (std::vector<std::string>{
                            "unknown service_kinds code \"99\" in druhSocialniSluzby",
                            "unknown target_groups code \"77\" in ciloveSkupiny",
                            "unknown territories code \"9999\" in rozsirenePusobnostiVKraji",
                        }));
  EXPECT_EQ(m.service.name, "Druh 99 – Domov, p. o.");
}

TEST(RpssItem, NaturalPersonNameIsNeverKept) {
  auto o = item();
  auto& p = o["poskytovatel"].as_object();
  p["nazev"] = "Jana Nováková";
  p["pravniForma"] = json::parse(R"({"id": "FormaPravniSubjektivity/101"})");
  p["adresa"] = json::parse(R"({"ulice": {"nazev": "Domácí"}, "cisloDomovni": 1, "kraj": {"id": "Kraj/86"}})");
  o["nazevSluzby"] = "Osobní asistence Jana Nováková";
  o["zarizeni"].as_array()[0].as_object()["nazev"] = "Asistence JANA NOVÁKOVÁ, Hradec";
  const auto m = map(o);
  EXPECT_TRUE(m.natural_person);
  EXPECT_EQ(m.provider.name, "Fyzická osoba (IČO 00191230)");
  EXPECT_EQ(m.provider.address, "");
  EXPECT_EQ(m.provider.region_code, "86");
  EXPECT_EQ(m.service.name, "Domovy pro seniory – Fyzická osoba (IČO 00191230)");
  EXPECT_EQ(m.service.facilities[0].name, "Domovy pro seniory");
  o["nazevSluzby"] = "Asistence u Novákové";  // not the same word: kept
  EXPECT_EQ(map(o).service.name, "Asistence u Novákové");
  o["nazevSluzby"] = "Asistence Nováková";  // the surname alone is enough
  EXPECT_EQ(map(o).service.name, "Domovy pro seniory – Fyzická osoba (IČO 00191230)");
  for (const char* code : {"100", "103", "107", "424", "425", "998"})
    EXPECT_TRUE(codes().natural_person_form(code)) << code;
  for (const char* code : {"112", "331", "706", "141", "641", "801"})
    EXPECT_FALSE(codes().natural_person_form(code)) << code;
}

TEST(RpssItem, SecretAddressKeepsOnlyAreaCodes) {
  auto o = item();
  o["zarizeni"].as_array()[0].as_object()["utajenaAdresa"] = true;
  const auto m = map(o);
  ASSERT_EQ(m.service.facilities.size(), 1u);
  const auto& f = m.service.facilities[0];
  EXPECT_TRUE(f.secret);
  EXPECT_EQ(m.secret_facilities, 1);
  EXPECT_EQ(f.address.street, "");
  EXPECT_EQ(f.address.house_number, "");
  EXPECT_EQ(f.address.orientation_number, "");
  EXPECT_EQ(f.address.address_point_code, "");
  EXPECT_EQ(f.address.postcode, "");
  EXPECT_EQ(f.address.region_code, "86");
  EXPECT_EQ(f.address.district_code, "3602");
  EXPECT_EQ(f.address.municipality_code, "569810");
}

TEST(RpssItem, BrokenItemsSayWhy) {
  struct Case {
    const char* patch;  // JSON object merged into the item (null removes the member)
    const char* reason;
  };
  const Case cases[] = {
      {R"({"druhSocialniSluzby": null})", "missing druhSocialniSluzby"},
      {R"({"druhSocialniSluzby": {"nazev": "domovy"}})", "druhSocialniSluzby has no code"},
      {R"({"identifikator": ""})", "identifikator is empty"},
      {R"({"identifikator": null})", "missing identifikator"},
      {R"({"formy": [{"forma": {"id": "FormaSocialniSluzby/amb"}, "kapacity": [{"pocet": "osm"}]}]})",
       "formy[0].kapacity[0].pocet is not a number"},
      {R"({"formy": [{"forma": {"id": "FormaSocialniSluzby/amb"}, "kapacity": [{"pocet": 2.5}]}]})",
       "formy[0].kapacity[0].pocet is not a whole number"},
      {R"({"formy": [{"kapacity": []}]})", "formy[0].forma is missing"},
      {R"({"poskytovatel": null})", "missing poskytovatel"},
      {R"({"poskytovatel": {"ico": "", "nazev": "X"}})", "poskytovatel.ico is empty"},
      {R"({"poskytovatel": {"ico": "12A45678", "nazev": "X"}})", "poskytovatel.ico \"12A45678\" is not an IČO"},
      {R"({"datumPoskytovaniOd": "1. 3. 2012"})", "datumPoskytovaniOd is not a date"},
  };
  for (const auto& c : cases) {
    auto o = item();
    const json::value patch = json::parse(c.patch);
    for (const auto& kv : patch.as_object()) {
      if (kv.value().is_null())
        o.erase(kv.key());
      else
        o[kv.key()] = kv.value();
    }
    const auto m = map(o);
    ASSERT_EQ(m.errors.size(), 1u) << c.patch;
    EXPECT_EQ(m.errors[0], c.reason);
  }
  EXPECT_EQ(map(json::object{}).errors.size(), 3u);  // identifikator, kind, provider
  EXPECT_EQ(map_rpss_item(json::value(nullptr), codes(), today()).errors,
            std::vector<std::string>{"item is not an object"});
}

TEST(RpssItem, NumbersAsStringsAndIcoLeadingZeros) {
  auto o = item();
  o["identifikator"] = "4455667";
  o["poskytovatel"].as_object()["ico"] = 191230;  // a number: the zeros come back
  o["formy"].as_array()[0].as_object()["kapacity"].as_array()[0].as_object()["pocet"] = "40";
  const auto m = map(o);
  EXPECT_TRUE(m.errors.empty());
  EXPECT_EQ(m.provider.ico, "00191230");
  EXPECT_EQ(m.service.forms[0].capacities[0].count, 40);
}

TEST(RpssItem, RepeatedFormsAreMerged) {
  auto o = item();
  o["formy"].as_array().push_back(json::parse(
      R"({"forma": {"id": "FormaSocialniSluzby/pob"}, "kapacity": [{"pocet": 4, "typ": {"id": "TypKapacitySocialniSluzby/klient"}}]})"));
  const auto m = map(o);
  ASSERT_EQ(m.service.forms.size(), 1u);
  EXPECT_EQ(m.service.forms[0].capacities.size(), 2u);
}

TEST(RpssItem, DatesAndEndedServices) {
  auto o = item();
  o["datumPoskytovaniDo"] = "2021-06-30";
  auto m = map(o);
  EXPECT_TRUE(m.ended);
  EXPECT_EQ(m.service.status, "ended");
  EXPECT_EQ(m.service.ended_on, "2021-06-30");
  o["datumPoskytovaniDo"] = "2026-11-24";  // still provided today
  EXPECT_FALSE(map(o).ended);
  o["datumPoskytovaniDo"] = nullptr;
  o["datumPoskytovaniOd"] = "2016-08-31T22:00:00Z";  // midnight in Prague (summer time)
  EXPECT_EQ(map(o).service.registered_from, "2016-09-01");
  o["datumPoskytovaniOd"] = "2016-09-01T00:00:00";
  EXPECT_EQ(map(o).service.registered_from, "2016-09-01");
  o["datumPoskytovaniOd"] = 1733266800000LL;  // epoch ms as in the code lists: 2024-12-04 in Prague
  EXPECT_EQ(map(o).service.registered_from, "2024-12-04");
  EXPECT_EQ(format_date(1569967200), "2019-10-02");
}

TEST(RpssItem, EndedFacilitiesOnlyWithHistory) {
  auto o = item();
  auto f = o["zarizeni"].as_array()[0];
  f.as_object()["poskytujeDo"] = "2020-01-31";
  o["zarizeni"].as_array().push_back(f);
  EXPECT_EQ(map(o).service.facilities.size(), 1u);
  EXPECT_EQ(map(o, MappingOptions{"2026-11-24", true}).service.facilities.size(), 2u);
}

}  // namespace
}  // namespace kvalis::importers
