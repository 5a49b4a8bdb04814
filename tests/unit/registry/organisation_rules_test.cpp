// The rules of creating and changing an organisation (registry/core/organisation_rules.hpp), table-driven
// from tests/data/registry/organisation_changes.csv.
#include "registry/core/organisation_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "support/data_table.hpp"

namespace {

using kvalis::registry::Organisation;
using kvalis::registry::OrganisationChange;

const kvalis::registry::KnownCode kKnown = [](const std::string& catalogue, const std::string& code) {
  static const std::set<std::pair<std::string, std::string>> known = {{"legal_forms", "804"},  {"legal_forms", "331"},
                                                                      {"regions", "86"},       {"regions", "116"},
                                                                      {"territories", "5205"}, {"territories", "6220"}};
  return known.count({catalogue, code}) > 0;
};

std::optional<std::string> sent(const std::string& v) { return v == "-" ? std::nullopt : std::optional(v); }

TEST(OrganisationRules, ChangesTable) {
  const auto table = kvalis::testing::load_data_table("registry/organisation_changes.csv");
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const bool create = table.get(row, "create") == "yes";
    Organisation o;
    if (!create) {  // an existing office of Hradec Králové
      o = {5, table.get(row, "before_type"), "Úřad", "", "", "", "86", "5205", "Adresa 1", 0};
    }
    OrganisationChange in;
    in.type = sent(table.get(row, "type"));
    in.name = sent(table.get(row, "name"));
    in.ico = sent(table.get(row, "ico"));
    in.legal_form_code = sent(table.get(row, "legal_form_code"));
    in.region_code = sent(table.get(row, "region_code"));
    in.territory_code = sent(table.get(row, "territory_code"));
    const auto st = kvalis::registry::apply_change(o, in, create, kKnown);
    EXPECT_EQ(st ? "" : st.error().field, table.get(row, "field"));
    EXPECT_EQ(st ? "" : st.error().message_key, table.get(row, "key"));
    if (st && !create) {
      EXPECT_EQ(o.region_code, in.region_code.value_or("86"));
      EXPECT_EQ(o.address, "Adresa 1");
    }
  }
}

TEST(OrganisationRules, PlacingFields) {
  const Organisation before{1, "municipality", "Úřad", "70889546", "", "", "86", "5205", "", 0};
  auto after = before;
  EXPECT_EQ(kvalis::registry::placing_field_changed(before, after), "");
  after.name = "Nový název";
  EXPECT_EQ(kvalis::registry::placing_field_changed(before, after), "") << "a name is not where it sits";
  after.territory_code = "6220";
  EXPECT_EQ(kvalis::registry::placing_field_changed(before, after), "territory_code");
  after.region_code = "116";
  EXPECT_EQ(kvalis::registry::placing_field_changed(before, after), "region_code");
  after = before;
  after.ico = "";
  EXPECT_EQ(kvalis::registry::placing_field_changed(before, after), "ico");
}

}  // namespace
