#include "platform/core/worker.hpp"

namespace kvalis {

Worker::~Worker() {
  std::deque<Task> dropped;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    dropped.swap(queue_);
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  for (auto& task : dropped) {
    if (!task.abandon) continue;
    try {
      task.abandon();
    } catch (...) {
      // shutting down: nothing more to do
    }
  }
}

void Worker::post(Task task) {
  std::lock_guard lock(mutex_);
  if (stopping_) return;
  queue_.push_back(std::move(task));
  if (!thread_.joinable()) thread_ = std::thread([this] { loop(); });
  wake_.notify_one();
}

void Worker::loop() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      task.run();
    } catch (...) {
      // a task reports its own failures; one that throws must not end the thread
    }
  }
}

}  // namespace kvalis
