// `kvalis benchmark compute` on a round stored in the database (benchmark/app recompute_round_scores, as the
// command line calls it) gives the kernel's numbers (benchmark/core/statistics compute_batch) on the same
// values, on SQLite and PostgreSQL: the scores it returns, the scores and statistics it stored, after the first
// computation (rows inserted), a second one (rows replaced) and one after a service's values are gone (its rows
// deleted).
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/rounds.hpp"
#include "benchmark/core/statistics.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/store/bulk_insert.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace bm = kvalis::benchmark;
namespace app = kvalis::benchmark::app;
namespace results = store::benchmark_results_repo;
using store::ColumnType;

class StoredRoundTest : public ::testing::TestWithParam<Backend> {};

// A round of 150 services in five peer groups (one of two services: suppressed), four indicators (two
// lower-is-better), values with ties (one decimal) and about one in twelve missing.
struct Round {
  static constexpr int kServices = 150, kIndicators = 4;
  long long round_id = 0;
  std::vector<long long> service_ids;       // by index
  std::vector<std::string> peer;            // by service index: "kind=13;form=pob"
  std::vector<long long> indicator_ids;     // by index
  std::vector<std::vector<double>> values;  // [indicator][service], NaN = missing
  static bool lower(int indicator) { return indicator % 2 == 1; }
};

Round write_round(store::Database& db) {
  Round r;
  const char* kinds[] = {"13", "13", "14", "1", "4"};
  const char* forms[] = {"pob", "amb", "pob", "ter", "amb"};
  for (int s = 0; s < Round::kServices; ++s) {
    const int g = s == 7 || s == 99 ? 4 : s % 4;  // group 4 has two services
    r.peer.push_back(std::string("kind=") + kinds[g] + ";form=" + forms[g]);
  }
  r.values.assign(Round::kIndicators, std::vector<double>(Round::kServices));
  for (int i = 0; i < Round::kIndicators; ++i)
    for (int s = 0; s < Round::kServices; ++s)
      r.values[i][s] = (s * 7 + i * 3) % 12 == 5 ? std::nan("") : std::round((s * 37 % 101) * (i + 1.5)) / 10.0;
  db.write([&](soci::session& s) {
    store::IdSource organisation_ids(s, "organisations"), service_ids(s, "services"), ids(s, "bm_groups");
    const long long region = organisation_ids.next(), provider = organisation_ids.next();
    store::BulkInsert orgs(s, "organisations",
                           {{"id", ColumnType::integer},
                            {"type", ColumnType::text},
                            {"name", ColumnType::text},
                            {"created_at", ColumnType::integer},
                            {"updated_at", ColumnType::integer}});
    orgs.add(region).add("region").add("Kraj").add(1).add(1);
    orgs.add(provider).add("provider").add("Poskytovatel").add(1).add(1);
    store::BulkInsert services(s, "services",
                               {{"id", ColumnType::integer},
                                {"provider_id", ColumnType::integer},
                                {"name", ColumnType::text},
                                {"kind_code", ColumnType::text},
                                {"forms", ColumnType::text},
                                {"created_at", ColumnType::integer},
                                {"updated_at", ColumnType::integer}});
    services.after(orgs);
    for (int i = 0; i < Round::kServices; ++i) {
      const auto& key = r.peer[i];  // "kind=13;form=pob"
      const auto semi = key.find(';');
      r.service_ids.push_back(service_ids.next());
      services.add(r.service_ids.back())
          .add(provider)
          .add("Služba " + std::to_string(i))
          .add(key.substr(5, semi - 5))
          .add(";" + key.substr(semi + 6) + ";")
          .add(1)
          .add(1);
    }
    services.flush();
    const long long group = ids.next();
    s << "INSERT INTO bm_groups (id, region_org_id, name, created_at) VALUES (:i, :r, 'Skupina', 1)", soci::use(group),
        soci::use(region);
    long long methodology = 0;
    s << store::Database::insert_returning_id(
        "INSERT INTO bm_methodologies (group_id, version, name, status, created_at) "
        "VALUES (:g, 1, 'Metodika', 'published', 1)"),
        soci::use(group), soci::into(methodology);
    for (int i = 0; i < Round::kIndicators; ++i) {
      const std::string code = "x" + std::to_string(i + 1), direction = Round::lower(i) ? "lower" : "higher";
      s << "INSERT INTO bm_items (methodology_id, code, name_cs, required, position) VALUES (:m, :c, :c2, 0, :p)",
          soci::use(methodology), soci::use(code), soci::use(code), soci::use(i);
      long long id = 0;
      s << store::Database::insert_returning_id(
          "INSERT INTO bm_indicators (methodology_id, code, name_cs, numerator, denominator, direction, rba, "
          "position) VALUES (:m, :c, :c2, :n, '1', :d, 'how_well', :p)"),
          soci::use(methodology), soci::use(code), soci::use(code), soci::use(code), soci::use(direction), soci::use(i),
          soci::into(id);
      r.indicator_ids.push_back(id);
    }
    s << store::Database::insert_returning_id(
        "INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, created_at) "
        "VALUES (:g, :m, 'Kolo', 2025, 'full', 1)"),
        soci::use(group), soci::use(methodology), soci::into(r.round_id);
    store::BulkInsert values(s, "bm_values",
                             {{"round_id", ColumnType::integer},
                              {"service_id", ColumnType::integer},
                              {"item_code", ColumnType::text},
                              {"value", ColumnType::real},
                              {"updated_at", ColumnType::integer}},
                             64);
    for (int i = 0; i < Round::kIndicators; ++i)
      for (int sv = 0; sv < Round::kServices; ++sv) {
        values.add(r.round_id).add(r.service_ids[sv]).add("x" + std::to_string(i + 1));
        if (std::isnan(r.values[i][sv]))
          values.add_null();
        else
          values.add(r.values[i][sv]);
        values.add(1);
      }
    values.flush();
  });
  return r;
}

