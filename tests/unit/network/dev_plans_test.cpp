// Development plans of providers (network/core/dev_plans.hpp), table-driven: tests/data/network/dev_*.csv.
#include "network/core/dev_plans.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "network/core/portal.hpp"
#include "platform/core/messages.hpp"
#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

using namespace kvalis::network;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

bool yes(const std::string& v) { return v == "yes"; }

std::vector<IntentionCost> costs_of(const std::string& text, char separator) {
  std::vector<IntentionCost> out;
  for (const auto& c : split(text, separator)) {
    const auto p = split(c, '/');
    EXPECT_EQ(p.size(), 3u) << c;
    out.push_back({std::stoi(p[0]), parse_dev_cost_category(p[1]).value(), std::stod(p[2])});
  }
  return out;
}

TEST(NetworkDevPlans, EnumsRoundTrip) {
  for (auto s : {DevPlanStatus::draft, DevPlanStatus::submitted, DevPlanStatus::evaluated, DevPlanStatus::decided})
    EXPECT_EQ(parse_dev_plan_status(to_string(s)), s);
  for (auto d : {DevDecision::support, DevDecision::partly, DevDecision::not_support})
    EXPECT_EQ(parse_dev_decision(to_string(d)), d);
  EXPECT_EQ(parse_intention_decision(""), IntentionDecision::none);
  EXPECT_FALSE(parse_intention_type("bogus"));
  EXPECT_EQ(decision_name(DevDecision::partly), "podpořit částečně");
  EXPECT_EQ(decision_name(DevDecision::partly, true), "support partly");
  EXPECT_EQ(intention_type_name(IntentionType::capacity), "změna kapacity");
  EXPECT_EQ(dev_category_name(DevCostCategory::personnel), "osobní náklady");
  EXPECT_EQ(network_decision_name("include"), "zařazení do sítě");
  EXPECT_EQ(network_decision_name("remove", true), "removal from the network");
}

TEST(NetworkDevPlans, EffectMessagesInBothLanguages) {
  const std::vector<std::pair<std::string, std::string>> params = {
      {"year", "2027"}, {"kind", "změna kapacity"}, {"after", capacity_words(90, "luzka", false)}};
  EXPECT_EQ(translate("network.dev.effect_proposed", Lang::cs, params),
            "Navržena změna sítě roku 2027: změna kapacity, kapacita 90 lůžek.");
  EXPECT_EQ(translate("network.dev.effect_no_year", Lang::en, params),
            "The network of 2027 is not set up yet; record the capacity change when it is.");
  for (auto o : {EffectOutcome::proposed, EffectOutcome::no_year, EffectOutcome::year_approved,
                 EffectOutcome::not_in_network, EffectOutcome::unit_mismatch})
    EXPECT_NE(find_message("network.dev.effect_" + std::string(to_string(o))), nullptr) << to_string(o);
}

TEST(NetworkDevPlans, WhoMayDoWhat) {
  const auto t = load_data_table("network/dev_access.csv");
  for (const auto& row : t.rows) {
    const auto status = parse_dev_plan_status(t.get(row, "status"));
    const auto action = parse_dev_action(t.get(row, "action"));
    const auto actor = parse_dev_actor(t.get(row, "actor"));
    ASSERT_TRUE(status && action && actor) << "line " << row.line;
    DevPlanFacts f{std::stoi(t.get(row, "intentions")), yes(t.get(row, "submitted")), yes(t.get(row, "evaluated"))};
    const auto st = dev_action_allowed(*status, *action, *actor, f);
    EXPECT_EQ(st ? std::string("ok") : st.error().message_key, t.get(row, "expected")) << "line " << row.line;
  }
}

TEST(NetworkDevPlans, AllowedListFollowsTheRules) {
  const DevPlanFacts f{2, true, true};
  const auto provider = allowed_dev_actions(DevPlanStatus::draft, DevActor::provider_editor, f);
  EXPECT_EQ(provider, (std::vector<DevAction>{DevAction::edit, DevAction::submit}));
  const auto region = allowed_dev_actions(DevPlanStatus::evaluated, DevActor::region_manager, f);
  EXPECT_EQ(region, (std::vector<DevAction>{DevAction::return_, DevAction::evaluate, DevAction::decide}));
  EXPECT_TRUE(allowed_dev_actions(DevPlanStatus::decided, DevActor::region_manager, f).empty());
}

