#include "planning/store/outcome_scan.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "planning/core/gas.hpp"
#include "platform/store/query.hpp"

namespace kvalis::planning::store::outcome_scan {
namespace {

constexpr std::size_t kBatch = 8192;

// Services in scope; "(:region = '' OR …)" keeps one statement for every scope with the values bound.
constexpr const char* kServices =
    "SELECT id, region_code, kind_code FROM services "
    "WHERE (:region = '' OR region_code = :region2) AND (:kind = '' OR kind_code = :kind2)";
constexpr const char* kSettings = "SELECT organisation_id, gas_rho FROM pl_settings";
constexpr const char* kClients =
    "SELECT c.id, c.service_id, c.organisation_id FROM pl_clients c JOIN services s ON s.id = c.service_id "
    "WHERE (:region = '' OR s.region_code = :region2) AND (:kind = '' OR s.kind_code = :kind2) ORDER BY c.id";
// The ratings held in the period, ordered by client, then date and review: the last row of a goal within
// its client is the goal's latest rating. Scoped by region or kind through the client's service.
constexpr const char* kRatingsAll =
    "SELECT r.client_id, rt.client_goal_id, rt.level, cg.weight FROM pl_reviews r "
    "JOIN pl_goal_ratings rt ON rt.review_id = r.id JOIN pl_client_goals cg ON cg.id = rt.client_goal_id "
    "WHERE r.held_on >= :from AND r.held_on <= :to ORDER BY r.client_id, r.held_on, r.id";
constexpr const char* kRatingsScoped =
    "SELECT r.client_id, rt.client_goal_id, rt.level, cg.weight FROM pl_reviews r "
    "JOIN pl_goal_ratings rt ON rt.review_id = r.id JOIN pl_client_goals cg ON cg.id = rt.client_goal_id "
    "WHERE r.held_on >= :from AND r.held_on <= :to AND r.client_id IN (SELECT c.id FROM pl_clients c "
    "JOIN services s ON s.id = c.service_id WHERE (:region = '' OR s.region_code = :region2) "
    "AND (:kind = '' OR s.kind_code = :kind2)) ORDER BY r.client_id, r.held_on, r.id";

// The ladder values of the period in the kernel's order (client, ladder, date, assessment, area).
constexpr const char* kLaddersAll =
    "SELECT a.client_id, a.ladder_id, a.id, v.area_id, v.value FROM pl_ladder_assessments a "
    "JOIN pl_ladder_values v ON v.assessment_id = a.id WHERE a.assessed_on >= :from AND a.assessed_on <= :to "
    "ORDER BY a.client_id, a.ladder_id, a.assessed_on, a.id, v.area_id";
constexpr const char* kLaddersScoped =
    "SELECT a.client_id, a.ladder_id, a.id, v.area_id, v.value FROM pl_ladder_assessments a "
    "JOIN pl_ladder_values v ON v.assessment_id = a.id WHERE a.assessed_on >= :from AND a.assessed_on <= :to "
    "AND a.client_id IN (SELECT c.id FROM pl_clients c JOIN services s ON s.id = c.service_id "
    "WHERE (:region = '' OR s.region_code = :region2) AND (:kind = '' OR s.kind_code = :kind2)) "
    "ORDER BY a.client_id, a.ladder_id, a.assessed_on, a.id, v.area_id";

struct Cells {
  std::unordered_map<long long, std::uint32_t> of_service;  // service id -> cell index
};

Cells read_services(soci::session& s, const Scope& scope, RollupInput& in) {
  Cells cells;
  std::vector<long long> ids(kBatch);
  std::vector<std::string> regions(kBatch), kinds(kBatch);
  soci::statement st =
      (s.prepare << kServices, soci::into(ids), soci::into(regions), soci::into(kinds), soci::use(scope.region_code),
       soci::use(scope.region_code), soci::use(scope.kind_code), soci::use(scope.kind_code));
  st.execute();
  while (st.fetch()) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      RollupCellKey key{regions[i], kinds[i]};
      std::uint32_t cell = 0;
      while (cell < in.cells.size() && !(in.cells[cell] == key)) ++cell;
      if (cell == in.cells.size()) in.cells.push_back(std::move(key));
      cells.of_service.emplace(ids[i], cell);
    }
    ids.resize(kBatch);
    regions.resize(kBatch);
    kinds.resize(kBatch);
  }
  return cells;
}

std::unordered_map<long long, double> read_rho(soci::session& s) {
  std::unordered_map<long long, double> rho;
  std::vector<long long> orgs(kBatch);
  std::vector<double> values(kBatch);
  soci::statement st = (s.prepare << kSettings, soci::into(orgs), soci::into(values));
  st.execute();
  while (st.fetch()) {
    for (std::size_t i = 0; i < orgs.size(); ++i) rho[orgs[i]] = values[i];
    orgs.resize(kBatch);
    values.resize(kBatch);
  }
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

// Rows of (client id, goal id, level, weight) into the rating columns.
class RatingSink {
 public:
  explicit RatingSink(RollupInput& in) : in_(in), walk_(in) {}
  void add(long long client_id, long long goal, double level, double weight) {
    if (auto client = walk_.find(client_id)) in_.add_rating(*client, goal, level, weight);
  }

 private:
  RollupInput& in_;
  ClientWalk walk_;
};

// SQLite: a statement through the C API on the session's connection, row(stmt) for each row. The ratings
// are the bulk of the data (millions of rows nationally) and SOCI's row conversion doubles their scan.
template <class Row>
void each_sqlite_row(soci::session& s, const char* sql, const std::vector<const std::string*>& values, Row&& row) {
  using namespace sqlite_api;  // SOCI's header wraps sqlite3.h in it
  auto* backend = static_cast<soci::sqlite3_session_backend*>(s.get_backend());
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(backend->conn_, sql, -1, &st, nullptr) != SQLITE_OK)
    throw soci::soci_error(std::string("outcome scan: ") + sqlite3_errmsg(backend->conn_));
  for (std::size_t i = 0; i < values.size(); ++i)
    sqlite3_bind_text(st, static_cast<int>(i + 1), values[i]->data(), static_cast<int>(values[i]->size()),
                      SQLITE_STATIC);
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st);
  const std::string error = rc == SQLITE_DONE ? "" : sqlite3_errmsg(backend->conn_);
  sqlite3_finalize(st);
  if (!error.empty()) throw soci::soci_error("outcome scan: " + error);
}

