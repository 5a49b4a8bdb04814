// The benchmark use cases (benchmark/app) as the command line and the demo call them, without HTTP: over the
// demo region, whose benchmarking data is itself built through them.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/forms.hpp"
#include "benchmark/app/rounds.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace {

using namespace kvalis;
namespace app = benchmark::app;

long long scalar(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

class BenchmarkUseCases : public ::testing::TestWithParam<kvalis::testing::Backend> {};

TEST_P(BenchmarkUseCases, RoundsAndFormsKeepTheirRulesOutsideHttp) {
  kvalis::testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  db.write([&](soci::session& s) {
    const auto ctx = demo::write_demo_region(s, region, 1767225600);
    return demo::write_benchmark_demo(s, region, ctx);
  });
  const auto system = accounts::system_caller();
  const long long locked = scalar(db, "SELECT MIN(id) FROM bm_rounds WHERE status = 'locked'");
  const long long open = scalar(db, "SELECT id FROM bm_rounds WHERE status = 'open'");
  const long long scores = scalar(db, "SELECT COUNT(*) FROM bm_scores WHERE round_id = " + std::to_string(locked));
  ASSERT_GT(scores, 0);

  // The command line's recomputation writes the same rows, and prints one line per score.
  auto summary = app::recompute_round(db, system, locked);
  ASSERT_TRUE(summary);
  EXPECT_EQ(static_cast<long long>(summary->scores), scores);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM bm_scores WHERE round_id = " + std::to_string(locked)), scores);
  auto lines = app::round_scores(db, system, locked);
  ASSERT_TRUE(lines);
  EXPECT_EQ(static_cast<long long>(lines->size()), scores);

  // Somebody outside the group does not see the round at all.
  accounts::Caller stranger;
  stranger.principal.user_id = 99;
  auto hidden = app::get_round(db, stranger, locked);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().message_key, "bm.round.not_found");
  EXPECT_FALSE(app::recompute_round(db, stranger, locked));

  // A locked round's values change only by corrections.
  const long long service =
      scalar(db, "SELECT MIN(service_id) FROM bm_submissions WHERE round_id = " + std::to_string(locked));
  auto refused = app::save_values(db, system, locked, service, {{"costs_total", 1.0}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message_key, "bm.round.locked");

  // A form being filled in cannot be submitted while required items miss; nothing changes.
  const long long draft = scalar(
      db, "SELECT MIN(service_id) FROM bm_submissions WHERE status = 'draft' AND round_id = " + std::to_string(open));
  ASSERT_GT(draft, 0);
  std::optional<app::SubmitRefusal> why;
  auto submitted = app::submit_form(db, system, open, draft, why);
  ASSERT_FALSE(submitted);
  EXPECT_EQ(submitted.error().message_key, "bm.submit.problems");
  ASSERT_TRUE(why);
  EXPECT_FALSE(why->problems.empty());
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM bm_submissions WHERE status = 'draft' AND round_id = " +
                           std::to_string(open) + " AND service_id = " + std::to_string(draft)),
            1);
  auto form = app::get_form(db, system, open, draft);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->submission.status, benchmark::SubmissionStatus::draft);
  EXPECT_TRUE(form->editable);
  EXPECT_FALSE(form->can_correct);
  EXPECT_GT(form->validation.errors(), 0);
}

// The round's comparison as stored: one line per bm_stats row, in key order.
std::vector<std::string> stored_stats(store::Database& db, long long round_id) {
  return db.read([&](soci::session& s) {
    std::vector<std::string> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT indicator_id, peer_key, n, median FROM bm_stats WHERE round_id = :r "
                      "ORDER BY indicator_id, peer_key",
         soci::use(round_id));
    for (const auto& r : rows) {
      const double median = r.get_indicator(3) == soci::i_null ? -1.0 : r.get<double>(3);
      out.push_back(std::to_string(r.get<long long>(0)) + " " + r.get<std::string>(1) + " " +
                    std::to_string(r.get<int>(2)) + " " + std::to_string(median));
    }
    return out;
  });
}

// Form saves of one round from several connections at once (found by the soak test, tests/soak): every save
// succeeds (on PostgreSQL two recomputes at once used to insert the same bm_stats keys: a unique violation,
// HTTP 500), and the stored comparison is the one of the values as they are in the end (a later recompute
// changes nothing).
TEST_P(BenchmarkUseCases, ConcurrentFormSavesOfOneRoundAllSucceedAndLeaveTheComparisonCurrent) {
  kvalis::testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  db.write([&](soci::session& s) {
    const auto ctx = demo::write_demo_region(s, region, 1767225600);
    return demo::write_benchmark_demo(s, region, ctx);
  });
  const auto system = accounts::system_caller();
  const long long open = scalar(db, "SELECT id FROM bm_rounds WHERE status = 'open'");
  const long long draft = scalar(
      db, "SELECT MIN(service_id) FROM bm_submissions WHERE status = 'draft' AND round_id = " + std::to_string(open));
  ASSERT_GT(draft, 0);
  // One item per thread: no two saves wait for the same value row, only the round's comparison is shared.
  const auto items = db.read([&](soci::session& s) {
    std::vector<std::string> codes;
    soci::rowset<std::string> rows =
        (s.prepare << "SELECT i.code FROM bm_items i JOIN bm_rounds r ON r.methodology_id = i.methodology_id "
                      "WHERE r.id = :r AND i.min_value = 0 AND i.max_value >= 1000 ORDER BY i.code",
         soci::use(open));
    for (const auto& code : rows) codes.push_back(code);
    return codes;
  });
  constexpr int kThreads = 4;  // the test database's pool
  ASSERT_GE(items.size(), static_cast<std::size_t>(kThreads));

  constexpr int kSaves = 8;
  std::atomic<int> saved{0};
  std::vector<std::string> failures(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kSaves; ++i) {
        try {
          auto r = app::save_values(db, system, open, draft, {{items[t], static_cast<double>(100 + i)}});
          if (r)
            ++saved;
          else
            failures[t] = r.error().message_key;
        } catch (const std::exception& e) {
          failures[t] = e.what();
        }
      }
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(failures[t], "") << "thread " << t;
  EXPECT_EQ(saved.load(), kThreads * kSaves);

  const auto stored = stored_stats(db, open);
  ASSERT_FALSE(stored.empty());
  ASSERT_TRUE(app::recompute_round(db, system, open));
  EXPECT_EQ(stored_stats(db, open), stored);
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchmarkUseCases,
                         ::testing::Values(kvalis::testing::Backend::sqlite, kvalis::testing::Backend::postgresql),
                         kvalis::testing::backend_name);

}  // namespace
