// Care part of the quality module, pure logic: supervision hours (care_supervision.hpp), OSPOD procedures
// in force and staffing ratio (care_ospod.hpp), community-service check, milestones, capacity timeline and
// periods (care_transformation.hpp), and access (care_access.hpp). Tables in tests/data/quality/care/.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"
#include "platform/core/messages.hpp"
#include "quality/core/care_access.hpp"
#include "quality/core/care_ospod.hpp"
#include "quality/core/care_supervision.hpp"
#include "quality/core/care_transformation.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;

using namespace kvalis::quality::care;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("quality/care/" + relative); }

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(sep, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::optional<int> opt_int(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return std::stoi(s);
}
std::optional<long long> opt_ll(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return std::stoll(s);
}
std::optional<double> opt_double(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return std::stod(s);
}

void expect_near_opt(const std::optional<double>& actual, const std::string& expected, const std::string& what) {
  if (expected.empty()) {
    EXPECT_FALSE(actual.has_value()) << what;
    return;
  }
  ASSERT_TRUE(actual.has_value()) << what;
  EXPECT_NEAR(*actual, std::stod(expected), 5e-4) << what;
}

// ---- supervision hours --------------------------------------------------------------------------

std::vector<SupervisionSession> load_sessions() {
  std::vector<SupervisionSession> out;
  const auto t = load_table("supervision_sessions.csv");
  for (const auto& r : t.rows) {
    SupervisionSession s{t.get(r, "held_on"), std::stod(t.get(r, "hours")), {}};
    for (const auto& p : split(t.get(r, "participants"), ';')) {
      const auto parts = split(p, '|');
      s.participants.push_back({parts.at(0), parts.size() > 1 ? parts[1] : ""});
    }
    out.push_back(std::move(s));
  }
  return out;
}

TEST(QualityCareSupervision, HoursPerWorkerInTheYear) {
  const auto summary = supervision_hours(load_sessions(), 2024);
  EXPECT_EQ(summary.sessions, 4);
  EXPECT_DOUBLE_EQ(summary.session_hours, 8.5);
  const auto t = load_table("supervision_workers_2024.csv");
  ASSERT_EQ(summary.workers.size(), t.rows.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    SCOPED_TRACE(t.get(r, "name"));
    EXPECT_EQ(summary.workers[i].name, t.get(r, "name"));
    EXPECT_EQ(summary.workers[i].team, t.get(r, "team"));
    EXPECT_DOUBLE_EQ(summary.workers[i].hours, std::stod(t.get(r, "hours")));
    EXPECT_EQ(summary.workers[i].sessions, std::stoi(t.get(r, "sessions")));
  }
}

TEST(QualityCareSupervision, HoursPerTeamInTheYear) {
  const auto summary = supervision_hours(load_sessions(), 2024);
  const auto t = load_table("supervision_teams_2024.csv");
  ASSERT_EQ(summary.teams.size(), t.rows.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    SCOPED_TRACE(t.get(r, "team"));
    EXPECT_EQ(summary.teams[i].team, t.get(r, "team"));
    EXPECT_DOUBLE_EQ(summary.teams[i].hours, std::stod(t.get(r, "hours")));
    EXPECT_DOUBLE_EQ(summary.teams[i].person_hours, std::stod(t.get(r, "person_hours")));
    EXPECT_EQ(summary.teams[i].sessions, std::stoi(t.get(r, "sessions")));
    EXPECT_EQ(summary.teams[i].workers, std::stoi(t.get(r, "workers")));
  }
}

TEST(QualityCareSupervision, OtherYearsAndNames) {
  const auto y2023 = supervision_hours(load_sessions(), 2023);
  ASSERT_EQ(y2023.workers.size(), 1u);
  EXPECT_DOUBLE_EQ(y2023.workers[0].hours, 4);
  EXPECT_TRUE(supervision_hours(load_sessions(), 2022).workers.empty());
  EXPECT_EQ(normalise_name("  Jana \t Nováková "), "Jana Nováková");
  EXPECT_EQ(normalise_name(""), "");
}

// ---- OSPOD ----------------------------------------------------------------------------------------

TEST(QualityCareOspod, VersionInForce) {
  const auto t = load_table("procedures_in_force.csv");
  for (const auto& r : t.rows) {
    SCOPED_TRACE(t.get(r, "case"));
    std::vector<ProcedureVersion> versions;
    for (const auto& v : split(t.get(r, "versions"), ';')) {
      const auto parts = split(v, ':');
      versions.push_back({std::stoi(parts.at(0)), parts.at(1), parts.at(1)});
    }
    EXPECT_EQ(version_in_force(versions, t.get(r, "today")), opt_int(t.get(r, "expected")));
  }
}

TEST(QualityCareOspod, StaffingRatioAgainstTheNorm) {
  const auto t = load_table("staffing.csv");
  for (const auto& r : t.rows) {
    SCOPED_TRACE(t.get(r, "case"));
    std::vector<double> fte;
    for (const auto& f : split(t.get(r, "fte"), ';')) fte.push_back(std::stod(f));
    StaffingNorm norm{opt_double(t.get(r, "max_cases")), opt_double(t.get(r, "max_children"))};
    const auto s = staffing_ratio(opt_ll(t.get(r, "cases")), opt_ll(t.get(r, "children")), fte, norm);
    EXPECT_NEAR(s.total_fte, std::stod(t.get(r, "total_fte")), 1e-9);
    EXPECT_EQ(s.workers, static_cast<int>(fte.size()));
    expect_near_opt(s.cases.ratio, t.get(r, "cases_per_fte"), "cases per FTE");
    expect_near_opt(s.children.ratio, t.get(r, "children_per_fte"), "children per FTE");
    EXPECT_EQ(to_string(s.cases.state), t.get(r, "cases_state"));
    EXPECT_EQ(to_string(s.children.state), t.get(r, "children_state"));
    expect_near_opt(s.cases.fte_needed, t.get(r, "cases_fte_needed"), "FTE needed");
  }
}

// ---- community-service check ----------------------------------------------------------------------

TEST(QualityCareTransformation, CommunityCheckPerPlace) {
  const auto t = load_table("community_check.csv");
  const std::vector<std::string> criteria = {"ordinary_housing", "capacity",  "household_size",
                                             "households",       "equipment", "separation"};
  for (const auto& r : t.rows) {
    SCOPED_TRACE(t.get(r, "case"));
    CommunityPlace place;
    place.ordinary_housing = t.get(r, "ordinary_housing") == "1";
    place.capacity = std::stoi(t.get(r, "capacity"));
    place.household_sizes = *parse_household_sizes(t.get(r, "households"));
    place.equipment_complete = t.get(r, "equipment") == "1";
    place.support_separated = t.get(r, "separation") == "1";
    CommunityLimits limits{opt_int(t.get(r, "max_capacity")), opt_int(t.get(r, "max_persons")),
                           opt_int(t.get(r, "max_households"))};
    const auto check = check_place(place, limits);
    EXPECT_EQ(to_string(check.overall), t.get(r, "overall"));
    ASSERT_EQ(check.criteria.size(), criteria.size());
    for (std::size_t i = 0; i < criteria.size(); ++i) {
      EXPECT_EQ(check.criteria[i].criterion, criteria[i]);
      EXPECT_EQ(to_string(check.criteria[i].state), t.get(r, criteria[i] + "_state")) << criteria[i];
      // Every reason has a Czech and an English text.
      EXPECT_NE(kvalis::find_message(check.criteria[i].reason_key), nullptr) << check.criteria[i].reason_key;
    }
    EXPECT_EQ(check.criteria[1].reason_key, t.get(r, "capacity_reason"));
  }
}

TEST(QualityCareTransformation, ReasonsNameTheNumbers) {
  CommunityPlace place{true, 14, {4, 4, 6}, true, true};
  const auto check = check_place(place, {12, 6, 3});
  const auto text = kvalis::translate(check.criteria[1].reason_key, kvalis::Lang::cs, check.criteria[1].params);
  EXPECT_NE(text.find("14"), std::string::npos) << text;
  EXPECT_NE(text.find("12"), std::string::npos) << text;
}

TEST(QualityCareTransformation, HouseholdSizes) {
  EXPECT_EQ(parse_household_sizes("3;2; 4"), (std::vector<int>{3, 2, 4}));
  EXPECT_EQ(parse_household_sizes("1"), (std::vector<int>{1}));
  for (const char* bad : {"", ";", "3;;2", "0", "x", "3;-1", "100", "2.5"})
    EXPECT_FALSE(parse_household_sizes(bad).has_value()) << bad;
  EXPECT_EQ(format_household_sizes({3, 2}), "3;2");
}

TEST(QualityCareTransformation, MilestoneStates) {
  EXPECT_EQ(milestone_state("2024-01-01", "2024-02-01", "2025-01-01"), MilestoneState::kDone);
  EXPECT_EQ(milestone_state("2024-01-01", "", "2024-01-02"), MilestoneState::kOverdue);
  EXPECT_EQ(milestone_state("2024-01-01", "", "2024-01-01"), MilestoneState::kPlanned);  // due today: not late yet
  EXPECT_EQ(milestone_state("2026-01-01", "", "2025-01-01"), MilestoneState::kPlanned);
  EXPECT_EQ(milestone_state("2026-01-01", "2025-06-01", "2025-01-01"), MilestoneState::kDone);  // done early
}

TEST(QualityCareTransformation, CapacityTimeline) {
  const auto t =
      capacity_timeline(60, "2022-01-01", 12,
                        {{"2025-06-30", "", 24}, {"2023-06-30", "2023-08-15", 48}, {"2024-06-30", "2024-06-20", 36}});
  ASSERT_EQ(t.planned.size(), 4u);
  EXPECT_EQ(t.planned[1].date, "2023-06-30");
  EXPECT_EQ(t.planned[3].capacity, 24);
  ASSERT_EQ(t.actual.size(), 3u);
  EXPECT_EQ(t.actual[1].date, "2023-08-15");
  EXPECT_EQ(t.actual[2].capacity, 36);
  EXPECT_EQ(t.current, 36);
  ASSERT_TRUE(t.reduction_percent.has_value());
  EXPECT_DOUBLE_EQ(*t.reduction_percent, 50.0);  // 24 of the 48 places to reduce
  const auto none = capacity_timeline(30, "2022-01-01", 30, {});
  EXPECT_EQ(none.current, 30);
  EXPECT_FALSE(none.reduction_percent.has_value());
}

TEST(QualityCareTransformation, Periods) {
  const auto t = load_table("periods.csv");
  for (const auto& r : t.rows)
    EXPECT_EQ(is_valid_period(t.get(r, "period")), t.get(r, "valid") == "1") << t.get(r, "period");
}

// ---- access ----------------------------------------------------------------------------------------

kvalis::accounts::Principal principal(std::vector<kvalis::accounts::Membership> ms) {
  kvalis::accounts::Principal p;
  p.user_id = 7;
  p.memberships = std::move(ms);
  return p;
}

TEST(QualityCareAccess, WhoReadsAndWrites) {
  using kvalis::accounts::OrganisationType;
  using kvalis::accounts::Role;
  const OrgFacts provider{10, "86"};
  const long long audit_body = 20;
  const auto provider_worker = principal({{10, OrganisationType::provider, Role::worker, "", "86", ""}});
  const auto provider_reader = principal({{10, OrganisationType::provider, Role::readonly, "", "86", ""}});
  const auto auditor = principal({{20, OrganisationType::audit_body, Role::auditor, "", "86", ""}});
  const auto region = principal({{1, OrganisationType::region, Role::manager, "", "86", ""}});
  const auto other_region = principal({{2, OrganisationType::region, Role::admin, "", "52", ""}});
  const auto other_provider = principal({{11, OrganisationType::provider, Role::admin, "", "86", ""}});

  struct Case {
    const char* who;
    const kvalis::accounts::Principal* p;
    long long recorded_by;
    bool read, write;
  };
  for (const auto& c : {Case{"provider worker", &provider_worker, 10, true, true},
                        Case{"provider readonly", &provider_reader, 10, true, false},
                        Case{"auditor of the recording body", &auditor, audit_body, true, true},
                        Case{"auditor, recorded by the provider", &auditor, 10, false, false},
                        Case{"region of the territory", &region, audit_body, true, false},
                        Case{"other region", &other_region, 10, false, false},
                        Case{"other provider", &other_provider, 10, false, false}}) {
    const auto r = supervision_rights(*c.p, provider, c.recorded_by);
    EXPECT_EQ(r.read, c.read) << c.who;
    EXPECT_EQ(r.write, c.write) << c.who;
  }
  // Seeing the provider (to record for it, to list its findings): an audit body only through an audit.
  EXPECT_TRUE(sees_provider(provider_reader, provider, false));
  EXPECT_TRUE(sees_provider(region, provider, false));
  EXPECT_FALSE(sees_provider(auditor, provider, false));
  EXPECT_TRUE(sees_provider(auditor, provider, true));
  EXPECT_FALSE(sees_provider(other_region, provider, false));
  EXPECT_FALSE(sees_provider(other_provider, provider, false));
  kvalis::accounts::Principal platform_admin;
  platform_admin.platform_admin = true;
  EXPECT_TRUE(sees_provider(platform_admin, provider, false));
  EXPECT_TRUE(plan_rights(region, provider).write);
  EXPECT_FALSE(plan_rights(provider_worker, provider).write);
  EXPECT_TRUE(plan_rights(provider_worker, provider).read);
  EXPECT_FALSE(plan_rights(other_region, provider).read);

  const OrgFacts office{30, "86"};
  const auto office_manager = principal({{30, OrganisationType::municipality, Role::manager, "", "86", "5209"}});
  const auto office_worker = principal({{30, OrganisationType::municipality, Role::worker, "", "86", "5209"}});
  EXPECT_TRUE(ospod_rights(office_manager, office).write);
  EXPECT_FALSE(ospod_rights(office_worker, office).write);
  EXPECT_TRUE(ospod_rights(office_worker, office).read);
  EXPECT_TRUE(ospod_rights(region, office).read);
  EXPECT_FALSE(ospod_rights(region, office).write);
  EXPECT_TRUE(may_set_staffing_norm(region, office));
  EXPECT_FALSE(may_set_staffing_norm(office_worker, office));
  EXPECT_FALSE(ospod_rights(provider_worker, office).read);
}

}  // namespace