bool is_sqlite(soci::session& s) { return s.get_backend_name() == "sqlite3"; }

void read_clients(soci::session& s, const Scope& scope, const Cells& cells,
                  const std::unordered_map<long long, double>& rho, RollupInput& in) {
  auto add = [&](long long id, long long service, long long org) {
    auto cell = cells.of_service.find(service);
    if (cell == cells.of_service.end()) return;
    auto r = rho.find(org);
    in.add_client(id, cell->second, r == rho.end() ? kDefaultRho : r->second);
  };
  if (is_sqlite(s)) {
    each_sqlite_row(s, kClients, {&scope.region_code, &scope.region_code, &scope.kind_code, &scope.kind_code},
                    [&](auto* st) {
                      using namespace sqlite_api;
                      add(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2));
                    });
    return;
  }
  std::vector<long long> ids(kBatch), services(kBatch), orgs(kBatch);
  soci::statement st =
      (s.prepare << kClients, soci::into(ids), soci::into(services), soci::into(orgs), soci::use(scope.region_code),
       soci::use(scope.region_code), soci::use(scope.kind_code), soci::use(scope.kind_code));
  st.execute();
  while (st.fetch()) {
    for (std::size_t i = 0; i < ids.size(); ++i) add(ids[i], services[i], orgs[i]);
    ids.resize(kBatch);
    services.resize(kBatch);
    orgs.resize(kBatch);
  }
}

void read_ratings(soci::session& s, const Scope& scope, RollupInput& in) {
  const bool scoped = !scope.region_code.empty() || !scope.kind_code.empty();
  RatingSink sink(in);
  if (is_sqlite(s)) {
    std::vector<const std::string*> values{&scope.from, &scope.to};
    if (scoped)
      values.insert(values.end(), {&scope.region_code, &scope.region_code, &scope.kind_code, &scope.kind_code});
    each_sqlite_row(s, scoped ? kRatingsScoped : kRatingsAll, values, [&](auto* st) {
      using namespace sqlite_api;
      sink.add(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_double(st, 2),
               sqlite3_column_double(st, 3));
    });
    return;
  }
  std::vector<long long> clients(kBatch), goals(kBatch);
  std::vector<double> levels(kBatch), weights(kBatch);
  soci::statement st =
      scoped ? (s.prepare << kRatingsScoped, soci::into(clients), soci::into(goals), soci::into(levels),
                soci::into(weights), soci::use(scope.from), soci::use(scope.to), soci::use(scope.region_code),
                soci::use(scope.region_code), soci::use(scope.kind_code), soci::use(scope.kind_code))
             : (s.prepare << kRatingsAll, soci::into(clients), soci::into(goals), soci::into(levels),
                soci::into(weights), soci::use(scope.from), soci::use(scope.to));
  st.execute();
  while (st.fetch()) {
    for (std::size_t i = 0; i < clients.size(); ++i) sink.add(clients[i], goals[i], levels[i], weights[i]);
    clients.resize(kBatch);
    goals.resize(kBatch);
    levels.resize(kBatch);
    weights.resize(kBatch);
  }
}

void read_ladders(soci::session& s, const Scope& scope, RollupInput& in) {
  const bool scoped = !scope.region_code.empty() || !scope.kind_code.empty();
  ClientWalk walk(in);
  auto add = [&](long long client_id, long long ladder, long long assessment, long long area, int value) {
    if (auto client = walk.find(client_id)) in.add_ladder_value(*client, ladder, assessment, area, value);
  };
  std::vector<const std::string*> values{&scope.from, &scope.to};
  if (scoped) values.insert(values.end(), {&scope.region_code, &scope.region_code, &scope.kind_code, &scope.kind_code});
  if (is_sqlite(s)) {
    each_sqlite_row(s, scoped ? kLaddersScoped : kLaddersAll, values, [&](auto* st) {
      using namespace sqlite_api;
      add(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2),
          sqlite3_column_int64(st, 3), sqlite3_column_int(st, 4));
    });
    return;
  }
  std::vector<long long> clients(kBatch), ladders(kBatch), assessments(kBatch), areas(kBatch);
  std::vector<int> levels(kBatch);
  soci::statement st =
      scoped ? (s.prepare << kLaddersScoped, soci::into(clients), soci::into(ladders), soci::into(assessments),
                soci::into(areas), soci::into(levels), soci::use(scope.from), soci::use(scope.to),
                soci::use(scope.region_code), soci::use(scope.region_code), soci::use(scope.kind_code),
                soci::use(scope.kind_code))
             : (s.prepare << kLaddersAll, soci::into(clients), soci::into(ladders), soci::into(assessments),
                soci::into(areas), soci::into(levels), soci::use(scope.from), soci::use(scope.to));
  st.execute();
  while (st.fetch()) {
    for (std::size_t i = 0; i < clients.size(); ++i) add(clients[i], ladders[i], assessments[i], areas[i], levels[i]);
    for (auto* column : {&clients, &ladders, &assessments, &areas}) column->resize(kBatch);
    levels.resize(kBatch);
  }
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
