// The regional network year by year (network/core/network_years.hpp), table-driven:
// tests/data/network/network_*.csv.
#include "network/core/network_years.hpp"

#include <gtest/gtest.h>

#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

using namespace kvalis::network;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// "1:10:klient;2:5:luzka" → places
std::vector<NetworkPlace> places(const std::string& text) {
  std::vector<NetworkPlace> out;
  for (const auto& part : split(text, ';')) {
    const auto f = split(part, ':');
    out.push_back({std::stoll(f.at(0)), std::stod(f.at(1)), f.size() > 2 ? f[2] : "",
                   f.size() > 3 ? split(f[3], '/') : std::vector<std::string>{}});
  }
  return out;
}

std::string text_of(const std::vector<NetworkPlace>& network) {
  std::string out;
  for (const auto& p : network) {
    char capacity[32];
    std::snprintf(capacity, sizeof capacity, "%g", p.capacity);
    out += (out.empty() ? "" : ";") + std::to_string(p.service_id) + ":" + capacity + ":" + p.capacity_unit;
    std::string territories;
    for (const auto& t : p.territories) territories += (territories.empty() ? "" : "/") + t;
    if (!territories.empty()) out += ":" + territories;
  }
  return out;
}

std::string ids_text(const std::vector<long long>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ";") + std::to_string(id);
  return out;
}

TEST(NetworkYears, DecisionsBuildTheYear) {
  const auto table = load_data_table("network/network_decisions.csv");
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    std::vector<DecisionInput> decisions;
    for (const auto& d : split(table.get(row, "decisions"), '|')) {
      const auto f = split(d, ':');
      DecisionInput in;
      in.kind = *parse_decision_kind(f.at(0));
      in.service_id = std::stoll(f.at(1));
      if (f.size() > 2 && !f[2].empty()) in.capacity_after = std::stod(f[2]);
      if (f.size() > 3) in.capacity_unit = f[3];
      if (f.size() > 4) {
        const auto territories = f[4] == "-" ? std::vector<std::string>{} : split(f[4], '/');
        if (in.kind == DecisionKind::include)
          in.territories = territories;
        else
          in.territories_after = territories;
      }
      decisions.push_back(in);
    }
    const auto result = network_of_year(places(table.get(row, "start")), decisions);
    const auto field = table.get(row, "error_field");
    if (field.empty()) {
      ASSERT_TRUE(result) << name << ": " << result.error().field << " " << result.error().message_key;
      EXPECT_EQ(text_of(*result), table.get(row, "result")) << name;
    } else {
      ASSERT_FALSE(result) << name;
      EXPECT_EQ(result.error().field, field) << name;
      EXPECT_EQ(result.error().message_key, table.get(row, "error_key")) << name;
    }
  }
}

TEST(NetworkYears, DecisionEffectRecordsTheCapacityBefore) {
  std::vector<NetworkPlace> network = places("1:10:klient");
  DecisionInput change{1, DecisionKind::change, 12.5, "", {}, std::nullopt};
  auto effect = apply_decision(network, change);
  ASSERT_TRUE(effect);
  EXPECT_EQ(effect->capacity_before, 10);
  EXPECT_EQ(effect->capacity_after, 12.5);
  EXPECT_EQ(effect->capacity_unit, "klient");
  DecisionInput territories{1, DecisionKind::change, std::nullopt, "", {}, std::vector<std::string>{"5205"}};
  auto moved = apply_decision(network, territories);
  ASSERT_TRUE(moved);
  EXPECT_TRUE(moved->territories_before.empty());
  EXPECT_EQ(moved->territories_after, std::vector<std::string>{"5205"});
  EXPECT_EQ(moved->capacity_after, 12.5);
  auto removed = apply_decision(network, {1, DecisionKind::remove, std::nullopt, "", {}, std::nullopt});
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->capacity_before, 12.5);
  EXPECT_FALSE(removed->capacity_after);
  EXPECT_TRUE(network.empty());
  EXPECT_EQ(capacity_by_unit(places("1:10:klient;2:5:luzka;3:7:klient")),
            (std::map<std::string, double>{{"klient", 17}, {"luzka", 5}}));
}

TEST(NetworkYears, RegistryComparison) {
  const auto table = load_data_table("network/network_registry.csv");
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    std::vector<RegisteredService> registered;
    for (const auto& part : split(table.get(row, "registered"), ';')) {
      const auto f = split(part, ':');
      registered.push_back(
          {std::stoll(f.at(0)), f.at(1) != "ended", f.at(1) != "away", std::stod(f.at(2)), f.size() > 3 ? f[3] : ""});
    }
    const auto diff = compare_with_registry(places(table.get(row, "network")), registered);
    EXPECT_EQ(ids_text(diff.not_in_network), table.get(row, "not_in_network")) << name;
    EXPECT_EQ(ids_text(diff.not_registered), table.get(row, "not_registered")) << name;
    std::string mismatch;
    for (const auto& m : diff.capacity_mismatch)
      mismatch += (mismatch.empty() ? "" : ";") + std::to_string(m.service_id) + ":" + std::string(to_string(m.reason));
    EXPECT_EQ(mismatch, table.get(row, "mismatch")) << name;
  }
}

