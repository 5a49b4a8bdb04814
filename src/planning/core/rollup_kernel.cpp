#include "planning/core/rollup_kernel.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <span>
#include <thread>

#include "planning/core/gas.hpp"
#include "planning/core/ladder.hpp"

namespace kvalis::planning {
namespace {

struct LatestRating {
  long long goal = 0;
  double level = 0;
  double weight = 1;
};

// The client's ladder change from its ladder rows starting at `row` (advanced past them): per ladder the
// distance from the first to the last assessment, the mean over the ladders with one; none without.
std::optional<double> ladder_change(const RollupInput& in, std::uint32_t client, std::size_t& row) {
  const std::size_t n = in.ladder_client.size();
  auto same = [&](std::size_t i, long long ladder) {
    return i < n && in.ladder_client[i] == client && in.ladder_id[i] == ladder;
  };
  std::vector<LadderValue> first, last;
  double sum = 0;
  int ladders = 0;
  while (row < n && in.ladder_client[row] == client) {
    const long long ladder = in.ladder_id[row];
    int assessments = 0;
    while (same(row, ladder)) {
      auto& into = assessments == 0 ? first : last;
      into.clear();
      const long long assessment = in.ladder_assessment[row];
      for (; same(row, ladder) && in.ladder_assessment[row] == assessment; ++row)
        into.push_back(LadderValue{in.ladder_area[row], in.ladder_value[row]});
      ++assessments;
    }
    if (assessments < 2) continue;
    if (auto change = distance(first, last).mean_change) {
      sum += *change;
      ++ladders;
    }
  }
  if (ladders == 0) return std::nullopt;
  return sum / ladders;
}

// The outcomes of the clients whose ratings are rows [begin, end) (whole clients), appended in row order.
void outcomes_of_rows(const RollupInput& in, std::size_t begin, std::size_t end, ClientOutcomes& out) {
  std::vector<LatestRating> latest;  // the current client's goals, at their latest rating so far
  std::vector<GasItem> items;
  std::size_t row = begin;
  // The ladder rows of the first client of the range on.
  std::size_t ladder_row = static_cast<std::size_t>(
      std::lower_bound(in.ladder_client.begin(), in.ladder_client.end(), begin < end ? in.rating_client[begin] : 0) -
      in.ladder_client.begin());
  while (row < end) {
    const std::uint32_t client = in.rating_client[row];
    latest.clear();
    for (; row < end && in.rating_client[row] == client; ++row) {
      const long long goal = in.rating_goal[row];
      auto it = std::find_if(latest.begin(), latest.end(), [goal](const LatestRating& r) { return r.goal == goal; });
      if (it == latest.end()) it = latest.insert(latest.end(), LatestRating{goal, 0, 1});
      it->level = in.rating_level[row];
      it->weight = in.rating_weight[row];
    }
    items.clear();
    for (const auto& r : latest) items.push_back(GasItem{r.level, r.weight});
    while (ladder_row < in.ladder_client.size() && in.ladder_client[ladder_row] < client) ++ladder_row;
    const auto change = ladder_change(in, client, ladder_row);
    out.outcomes.push_back(client_outcome(in.client_id[client], items, in.client_rho[client], change));
    out.cell.push_back(in.client_cell[client]);
  }
}

// Row boundaries splitting the ratings into `parts` runs of whole clients.
std::vector<std::size_t> split_rows(const RollupInput& in, int parts) {
  const std::size_t n = in.ratings();
  std::vector<std::size_t> bounds{0};
  for (int p = 1; p < parts; ++p) {
    std::size_t at = std::max(bounds.back(), n * static_cast<std::size_t>(p) / static_cast<std::size_t>(parts));
    while (at > 0 && at < n && in.rating_client[at] == in.rating_client[at - 1]) ++at;
    bounds.push_back(at);
  }
  bounds.push_back(n);
  return bounds;
}

}  // namespace

ClientOutcomes client_outcomes(const RollupInput& in, int threads) {
  const int parts = std::max(1, threads);
  const auto bounds = split_rows(in, parts);
  std::vector<ClientOutcomes> partial(static_cast<std::size_t>(parts));
  if (parts == 1) {
    outcomes_of_rows(in, bounds[0], bounds[1], partial[0]);
  } else {
    std::vector<std::jthread> workers;
    for (int p = 0; p < parts; ++p)
      workers.emplace_back([&, p] {
        const auto i = static_cast<std::size_t>(p);
        outcomes_of_rows(in, bounds[i], bounds[i + 1], partial[i]);
      });
  }
  if (parts == 1) return std::move(partial[0]);
  ClientOutcomes all;
  std::size_t total = 0;
  for (const auto& part : partial) total += part.outcomes.size();
  all.outcomes.reserve(total);
  all.cell.reserve(total);
  for (auto& part : partial) {
    all.outcomes.insert(all.outcomes.end(), part.outcomes.begin(), part.outcomes.end());
    all.cell.insert(all.cell.end(), part.cell.begin(), part.cell.end());
  }
  return all;
}

std::vector<RollupRow> rollup(const RollupInput& in, int threads) {
  const ClientOutcomes outcomes = client_outcomes(in, threads);
  // Counting sort of the outcomes by cell, keeping the client order within a cell.
  const std::size_t cells = in.cells.size();
  std::vector<std::size_t> start(cells + 1, 0);
  for (auto c : outcomes.cell) ++start[c + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<ClientOutcome> grouped(outcomes.outcomes.size());
  std::vector<std::size_t> next(start.begin(), start.end() - 1);
  for (std::size_t i = 0; i < outcomes.outcomes.size(); ++i) grouped[next[outcomes.cell[i]]++] = outcomes.outcomes[i];

  std::vector<std::uint32_t> order;
  for (std::uint32_t c = 0; c < cells; ++c)
    if (start[c + 1] > start[c]) order.push_back(c);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& x = in.cells[a];
    const auto& y = in.cells[b];
    return x.region_code != y.region_code ? x.region_code < y.region_code : x.kind_code < y.kind_code;
  });
  std::vector<RollupRow> rows;
  rows.reserve(order.size());
  for (auto c : order) {
    std::span<const ClientOutcome> members(grouped.data() + start[c], start[c + 1] - start[c]);
    rows.push_back(RollupRow{in.cells[c], aggregate(members)});
  }
  return rows;
}

bool RegionalAccess::sees(const std::string& region_code) const {
  return all || std::binary_search(regions.begin(), regions.end(), region_code);
}

RegionalAccess regional_access(const accounts::Principal& principal) {
  RegionalAccess access;
  access.all = principal.platform_admin;
  for (const auto& m : principal.memberships)
    if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty())
      access.regions.push_back(m.region_code);
  std::sort(access.regions.begin(), access.regions.end());
  access.regions.erase(std::unique(access.regions.begin(), access.regions.end()), access.regions.end());
  return access;
}

}  // namespace kvalis::planning
