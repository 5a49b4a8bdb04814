#include "planning/core/rollup.hpp"

#include <cmath>

namespace kvalis::planning {

ClientOutcome client_outcome(long long client_id, std::span<const GasItem> ratings, double rho,
                             std::optional<double> ladder_change) {
  ClientOutcome out;
  out.client_id = client_id;
  out.goals = static_cast<int>(ratings.size());
  for (const auto& r : ratings)
    if (is_gas_level(r.level) && attained(r.level)) ++out.attained;
  out.t = gas_t_score(ratings, rho);
  out.ladder_change = ladder_change;
  return out;
}

OutcomeCell aggregate(std::span<const ClientOutcome> clients) {
  OutcomeCell cell;
  double sum_t = 0, sum_ladder = 0;
  for (const auto& c : clients) {
    ++cell.clients;
    cell.goals += c.goals;
    cell.attained += c.attained;
    if (c.t) {
      ++cell.t_clients;
      sum_t += *c.t;
    }
    if (c.ladder_change) {
      ++cell.ladder_clients;
      sum_ladder += *c.ladder_change;
    }
  }
  if (cell.goals > 0) cell.share_attained = static_cast<double>(cell.attained) / cell.goals;
  if (cell.t_clients > 0) {
    const double mean = sum_t / cell.t_clients;
    cell.mean_t = mean;
    if (cell.t_clients >= 2) {
      double ss = 0;  // two passes: the deviations from the mean, not Σx² − n·mean²
      for (const auto& c : clients)
        if (c.t) ss += (*c.t - mean) * (*c.t - mean);
      cell.sd_t = std::sqrt(ss / (cell.t_clients - 1));
    }
  }
  if (cell.ladder_clients > 0) cell.mean_ladder_change = sum_ladder / cell.ladder_clients;
  return cell;
}

OutcomeCell suppress(OutcomeCell cell, bool own_service) {
  if (own_service || cell.clients >= kMinCell) return cell;
  OutcomeCell blank;
  blank.suppressed = true;
  return blank;
}

namespace {
// Clients behind a part's mean T: t_clients, or all its clients for a cell built without t_clients.
int t_count(const OutcomeCell& p) {
  if (p.suppressed || !p.mean_t) return 0;
  return p.t_clients > 0 ? p.t_clients : p.clients;
}
}  // namespace

OutcomeCell merge(std::span<const OutcomeCell> parts) {
  OutcomeCell cell;
  double weighted_t = 0, weighted_ladder = 0;
  for (const auto& p : parts) {
    if (p.suppressed) continue;
    cell.clients += p.clients;
    cell.goals += p.goals;
    cell.attained += p.attained;
    if (const int n = t_count(p); n > 0) {
      cell.t_clients += n;
      weighted_t += *p.mean_t * n;
    }
    if (p.mean_ladder_change && p.ladder_clients > 0) {
      cell.ladder_clients += p.ladder_clients;
      weighted_ladder += *p.mean_ladder_change * p.ladder_clients;
    }
  }
  if (cell.goals > 0) cell.share_attained = static_cast<double>(cell.attained) / cell.goals;
  if (cell.t_clients > 0) {
    const double mean = weighted_t / cell.t_clients;
    cell.mean_t = mean;
    if (cell.t_clients >= 2) {
      double ss = 0;
      for (const auto& p : parts) {
        const int n = t_count(p);
        if (n <= 0) continue;
        const double within = p.sd_t ? *p.sd_t * *p.sd_t * (n - 1) : 0.0;
        const double between = n * (*p.mean_t - mean) * (*p.mean_t - mean);
        ss += within + between;
      }
      cell.sd_t = std::sqrt(ss / (cell.t_clients - 1));
    }
  }
  if (cell.ladder_clients > 0) cell.mean_ladder_change = weighted_ladder / cell.ladder_clients;
  return cell;
}

std::optional<bool> on_target(std::optional<double> value, std::optional<double> target, Direction d) {
  if (!value || !target) return std::nullopt;
  return d == Direction::higher ? *value >= *target : *value <= *target;
}

std::string_view to_string(Direction d) { return d == Direction::higher ? "higher" : "lower"; }

std::optional<Direction> parse_direction(std::string_view text) {
  if (text == "higher") return Direction::higher;
  if (text == "lower") return Direction::lower;
  return std::nullopt;
}

}  // namespace kvalis::planning
