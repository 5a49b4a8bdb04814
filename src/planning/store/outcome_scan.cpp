#include "planning/store/outcome_scan.hpp"

#include <optional>
#include <unordered_map>
#include <vector>

#include "planning/core/gas.hpp"
#include "platform/store/query.hpp"
#include "platform/store/scan.hpp"

namespace kvalis::planning::store::outcome_scan {
namespace {

using kvalis::store::ScanRow;

// Services in scope; "($1 = '' OR …)" keeps one statement for every scope with the values bound.
constexpr const char* kServices =
    "SELECT id, region_code, kind_code FROM services "
    "WHERE ($1 = '' OR region_code = $1) AND ($2 = '' OR kind_code = $2)";
constexpr const char* kSettings = "SELECT organisation_id, gas_rho FROM pl_settings";
constexpr const char* kClients =
    "SELECT c.id, c.service_id, c.organisation_id FROM pl_clients c JOIN services s ON s.id = c.service_id "
    "WHERE ($1 = '' OR s.region_code = $1) AND ($2 = '' OR s.kind_code = $2) ORDER BY c.id";
// The ratings held in the period, ordered by client, then date and review: the last row of a goal within
// its client is the goal's latest rating. Scoped by region or kind through the client's service.
constexpr const char* kRatingsAll =
    "SELECT r.client_id, rt.client_goal_id, rt.level, cg.weight FROM pl_reviews r "
    "JOIN pl_goal_ratings rt ON rt.review_id = r.id JOIN pl_client_goals cg ON cg.id = rt.client_goal_id "
    "WHERE r.held_on >= $1 AND r.held_on <= $2 ORDER BY r.client_id, r.held_on, r.id";
constexpr const char* kRatingsScoped =
    "SELECT r.client_id, rt.client_goal_id, rt.level, cg.weight FROM pl_reviews r "
    "JOIN pl_goal_ratings rt ON rt.review_id = r.id JOIN pl_client_goals cg ON cg.id = rt.client_goal_id "
    "WHERE r.held_on >= $1 AND r.held_on <= $2 AND r.client_id IN (SELECT c.id FROM pl_clients c "
    "JOIN services s ON s.id = c.service_id WHERE ($3 = '' OR s.region_code = $3) "
    "AND ($4 = '' OR s.kind_code = $4)) ORDER BY r.client_id, r.held_on, r.id";

// The ladder values of the period in the kernel's order (client, ladder, date, assessment, area).
constexpr const char* kLaddersAll =
    "SELECT a.client_id, a.ladder_id, a.id, v.area_id, v.value FROM pl_ladder_assessments a "
    "JOIN pl_ladder_values v ON v.assessment_id = a.id WHERE a.assessed_on >= $1 AND a.assessed_on <= $2 "
    "ORDER BY a.client_id, a.ladder_id, a.assessed_on, a.id, v.area_id";
constexpr const char* kLaddersScoped =
    "SELECT a.client_id, a.ladder_id, a.id, v.area_id, v.value FROM pl_ladder_assessments a "
    "JOIN pl_ladder_values v ON v.assessment_id = a.id WHERE a.assessed_on >= $1 AND a.assessed_on <= $2 "
    "AND a.client_id IN (SELECT c.id FROM pl_clients c JOIN services s ON s.id = c.service_id "
    "WHERE ($3 = '' OR s.region_code = $3) AND ($4 = '' OR s.kind_code = $4)) "
    "ORDER BY a.client_id, a.ladder_id, a.assessed_on, a.id, v.area_id";

// Region and kind ("" for every one): the services' and clients' statements.
std::vector<kvalis::store::ScanParam> scope_params(const Scope& scope) {
  return {std::string_view(scope.region_code), std::string_view(scope.kind_code)};
}
bool scoped(const Scope& scope) { return !scope.region_code.empty() || !scope.kind_code.empty(); }

struct Cells {
  std::unordered_map<long long, std::uint32_t> of_service;  // service id -> cell index
};

Cells read_services(soci::session& s, const Scope& scope, RollupInput& in) {
  Cells cells;
  kvalis::store::scan(s, kServices, scope_params(scope), [&](const ScanRow& r) {
    RollupCellKey key{std::string(r.text(1)), std::string(r.text(2))};
    std::uint32_t cell = 0;
    while (cell < in.cells.size() && !(in.cells[cell] == key)) ++cell;
    if (cell == in.cells.size()) in.cells.push_back(std::move(key));
    cells.of_service.emplace(r.integer(0), cell);
  });
  return cells;
}

std::unordered_map<long long, double> read_rho(soci::session& s) {
  std::unordered_map<long long, double> rho;
  kvalis::store::scan(s, kSettings, {}, [&](const ScanRow& r) { rho[r.integer(0)] = r.real(1); });
  return rho;
}

// Walks rows that ascend by client id alongside the client columns (ascending too): the index of the
// row's client, or nothing for a client outside the scope.
class ClientWalk {
 public:
  explicit ClientWalk(const RollupInput& in) : in_(in), n_(in.client_id.size()) {}
  std::optional<std::uint32_t> find(long long client_id) {
    while (client_ < n_ && in_.client_id[client_] < client_id) ++client_;
    if (client_ == n_ || in_.client_id[client_] != client_id) return std::nullopt;
    return static_cast<std::uint32_t>(client_);
  }

