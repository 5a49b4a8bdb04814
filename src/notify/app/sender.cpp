#include "notify/app/sender.hpp"

#include <chrono>
#include <ctime>
#include <exception>

#include "notify/app/notifications.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::notify::app {

Sender::Sender(store::Database& db, SenderConfig config, std::ostream& log)
    : db_(db), config_(std::move(config)), log_(log), mailer_(config_.smtp), thread_([this] { loop(); }) {}

Sender::~Sender() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void Sender::loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    tick();
    lock.lock();
    wake_.wait_for(lock, std::chrono::seconds(std::max(1, config_.interval_seconds)), [this] { return stopping_; });
  }
}

void Sender::tick() {
  try {
    const auto now = static_cast<long long>(std::time(nullptr));
    const std::time_t t = static_cast<std::time_t>(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    PassOptions o{format_date(now), now, false, config_.smtp.from, config_.public_url};
    const auto sent = run_pass(db_, mailer_, o, log_);
    PassReport digest;
    if (digest_due(tm.tm_hour, config_.digest_hour)) {
      o.digest = true;
      digest = run_pass(db_, mailer_, o, log_);
    }
    if (sent.messages + digest.messages + sent.failures + digest.failures > 0)
      log_ << "kvalis notify: " << sent.messages << " messages, " << digest.messages << " digests sent, "
           << sent.failures + digest.failures << " failed" << std::endl;
  } catch (const std::exception& e) {
    log_ << "kvalis notify: the pass failed (" << e.what() << "); tried again later" << std::endl;
  }
}

}  // namespace kvalis::notify::app
