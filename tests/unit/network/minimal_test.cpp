// The minimal form of a service (network/core/minimal.hpp), table-driven: tests/data/network/minimal_*.csv.
#include "network/core/minimal.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

using network::MinimalCheck;
using network::ServiceCoverage;

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

std::vector<long long> ids(const std::string& text) {
  std::vector<long long> out;
  for (const auto& part : split(text, ';'))
    if (!part.empty()) out.push_back(std::stoll(part));
  return out;
}

std::string joined(const std::vector<long long>& values) {
  std::string out;
  for (long long v : values) out += (out.empty() ? "" : ";") + std::to_string(v);
  return out;
}

std::string share_text(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", share);
  return buf;
}

std::string status_text(const Status& st) { return st ? std::string("ok") : st.error().message_key; }

TEST(NetworkMinimal, ActionFitsState) {
  const auto t = load_data_table("network/minimal_actions.csv");
  for (const auto& row : t.rows) {
    const auto action = network::parse_minimal_form_action(t.get(row, "action"));
    const auto status = network::parse_minimal_form_status(t.get(row, "status"));
    ASSERT_TRUE(action && status) << row.line;
    const auto st = network::check_minimal_form_action(*action, *status, std::stoi(t.get(row, "needs_required")));
    EXPECT_EQ(status_text(st), t.get(row, "expected")) << "line " << row.line;
  }
}

TEST(NetworkMinimal, StatusTextRoundTrips) {
  for (auto s : {network::MinimalFormStatus::draft, network::MinimalFormStatus::set,
                 network::MinimalFormStatus::superseded})
    EXPECT_EQ(network::parse_minimal_form_status(network::to_string(s)), s);
  EXPECT_FALSE(network::parse_minimal_form_status("published"));
}

TEST(NetworkMinimal, ServiceCheckedAgainstTheSetForm) {
  const auto t = load_data_table("network/minimal_checks.csv");
  for (const auto& row : t.rows) {
    ServiceCoverage c;
    c.answered = t.get(row, "answered") == "yes";
    for (long long n : ids(t.get(row, "direct"))) c.direct.insert(n);
    const MinimalCheck r = network::check_service(ids(t.get(row, "required")), c);
    const std::string what = t.get(row, "case");
    EXPECT_EQ(r.required, std::stoi(t.get(row, "exp_required"))) << what;
    EXPECT_EQ(r.met, std::stoi(t.get(row, "exp_met"))) << what;
    EXPECT_EQ(joined(r.missing), t.get(row, "exp_missing")) << what;
    EXPECT_EQ(share_text(r.share_met), t.get(row, "exp_share")) << what;
    EXPECT_EQ(r.meets, t.get(row, "exp_meets") == "yes") << what;
    EXPECT_EQ(r.answered, c.answered) << what;
  }
}

TEST(NetworkMinimal, ShareOfServicesMeetingEachNeedDirectly) {
  const auto t = load_data_table("network/minimal_shares.csv");
  for (const auto& row : t.rows) {
    std::vector<ServiceCoverage> services;
    long long id = 1;
    for (const auto& spec : split(t.get(row, "services"), '|')) {
      const auto colon = spec.find(':');
      ServiceCoverage c;
      c.service_id = id++;
      c.answered = spec.substr(0, colon) == "yes";
      for (long long n : ids(spec.substr(colon + 1))) c.direct.insert(n);
      services.push_back(c);
    }
    std::string got;
    for (const auto& n : network::direct_shares(ids(t.get(row, "needs")), services))
      got += (got.empty() ? "" : ";") + std::to_string(n.need_area_id) + "=" + std::to_string(n.direct) + "/" +
             std::to_string(n.services) + " " + share_text(n.share);
    EXPECT_EQ(got, t.get(row, "expected")) << t.get(row, "case");
  }
}

TEST(NetworkMinimal, WhoSeesTheMinimalForms) {
  const auto t = load_data_table("network/minimal_access.csv");
  for (const auto& row : t.rows) {
    network::MinimalViewerFacts f;
    f.platform_admin = t.get(row, "platform_admin") == "yes";
    if (const auto r = t.get(row, "region_role"); !r.empty()) f.region_role = accounts::parse_role(r);
    if (const auto r = t.get(row, "provider_role"); !r.empty()) f.provider_role = accounts::parse_role(r);
    EXPECT_EQ(network::to_string(network::minimal_viewer(f)), t.get(row, "expected")) << "line " << row.line;
  }
}

TEST(NetworkMinimal, GapsThatBecomeCorrectiveActions) {
  const auto t = load_data_table("network/minimal_gaps.csv");
  for (const auto& row : t.rows) {
    const auto r = network::gap_needs(ids(t.get(row, "missing")), ids(t.get(row, "asked")));
    const std::string what = t.get(row, "case");
    if (const auto field = t.get(row, "error_field"); !field.empty()) {
      ASSERT_FALSE(r) << what;
      EXPECT_EQ(r.error().field, field) << what;
      EXPECT_EQ(r.error().message_key, "network.minimal.need_not_missing") << what;
    } else {
      ASSERT_TRUE(r) << what;
      EXPECT_EQ(joined(*r), t.get(row, "expected")) << what;
    }
  }
}

}  // namespace
}  // namespace kvalis::testing
