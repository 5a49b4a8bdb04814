// The training rules of the people module (src/people/core/training_rules.hpp and training_access.hpp),
// table-driven from tests/data/people/training_*.csv (README.md there describes the columns): where a
// registration goes, what a cancellation does to the waiting list, the run plan, session transitions, attended
// hours, certificate numbers, the feedback summary and who may see and do what.
#include "people/core/training_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "people/core/training_access.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;
using namespace kvalis::people;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("people/" + relative); }

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, separator)) out.push_back(part);
  if (text.back() == separator) out.push_back("");
  return out;
}

bool yes(const std::string& text) {
  EXPECT_TRUE(text == "yes" || text == "no") << text;
  return text == "yes";
}

std::vector<WaitingEntry> waiting_of(const std::string& text) {
  std::vector<WaitingEntry> out;
  for (const auto& part : split(text, '|')) {
    const auto colon = part.find(':');
    out.push_back({std::stoll(part.substr(0, colon)), std::stoi(part.substr(colon + 1))});
  }
  return out;
}

std::string promoted_text(const WaitingChange& c) {
  std::string out;
  for (long long id : c.promoted) out += (out.empty() ? "" : "|") + std::to_string(id);
  return out;
}

std::string renumbered_text(const WaitingChange& c) {
  std::string out;
  for (const auto& [id, position] : c.renumbered)
    out += (out.empty() ? "" : "|") + std::to_string(id) + ":" + std::to_string(position);
  return out;
}

TEST(TrainingRules, RegistrationGoesToAPlaceOrTheWaitingList) {
  const auto t = load_table("training_registration.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    const auto p = place_registration(std::stoi(t.get(row, "capacity")), std::stoi(t.get(row, "occupied")),
                                      std::stoi(t.get(row, "waiting")));
    EXPECT_EQ(registration_state_code(p.state), t.get(row, "state"));
    const auto position = t.get(row, "waiting_position");
    EXPECT_EQ(p.waiting_position.has_value(), !position.empty());
    if (!position.empty() && p.waiting_position) {
      EXPECT_EQ(*p.waiting_position, std::stoi(position));
    }
  }
}

TEST(TrainingRules, CancellationMovesTheFirstWaitingOneUp) {
  const auto t = load_table("training_cancellation.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    const auto state = parse_registration_state(t.get(row, "state"));
    ASSERT_TRUE(state);
    const auto r = plan_cancellation(std::stoll(t.get(row, "registration")), *state, std::stoi(t.get(row, "capacity")),
                                     std::stoi(t.get(row, "occupied")), waiting_of(t.get(row, "waiting")));
    const auto key = t.get(row, "error_key");
    if (!key.empty()) {
      ASSERT_FALSE(r);
      EXPECT_EQ(r.error().message_key, key);
      EXPECT_EQ(r.error().field, "state");
      continue;
    }
    ASSERT_TRUE(r) << r.error().message_key;
    EXPECT_EQ(promoted_text(*r), t.get(row, "promoted"));
    EXPECT_EQ(renumbered_text(*r), t.get(row, "renumbered"));
  }
}

TEST(TrainingRules, RunPlanCreatesPlacesTimesRuns) {
  const auto t = load_table("training_run_plan.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    RunPlanInput in;
    in.places = split(t.get(row, "places"), '|');
    in.runs_per_place = std::stoi(t.get(row, "runs_per_place"));
    in.first_date = t.get(row, "first_date");
    in.interval_days = std::stoi(t.get(row, "interval_days"));
    in.capacity = std::stoi(t.get(row, "capacity"));
    const auto r = plan_runs(in);
    const auto field = t.get(row, "error_field");
    if (!field.empty()) {
      ASSERT_FALSE(r);
      EXPECT_EQ(r.error().field, field);
      EXPECT_EQ(r.error().message_key, t.get(row, "error_key"));
      continue;
    }
    ASSERT_TRUE(r) << r.error().field << " " << r.error().message_key;
    ASSERT_EQ(r->size(), std::stoul(t.get(row, "sessions")));
    const auto& s = r->at(std::stoul(t.get(row, "index")));
    EXPECT_EQ(s.held_on, t.get(row, "held_on"));
    EXPECT_EQ(s.place, t.get(row, "place"));
    EXPECT_EQ(s.run_label, t.get(row, "run_label"));
  }
}

TEST(TrainingRules, SessionTransitionsAndRegistrationWhileOpen) {
  const auto t = load_table("training_session.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    const auto from = parse_session_state(t.get(row, "from"));
    const auto to = parse_session_state(t.get(row, "to"));
    ASSERT_TRUE(from && to);
    const auto st = check_session_transition(*from, *to);
    EXPECT_EQ(st.ok(), yes(t.get(row, "allowed")));
    if (!st) {
      EXPECT_EQ(st.error().field, "state");
    }
    const auto reg = check_registration_allowed(*from);
    EXPECT_EQ(reg.ok(), yes(t.get(row, "registration_allowed_in_from")));
    if (!reg) {
      EXPECT_EQ(reg.error().message_key, "people.training.session_not_open");
    }
  }
}

