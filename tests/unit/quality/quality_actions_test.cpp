// Corrective actions (src/quality/core/actions.hpp): the status machine, table-driven from
// tests/data/quality/action_transitions.csv, and due states from action_due.csv.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"
#include "platform/core/messages.hpp"
#include "quality/core/actions.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;

using namespace kvalis::quality;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("quality/" + relative); }

ActionStatus status(const std::string& text) {
  auto s = parse_action_status(text);
  EXPECT_TRUE(s.has_value()) << text;
  return s.value_or(ActionStatus::kOpen);
}

std::vector<ActorKind> actors(const std::string& text) {
  if (text == "any") return {ActorKind::kProvider, ActorKind::kAuditor, ActorKind::kRegion};
  auto a = parse_actor_kind(text);
  EXPECT_TRUE(a.has_value()) << text;
  return {a.value_or(ActorKind::kProvider)};
}

CorrectiveAction action(ActionStatus s, std::string due = "2024-06-30", std::string id = "A1") {
  CorrectiveAction a;
  a.id = std::move(id);
  a.finding_id = "F1";
  a.text = "Doplnit pravidla pro stížnosti";
  a.owner = "vedoucí služby";
  a.due_date = std::move(due);
  a.status = s;
  return a;
}

TEST(QualityActions, TransitionTable) {
  const Table table = load_table("action_transitions.csv");
  ASSERT_GE(table.rows.size(), 20u);
  int checked = 0;
  for (const auto& row : table.rows) {
    const auto from = status(table.get(row, "from")), to = status(table.get(row, "to"));
    const std::string note = table.get(row, "note"), expected = table.get(row, "expected");
    for (const auto actor : actors(table.get(row, "actor"))) {
      SCOPED_TRACE(table.get(row, "from") + " → " + table.get(row, "to") + " by " + std::string(to_string(actor)));
      const auto error = check_transition(from, to, actor, note);
      EXPECT_EQ(error ? std::string(to_string(*error)) : "ok", expected);
      // apply_transition agrees with check_transition and never changes its input.
      const CorrectiveAction before = action(from);
      auto after = apply_transition(before, {to, actor, "2024-05-02", note});
      EXPECT_EQ(after.ok(), !error);
      EXPECT_EQ(before.status, from);
      if (after.ok()) {
        EXPECT_EQ(after->status, to);
      } else {
        EXPECT_EQ(after.error().message_key, "quality.action." + expected);
        EXPECT_NE(kvalis::find_message(after.error().message_key), nullptr);
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 40);
}

TEST(QualityActions, EveryPairOfStatusesIsInTheTable) {
  const Table table = load_table("action_transitions.csv");
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& row : table.rows) pairs.insert({table.get(row, "from"), table.get(row, "to")});
  EXPECT_EQ(pairs.size(), 16u);
}

TEST(QualityActions, ErrorsMapToTypedCodes) {
  using kvalis::ErrorCode;
  EXPECT_EQ(to_error(TransitionError::kNotAllowed, ActionStatus::kOpen, ActionStatus::kDone).code, ErrorCode::conflict);
  EXPECT_EQ(to_error(TransitionError::kFinal, ActionStatus::kVerified, ActionStatus::kOpen).code, ErrorCode::conflict);
  EXPECT_EQ(to_error(TransitionError::kVerifierRequired, ActionStatus::kDone, ActionStatus::kVerified).code,
            ErrorCode::forbidden);
  const auto reason = to_error(TransitionError::kReasonRequired, ActionStatus::kDone, ActionStatus::kInProgress);
  EXPECT_EQ(reason.code, ErrorCode::invalid_input);
  EXPECT_EQ(reason.field, "note");
  const std::vector<std::pair<std::string, std::string>> params{{"from", "done"}, {"to", "in_progress"}};
  EXPECT_EQ(reason.params, params);
}

TEST(QualityActions, AllowedTransitionsPerActor) {
  using V = std::vector<ActionStatus>;
  EXPECT_EQ(allowed_transitions(ActionStatus::kOpen, ActorKind::kProvider), V{ActionStatus::kInProgress});
  EXPECT_EQ(allowed_transitions(ActionStatus::kInProgress, ActorKind::kAuditor), V{ActionStatus::kDone});
  EXPECT_EQ(allowed_transitions(ActionStatus::kDone, ActorKind::kProvider), V{});
  EXPECT_EQ(allowed_transitions(ActionStatus::kDone, ActorKind::kRegion),
            (V{ActionStatus::kInProgress, ActionStatus::kVerified}));
  EXPECT_EQ(allowed_transitions(ActionStatus::kVerified, ActorKind::kAuditor), V{});
  EXPECT_TRUE(may_verify(ActorKind::kAuditor));
  EXPECT_TRUE(may_verify(ActorKind::kRegion));
  EXPECT_FALSE(may_verify(ActorKind::kProvider));
}

TEST(QualityActions, AFullCycleWithARejectionKeepsDatesEvidenceAndReason) {
  CorrectiveAction a = action(ActionStatus::kOpen);
  auto step = [&](ActionStatus to, ActorKind who, const char* date, const char* note = "") {
    auto next = apply_transition(a, {to, who, date, note});
    EXPECT_TRUE(next.ok()) << next.error().message_key;
    if (next.ok()) a = *next;
  };
  step(ActionStatus::kInProgress, ActorKind::kProvider, "2024-04-01");
  step(ActionStatus::kDone, ActorKind::kProvider, "2024-04-20", "Pravidla zpracována");
  EXPECT_EQ(a.done_date, "2024-04-20");
  step(ActionStatus::kInProgress, ActorKind::kAuditor, "2024-05-02", "  Pravidla zaměstnanci neznají.  ");
  EXPECT_EQ(a.rejection_reason, "Pravidla zaměstnanci neznají.");
  EXPECT_EQ(a.done_date, "");
  step(ActionStatus::kDone, ActorKind::kProvider, "2024-06-10", "Pravidla projednána na poradě");
  step(ActionStatus::kVerified, ActorKind::kRegion, "2024-06-15", "Zápis z porady 2024-06-05, prezenční listina");
  EXPECT_EQ(a.status, ActionStatus::kVerified);
  EXPECT_EQ(a.done_date, "2024-06-10");
  EXPECT_EQ(a.verified_date, "2024-06-15");
  EXPECT_EQ(a.verification_evidence, "Zápis z porady 2024-06-05, prezenční listina");
  EXPECT_EQ(a.rejection_reason, "Pravidla zaměstnanci neznají.");

  // Marking done says what was done: without it the step is refused, naming the note.
  auto silent = apply_transition(action(ActionStatus::kInProgress),
                                 {ActionStatus::kDone, ActorKind::kProvider, "2024-04-20", " "});
  ASSERT_FALSE(silent.ok());
  EXPECT_EQ(silent.error().field, "note");
  EXPECT_EQ(silent.error().message_key, "quality.action.report_required");

  auto bad_date = apply_transition(action(ActionStatus::kOpen),
                                   {ActionStatus::kInProgress, ActorKind::kProvider, "2024-02-30", ""});
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().field, "date");
}

