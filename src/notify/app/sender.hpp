#pragma once
// The e-mail sender of `kvalis serve`: a background thread that every interval runs a pass for the
// `immediate` users and, from the digest hour on (UTC), the day's digest for the `daily` users (each user's
// digest is claimed once a day, so later ticks skip it). Failures are logged and tried again next tick;
// nothing here stops the server. The destructor ends the thread (the pass under way finishes first).
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

#include "notify/app/mailer.hpp"
#include "platform/store/database.hpp"

namespace kvalis::notify::app {

struct SenderConfig {
  SmtpSettings smtp;
  std::string public_url;     // KVALIS_PUBLIC_URL: the links' base
  int interval_seconds = 60;  // between passes
  int digest_hour = 7;        // UTC hour from which the daily digest goes out
};

class Sender {
 public:
  Sender(store::Database& db, SenderConfig config, std::ostream& log);
  ~Sender();
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

 private:
  void loop();
  void tick();

  store::Database& db_;
  SenderConfig config_;
  std::ostream& log_;
  SmtpMailer mailer_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kvalis::notify::app