TEST(NetworkYears, CoverageComparison) {
  const auto table = load_data_table("network/network_coverage.csv");
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    std::vector<long long> needs;
    for (const auto& n : split(table.get(row, "needs"), ';')) needs.push_back(std::stoll(n));
    std::vector<NetworkPlace> network;
    for (const auto& part : split(table.get(row, "network"), ';')) {
      const auto f = split(part, ':');
      NetworkPlace p{std::stoll(f.at(0)), 1, "klient", {}};
      if (f.at(1) != "-") p.territories = split(f[1], '/');
      network.push_back(p);
    }
    std::map<long long, std::vector<std::string>> registered;
    for (const auto& part : split(table.get(row, "registered"), ';')) {
      const auto f = split(part, ':');
      registered[std::stoll(f.at(0))] = split(f.at(1), '/');
    }
    std::vector<NeedAnswer> answers;
    for (const auto& part : split(table.get(row, "answers"), ';')) {
      const auto f = split(part, ':');
      answers.push_back({std::stoll(f.at(0)), std::stoll(f.at(1)), f.at(2) == "direct"});
    }
    std::string gaps;
    for (const auto& g :
         compare_with_coverage(split(table.get(row, "territories"), ';'), needs, network, registered, answers))
      gaps += (gaps.empty() ? "" : ";") + g.territory + ":" + std::to_string(g.need_area_id) + ":" +
              std::to_string(g.network_services) + ":" + std::to_string(g.outside_network);
    EXPECT_EQ(gaps, table.get(row, "gaps")) << name;
  }
}

TEST(NetworkYears, EntrustmentInForce) {
  const auto table = load_data_table("network/network_entrustment.csv");
  for (const auto& row : table.rows) {
    std::vector<EntrustmentPeriod> acts;
    for (const auto& part : split(table.get(row, "acts"), ';')) {
      const auto f = split(part, ':');
      acts.push_back({std::stoll(f.at(0)), f.at(1), f.at(2), *parse_entrustment_status(f.at(3))});
    }
    const auto act = entrustment_for_year(acts, std::stoi(table.get(row, "year")));
    EXPECT_EQ(act ? std::to_string(*act) : "-", table.get(row, "act")) << table.get(row, "case");
  }
  EXPECT_TRUE(check_entrustment_dates("2024-12-01", "2025-01-01", "2025-01-01"));
  EXPECT_EQ(check_entrustment_dates("2024-12-01", "2025-01-02", "2025-01-01").error().field, "valid_to");
  EXPECT_EQ(check_entrustment_dates("", "2025-01-01", "2025-12-31").error().field, "issued_on");
  EXPECT_EQ(check_entrustment_dates("2024-12-01", "2025-02-30", "2025-12-31").error().field, "valid_from");
}

accounts::Principal principal_of(const std::string& spec) {
  accounts::Principal p;
  p.user_id = 7;
  if (spec == "platform_admin") {
    p.platform_admin = true;
    return p;
  }
  if (spec == "none") return p;
  const auto f = split(spec, ':');
  accounts::Membership m;
  m.organisation_id = std::stoll(f.at(0));
  m.organisation_type = *accounts::parse_organisation_type(f.at(1));
  m.role = *accounts::parse_role(f.at(2));
  m.region_code = (m.organisation_id == 21 || m.organisation_id == 31 || m.organisation_id == 11) ? "53" : "86";
  p.memberships.push_back(m);
  return p;
}

TEST(NetworkYears, Access) {
  const auto table = load_data_table("network/network_access.csv");
  for (const auto& row : table.rows) {
    const auto name = table.get(row, "case");
    const auto p = principal_of(table.get(row, "membership"));
    const auto role = network_role(p, 10, "86");
    EXPECT_EQ(to_string(role), table.get(row, "role")) << name;
    EXPECT_EQ(sees_year(role, NetworkYearStatus::draft), table.get(row, "draft_year") == "yes") << name;
    EXPECT_EQ(sees_year(role, NetworkYearStatus::approved), table.get(row, "approved_year") == "yes") << name;
    const auto own = provider_orgs_of(p, "86");
    EXPECT_EQ(sees_network_service(role, own, 20), table.get(row, "own_service") == "yes") << name;
    EXPECT_EQ(sees_network_service(role, own, 21), table.get(row, "other_service") == "yes") << name;
  }
}

TEST(NetworkYears, CommentingOrganisations) {
  accounts::Principal p;
  p.memberships = {{30, accounts::OrganisationType::municipality, accounts::Role::worker, "Náchod", "86", "5209"},
                   {31, accounts::OrganisationType::municipality, accounts::Role::admin, "Jinde", "53", ""},
                   {20, accounts::OrganisationType::provider, accounts::Role::readonly, "P", "86", ""},
                   {22, accounts::OrganisationType::provider, accounts::Role::manager, "Q", "86", ""},
                   {10, accounts::OrganisationType::region, accounts::Role::admin, "Kraj", "86", ""}};
  EXPECT_EQ(commenting_orgs_of(p, "86"), (std::vector<long long>{30, 22}));
}

}  // namespace
}  // namespace kvalis::testing
