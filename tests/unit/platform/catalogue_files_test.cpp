// The project's catalogue files (catalogues/*.csv) parse without problems and hold what the domain needs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/catalogue.hpp"
#include "platform/core/csv.hpp"

namespace {

namespace fs = std::filesystem;
using kvalis::catalogue::CatalogueItem;
using kvalis::catalogue::Problem;

const fs::path kCatalogues = fs::path(KVALIS_SOURCE_DIR) / "catalogues";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << p;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string describe(const std::vector<Problem>& problems) {
  std::string s;
  for (const auto& p : problems) s += "  " + p.file + ":" + std::to_string(p.line) + ": " + p.message + "\n";
  return s;
}

std::vector<CatalogueItem> load(const std::string& name) {
  std::vector<Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue(name, read_file(kCatalogues / (name + ".csv")), problems);
  EXPECT_TRUE(problems.empty()) << describe(problems);
  return items;
}

std::set<std::string> codes(const std::vector<CatalogueItem>& items) {
  std::set<std::string> out;
  for (const auto& i : items) out.insert(i.code);
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t start = 0;
  for (std::size_t p; (p = s.find(sep, start)) != std::string::npos; start = p + 1)
    out.push_back(s.substr(start, p - start));
  out.push_back(s.substr(start));
  return out;
}

TEST(CatalogueFiles, EveryFileParsesWithoutProblems) {
  ASSERT_TRUE(fs::is_directory(kCatalogues)) << kCatalogues;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(kCatalogues)) {
    if (entry.path().extension() != ".csv") continue;
    const std::string name = entry.path().stem().string();
    SCOPED_TRACE(name);
    ++files;
    const std::string text = read_file(entry.path());
    std::vector<Problem> problems;
    if (name == "standards") {
      EXPECT_FALSE(kvalis::catalogue::parse_standards(text, problems).empty());
    } else if (name == "criteria") {
      EXPECT_FALSE(kvalis::catalogue::parse_criteria(text, problems).empty());
    } else if (name == "basic_activities") {
      // Columns of its own (network module): checked by tests/unit/network/cards_catalogue_test.cpp.
    } else {
      auto items = kvalis::catalogue::parse_catalogue(name, text, problems);
      EXPECT_FALSE(items.empty());
      for (const auto& item : items) {
        EXPECT_NE(item.source_act, "") << item.code;
        EXPECT_EQ(item.name_cs.find_first_of("\r\n"), std::string::npos) << item.code;
      }
    }
    EXPECT_TRUE(problems.empty()) << describe(problems);
    // Nothing breaks a file silently: the CSV itself is well formed.
    std::string error;
    kvalis::csv::parse_all(text, &error);
    EXPECT_EQ(error, "");
  }
  EXPECT_GE(files, 10);
}

struct CountCase {
  const char* name;
  std::size_t count;
  bool english_required;
};