TEST(QualityActions, ValidationNeedsOwnerTextAndRealDueDate) {
  EXPECT_TRUE(validate_action(action(ActionStatus::kOpen)).empty());
  CorrectiveAction a = action(ActionStatus::kOpen, "2024-13-01");
  a.owner = " ";
  a.text.clear();
  std::vector<std::string> fields;
  for (const auto& e : validate_action(a)) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"text", "owner", "due_date"}));
}

TEST(QualityActions, DueTable) {
  const Table table = load_table("action_due.csv");
  ASSERT_GE(table.rows.size(), 10u);
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const auto info =
        due_info(action(status(table.get(row, "status")), table.get(row, "due_date")), table.get(row, "today"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(to_string(info->state), table.get(row, "state"));
    EXPECT_EQ(info->days_overdue, std::stoi(table.get(row, "days_overdue")));
    EXPECT_EQ(info->days_left, std::stoi(table.get(row, "days_left")));
  }
}

TEST(QualityActions, OverdueListIsMostOverdueFirstAndLeavesOutDoneActions) {
  const std::vector<CorrectiveAction> actions{
      action(ActionStatus::kOpen, "2024-03-01", "A"),        // 14 days
      action(ActionStatus::kDone, "2024-01-01", "B"),        // awaiting verification
      action(ActionStatus::kInProgress, "2024-02-15", "C"),  // 29 days
      action(ActionStatus::kVerified, "2023-12-01", "D"),    // closed
      action(ActionStatus::kOpen, "2024-03-15", "E"),        // due today
      action(ActionStatus::kOpen, "2024-03-01", "0"),        // 14 days, id sorts before A
  };
  auto overdue = list_overdue(actions, "2024-03-15");
  ASSERT_TRUE(overdue.ok());
  std::vector<std::string> got;
  for (const auto& o : *overdue) got.push_back(o.action->id + ":" + std::to_string(o.days_overdue));
  EXPECT_EQ(got, (std::vector<std::string>{"C:29", "0:14", "A:14"}));

  auto bad = list_overdue({action(ActionStatus::kOpen, "someday", "X")}, "2024-03-15");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "due_date");
  EXPECT_EQ(bad.error().params.back(), (std::pair<std::string, std::string>{"action", "X"}));
  EXPECT_FALSE(list_overdue(actions, "15.3.2024").ok());
}

TEST(QualityActions, DaysBetween) {
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);
  EXPECT_EQ(days_between("2024-03-01", "2024-02-28"), -2);
  EXPECT_EQ(days_between("2000-01-01", "2100-01-01"), 36525);
  EXPECT_FALSE(days_between("2023-02-29", "2023-03-01").has_value());
}

TEST(QualityActions, StatusAndActorNamesRoundTrip) {
  for (auto s : {ActionStatus::kOpen, ActionStatus::kInProgress, ActionStatus::kDone, ActionStatus::kVerified})
    EXPECT_EQ(parse_action_status(to_string(s)), s);
  EXPECT_FALSE(parse_action_status("closed").has_value());
  EXPECT_EQ(parse_actor_kind("region"), ActorKind::kRegion);
  EXPECT_FALSE(parse_actor_kind("admin").has_value());
}

}  // namespace
