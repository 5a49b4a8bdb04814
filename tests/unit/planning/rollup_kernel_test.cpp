// The national roll-up kernel (planning/core/rollup_kernel.hpp): table-driven cases from
// tests/data/planning/rollup_kernel_{ratings,cells}.csv, the same numbers as `aggregate` over the same
// client outcomes, independence of the thread count, and who sees which regions.
#include "planning/core/rollup_kernel.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "planning/core/gas.hpp"
#include "planning/core/ladder.hpp"
#include "support/data_table.hpp"

namespace kvalis::planning {
namespace {

using testing::load_data_table;

// The kernel's input of one case of the ratings table (rows already in client, date order).
std::map<std::string, RollupInput> inputs_by_case() {
  const auto table = load_data_table("planning/rollup_kernel_ratings.csv");
  std::map<std::string, RollupInput> inputs;
  for (const auto& row : table.rows) {
    auto& in = inputs[table.get(row, "case")];
    const long long client = std::stoll(table.get(row, "client"));
    const RollupCellKey key{table.get(row, "region"), table.get(row, "kind")};
    std::uint32_t cell = 0;
    while (cell < in.cells.size() && !(in.cells[cell] == key)) ++cell;
    if (cell == in.cells.size()) in.cells.push_back(key);
    if (in.client_id.empty() || in.client_id.back() != client)
      in.add_client(client, cell, std::stod(table.get(row, "rho")));
    in.add_rating(static_cast<std::uint32_t>(in.client_id.size() - 1), std::stoll(table.get(row, "goal")),
                  std::stod(table.get(row, "level")), std::stod(table.get(row, "weight")));
  }
  // Ladder values, for clients of the ratings table (the client columns ascend by id).
  const auto ladders = load_data_table("planning/rollup_kernel_ladders.csv");
  for (const auto& row : ladders.rows) {
    auto& in = inputs.at(ladders.get(row, "case"));
    const long long client = std::stoll(ladders.get(row, "client"));
    const auto at = std::find(in.client_id.begin(), in.client_id.end(), client);
    EXPECT_NE(at, in.client_id.end()) << "ladder of client " << client << " who has no rating";
    in.add_ladder_value(static_cast<std::uint32_t>(at - in.client_id.begin()), std::stoll(ladders.get(row, "ladder")),
                        std::stoll(ladders.get(row, "assessment")), std::stoll(ladders.get(row, "area")),
                        std::stoi(ladders.get(row, "value")));
  }
  return inputs;
}

void expect_number(const std::string& what, const std::optional<double>& got, const std::string& expected) {
  if (expected.empty()) {
    EXPECT_FALSE(got.has_value()) << what;
  } else {
    ASSERT_TRUE(got.has_value()) << what;
    EXPECT_NEAR(*got, std::stod(expected), 1e-9) << what;
  }
}

TEST(RollupKernel, CellsOfTheTable) {
  const auto inputs = inputs_by_case();
  const auto expected = load_data_table("planning/rollup_kernel_cells.csv");
  std::map<std::string, std::size_t> seen;
  for (const auto& row : expected.rows) {
    const std::string c = expected.get(row, "case");
    ASSERT_TRUE(inputs.contains(c)) << c;
    for (int threads : {1, 2, 3}) {
      const auto rows = rollup(inputs.at(c), threads);
      const std::size_t i = seen[c];
      ASSERT_LT(i, rows.size()) << c;
      const auto& r = rows[i];
      const std::string what =
          c + " " + r.key.region_code + "/" + r.key.kind_code + " threads " + std::to_string(threads);
      EXPECT_EQ(r.key.region_code, expected.get(row, "region")) << what;
      EXPECT_EQ(r.key.kind_code, expected.get(row, "kind")) << what;
      EXPECT_EQ(r.cell.clients, std::stoi(expected.get(row, "clients"))) << what;
      EXPECT_EQ(r.cell.goals, std::stoi(expected.get(row, "goals"))) << what;
      EXPECT_EQ(r.cell.attained, std::stoi(expected.get(row, "attained"))) << what;
      expect_number(what + " share", r.cell.share_attained, expected.get(row, "share_attained"));
      expect_number(what + " mean T", r.cell.mean_t, expected.get(row, "mean_t"));
      expect_number(what + " sd T", r.cell.sd_t, expected.get(row, "sd_t"));
      expect_number(what + " ladder change", r.cell.mean_ladder_change, expected.get(row, "mean_ladder_change"));
      EXPECT_EQ(r.cell.ladder_clients, std::stoi(expected.get(row, "ladder_clients"))) << what;
      EXPECT_FALSE(r.cell.suppressed) << what << ": the kernel leaves suppression to the viewer";
      // As a region or the country sees it: never the clients' own service.
      const auto shown = suppress(r.cell, false);
      const bool suppressed = expected.get(row, "suppressed") == "true";
      EXPECT_EQ(shown.suppressed, suppressed) << what;
      if (suppressed) {
        EXPECT_EQ(shown.clients, 0) << what;
        EXPECT_FALSE(shown.mean_t.has_value()) << what;
        EXPECT_FALSE(shown.share_attained.has_value()) << what;
      }
    }
    ++seen[c];
  }
  for (const auto& [c, in] : inputs) EXPECT_EQ(rollup(in).size(), seen[c]) << c << ": cells beyond the expected ones";
}

// A generated national-like input: the kernel equals aggregate() over client outcomes built here goal by
// goal with gas_t_score, whatever the number of threads.
TEST(RollupKernel, EqualsAggregateOfClientOutcomes) {
  std::mt19937 rng(20261206);
  const double levels[] = {-3, -2, -1, -0.5, 0, 1, 2};
  RollupInput in;
  for (int region = 0; region < 4; ++region)
    for (int kind = 0; kind < 3; ++kind) in.cells.push_back({std::to_string(19 + region), std::to_string(kind + 1)});
  std::map<std::uint32_t, std::vector<ClientOutcome>> by_cell;
  long long goal_id = 0;
  for (long long id = 1; id <= 3000; id += 1 + static_cast<long long>(rng() % 3)) {
    const auto cell = static_cast<std::uint32_t>(rng() % in.cells.size());
    const double rho = (rng() % 2) ? 0.3 : 0.5;
    in.add_client(id, cell, rho);
    const auto client = static_cast<std::uint32_t>(in.client_id.size() - 1);
    const int goals = static_cast<int>(rng() % 4);  // 0: a client without ratings in the period
    std::map<long long, GasItem> latest;
    for (int review = 0; review < 3; ++review)
      for (int g = 0; g < goals; ++g) {
        if (rng() % 4 == 0) continue;  // not rated at this review
        const GasItem item{levels[rng() % 7], static_cast<double>(1 + rng() % 3)};
        in.add_rating(client, goal_id + g, item.level, item.weight);
        latest[goal_id + g] = item;
      }
    goal_id += goals;
    // Up to two ladders of 1–3 assessments over areas 1–4 (areas 2–4 sometimes skipped).
    double ladder_sum = 0;
    int ladder_n = 0;
    const auto client_ladders = static_cast<long long>(rng() % 3);
    for (long long ladder = 1; ladder <= client_ladders; ++ladder) {
      const int count = 1 + static_cast<int>(rng() % 3);
      std::vector<LadderValue> first, last;
      for (int a = 0; a < count; ++a) {
        std::vector<LadderValue> values;
        for (long long area = 1; area <= 4; ++area)
          if (area == 1 || rng() % 4 != 0) values.push_back({area, 1 + static_cast<int>(rng() % 10)});
        for (const auto& v : values) in.add_ladder_value(client, ladder, id * 10 + a, v.area_id, v.value);
        (a == 0 ? first : last) = values;
      }
      if (count < 2) continue;
      if (auto d = distance(first, last).mean_change) {
        ladder_sum += *d;
        ++ladder_n;
      }
    }
    if (latest.empty()) continue;
    std::vector<GasItem> items;
    for (const auto& [g, item] : latest) items.push_back(item);
    ClientOutcome o;
    o.client_id = id;
    o.goals = static_cast<int>(items.size());
    for (const auto& item : items) o.attained += attained(item.level) ? 1 : 0;
    o.t = gas_t_score(items, rho);
    if (ladder_n > 0) o.ladder_change = ladder_sum / ladder_n;
    by_cell[cell].push_back(o);
  }
  const auto one = rollup(in, 1);
  ASSERT_EQ(one.size(), by_cell.size());
  for (int threads : {1, 2, 4}) {
    const auto rows = rollup(in, threads);
    ASSERT_EQ(rows.size(), one.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      std::uint32_t cell = 0;
      while (!(in.cells[cell] == rows[i].key)) ++cell;
      const auto want = aggregate(by_cell.at(cell));
      EXPECT_EQ(rows[i].cell.clients, want.clients);
      EXPECT_EQ(rows[i].cell.goals, want.goals);
      EXPECT_EQ(rows[i].cell.attained, want.attained);
      EXPECT_EQ(rows[i].cell.share_attained, want.share_attained);
      EXPECT_EQ(rows[i].cell.mean_t, want.mean_t);  // bit for bit: the same clients in the same order
      EXPECT_EQ(rows[i].cell.sd_t, want.sd_t);
      EXPECT_EQ(rows[i].cell.mean_ladder_change, want.mean_ladder_change);
      EXPECT_EQ(rows[i].cell.ladder_clients, want.ladder_clients);
    }
  }
  // Ordered by region code, then kind code.
  for (std::size_t i = 1; i < one.size(); ++i)
    EXPECT_LT(std::tie(one[i - 1].key.region_code, one[i - 1].key.kind_code),
              std::tie(one[i].key.region_code, one[i].key.kind_code));
}

TEST(RollupKernel, NoRatingsNoCells) {
  RollupInput in;
  in.cells.push_back({"19", "1"});
  in.add_client(1, 0, kDefaultRho);
  EXPECT_TRUE(rollup(in, 2).empty());
  EXPECT_TRUE(client_outcomes(in, 2).outcomes.empty());
}

accounts::Membership member(accounts::OrganisationType type, std::string region, accounts::Role role) {
  accounts::Membership m;
  m.organisation_id = 1;
  m.organisation_type = type;
  m.role = role;
  m.region_code = std::move(region);
  return m;
}

TEST(RegionalAccess, WhoSeesWhichRegions) {
  using accounts::OrganisationType;
  using accounts::Role;
  accounts::Principal admin;
  admin.platform_admin = true;
  EXPECT_TRUE(regional_access(admin).all);
  EXPECT_TRUE(regional_access(admin).sees("86"));

  accounts::Principal region;
  region.memberships = {member(OrganisationType::region, "52", Role::readonly),
                        member(OrganisationType::provider, "86", Role::admin)};
  const auto r = regional_access(region);
  EXPECT_FALSE(r.all);
  EXPECT_EQ(r.regions, std::vector<std::string>{"52"});
  EXPECT_TRUE(r.sees("52"));
  EXPECT_FALSE(r.sees("86")) << "a provider's region is not the region's outcomes";

  accounts::Principal provider;
  provider.memberships = {member(OrganisationType::provider, "52", Role::admin),
                          member(OrganisationType::provider, "52", Role::evaluator)};
  EXPECT_FALSE(regional_access(provider).all);
  EXPECT_TRUE(regional_access(provider).regions.empty());
}

}  // namespace
}  // namespace kvalis::planning