TEST(CatalogueFiles, Counts) {
  const CountCase cases[] = {
      {"service_kinds", 34, true}, {"target_groups", 27, true}, {"age_groups", 10, true},
      {"service_forms", 3, true},  {"capacity_types", 5, true}, {"regions", 14, true},
      {"legal_forms", 149, false}, {"territories", 206, true},  {"municipalities", 6258, true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto items = load(c.name);
    EXPECT_EQ(items.size(), c.count);
    EXPECT_EQ(codes(items).size(), c.count) << "one row per code expected in the shipped files";
    for (const auto& item : items) {
      EXPECT_TRUE(item.valid_to.empty()) << item.code << " shipped rows are in force";
      if (c.english_required) {
        EXPECT_NE(item.name_en, "") << item.code;
      }
    }
  }
}

TEST(CatalogueFiles, ServiceKinds) {
  const auto kinds = load("service_kinds");
  const auto forms = codes(load("service_forms"));
  EXPECT_EQ(forms, (std::set<std::string>{"amb", "pob", "ter"}));
  std::map<std::string, int> per_group;
  std::set<std::string> paragraphs;
  for (const auto& k : kinds) {
    SCOPED_TRACE("kind " + k.code);
    EXPECT_NE(k.attribute("registry_name"), "");
    for (const auto& f : split(k.attribute("forms"), ';')) EXPECT_TRUE(forms.count(f)) << "form '" << f << "'";
    const std::string fv = k.attribute("forms_verified");
    EXPECT_TRUE(fv == "yes" || fv == "check") << fv;
    ++per_group[k.attribute("group")];
    if (k.code == "35") {
      EXPECT_EQ(k.name_cs, "Centrum duševního zdraví");
      EXPECT_EQ(k.paragraph, "");
      EXPECT_EQ(k.attribute("verified"), "check");
      EXPECT_EQ(k.valid_from, "2024-07-24");
      continue;
    }
    EXPECT_EQ(k.source_act, "zákon č. 108/2006 Sb.");
    EXPECT_EQ(k.valid_from, "2007-01-01");
    EXPECT_EQ(k.paragraph.rfind("§", 0), 0u) << k.paragraph;
    EXPECT_TRUE(paragraphs.insert(k.paragraph).second) << "paragraph used twice: " << k.paragraph;
    EXPECT_FALSE(split(k.attribute("forms"), ';').empty()) << "forms of the law's kinds are listed";
  }
  // The law: 1 kind of counselling, 14 of care (§39–§52), 18 of prevention (§54–§70 with §60a).
  EXPECT_EQ(per_group["socialni_poradenstvi"], 1);
  EXPECT_EQ(per_group["socialni_pece"], 14);
  EXPECT_EQ(per_group["socialni_prevence"], 18);
  EXPECT_EQ(per_group["check"], 1);
  EXPECT_TRUE(paragraphs.count("§60a"));
  // Registry code 2 does not exist; 34 is §60a (intervention centres), added after the original list.
  const auto kind_codes = codes(kinds);
  EXPECT_FALSE(kind_codes.count("2"));
  auto centres = std::find_if(kinds.begin(), kinds.end(), [](const CatalogueItem& k) { return k.code == "34"; });
  ASSERT_NE(centres, kinds.end());
  EXPECT_EQ(centres->paragraph, "§60a");
}

TEST(CatalogueFiles, TerritoriesOfTheWholeCountry) {
  const auto regions = load("regions");
  std::map<std::string, std::string> nuts_of;
  for (const auto& r : regions) nuts_of[r.code] = r.attribute("nuts_code");
  ASSERT_EQ(nuts_of.size(), 14u);
  const auto territories = load("territories");
  std::map<std::string, int> per_region;
  std::set<std::string> ruian, kralovehradecky;
  long long population = 0;
  for (const auto& t : territories) {
    SCOPED_TRACE("ORP " + t.code);
    ASSERT_TRUE(nuts_of.count(t.parent_code)) << "parent " << t.parent_code;
    ++per_region[t.parent_code];
    EXPECT_EQ(t.valid_from, "2003-01-01");
    EXPECT_EQ(t.attribute("verified"), "yes");
    // Two code systems: the ČSÚ code (4 digits, the catalogue's code) and the RÚIAN one.
    EXPECT_EQ(t.code.size(), 4u);
    EXPECT_EQ(t.attribute("csu_code"), t.code);
    EXPECT_FALSE(t.attribute("ruian_code").empty());
    EXPECT_TRUE(ruian.insert(t.attribute("ruian_code")).second) << "RÚIAN code twice";
    EXPECT_EQ(t.attribute("nuts_code"), nuts_of[t.parent_code]) << "the ORP's kraj and its NUTS code agree";
    population += std::stoll(t.attribute("population_2021"));
    if (t.parent_code == "86") kralovehradecky.insert(t.name_cs);
  }
  // ORP per kraj (registry Kraj codes).
  const std::map<std::string, int> expected = {{"19", 1},   {"27", 26},  {"35", 17},  {"43", 15}, {"51", 7},
                                               {"60", 16},  {"78", 10},  {"86", 15},  {"94", 15}, {"108", 15},
                                               {"116", 21}, {"124", 13}, {"132", 22}, {"141", 13}};
  EXPECT_EQ(per_region, expected);
  EXPECT_EQ(population, 10524167) << "census 2021 over the ORP";
  for (const auto& code : ruian) EXPECT_FALSE(codes(territories).count(code)) << "the code systems do not overlap";
  const std::set<std::string> kh_names = {"Broumov",
                                          "Dobruška",
                                          "Dvůr Králové nad Labem",
                                          "Hořice",
                                          "Hradec Králové",
                                          "Jaroměř",
                                          "Jičín",
                                          "Kostelec nad Orlicí",
                                          "Náchod",
                                          "Nová Paka",
                                          "Nové Město nad Metují",
                                          "Nový Bydžov",
                                          "Rychnov nad Kněžnou",
                                          "Trutnov",
                                          "Vrchlabí"};
  EXPECT_EQ(kralovehradecky, kh_names);
  const auto brno =
      std::find_if(territories.begin(), territories.end(), [](const CatalogueItem& t) { return t.name_cs == "Brno"; });
  ASSERT_NE(brno, territories.end());
  EXPECT_EQ(brno->parent_code, "116");
  EXPECT_EQ(brno->code, "6203");
}

TEST(CatalogueFiles, MunicipalitiesLieInTheirOrpAndKraj) {
  std::map<std::string, CatalogueItem> orp;
  for (const auto& t : load("territories")) orp.emplace(t.code, t);
  const auto municipalities = load("municipalities");
  std::map<std::string, int> per_orp;
  for (const auto& m : municipalities) {
    SCOPED_TRACE("obec " + m.code);
    EXPECT_EQ(m.code.size(), 6u);
    const auto t = orp.find(m.parent_code);
    ASSERT_NE(t, orp.end()) << "ORP " << m.parent_code;
    EXPECT_EQ(m.attribute("region_code"), t->second.parent_code) << "the municipality's kraj is its ORP's kraj";
    EXPECT_EQ(m.attribute("orp_ruian_code"), t->second.attribute("ruian_code")) << "both code systems agree";
    EXPECT_EQ(m.attribute("district_lau1").rfind(t->second.attribute("nuts_code"), 0), 0u);
    ++per_orp[m.parent_code];
  }
  EXPECT_EQ(per_orp.size(), orp.size()) << "every ORP has municipalities";
  EXPECT_EQ(per_orp["1000"], 1) << "Praha is one municipality";
  const auto hk = std::find_if(municipalities.begin(), municipalities.end(),
                               [](const CatalogueItem& m) { return m.code == "569810"; });
  ASSERT_NE(hk, municipalities.end());
  EXPECT_EQ(hk->name_cs, "Hradec Králové");
  EXPECT_EQ(hk->parent_code, "5205");
}

TEST(CatalogueFiles, RegionsHaveNutsCodes) {
  for (const auto& r : load("regions")) {
    const std::string nuts = r.attribute("nuts_code");
    EXPECT_EQ(nuts.size(), 5u) << r.code;
    EXPECT_EQ(nuts.rfind("CZ0", 0), 0u) << r.code;
  }
}

TEST(CatalogueFiles, StandardsAndCriteria) {
  const std::string text = read_file(kCatalogues / "standards.csv");
  std::vector<Problem> problems;
  auto standards = kvalis::catalogue::parse_standards(text, problems);
  EXPECT_TRUE(problems.empty()) << describe(problems);
  std::map<std::string, std::set<int>> numbers;
  for (const auto& s : standards) {
    EXPECT_TRUE(numbers[s.set_code].insert(s.number).second) << s.set_code << " " << s.number << " twice";
    if (s.set_code == "SQSS") {
      const char* part = s.number <= 8 ? "procedural" : s.number <= 10 ? "staffing" : "operational";
      EXPECT_EQ(s.part, part) << "SQSS " << s.number;
    }
  }
  std::set<int> one_to_15, one_to_14, one_to_5;
  for (int i = 1; i <= 15; ++i) one_to_15.insert(i);
  for (int i = 1; i <= 14; ++i) one_to_14.insert(i);
  for (int i = 1; i <= 5; ++i) one_to_5.insert(i);
  EXPECT_EQ(numbers["SQSS"], one_to_15);
  EXPECT_EQ(numbers["OSPOD"], one_to_14);
  EXPECT_EQ(numbers["KOMUNITNI"], one_to_5);
  EXPECT_EQ(numbers.size(), 3u);

  // Validity columns, read with the CSV reader because StandardRow does not carry them yet.
  auto records = kvalis::csv::parse_all(text);
  kvalis::csv::Header h(records.at(0).fields);
  ASSERT_TRUE(h.find("valid_from") && h.find("valid_to"));
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto set = h.get(records[i], "set");
    EXPECT_EQ(h.get(records[i], "valid_from"), set == "SQSS"    ? "2007-01-01"
                                               : set == "OSPOD" ? "2015-01-01"
                                                                : "2022-04-01")
        << "line " << i + 1;
    EXPECT_EQ(h.get(records[i], "valid_to"), "");
  }

  auto criteria = kvalis::catalogue::parse_criteria(read_file(kCatalogues / "criteria.csv"), problems);
  EXPECT_TRUE(problems.empty()) << describe(problems);
  EXPECT_FALSE(criteria.empty());
  std::set<std::string> letters;
  for (const auto& c : criteria) {
    EXPECT_TRUE(numbers[c.set_code].count(c.standard)) << c.set_code << " " << c.standard << c.letter;
    EXPECT_TRUE(letters.insert(c.set_code + std::to_string(c.standard) + c.letter).second)
        << "criterion twice: " << c.set_code << " " << c.standard << c.letter;
  }
}

// criteria.csv keeps exactly the format administrators import (shared/catalogues/criteria.csv).
TEST(CatalogueFiles, CriteriaHeaderIsTheImportFormat) {
  auto records = kvalis::csv::parse_all(read_file(kCatalogues / "criteria.csv"));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0].fields,
            (std::vector<std::string>{"set", "standard", "letter", "essential", "text_cs", "source", "note"}));
  const fs::path shared = fs::path(KVALIS_SHARED_DIR) / "catalogues" / "criteria.csv";
  if (fs::exists(shared)) {
    auto theirs = kvalis::csv::parse_all(read_file(shared));
    ASSERT_FALSE(theirs.empty());
    EXPECT_EQ(theirs[0].fields, records[0].fields);
  }
}

}  // namespace
