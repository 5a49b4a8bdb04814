// Writes of one group run together (store::Database::write_grouped, platform/store/database.hpp): one write alone
// commits with its finishing step, as write() would; writes that wait while another of their group runs are then
// run as one batch with one finishing step that sees them all; in a batch, a write that returns an error Result
// or throws is rolled back alone and gets its own error; a failing finishing step fails the whole batch and keeps
// nothing; writes of other groups are not held.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "platform/core/result.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class GroupedWriteTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    t_ = std::make_unique<TestDatabase>(GetParam());
    if (!t_->available()) GTEST_SKIP() << "KVALIS_TEST_PG is not set: PostgreSQL tests skipped";
    t_->db().write([](soci::session& s) {
      s << "CREATE TABLE gw_rows (name TEXT NOT NULL)";
      s << "CREATE TABLE gw_finished (seen BIGINT NOT NULL)";  // one row per finishing step: the rows it saw
    });
  }
  store::Database& db() { return t_->db(); }

  // A grouped write of `name`; the finishing step records how many rows it saw.
  Result<std::string> insert(const std::string& group, const std::string& name) {
    return db().write_grouped(
        group,
        [&](soci::session& s) -> Result<std::string> {
          s << "INSERT INTO gw_rows (name) VALUES (:n)", soci::use(name);
          if (name.rfind("error", 0) == 0) return invalid("name", "gw.refused");
          if (name.rfind("throw", 0) == 0) throw std::runtime_error("thrown by " + name);
          return name;
        },
        [](soci::session& s) {
          long long n = 0;
          s << "SELECT COUNT(*) FROM gw_rows", soci::into(n);
          s << "INSERT INTO gw_finished (seen) VALUES (:n)", soci::use(n);
        });
  }
  std::vector<std::string> names() {
    return db().read([](soci::session& s) {
      std::vector<std::string> out;
      soci::rowset<std::string> rs = (s.prepare << "SELECT name FROM gw_rows ORDER BY name");
      for (const auto& n : rs) out.push_back(n);
      return out;
    });
  }
  std::vector<long long> finished() {
    return db().read([](soci::session& s) {
      std::vector<long long> out;
      soci::rowset<long long> rs = (s.prepare << "SELECT seen FROM gw_finished ORDER BY seen");
      for (const auto& n : rs) out.push_back(n);
      return out;
    });
  }
  void wait_until_waiting(const std::string& group, std::size_t n) {
    for (int i = 0; i < 2000 && db().grouped_waiting(group) < n; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_EQ(db().grouped_waiting(group), n);
  }

  std::unique_ptr<TestDatabase> t_;
};

TEST_P(GroupedWriteTest, AWriteAloneCommitsWithItsFinishingStep) {
  auto r = insert("g", "first");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "first");
  EXPECT_EQ(names(), std::vector<std::string>{"first"});
  EXPECT_EQ(finished(), std::vector<long long>{1});
  // An error Result keeps nothing, and no finishing step runs for it.
  auto refused = insert("g", "error alone");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message_key, "gw.refused");
  EXPECT_THROW(insert("g", "throw alone"), std::runtime_error);
  EXPECT_EQ(names(), std::vector<std::string>{"first"});
  EXPECT_EQ(finished(), std::vector<long long>{1});
  EXPECT_EQ(db().grouped_waiting("g"), 0u);
}

TEST_P(GroupedWriteTest, WritesThatWaitRunAsOneBatchWithOneFinishingStep) {
  std::promise<void> running, release;
  std::shared_future<void> released = release.get_future().share();
  auto held = std::async(std::launch::async, [&] {
    return db().write_grouped(
        "round 7",
        [&](soci::session& s) {
          s << "INSERT INTO gw_rows (name) VALUES ('held')";
          running.set_value();
          released.wait();
          return 0;
        },
        [](soci::session& s) {
          long long n = 0;
          s << "SELECT COUNT(*) FROM gw_rows", soci::into(n);
          s << "INSERT INTO gw_finished (seen) VALUES (:n)", soci::use(n);
        });
  });
  running.get_future().wait();
  // The held write is the group's batch now; four more of the group wait for it, two of which fail.
  std::vector<std::future<Result<std::string>>> waiting;
  for (const std::string name : {"a", "error b", "c", "throw d"}) {
    waiting.push_back(std::async(std::launch::async, [this, name] { return insert("round 7", name); }));
    wait_until_waiting("round 7", waiting.size());
  }
  release.set_value();
  EXPECT_EQ(held.get(), 0);
  EXPECT_EQ(waiting[0].get().value(), "a");
  auto refused = waiting[1].get();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message_key, "gw.refused");
  EXPECT_EQ(waiting[2].get().value(), "c");
  EXPECT_THROW(waiting[3].get(), std::runtime_error);
  EXPECT_EQ(names(), (std::vector<std::string>{"a", "c", "held"}));
  // Two finishing steps: the held write's (it saw its row), then one for the batch of the four, which saw the
  // rows kept ('error b' and 'throw d' rolled back alone).
  EXPECT_EQ(finished(), (std::vector<long long>{1, 3}));
  EXPECT_EQ(db().grouped_waiting("round 7"), 0u);
}

TEST_P(GroupedWriteTest, AFailingFinishingStepFailsTheBatchAndKeepsNothing) {
  EXPECT_THROW(db().write_grouped(
                   "g",
                   [&](soci::session& s) {
                     s << "INSERT INTO gw_rows (name) VALUES ('kept until the step fails')";
                     return 1;
                   },
                   [](soci::session& s) { s << "INSERT INTO gw_no_such_table (x) VALUES (1)"; }),
               soci::soci_error);
  EXPECT_TRUE(names().empty());
  EXPECT_TRUE(finished().empty());
  // The group goes on.
  EXPECT_TRUE(insert("g", "after").ok());
  EXPECT_EQ(names(), std::vector<std::string>{"after"});
}

INSTANTIATE_TEST_SUITE_P(Backends, GroupedWriteTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
