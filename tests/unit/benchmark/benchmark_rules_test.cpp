// The benchmarking rules in the core, driven by the tables in tests/data/benchmark/rules/: who sees and
// edits a working group and its forms (access.hpp), what each state of a form allows (form_state.hpp),
// the peer groups and the computation of a round's comparison (round_comparison.hpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "benchmark/core/access.hpp"
#include "benchmark/core/form_state.hpp"
#include "benchmark/core/round_comparison.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::benchmark;
using kvalis::testing::load_data_table;
namespace accounts = kvalis::accounts;

bool yes(const std::string& s) { return s == "yes"; }

std::vector<std::pair<std::string, std::string>> pairs(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    const auto item = text.substr(start, end - start);
    const auto colon = item.find(':');
    out.emplace_back(item.substr(0, colon), item.substr(colon + 1));
    start = end + 1;
  }
  return out;
}

std::string participation_text(const std::optional<Participation>& p) { return p ? std::string(to_string(*p)) : ""; }

TEST(BenchmarkRules, GroupAccess) {
  const auto t = load_data_table("benchmark/rules/group_access.csv");
  for (const auto& row : t.rows) {
    const std::string name = t.get(row, "case");
    accounts::Principal p;
    p.user_id = 7;
    p.platform_admin = yes(t.get(row, "platform_admin"));
    for (const auto& [org, role] : pairs(t.get(row, "memberships"))) {
      accounts::Membership m;
      m.organisation_id = std::stoll(org);
      m.role = *accounts::parse_role(role);
      p.memberships.push_back(m);
    }
    std::vector<GroupMember> members;
    for (const auto& [org, participation] : pairs(t.get(row, "members")))
      members.push_back({std::stoll(org), *parse_participation(participation)});
    const auto a = group_access(p, 1, members);
    EXPECT_EQ(a.read, yes(t.get(row, "read"))) << name;
    EXPECT_EQ(a.manage, yes(t.get(row, "manage"))) << name;
    EXPECT_EQ(a.region_staff, yes(t.get(row, "region_staff"))) << name;
    EXPECT_EQ(participation_text(a.participation), t.get(row, "participation")) << name;
    EXPECT_EQ(a.reads_meetings(), yes(t.get(row, "reads_meetings"))) << name;
    const long long provider = std::stoll(t.get(row, "provider"));
    EXPECT_EQ(reads_service(p, a, provider), yes(t.get(row, "reads_service"))) << name;
    EXPECT_EQ(edits_service(p, a, provider), yes(t.get(row, "edits_service"))) << name;
  }
}

TEST(BenchmarkRules, FormActions) {
  const auto t = load_data_table("benchmark/rules/form_actions.csv");
  for (const auto& row : t.rows) {
    const auto action = *parse_form_action(t.get(row, "action"));
    const auto round = *parse_round_status(t.get(row, "round"));
    const auto submission = *parse_submission_status(t.get(row, "submission"));
    const FormRights rights{yes(t.get(row, "edits")), yes(t.get(row, "manages"))};
    const std::string label = t.get(row, "action") + " " + t.get(row, "round") + " " + t.get(row, "submission");
    const auto st = check_form_action(action, round, submission, rights);
    const std::string expected = t.get(row, "expected");
    if (expected == "ok") {
      EXPECT_TRUE(st) << label;
      EXPECT_EQ(to_string(status_after(action, submission)), t.get(row, "after")) << label;
    } else {
      ASSERT_FALSE(st) << label;
      const std::string code = st.error().code == kvalis::ErrorCode::forbidden ? "forbidden" : "conflict";
      EXPECT_EQ(code + " " + st.error().message_key, expected) << label;
    }
  }
}

TEST(BenchmarkRules, FormView) {
  const auto t = load_data_table("benchmark/rules/form_view.csv");
  for (const auto& row : t.rows) {
    const auto round = *parse_round_status(t.get(row, "round"));
    const auto submission = *parse_submission_status(t.get(row, "submission"));
    const FormRights rights{yes(t.get(row, "edits")), yes(t.get(row, "manages"))};
    const std::string label = t.get(row, "round") + " " + t.get(row, "submission");
    EXPECT_EQ(form_editable(round, submission, rights), yes(t.get(row, "editable"))) << label;
    EXPECT_EQ(form_correctable(round, rights), yes(t.get(row, "correctable"))) << label;
  }
}