void expect_near(const std::optional<double>& got, double want, const std::string& what) {
  ASSERT_TRUE(got.has_value()) << what;
  EXPECT_NEAR(*got, want, 1e-12 * std::max(1.0, std::fabs(want))) << what;
}

// The kernel on the round's values (services without values left out), checked against what compute
// returned and what it stored.
void expect_kernel_results(store::Database& db, const Round& r, const app::RecomputedRound& computed,
                           const std::vector<bool>& present) {
  std::map<std::string, std::uint32_t> group_of;
  std::vector<std::string> keys;
  for (const auto& k : r.peer)
    if (group_of.emplace(k, static_cast<std::uint32_t>(keys.size())).second) keys.push_back(k);
  std::map<std::pair<long long, long long>, const bm::ServiceResult*> line_of;
  for (const auto& l : computed.scores) line_of[{l.indicator_id, l.service_id}] = &l;
  EXPECT_EQ(computed.order.size(), computed.scores.size());
  const auto stored_scores = db.read([&](soci::session& s) { return results::scores_of_round(s, r.round_id); });
  const auto stored_stats = db.read([&](soci::session& s) { return results::stats_of_round(s, r.round_id); });
  std::map<std::pair<long long, long long>, const results::ScoreRow*> stored_of;
  for (const auto& sc : stored_scores) stored_of[{sc.indicator_id, sc.service_id}] = &sc;
  std::map<std::pair<long long, std::string>, const results::StatRow*> stat_of;
  for (const auto& st : stored_stats) stat_of[{st.indicator_id, st.peer_key}] = &st;

  std::size_t expected_rows = 0, expected_groups = 0;
  for (int i = 0; i < Round::kIndicators; ++i) {
    std::vector<bm::Observation> obs;
    for (int s = 0; s < Round::kServices; ++s)
      if (present[s]) obs.push_back({group_of.at(r.peer[s]), static_cast<std::uint32_t>(s), r.values[i][s]});
    const auto kernel =
        bm::compute_batch(obs, Round::lower(i) ? bm::Direction::kLowerIsBetter : bm::Direction::kHigherIsBetter);
    expected_rows += obs.size();
    expected_groups += kernel.groups.size();
    for (const auto& g : kernel.groups) {
      const auto it = stat_of.find({r.indicator_ids[i], keys[g.group]});
      ASSERT_NE(it, stat_of.end()) << keys[g.group];
      const auto& st = *it->second;
      EXPECT_EQ(st.n, static_cast<long long>(g.summary.n));
      expect_near(st.min, g.summary.min, "min");
      expect_near(st.q1, g.summary.q1, "q1");
      expect_near(st.median, g.summary.median, "median");
      expect_near(st.q3, g.summary.q3, "q3");
      expect_near(st.max, g.summary.max, "max");
      expect_near(st.mean, g.summary.mean, "mean");
      ASSERT_EQ(st.sd.has_value(), g.summary.sd.has_value());
      if (g.summary.sd) expect_near(st.sd, *g.summary.sd, "sd");
    }
    for (std::size_t k = 0; k < obs.size(); ++k) {
      const auto& ks = kernel.services[k];
      const long long service = r.service_ids[obs[k].service];
      const std::string what = "indicator " + std::to_string(i) + " service " + std::to_string(obs[k].service);
      const auto li = line_of.find({r.indicator_ids[i], service});
      const auto si = stored_of.find({r.indicator_ids[i], service});
      ASSERT_NE(li, line_of.end()) << what;
      ASSERT_NE(si, stored_of.end()) << what;
      const auto& line = *li->second;
      const auto& row = *si->second;
      EXPECT_EQ(line.peer_key, r.peer[obs[k].service]) << what;
      EXPECT_EQ(row.peer_key, r.peer[obs[k].service]) << what;
      if (ks.missing) {
        EXPECT_FALSE(line.value.has_value()) << what;
        EXPECT_FALSE(row.value.has_value()) << what;
        EXPECT_FALSE(row.percent_rank.has_value()) << what;
        EXPECT_EQ(row.missing_reason, "missing: x" + std::to_string(i + 1)) << what;
        continue;
      }
      for (const auto* got : {&line.value, &row.value}) expect_near(*got, obs[k].value, what + " value");
      for (const auto* got : {&line.percent_rank, &row.percent_rank})
        expect_near(*got, ks.percent_rank, what + " rank");
      for (const auto* got : {&line.z_score, &row.z_score}) {
        ASSERT_EQ(got->has_value(), ks.z.has_value()) << what;
        if (ks.z) expect_near(*got, *ks.z, what + " z");
      }
      for (const auto* got : {&line.reserve_median, &row.reserve_median})
        expect_near(*got, ks.reserve.to_median, what + " reserve to the median");
      for (const auto* got : {&line.reserve_best, &row.reserve_best})
        expect_near(*got, ks.reserve.to_best_quartile, what + " reserve to the best quartile");
    }
  }
  EXPECT_EQ(computed.scores.size(), expected_rows);
  EXPECT_EQ(stored_scores.size(), expected_rows);  // no row left of a service without values
  EXPECT_EQ(stored_stats.size(), expected_groups);
  EXPECT_EQ(computed.summary.scores, expected_rows);
}