TEST(TrainingRules, AttendedHours) {
  const auto t = load_table("training_hours.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    const auto hours_text = t.get(row, "hours");
    std::optional<double> hours;
    if (!hours_text.empty()) hours = std::stod(hours_text);
    const auto r =
        attended_hours(yes(t.get(row, "attended")), hours, std::stod(t.get(row, "module_hours")), "items[0].hours");
    const auto key = t.get(row, "error_key");
    if (!key.empty()) {
      ASSERT_FALSE(r);
      EXPECT_EQ(r.error().message_key, key);
      EXPECT_EQ(r.error().field, "items[0].hours");
      continue;
    }
    ASSERT_TRUE(r);
    EXPECT_DOUBLE_EQ(*r, std::stod(t.get(row, "expected")));
  }
}

TEST(TrainingRules, CertificateNumber) {
  EXPECT_EQ(certificate_number("KV-01", 3, "2025-02-03", 42), "KV-01/2025/00042");
  EXPECT_EQ(certificate_number("", 3, "2026-11-30", 123456), "M3/2026/123456");
}

TEST(TrainingRules, FeedbackSummary) {
  const auto t = load_table("training_feedback.csv");
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    std::vector<FeedbackRatings> answers;
    for (const auto& a : split(t.get(row, "answers"), ';')) {
      const auto f = split(a, '/');
      ASSERT_EQ(f.size(), 5u) << a;
      answers.push_back({std::stoi(f[0]), std::stoi(f[1]), std::stoi(f[2]), std::stoi(f[3]), f[4]});
    }
    const auto s = summarise_feedback(answers);
    EXPECT_EQ(s.n, std::stoi(t.get(row, "n")));
    EXPECT_DOUBLE_EQ(s.content, std::stod(t.get(row, "content")));
    EXPECT_DOUBLE_EQ(s.lecturer, std::stod(t.get(row, "lecturer")));
    EXPECT_DOUBLE_EQ(s.usefulness, std::stod(t.get(row, "usefulness")));
    EXPECT_DOUBLE_EQ(s.organisation, std::stod(t.get(row, "organisation")));
    EXPECT_DOUBLE_EQ(s.overall, std::stod(t.get(row, "overall")));
    std::string comments;
    for (const auto& c : s.comments) comments += (comments.empty() ? "" : "|") + c;
    EXPECT_EQ(comments, t.get(row, "comments"));
  }
}

TEST(TrainingRules, FeedbackRatingsAreOneToFive) {
  EXPECT_TRUE(check_feedback({1, 5, 3, 4, ""}));
  const auto low = check_feedback({0, 5, 3, 4, ""});
  ASSERT_FALSE(low);
  EXPECT_EQ(low.error().field, "content_rating");
  const auto high = check_feedback({1, 5, 3, 6, ""});
  ASSERT_FALSE(high);
  EXPECT_EQ(high.error().field, "organisation_rating");
  EXPECT_EQ(high.error().message_key, "people.training.rating");
}

kvalis::accounts::Principal principal_of(bool admin, long long user_id, const std::string& memberships) {
  kvalis::accounts::Principal p;
  p.platform_admin = admin;
  p.user_id = user_id;
  for (const auto& m : split(memberships, '|')) {
    const auto colon = m.find(':');
    kvalis::accounts::Membership x;
    x.organisation_id = std::stoll(m.substr(0, colon));
    x.role = *kvalis::accounts::parse_role(m.substr(colon + 1));
    p.memberships.push_back(x);
  }
  return p;
}

TEST(TrainingAccess, WhoSeesAndDoesWhat) {
  const auto t = load_table("training_access.csv");
  constexpr long long kOrganiser = 5, kEmployer = 10;
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "case"));
    const auto p =
        principal_of(yes(t.get(row, "platform_admin")), std::stoll(t.get(row, "user_id")), t.get(row, "memberships"));
    std::optional<long long> worker_user;
    if (!t.get(row, "worker_user_id").empty()) worker_user = std::stoll(t.get(row, "worker_user_id"));
    const auto sight = registration_sight(p, kOrganiser, kEmployer, worker_user);
    EXPECT_EQ(sight == RegistrationSight::full ? "full" : "count_only", t.get(row, "sight"));
    EXPECT_EQ(organises_training(p, kOrganiser), yes(t.get(row, "organises")));
    EXPECT_EQ(manages_registrations_of(p, kEmployer), yes(t.get(row, "registers")));
    EXPECT_EQ(may_cancel_registration(p, kOrganiser, kEmployer), yes(t.get(row, "cancel")));
    EXPECT_EQ(may_read_certificate(p, kOrganiser, kEmployer, worker_user), yes(t.get(row, "certificate")));
    EXPECT_EQ(may_give_feedback(p, kEmployer, worker_user), yes(t.get(row, "feedback")));
  }
}

}  // namespace
