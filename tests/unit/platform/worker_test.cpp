// The background worker (src/platform/core/worker.hpp): tasks run in order on one thread other than the
// caller's; a task that throws does not stop it; tasks not started when it is destroyed are abandoned.
#include "platform/core/worker.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

TEST(Worker, RunsTasksInOrderOffTheCallersThread) {
  std::mutex mutex;
  std::condition_variable done;
  std::vector<int> order;
  std::thread::id ran_on;
  {
    kvalis::Worker worker;
    for (int i = 0; i < 5; ++i)
      worker.post({[&, i] {
                     std::lock_guard lock(mutex);
                     if (i == 0) ran_on = std::this_thread::get_id();
                     order.push_back(i);
                     done.notify_all();
                   },
                   {}});
    worker.post({[] { throw std::runtime_error("a failing task"); }, {}});
    worker.post({[&] {
                   std::lock_guard lock(mutex);
                   order.push_back(99);
                   done.notify_all();
                 },
                 {}});
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return order.size() == 6; });
  }
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 99}));
  EXPECT_NE(ran_on, std::this_thread::get_id());
}

// Every task either runs or is told it did not: destroyed while a task runs, the worker finishes it and
// abandons the ones still queued (which of them the thread took first depends on timing).
TEST(Worker, RunsOrAbandonsEveryTask) {
  std::atomic<int> abandoned{0}, ran{0};
  std::mutex gate;
  std::unique_lock hold(gate);
  std::atomic<bool> started{false};
  {
    kvalis::Worker worker;
    worker.post({[&] {
                   started = true;
                   std::lock_guard wait(gate);  // blocks until the test lets it go
                   ++ran;
                 },
                 [&] { ++abandoned; }});
    while (!started) std::this_thread::yield();
    for (int i = 0; i < 3; ++i) worker.post({[&] { ++ran; }, [&] { ++abandoned; }});
    hold.unlock();
  }
  EXPECT_GE(ran.load(), 1);
  EXPECT_EQ(ran.load() + abandoned.load(), 4);
}

}  // namespace
