#pragma once
// One background thread that runs posted tasks in order, off the request threads (a DEA job, say).
// The destructor finishes the task under way and drops the ones not started, telling each through its
// `abandon` function (a job then records that it did not run); nothing runs after destruction.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace kvalis {

class Worker {
 public:
  struct Task {
    std::function<void()> run;
    std::function<void()> abandon;  // may be empty
  };

  Worker() = default;
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Queues the task; the thread starts with the first one.
  void post(Task task);

 private:
  void loop();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kvalis