 private:
  const RollupInput& in_;
  std::size_t client_ = 0;
  std::size_t n_;
};

void read_clients(soci::session& s, const Scope& scope, const Cells& cells,
                  const std::unordered_map<long long, double>& rho, RollupInput& in) {
  kvalis::store::scan(s, kClients, scope_params(scope), [&](const ScanRow& r) {
    auto cell = cells.of_service.find(r.integer(1));
    if (cell == cells.of_service.end()) return;
    auto org = rho.find(r.integer(2));
    in.add_client(r.integer(0), cell->second, org == rho.end() ? kDefaultRho : org->second);
  });
}

// The period, then (when scoped) region and kind: the ratings' and ladders' statements.
std::vector<kvalis::store::ScanParam> period_params(const Scope& scope) {
  std::vector<kvalis::store::ScanParam> out{std::string_view(scope.from), std::string_view(scope.to)};
  if (scoped(scope)) out.insert(out.end(), {std::string_view(scope.region_code), std::string_view(scope.kind_code)});
  return out;
}

// Ratings of (client id, goal id, level, weight), ascending by client.
void read_ratings(soci::session& s, const Scope& scope, RollupInput& in) {
  ClientWalk walk(in);
  kvalis::store::scan(s, scoped(scope) ? kRatingsScoped : kRatingsAll, period_params(scope), [&](const ScanRow& r) {
    if (auto client = walk.find(r.integer(0))) in.add_rating(*client, r.integer(1), r.real(2), r.real(3));
  });
}

void read_ladders(soci::session& s, const Scope& scope, RollupInput& in) {
  ClientWalk walk(in);
  kvalis::store::scan(s, scoped(scope) ? kLaddersScoped : kLaddersAll, period_params(scope), [&](const ScanRow& r) {
    if (auto client = walk.find(r.integer(0)))
      in.add_ladder_value(*client, r.integer(1), r.integer(2), r.integer(3), static_cast<int>(r.integer(4)));
  });
}

}  // namespace

RollupInput scan(soci::session& s, const Scope& scope) {
  RollupInput in;
  const Cells cells = read_services(s, scope, in);
  const auto rho = read_rho(s);
  read_clients(s, scope, cells, rho, in);
  read_ratings(s, scope, in);
  read_ladders(s, scope, in);
  return in;
}

Versions versions(soci::session& s) {
  Versions v;
  std::string scope;
  long long version = 0;
  auto st = kvalis::store::prepare_once(
      s, "SELECT scope, version FROM data_versions WHERE scope IN ('planning', 'registry')", [&](soci::statement& st) {
        st.exchange(soci::into(scope));
        st.exchange(soci::into(version));
      });
  st.execute();
  while (st.fetch()) (scope == "planning" ? v.planning : v.registry) = version;
  return v;
}

}  // namespace kvalis::planning::store::outcome_scan
