// The coverage kernel and rules of the network module (network/core/coverage*.hpp), table-driven from
// tests/data/network/coverage_*.csv.
#include "network/core/coverage.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "network/core/coverage_rules.hpp"
#include "platform/core/text.hpp"
#include "support/data_table.hpp"

namespace kvalis::network {
namespace {

using kvalis::testing::load_data_table;
using kvalis::testing::read_data_file;

std::vector<std::string> list(const std::string& text) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text + ";") {
    if (c == ';') {
      if (!part.empty()) out.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  return out;
}

std::vector<long long> ids(const std::string& text) {
  std::vector<long long> out;
  for (const auto& p : list(text)) out.push_back(std::stoll(p));
  return out;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text) {
    if (c == sep) {
      out.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  out.push_back(part);
  return out;
}

TEST(CoverageKernel, AggregatesTerritoryByNeedFromTheDataTable) {
  std::vector<ServiceFacts> services;
  const auto st = load_data_table("network/coverage_services.csv");
  for (const auto& r : st.rows)
    services.push_back({std::stoll(st.get(r, "service")), st.get(r, "kind"), list(st.get(r, "territories")),
                        list(st.get(r, "target_groups"))});
  std::vector<CoverageAnswer> answers;
  const auto at = load_data_table("network/coverage_answers.csv");
  for (const auto& r : at.rows)
    answers.push_back(
        {std::stoll(at.get(r, "service")), std::stoll(at.get(r, "need")), *parse_mode(at.get(r, "mode"))});

  const auto t = load_data_table("network/coverage_aggregation.csv");
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case") + " " + t.get(r, "territory") + "×" + t.get(r, "need");
    CoverageFilter f{list(t.get(r, "kinds")), t.get(r, "target_group"), list(t.get(r, "territories")),
                     ids(t.get(r, "needs"))};
    const auto map =
        aggregate_coverage(services, answers, f, {"T1", "T2", "T3"}, {1, 2, 3}, std::stoi(t.get(r, "threshold")));
    EXPECT_EQ(map.cells.size(), std::stoul(t.get(r, "cell_count"))) << name;
    const std::string territory = t.get(r, "territory");
    const long long need = std::stoll(t.get(r, "need"));
    auto it = std::find_if(map.cells.begin(), map.cells.end(),
                           [&](const CoverageCell& c) { return c.territory == territory && c.need_area_id == need; });
    ASSERT_NE(it, map.cells.end()) << name;
    EXPECT_EQ(it->direct, std::stoi(t.get(r, "direct"))) << name;
    EXPECT_EQ(it->mediated, std::stoi(t.get(r, "mediated"))) << name;
    EXPECT_EQ(it->referred, std::stoi(t.get(r, "referred"))) << name;
    EXPECT_EQ(it->none, std::stoi(t.get(r, "none"))) << name;
    EXPECT_EQ(it->services, std::stoi(t.get(r, "services"))) << name;
    auto gap = std::find_if(map.gaps.begin(), map.gaps.end(), [&](const CoverageGap& g) {
      return g.cell.territory == territory && g.cell.need_area_id == need;
    });
    if (t.get(r, "gap").empty()) {
      EXPECT_EQ(gap, map.gaps.end()) << name;
    } else {
      ASSERT_NE(gap, map.gaps.end()) << name;
      EXPECT_EQ(to_string(gap->kind), t.get(r, "gap")) << name;
      EXPECT_EQ(gap->cell, *it) << name;
    }
    const bool overlap = std::any_of(map.overlaps.begin(), map.overlaps.end(), [&](const CoverageCell& c) {
      return c.territory == territory && c.need_area_id == need;
    });
    EXPECT_EQ(overlap, t.get(r, "overlap") == "yes") << name;
  }
}

TEST(CoverageKernel, TheMapsNeedsAreTheNeedsOnTheCardsOfTheFilteredKinds) {
  std::vector<ServiceFacts> services;
  const auto st = load_data_table("network/coverage_services.csv");
  for (const auto& r : st.rows)
    services.push_back({std::stoll(st.get(r, "service")), st.get(r, "kind"), list(st.get(r, "territories")),
                        list(st.get(r, "target_groups"))});
  std::vector<CoverageAnswer> answers;
  const auto at = load_data_table("network/coverage_answers.csv");
  for (const auto& r : at.rows)
    answers.push_back(
        {std::stoll(at.get(r, "service")), std::stoll(at.get(r, "need")), *parse_mode(at.get(r, "mode"))});
  const auto t = load_data_table("network/coverage_answered_needs.csv");
  for (const auto& r : t.rows) {
    CoverageFilter f;
    f.kinds = list(t.get(r, "kinds"));
    EXPECT_EQ(answered_needs(services, answers, f, {1, 2, 3, 4}), ids(t.get(r, "needs"))) << t.get(r, "case");
  }
}

TEST(CoverageKernel, KeepsTheOrderOfTerritoriesAndNeeds) {
  const auto map = aggregate_coverage({}, {}, {}, {"B", "A"}, {7, 3});
  ASSERT_EQ(map.cells.size(), 4u);
  EXPECT_EQ(map.cells[0].territory, "B");
  EXPECT_EQ(map.cells[0].need_area_id, 7);
  EXPECT_EQ(map.cells[1].need_area_id, 3);
  EXPECT_EQ(map.cells[2].territory, "A");
  EXPECT_EQ(map.gaps.size(), 4u);
  EXPECT_TRUE(map.overlaps.empty());
}

TEST(CoverageRules, ReadsModesFromTheDataTable) {
  const auto t = load_data_table("network/coverage_modes.csv");
  for (const auto& r : t.rows) {
    const auto m = parse_mode_word(t.get(r, "word"));
    if (t.get(r, "mode").empty())
      EXPECT_FALSE(m) << t.get(r, "word");
    else
      EXPECT_EQ(m ? std::string(to_string(*m)) : "", t.get(r, "mode")) << t.get(r, "word");
  }
}

TEST(CoverageRules, RoundActionsFromTheDataTable) {
  const auto t = load_data_table("network/coverage_round_actions.csv");
  for (const auto& r : t.rows) {
    const auto status = parse_round_status(t.get(r, "status"));
    const auto action = parse_round_action(t.get(r, "action"));
    ASSERT_TRUE(status && action) << t.get(r, "status") << " " << t.get(r, "action");
    EXPECT_EQ(round_action_refusal(*status, *action), t.get(r, "refusal"))
        << t.get(r, "status") << " " << t.get(r, "action");
  }
}

TEST(CoverageRules, FormChecksFromTheDataTable) {
  const auto t = load_data_table("network/coverage_form_checks.csv");
  for (const auto& r : t.rows) {
    std::vector<FormAnswer> answers;
    if (!t.get(r, "answers").empty())
      for (const auto& spec : split(t.get(r, "answers"), '|')) {
        const auto p = split(spec, ':');
        ASSERT_EQ(p.size(), 6u) << spec;
        FormAnswer a;
        a.need_area_id = std::stoll(p[0]);
        if (!p[1].empty()) a.mode = parse_mode(p[1]);
        a.mediated_service_id = p[2].empty() ? 0 : std::stoll(p[2]);
        a.mediated_text = p[3];
        if (!p[4].empty()) a.clients = std::stoll(p[4]);
        if (!p[5].empty()) a.contacts = std::stoll(p[5]);
        answers.push_back(a);
      }
    std::string got;
    for (const auto& p : check_answers(ids(t.get(r, "card")), answers, t.get(r, "submitting") == "yes"))
      got += (got.empty() ? "" : "|") + std::to_string(p.need_area_id) + "/" + p.field + "/" + p.key;
    EXPECT_EQ(got, t.get(r, "problems")) << t.get(r, "case");
  }
}

std::vector<SheetRow> sheet(const std::string& file, char delimiter) {
  const std::string text = read_data_file(file);
  csv::ViewStream in(text);
  csv::Reader reader(in, delimiter);
  std::vector<SheetRow> rows;
  while (auto rec = reader.next()) rows.push_back({rec->line, rec->fields});
  return rows;
}

TEST(CoverageUpload, ReportsEveryBadLineByNumberAndColumn) {
  const auto parsed = parse_upload(sheet("network/coverage_upload_bad.csv", ','));
  const auto t = load_data_table("network/coverage_upload_bad_expected.csv");
  ASSERT_EQ(parsed.problems.total(), t.rows.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& p = parsed.problems.items()[i];
    EXPECT_EQ(p.line, std::stoll(t.get(t.rows[i], "line"))) << i;
    EXPECT_EQ(p.field, t.get(t.rows[i], "field")) << i;
    EXPECT_EQ(p.key, t.get(t.rows[i], "key")) << i;
  }
  // The one good line is read; the line without any answer is skipped.
  ASSERT_EQ(parsed.lines.size(), 1u);
  EXPECT_EQ(parsed.lines[0].line, 2);
  EXPECT_EQ(parsed.lines[0].service_id, 11);
  EXPECT_EQ(parsed.lines[0].need_code, "bydleni");
  EXPECT_EQ(parsed.lines[0].mode, CoverageMode::direct);
  EXPECT_EQ(parsed.lines[0].clients, 12);
  EXPECT_EQ(parsed.lines[0].contacts, 40);
}

TEST(CoverageUpload, ReadsCzechWordsRegistryIdsAndSemicolons) {
  const auto parsed = parse_upload(sheet("network/coverage_upload_good.csv", ';'));
  EXPECT_TRUE(parsed.problems.empty());
  ASSERT_EQ(parsed.lines.size(), 4u);
  EXPECT_EQ(parsed.lines[0].registry_id, "1234567");
  EXPECT_EQ(parsed.lines[0].service_id, 0);
  EXPECT_EQ(parsed.lines[1].mode, CoverageMode::mediated);
  EXPECT_EQ(parsed.lines[1].mediated_service, "Donáška obědů obce");
  EXPECT_EQ(parsed.lines[2].mode, CoverageMode::referred);
  EXPECT_EQ(parsed.lines[2].note, "sociální pracovník MěÚ");
  EXPECT_EQ(parsed.lines[3].mode, CoverageMode::none);
}

TEST(CoverageUpload, NamesMissingColumns) {
  const auto parsed = parse_upload({{1, {"service_name", "note"}}, {2, {"x", "y"}}});
  ASSERT_EQ(parsed.problems.total(), 3u);
  EXPECT_EQ(parsed.problems.items()[0].field, "service_id");
  EXPECT_EQ(parsed.problems.items()[1].field, "need_code");
  EXPECT_EQ(parsed.problems.items()[2].field, "mode");
  EXPECT_EQ(parse_upload({}).problems.items().at(0).key, "network.upload.empty");
}

}  // namespace
}  // namespace kvalis::network