TEST(BenchmarkRules, StatesParsedOnceAndWrittenBack) {
  const auto t = load_data_table("benchmark/rules/states.csv");
  for (const auto& row : t.rows) {
    const std::string kind = t.get(row, "kind"), text = t.get(row, "text"), parsed = t.get(row, "parsed");
    std::optional<std::string> got;
    if (kind == "submission") {
      if (auto s = parse_submission_status(text)) got = std::string(to_string(*s));
    } else if (kind == "round") {
      if (auto s = parse_round_status(text)) got = std::string(to_string(*s));
    } else if (auto s = parse_participation(text)) {
      got = std::string(to_string(*s));
    }
    if (parsed.empty())
      EXPECT_FALSE(got) << kind << " '" << text << "'";
    else
      EXPECT_EQ(got.value_or("(refused)"), parsed) << kind << " '" << text << "'";
  }
}

TEST(BenchmarkRules, PeerKeys) {
  const auto t = load_data_table("benchmark/rules/peer_keys.csv");
  for (const auto& row : t.rows)
    EXPECT_EQ(peer_key(t.get(row, "kind"), primary_form(t.get(row, "forms"))), t.get(row, "key"))
        << t.get(row, "forms");
}

std::optional<double> number_or_none(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::stod(text);
}

TEST(BenchmarkRules, RoundComparison) {
  const auto t = load_data_table("benchmark/rules/round_comparison.csv");
  const std::vector<ItemSpec> items = {{"costs", true, 0.0, 1000.0}, {"clients", true, 0.0, std::nullopt}};
  std::vector<ComparedService> services;
  for (const auto& row : t.rows) {
    FormValues form;
    if (auto v = number_or_none(t.get(row, "costs"))) form["costs"] = *v;
    if (auto v = number_or_none(t.get(row, "clients"))) form["clients"] = *v;
    services.push_back(
        {std::stoll(t.get(row, "service")), t.get(row, "kind"), t.get(row, "forms"), usable_values(items, {}, form)});
  }
  std::vector<std::size_t> steps;
  const auto result = compare_round(
      {{99, "costs", "clients", 1.0, "lower", ""}}, services,
      [&](std::size_t done, std::size_t total) { steps.push_back(done * 10 + total); }, 2);
  EXPECT_EQ(steps, (std::vector<std::size_t>{13}));  // one indicator done of three steps
  EXPECT_EQ(result.summary.services, t.rows.size());
  EXPECT_EQ(result.summary.peer_groups, 2u);
  EXPECT_EQ(result.summary.scores, t.rows.size());
  EXPECT_EQ(result.summary.missing, 3u);
  ASSERT_EQ(result.scores.size(), t.rows.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    const auto& sc = result.scores[i];
    const std::string label = "service " + t.get(row, "service");
    EXPECT_EQ(sc.indicator_id, 99) << label;
    EXPECT_EQ(sc.service_id, std::stoll(t.get(row, "service"))) << label;
    EXPECT_EQ(sc.peer_key, t.get(row, "peer")) << label;
    EXPECT_EQ(sc.value, number_or_none(t.get(row, "value"))) << label;
    EXPECT_EQ(sc.missing_reason, t.get(row, "reason")) << label;
    EXPECT_EQ(sc.percent_rank, number_or_none(t.get(row, "percent_rank"))) << label;
    EXPECT_EQ(sc.reserve_median.has_value(), sc.value.has_value()) << label;
    const auto stat = std::find_if(result.stats.begin(), result.stats.end(),
                                   [&](const PeerStatistics& s) { return s.peer_key == sc.peer_key; });
    ASSERT_NE(stat, result.stats.end()) << label;
    EXPECT_DOUBLE_EQ(stat->median, std::stod(t.get(row, "median"))) << label;
    EXPECT_EQ(stat->n, std::stoll(t.get(row, "n"))) << label;
  }
}

TEST(BenchmarkRules, ImplausibleValuesAreNotUsed) {
  const std::vector<ItemSpec> items = {{"beds", true, 0.0, 500.0}, {"bed_days", true, 0.0, std::nullopt}};
  const std::vector<RuleSpec> rules = {{"occupancy_max", "bed_days", RuleOp::kLessEqual, "beds * 366"}};
  const auto ok = usable_values(items, rules, {{"beds", 10.0}, {"bed_days", 3000.0}});
  EXPECT_TRUE(ok.rejected.empty());
  EXPECT_EQ(ok.items.size(), 2u);
  const auto broken = usable_values(items, rules, {{"beds", 10.0}, {"bed_days", 9000.0}});
  EXPECT_EQ(broken.rejected, (std::map<std::string, std::string>{{"bed_days", "implausible: rule occupancy_max"},
                                                                 {"beds", "implausible: rule occupancy_max"}}));
  EXPECT_TRUE(broken.items.empty());
  const auto bounds = usable_values(items, rules, {{"beds", 900.0}, {"bed_days", std::nullopt}});
  EXPECT_EQ(bounds.rejected.at("beds"), "implausible: beds");
  EXPECT_FALSE(bounds.items.count("bed_days"));
}

}  // namespace