TEST_P(StoredRoundTest, ComputeOnAStoredRoundGivesTheKernelsNumbers) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const Round r = write_round(db);
  const auto system = accounts::system_caller();
  std::vector<bool> present(Round::kServices, true);

  auto first = app::recompute_round_scores(db, system, r.round_id, false);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->summary.services, static_cast<std::size_t>(Round::kServices));
  EXPECT_EQ(first->summary.peer_groups, 5u);
  expect_kernel_results(db, r, *first, present);
  // Lines in the order the command prints them: indicator, peer group, service.
  ASSERT_EQ(first->order.size(), first->scores.size());
  for (std::size_t k = 1; k < first->order.size(); ++k) {
    const auto& a = first->scores.at(first->order[k - 1]);
    const auto& b = first->scores.at(first->order[k]);
    EXPECT_TRUE(std::tie(a.indicator_id, a.peer_key, a.service_id) <
                std::tie(b.indicator_id, b.peer_key, b.service_id));
  }
  for (const auto& sc : first->scores) EXPECT_EQ(first->indicators.count(sc.indicator_id), 1u);
  EXPECT_TRUE(first->service_names.empty());

  // Again: the stored rows are replaced by equal ones.
  auto again = app::recompute_round_scores(db, system, r.round_id, true);
  ASSERT_TRUE(again);
  expect_kernel_results(db, r, *again, present);
  ASSERT_FALSE(again->service_names.empty());
  EXPECT_EQ(again->service_names.begin()->second.rfind("Služba ", 0), 0u);

  // A service's values deleted: its scores go, the others follow the smaller groups.
  db.write([&](soci::session& s) {
    s << "DELETE FROM bm_values WHERE round_id = :r AND service_id = :s", soci::use(r.round_id),
        soci::use(r.service_ids[3]);
  });
  present[3] = false;
  auto without = app::recompute_round_scores(db, system, r.round_id, false);
  ASSERT_TRUE(without);
  expect_kernel_results(db, r, *without, present);

  // Someone who does not see the round gets nothing.
  accounts::Caller stranger;
  stranger.principal.user_id = 99;
  EXPECT_FALSE(app::recompute_round_scores(db, stranger, r.round_id, false));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoredRoundTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
