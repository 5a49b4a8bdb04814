// The notification use cases (src/notify/app/notifications.hpp) on the demo region, on SQLite and PostgreSQL:
// a provider manager's list, read marks, and the e-mail passes with a Mailer that records (or refuses) what
// it is given: one message per user and pass, never twice, retried after a refusal, a digest once a day.
#include <gtest/gtest.h>

#include <sstream>

#include "accounts/app/recipients.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/quality_demo.hpp"
#include "notify/app/notifications.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

struct RecordingMailer : notify::app::Mailer {
  bool refuse = false;
  std::vector<std::pair<std::string, std::string>> sent;  // (to, message)
  Status send(const std::string&, const std::string& to, const std::string& message) override {
    if (refuse) return invalid("smtp", "notify.smtp.failed", {{"detail", "421 try later"}});
    sent.emplace_back(to, message);
    return ok_status();
  }
};

class NotifyApp : public ::testing::TestWithParam<Backend> {};

accounts::app::Recipient user(store::Database& db, const std::string& login) {
  for (auto& r : accounts::app::mail_recipients(db))
    if (r.login == login) return r;
  ADD_FAILURE() << "no demo user " << login;
  return {};
}

TEST_P(NotifyApp, ListReadMarksAndPasses) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) { return demo::write_demo_region(s, region, store::now_epoch()); });
  db.write([&](soci::session& s) { return demo::write_quality_demo(s, region, ctx); });
  const auto now = store::now_epoch();
  const auto today = format_date(now);

  const auto manager = user(db, "poskytovatel.manazer");
  const accounts::Caller caller{manager.principal, {}};
  auto items = notify::app::list_notifications(db, caller, today);
  ASSERT_TRUE(items.ok());
  std::size_t overdue = 0;
  for (const auto& i : *items) {
    overdue += i.kind == notify::Kind::action_overdue ? 1 : 0;
    EXPECT_FALSE(i.read);
  }
  ASSERT_GE(overdue, 1u);

  // Read marks: one, then all; a key that is not a notification's is refused naming the field.
  auto unread = notify::app::mark_read(db, caller, today, {items->front().key}, false);
  ASSERT_TRUE(unread.ok());
  EXPECT_EQ(*unread, static_cast<long long>(items->size()) - 1);
  EXPECT_TRUE(notify::app::list_notifications(db, caller, today)->front().read);
  auto bad = notify::app::mark_read(db, caller, today, {"whatever"}, false);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "keys");
  EXPECT_EQ(*notify::app::mark_read(db, caller, today, {}, true), 0);

  // At once: refused first (the claims are given back), then sent once, then nothing new.
  notify::Preferences immediate;
  immediate.frequency = notify::Frequency::immediate;
  ASSERT_TRUE(notify::app::put_preferences(db, caller, immediate).ok());
  std::ostringstream log;
  RecordingMailer mailer;
  notify::app::PassOptions o{today, now, false, "kvalis@kraj.example", "https://kvalis.example.cz"};
  mailer.refuse = true;
  auto r = notify::app::run_pass(db, mailer, o, log);
  EXPECT_EQ(r.failures, 1);
  EXPECT_EQ(r.messages, 0);
  EXPECT_NE(log.str().find("poskytovatel.manazer failed (421 try later)"), std::string::npos) << log.str();
  mailer.refuse = false;
  r = notify::app::run_pass(db, mailer, o, log);
  EXPECT_EQ(r.messages, 1);
  EXPECT_EQ(r.items, static_cast<int>(items->size()));
  ASSERT_EQ(mailer.sent.size(), 1u);
  EXPECT_EQ(mailer.sent[0].first, manager.email);
  EXPECT_NE(mailer.sent[0].second.find("https://kvalis.example.cz/quality/actions/"), std::string::npos);
  r = notify::app::run_pass(db, mailer, o, log);
  EXPECT_EQ(r.messages, 0);

  // The digest: every daily user with items gets one message, and only once a day.
  o.digest = true;
  const auto digests = notify::app::run_pass(db, mailer, o, log);
  EXPECT_GE(digests.messages, 3);
  for (std::size_t i = 1; i < mailer.sent.size(); ++i) EXPECT_NE(mailer.sent[i].first, manager.email);
  EXPECT_EQ(notify::app::run_pass(db, mailer, o, log).messages, 0);
  o.today = add_days(today, 1);
  EXPECT_EQ(notify::app::run_pass(db, mailer, o, log).messages, digests.messages);
}

INSTANTIATE_TEST_SUITE_P(Backends, NotifyApp, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