TEST(NetworkDevPlans, PlanYears) {
  const auto t = load_data_table("network/dev_years.csv");
  for (const auto& row : t.rows) {
    const auto st = check_dev_plan_years(std::stoi(t.get(row, "year_from")), std::stoi(t.get(row, "year_to")));
    EXPECT_EQ(st ? std::string("ok") : st.error().message_key, t.get(row, "expected_key")) << "line " << row.line;
    if (!st) {
      EXPECT_EQ(st.error().field, t.get(row, "expected_field")) << "line " << row.line;
    }
  }
}

TEST(NetworkDevPlans, IntentionChecks) {
  const auto t = load_data_table("network/dev_intentions.csv");
  for (const auto& row : t.rows) {
    IntentionFacts in;
    in.type = parse_intention_type(t.get(row, "type")).value();
    in.description = t.get(row, "description");
    in.from_year = std::stoi(t.get(row, "from_year"));
    in.answers_something = yes(t.get(row, "answers"));
    if (auto v = t.get(row, "capacity_delta"); !v.empty()) in.capacity_delta = std::stod(v);
    in.capacity_unit = t.get(row, "capacity_unit");
    in.form_code = t.get(row, "form_code");
    in.territory_code = t.get(row, "territory_code");
    if (auto v = t.get(row, "fte_delta"); !v.empty()) in.fte_delta = std::stod(v);
    in.costs = costs_of(t.get(row, "costs"), ';');
    const auto st = check_intention("intentions[0]", in, 2026, 2028);
    EXPECT_EQ(st ? std::string("ok") : st.error().message_key, t.get(row, "expected_key")) << "line " << row.line;
    if (!st) {
      EXPECT_EQ(st.error().field, t.get(row, "expected_field")) << "line " << row.line;
    }
  }
}

TEST(NetworkDevPlans, CriterionChecks) {
  EXPECT_TRUE(check_criterion("need", 40, 5));
  EXPECT_EQ(check_criterion("", 40, 5).error().field, "code");
  EXPECT_EQ(check_criterion("need", 0, 5).error().field, "weight");
  EXPECT_EQ(check_criterion("need", -1, 5).error().message_key, "network.dev.weight_range");
  EXPECT_EQ(check_criterion("need", 1, 0).error().field, "scale_max");
  EXPECT_EQ(check_criterion("need", 1, 101).error().message_key, "network.dev.scale_range");
}

TEST(NetworkDevPlans, WeightedScore) {
  const auto t = load_data_table("network/dev_scores.csv");
  for (const auto& row : t.rows) {
    std::vector<Criterion> criteria;
    long long id = 0;
    for (const auto& c : split(t.get(row, "criteria"), ';')) {
      const auto p = split(c, ':');
      criteria.push_back({++id, p[0], std::stod(p[1]), std::stoi(p[2])});
    }
    std::vector<CriterionScore> scores;
    for (const auto& sc : split(t.get(row, "scores"), ';')) {
      const auto p = split(sc, ':');
      long long cid = 99;
      for (const auto& c : criteria)
        if (c.code == p[0]) cid = c.id;
      scores.push_back({cid, std::stoi(p[1]), p[2] == "-" ? "" : p[2]});
    }
    const auto r = weighted_score(criteria, scores);
    if (t.get(row, "error_key").empty()) {
      ASSERT_TRUE(r) << "line " << row.line << ": " << r.error().message_key << " " << r.error().field;
      EXPECT_EQ(number(*r), t.get(row, "expected")) << "line " << row.line;
    } else {
      ASSERT_FALSE(r) << "line " << row.line;
      EXPECT_EQ(r.error().field, t.get(row, "error_field")) << "line " << row.line;
      EXPECT_EQ(r.error().message_key, t.get(row, "error_key")) << "line " << row.line;
    }
  }
}

