// Disclosure and anonymisation of the comparison (src/benchmark/core/disclosure.hpp), table-driven from
// tests/data/benchmark/disclosure.csv and viewers.csv.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/disclosure.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::benchmark;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, separator))
    if (!part.empty()) out.push_back(part);
  return out;
}

TEST(BenchmarkDisclosure, WhatAReaderSees) {
  const auto table = kvalis::testing::load_data_table("benchmark/disclosure.csv");
  for (const auto& row : table.rows) {
    SCOPED_TRACE("line " + std::to_string(row.line));
    Viewer viewer;
    viewer.audience = *parse_audience(table.get(row, "audience"));
    const bool own = table.get(row, "own") == "yes";
    if (own) viewer.own_provider_ids.insert(1);
    const auto d = disclose(viewer, own, std::stoul(table.get(row, "n")));
    EXPECT_EQ(d.group_statistics, table.get(row, "group_statistics") == "1");
    EXPECT_EQ(d.row, table.get(row, "row") == "1");
    EXPECT_EQ(d.value, table.get(row, "value") == "1");
    EXPECT_EQ(d.position, table.get(row, "position") == "1");
    EXPECT_EQ(d.name, table.get(row, "name") == "1");
    EXPECT_EQ(suppressed_for(viewer, std::stoul(table.get(row, "n"))), !d.group_statistics);
  }
}

TEST(BenchmarkDisclosure, WhoReadsAGroup) {
  const auto table = kvalis::testing::load_data_table("benchmark/viewers.csv");
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    kvalis::accounts::Principal principal;
    principal.platform_admin = table.get(row, "platform_admin") == "yes";
    for (const auto& id : split(table.get(row, "memberships"), ';')) {
      kvalis::accounts::Membership m;
      m.organisation_id = std::stoll(id);
      principal.memberships.push_back(m);
    }
    std::map<long long, std::string> members;
    for (const auto& pair : split(table.get(row, "members"), ';'))
      members[std::stoll(pair.substr(0, pair.find('=')))] = pair.substr(pair.find('=') + 1);
    const auto viewer = viewer_for(principal, 100, members);
    if (table.get(row, "audience") == "none") {
      EXPECT_FALSE(viewer);
      continue;
    }
    ASSERT_TRUE(viewer);
    EXPECT_EQ(audience_name(viewer->audience), table.get(row, "audience"));
    std::set<long long> own;
    for (const auto& id : split(table.get(row, "own"), ';')) own.insert(std::stoll(id));
    EXPECT_EQ(viewer->own_provider_ids, own);
  }
}

TEST(BenchmarkDisclosure, WhoMayNarrowThePeers) {
  const auto table = kvalis::testing::load_data_table("benchmark/narrowing.csv");
  for (const auto& row : table.rows) {
    Viewer viewer;
    viewer.audience = *parse_audience(table.get(row, "audience"));
    EXPECT_EQ(may_narrow_peers(viewer), table.get(row, "may_narrow_peers") == "1") << table.get(row, "audience");
  }
}

// Labels come from the round's random salt: the same salt gives the same labels, another salt another
// order; the labels are A … Z, AA … for as many services, whatever their ids.
TEST(BenchmarkDisclosure, AnonymousLabelsFollowTheSaltNotTheIds) {
  std::set<long long> ids;
  for (long long i = 1; i <= 30; ++i) ids.insert(i);
  const auto labels = anonymous_labels("3f9a0c1d5e7b2a4c6d8e0f1a2b3c4d5e", ids);
  ASSERT_EQ(labels.size(), 30u);
  std::set<std::string> distinct;
  for (const auto& [id, label] : labels) distinct.insert(label);
  EXPECT_EQ(distinct.size(), 30u);
  EXPECT_TRUE(distinct.count("Služba A") && distinct.count("Služba Z") && distinct.count("Služba AD"));
  EXPECT_EQ(anonymous_labels("3f9a0c1d5e7b2a4c6d8e0f1a2b3c4d5e", ids), labels);
  EXPECT_NE(anonymous_labels("another salt", ids), labels);
  // Not the order of the ids.
  bool ascending = true;
  for (long long i = 1; i < 26; ++i) ascending = ascending && labels.at(i) < labels.at(i + 1);
  EXPECT_FALSE(ascending);
  EXPECT_EQ(anonymous_label_en("Služba AD"), "Service AD");
  EXPECT_EQ(anonymous_label_en("Služba"), "Service");
}

}  // namespace
