// The benchmark use cases (benchmark/app) as the command line and the demo call them, without HTTP: over the
// demo region, whose benchmarking data is itself built through them.
#include <gtest/gtest.h>

#include <string>

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

INSTANTIATE_TEST_SUITE_P(Backends, BenchmarkUseCases,
                         ::testing::Values(kvalis::testing::Backend::sqlite, kvalis::testing::Backend::postgresql),
                         kvalis::testing::backend_name);

}  // namespace