TEST(NetworkDevPlans, Decisions) {
  const auto t = load_data_table("network/dev_decisions.csv");
  for (const auto& row : t.rows) {
    const auto decision = parse_dev_decision(t.get(row, "decision")).value();
    std::vector<long long> ids;
    for (const auto& v : split(t.get(row, "intentions"), ';')) ids.push_back(std::stoll(v));
    std::vector<IntentionChoice> given;
    for (const auto& g : split(t.get(row, "given"), ';')) {
      const auto p = split(g, '=');
      given.push_back(
          {std::stoll(p[0]), p[1] == "none" ? IntentionDecision::none : parse_intention_decision(p[1]).value()});
    }
    const auto reason = t.get(row, "reason") == "-" ? std::string() : t.get(row, "reason");
    const auto r = decide_intentions(decision, ids, given, reason);
    if (t.get(row, "error_key").empty()) {
      ASSERT_TRUE(r) << "line " << row.line << ": " << r.error().message_key << " " << r.error().field;
      std::string got;
      for (const auto& c : *r)
        got += (got.empty() ? "" : ";") + std::to_string(c.id) + "=" + std::string(to_string(c.decision));
      EXPECT_EQ(got, t.get(row, "expected")) << "line " << row.line;
    } else {
      ASSERT_FALSE(r) << "line " << row.line;
      EXPECT_EQ(r.error().field, t.get(row, "error_field")) << "line " << row.line;
      EXPECT_EQ(r.error().message_key, t.get(row, "error_key")) << "line " << row.line;
    }
  }
}

TEST(NetworkDevPlans, Demand) {
  const auto t = load_data_table("network/dev_demand.csv");
  for (const auto& row : t.rows) {
    std::vector<IntentionMoney> intentions;
    long long id = 0;
    for (const auto& part : split(t.get(row, "intentions"), '|')) {
      const auto colon = part.find(':');
      const auto d = part.substr(0, colon);
      intentions.push_back({++id, d == "none" ? IntentionDecision::none : parse_intention_decision(d).value(),
                            costs_of(part.substr(colon + 1), '+')});
    }
    const auto years = plan_demand(intentions, std::stoi(t.get(row, "year_from")), std::stoi(t.get(row, "year_to")),
                                   yes(t.get(row, "supported_only")));
    std::string got;
    for (const auto& y : years)
      got += (got.empty() ? "" : ";") + std::to_string(y.year) + "=" + number(y.personnel) + "/" + number(y.operating) +
             "/" + number(y.investment) + "/" + number(y.total());
    EXPECT_EQ(got, t.get(row, "expected")) << "line " << row.line;
  }
}

TEST(NetworkDevPlans, NetworkEffect) {
  const auto t = load_data_table("network/dev_effect.csv");
  for (const auto& row : t.rows) {
    std::map<int, NetworkYearFacts> years;
    for (const auto& y : split(t.get(row, "years"), ';')) {
      const auto p = split(y, ':');
      NetworkYearFacts f;
      f.exists = true;
      f.draft = p[1] != "approved";
      f.in_network = p[1] != "draft_out";
      if (p.size() >= 4) {
        f.capacity = std::stod(p[2]);
        f.capacity_unit = p[3];
      }
      years[std::stoi(p[0])] = f;
    }
    std::vector<CapacityIntention> intentions;
    for (const auto& i : split(t.get(row, "intentions"), ';')) {
      const auto p = split(i, ':');
      intentions.push_back({std::stoll(p[0]), std::stoi(p[1]), std::stod(p[2]), p[3]});
    }
    std::string got;
    for (const auto& e : network_effect(intentions, years))
      got += (got.empty() ? "" : ";") + std::to_string(e.intention_id) + "=" + std::string(to_string(e.outcome)) + "/" +
             (e.kind.empty() ? "-" : e.kind) + "/" + (e.capacity_before ? number(*e.capacity_before) : "-") + "/" +
             number(e.capacity_after);
    EXPECT_EQ(got, t.get(row, "expected")) << "line " << row.line;
  }
}

}  // namespace
}  // namespace kvalis::testing
