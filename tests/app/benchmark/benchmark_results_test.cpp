// Benchmarking results on SQLite and PostgreSQL: the precomputed comparison against hand-computed values
// (tests/data/benchmark_results), the tenant rules through an in-process App (anonymised peers for
// data-only members, suppression of groups under 3 services for readers outside the region, 404 for
// strangers), no stale results after a change, good-practice search, DEA runs equal to the core's, and
// the exports and reports.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "benchmark/app/comparison.hpp"
#include "benchmark/app/results.hpp"
#include "benchmark/core/dea.hpp"
#include "benchmark/export/report_html.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "platform/core/csv.hpp"
#include "platform/export/table.hpp"
#include "platform/store/row.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/app.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace json = boost::json;
namespace results = store::benchmark_results_repo;
using http::Verb;

class BenchmarkResultsTest : public ::testing::TestWithParam<Backend> {};

// Rows of a data file, without comment lines ('#'), as maps from column name to text.
std::vector<std::map<std::string, std::string>> read_data(const std::string& name) {
  std::ifstream in(std::string(KVALIS_TEST_DATA) + "/benchmark/results/" + name);
  std::string line, text;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') text += line + "\n";
  auto records = csv::parse_all(text);
  std::vector<std::map<std::string, std::string>> out;
  for (std::size_t i = 1; i < records.size(); ++i) {
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < records[0].fields.size() && c < records[i].fields.size(); ++c)
      row[records[0].fields[c]] = records[i].fields[c];
    out.push_back(std::move(row));
  }
  return out;
}

std::optional<double> number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::stod(text);
}

void expect_close(const std::optional<double>& actual, const std::optional<double>& expected, const std::string& what) {
  ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
  if (expected) {
    EXPECT_NEAR(*actual, *expected, 1e-9 * std::max(1.0, std::fabs(*expected))) << what;
  }
}

// A region, three member providers (P1 full, P2 data-only, P3 full), a provider outside the group, a
// group with a methodology of three items, two indicators and one rule, and one round with values.
struct World {
  long long region = 0, outsider = 0;
  std::map<std::string, long long> providers;  // P1, P2, P3
  std::map<std::string, long long> services;   // S1 … T2
  std::map<long long, std::string> service_keys;
  long long group = 0, methodology = 0, round = 0;
  std::map<std::string, long long> indicators;
  std::map<std::string, std::string> tokens;  // login → session token
  std::map<std::string, std::string> csrf;
};

long long add_organisation(soci::session& s, const std::string& type, const std::string& name) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = "86";
  o.legal_form_code = type == "provider" ? "706" : "";
  return store::registry_repo::insert_organisation(s, o, "manual");
}

void set_value(soci::session& s, long long round, long long service, const std::string& item, double value) {
  s << "DELETE FROM bm_values WHERE round_id = :r AND service_id = :s AND item_code = :i", soci::use(round),
      soci::use(service), soci::use(item);
  long long now = 1000;
  s << "INSERT INTO bm_values (round_id, service_id, item_code, value, updated_at) VALUES (:r, :s, :i, :v, :t)",
      soci::use(round), soci::use(service), soci::use(item), soci::use(value), soci::use(now);
}

void add_user(soci::session& s, World& w, const std::string& login, long long organisation, const std::string& type,
              accounts::Role role) {
  store::accounts_repo::UserRow u;
  u.login = login;
  u.display_name = login;
  u.password_hash = "x";
  u.created_at = 1000;
  u.id = store::accounts_repo::insert_user(s, u);
  accounts::Membership m;
  m.organisation_id = organisation;
  m.organisation_type = *accounts::parse_organisation_type(type);
  m.role = role;
  store::accounts_repo::replace_memberships(s, u.id, {m});
  const std::string token = accounts::random_token();
  w.tokens[login] = token;
  w.csrf[login] = accounts::random_token();
  store::accounts_repo::create_session(s, accounts::token_digest(token), u.id, w.csrf[login], store::now_epoch(),
                                       store::now_epoch() + 3600, "", "");
}

World make_world(store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_organisation(s, "region", "Královéhradecký kraj");
    w.outsider = add_organisation(s, "provider", "Poskytovatel mimo skupinu");
    for (const char* p : {"P1", "P2", "P3"})
      w.providers[p] = add_organisation(s, "provider", std::string("Poskytovatel ") + p);
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    int n = 0;
    for (const auto& row : read_data("services.csv")) {
      registry::Service svc;
      svc.registry_id = std::to_string(2000001 + n++);
      svc.name = "Služba " + row.at("key");
      svc.kind_code = row.at("kind");
      svc.region_code = "86";
      svc.territories = {row.at("territory")};
      svc.forms = {{row.at("form"), true, {{std::stoi(row.at("capacity")), "luzka", ""}}}};
      const long long id = writer.service(w.providers.at(row.at("provider")), svc);
      w.services[row.at("key")] = id;
      w.service_keys[id] = row.at("key");
    }
    const long long now = 1000;
    s << "INSERT INTO bm_groups (region_org_id, name, kinds, created_at) VALUES (:r, 'Pobytové služby pro seniory', "
         "';13;14;', :t) RETURNING id",
        soci::use(w.region), soci::use(now), soci::into(w.group);
    for (const auto& [key, id] : w.providers) {
      const std::string participation = key == "P2" ? "data_only" : "full";
      s << "INSERT INTO bm_group_members (group_id, provider_org_id, participation) VALUES (:g, :p, :x)",
          soci::use(w.group), soci::use(id), soci::use(participation);
    }
    s << "INSERT INTO bm_methodologies (group_id, version, name, status, created_at) VALUES (:g, 1, 'Metodika', "
         "'published', :t) RETURNING id",
        soci::use(w.group), soci::use(now), soci::into(w.methodology);
    s << "INSERT INTO bm_items (methodology_id, code, name_cs, unit, min_value, position) VALUES "
         "(:m, 'beds', 'Počet lůžek', 'lůžka', 1, 1), (:m2, 'bed_days', 'Lůžkodny', 'dny', 0, 2), "
         "(:m3, 'costs', 'Náklady', 'Kč', 0, 3)",
        soci::use(w.methodology), soci::use(w.methodology), soci::use(w.methodology);
    s << "INSERT INTO bm_rules (methodology_id, code, left_expr, op, right_expr, message_cs) VALUES "
         "(:m, 'occupancy_max', 'bed_days', '<=', 'beds * 365', 'Obložnost nad 100 %')",
        soci::use(w.methodology);
    struct Ind {
      const char *code, *name, *num, *den;
      double factor;
      const char *dir, *rba;
    };
    int position = 0;
    for (const Ind& i : {Ind{"cost_per_bed_day", "Náklady na lůžkoden", "costs", "bed_days", 1, "lower", "how_well"},
                         Ind{"occupancy", "Obložnost", "bed_days", "beds * 365", 100, "higher", "how_much"}}) {
      long long id = 0;
      std::string code = i.code, name = i.name, num = i.num, den = i.den, dir = i.dir, rba = i.rba;
      ++position;
      s << "INSERT INTO bm_indicators (methodology_id, code, name_cs, numerator, denominator, factor, direction, rba, "
           "position) VALUES (:m, :c, :n, :nu, :de, :f, :d, :r, :p) RETURNING id",
          soci::use(w.methodology), soci::use(code), soci::use(name), soci::use(num), soci::use(den),
          soci::use(i.factor), soci::use(dir), soci::use(rba), soci::use(position), soci::into(id);
      w.indicators[code] = id;
    }
    s << "INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, created_at) VALUES "
         "(:g, :m, 'Rok 2024', 2024, 'full', :t) RETURNING id",
        soci::use(w.group), soci::use(w.methodology), soci::use(now), soci::into(w.round);
    for (const auto& row : read_data("values.csv"))
      set_value(s, w.round, w.services.at(row.at("service")), row.at("item"), std::stod(row.at("value")));
    add_user(s, w, "kraj", w.region, "region", accounts::Role::manager);
    add_user(s, w, "p1", w.providers["P1"], "provider", accounts::Role::manager);
    add_user(s, w, "p2", w.providers["P2"], "provider", accounts::Role::manager);
    add_user(s, w, "p3", w.providers["P3"], "provider", accounts::Role::worker);
    add_user(s, w, "cizi", w.outsider, "provider", accounts::Role::manager);
    results::recompute_round(s, w.round);
  });
  return w;
}

http::Response call(http::App& app, const World& w, const std::string& login, Verb method, const std::string& path,
                    std::vector<std::pair<std::string, std::string>> query = {}, const std::string& body = "") {
  http::Request req;
  req.method = method;
  req.path = path;
  req.query = std::move(query);
  req.body = body;
  req.content_type = "application/json";  // JSON routes take only JSON (415 otherwise)
  req.cookie = "kvalis_session=" + w.tokens.at(login);
  req.csrf_header = w.csrf.at(login);
  req.client_ip = "127.0.0.1";
  return app.handle_api(req);
}

json::value call_json(http::App& app, const World& w, const std::string& login, Verb method, const std::string& path,
                      std::vector<std::pair<std::string, std::string>> query = {}, const std::string& body = "",
                      unsigned expected = 200) {
  auto r = call(app, w, login, method, path, std::move(query), body);
  EXPECT_EQ(r.status, expected) << path << ": " << r.body;
  return json::parse(r.body);
}

std::string comparison_path(const World& w) {
  return "/api/benchmark/rounds/" + std::to_string(w.round) + "/comparison";
}

const json::object* find_group(const json::value& comparison, const std::string& indicator, const std::string& key) {
  for (const auto& ind : comparison.at("indicators").as_array())
    if (ind.at("code").as_string() == indicator)
      for (const auto& g : ind.at("groups").as_array())
        if (g.at("peer_key").as_string() == key) return &g.as_object();
  return nullptr;
}

std::optional<double> opt(const json::value& v) {
  if (v.is_null()) return std::nullopt;
  return v.to_number<double>();
}

TEST_P(BenchmarkResultsTest, RecomputeGivesHandComputedStatistics) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  auto stats = t.db().read([&](soci::session& s) { return results::stats_of_round(s, w.round); });
  auto scores = t.db().read([&](soci::session& s) { return results::scores_of_round(s, w.round); });
  const auto expected_stats = read_data("expected_stats.csv");
  ASSERT_EQ(stats.size(), expected_stats.size());
  for (const auto& e : expected_stats) {
    const long long ind = w.indicators.at(e.at("indicator"));
    auto it = std::find_if(stats.begin(), stats.end(),
                           [&](const auto& st) { return st.indicator_id == ind && st.peer_key == e.at("peer_key"); });
    ASSERT_NE(it, stats.end()) << e.at("indicator") << " " << e.at("peer_key");
    const std::string what = e.at("indicator") + " " + e.at("peer_key");
    EXPECT_EQ(it->n, std::stoll(e.at("n"))) << what;
    expect_close(it->min, number(e.at("min")), what + " min");
    expect_close(it->q1, number(e.at("q1")), what + " q1");
    expect_close(it->median, number(e.at("median")), what + " median");
    expect_close(it->q3, number(e.at("q3")), what + " q3");
    expect_close(it->max, number(e.at("max")), what + " max");
    expect_close(it->mean, number(e.at("mean")), what + " mean");
    expect_close(it->sd, number(e.at("sd")), what + " sd");
  }
  const auto expected_scores = read_data("expected_scores.csv");
  ASSERT_EQ(scores.size(), expected_scores.size());
  for (const auto& e : expected_scores) {
    const long long ind = w.indicators.at(e.at("indicator"));
    const long long svc = w.services.at(e.at("service"));
    auto it = std::find_if(scores.begin(), scores.end(),
                           [&](const auto& sc) { return sc.indicator_id == ind && sc.service_id == svc; });
    ASSERT_NE(it, scores.end());
    const std::string what = e.at("indicator") + " " + e.at("service");
    expect_close(it->value, number(e.at("value")), what + " value");
    expect_close(it->percent_rank, number(e.at("percent_rank")), what + " percent rank");
    expect_close(it->z_score, number(e.at("z_score")), what + " z");
    expect_close(it->reserve_median, number(e.at("reserve_median")), what + " reserve to median");
    expect_close(it->reserve_best, number(e.at("reserve_best")), what + " reserve to best quartile");
    EXPECT_EQ(it->missing_reason, e.at("missing_reason")) << what;
  }
}

TEST_P(BenchmarkResultsTest, RegionStaffSeeEverythingWithTheQuantileMethod) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  auto c = call_json(app, w, "kraj", Verb::get, comparison_path(w));
  EXPECT_EQ(c.at("quantile_method").as_string(), "R type 7 (Excel QUARTILE.INC)");
  EXPECT_EQ(c.at("audience").as_string(), "region");
  const auto* small = find_group(c, "cost_per_bed_day", "kind=14;form=pob");
  ASSERT_NE(small, nullptr);
  EXPECT_FALSE(small->at("suppressed").as_bool());
  EXPECT_EQ(small->at("n").as_int64(), 2);
  EXPECT_DOUBLE_EQ(small->at("median").to_number<double>(), 1800.0);
  const auto* big = find_group(c, "cost_per_bed_day", "kind=13;form=pob");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->at("label").as_string(), "Domovy pro seniory – pobytová");
  // Best first for a lower-is-better indicator; the missing value last.
  const auto& scores = big->at("scores").as_array();
  ASSERT_EQ(scores.size(), 5u);
  EXPECT_EQ(scores[0].at("service").at("name").as_string(), "Služba S3");
  EXPECT_TRUE(scores[4].at("value").is_null());
  EXPECT_EQ(scores[4].at("missing_reason").as_string(), "missing: costs");
}

TEST_P(BenchmarkResultsTest, DataOnlyMemberSeesPeersAnonymisedAndSmallGroupsSuppressed) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  auto c = call_json(app, w, "p2", Verb::get, comparison_path(w));
  EXPECT_EQ(c.at("audience").as_string(), "data_only");
  const std::string body = json::serialize(c);
  // No other service's id or name anywhere in the answer.
  for (const auto& [key, id] : w.services) {
    if (key == "S3" || key == "T2") continue;
    EXPECT_EQ(body.find("Služba " + key + "\""), std::string::npos) << key;
    EXPECT_EQ(body.find("\"service_id\":" + std::to_string(id) + ","), std::string::npos) << key;
  }
  EXPECT_EQ(body.find("Poskytovatel P1"), std::string::npos);
  // Labels are stable across indicators of the round.
  std::map<std::string, int> seen;
  for (const auto& ind : c.at("indicators").as_array())
    for (const auto& g : ind.at("groups").as_array())
      for (const auto& sc : g.at("scores").as_array()) {
        const auto& svc = sc.at("service");
        if (svc.at("own").as_bool()) {
          const long long own = svc.at("service_id").as_int64();
          EXPECT_TRUE(own == w.services.at("S3") || own == w.services.at("T2")) << own;
          continue;
        }
        EXPECT_TRUE(svc.at("anonymised").as_bool());
        EXPECT_TRUE(svc.at("service_id").is_null());
        EXPECT_EQ(std::string(svc.at("name").as_string()).rfind("Služba ", 0), 0u);
        seen[std::string(svc.at("name").as_string())]++;
      }
  // Four anonymous peers in kind 13 (S1, S2, S4, S5), each in both indicators.
  EXPECT_EQ(seen.size(), 4u);
  for (const auto& [label, count] : seen) EXPECT_EQ(count, 2) << label;
  // Kind 14 has two services: suppressed for a provider, with only the reader's own value left.
  const auto* small = find_group(c, "cost_per_bed_day", "kind=14;form=pob");
  ASSERT_NE(small, nullptr);
  EXPECT_TRUE(small->at("suppressed").as_bool());
  EXPECT_EQ(small->at("note").as_string(), "potlačeno: méně než 3 služby");
  EXPECT_TRUE(small->at("n").is_null());
  EXPECT_TRUE(small->at("median").is_null());
  ASSERT_EQ(small->at("scores").as_array().size(), 1u);
  EXPECT_TRUE(small->at("scores").as_array()[0].at("service").at("own").as_bool());
  EXPECT_TRUE(small->at("scores").as_array()[0].at("percent_rank").is_null());
  // Filters that would let it tell the anonymous services apart are refused.
  auto r = call(app, w, "p2", Verb::get, comparison_path(w), {{"territory", "5209"}});
  EXPECT_EQ(r.status, 403u);
  // Another service's time series is not its to read.
  r = call(app, w, "p2", Verb::get, "/api/benchmark/services/" + std::to_string(w.services.at("S1")) + "/scores");
  EXPECT_EQ(r.status, 404u);
}

TEST_P(BenchmarkResultsTest, FullMemberSeesNamesButNotSmallGroupsAndStrangersSeeNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  auto c = call_json(app, w, "p3", Verb::get, comparison_path(w));
  EXPECT_EQ(c.at("audience").as_string(), "full_member");
  const auto* big = find_group(c, "occupancy", "kind=13;form=pob");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->at("scores").as_array().size(), 5u);
  bool named = false;
  for (const auto& sc : big->at("scores").as_array())
    named = named || sc.at("service").at("name").as_string() == "Služba S1";
  EXPECT_TRUE(named);
  const auto* small = find_group(c, "occupancy", "kind=14;form=pob");
  ASSERT_NE(small, nullptr);
  EXPECT_TRUE(small->at("suppressed").as_bool());
  EXPECT_TRUE(small->at("scores").as_array().empty());  // P3 has no service of kind 14
  EXPECT_EQ(call(app, w, "cizi", Verb::get, comparison_path(w)).status, 404u);
  EXPECT_EQ(
      call(app, w, "cizi", Verb::get, "/api/benchmark/services/" + std::to_string(w.services.at("S1")) + "/scores")
          .status,
      404u);
  EXPECT_EQ(call(app, w, "cizi", Verb::get, "/api/benchmark/rounds/" + std::to_string(w.round) + "/export.csv").status,
            404u);
}

TEST_P(BenchmarkResultsTest, OnTheFlyPeerGroupingAndFilters) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  auto c = call_json(app, w, "kraj", Verb::get, comparison_path(w), {{"peer", "kind"}, {"indicator", "occupancy"}});
  EXPECT_FALSE(c.at("precomputed").as_bool());
  ASSERT_EQ(c.at("indicators").as_array().size(), 1u);
  const auto* kind13 = find_group(c, "occupancy", "kind=13");
  ASSERT_NE(kind13, nullptr);
  EXPECT_EQ(kind13->at("n").as_int64(), 5);
  EXPECT_NEAR(kind13->at("sd").to_number<double>(), 4.183300132670378, 1e-12);
  // Territory 5209: S1 (100), S2 (95), S5 (95) → Q1 = 95 + 0.5·0 = 95, median 95, Q3 97.5.
  c = call_json(app, w, "kraj", Verb::get, comparison_path(w), {{"territory", "5209"}, {"indicator", "occupancy"}});
  const auto* local = find_group(c, "occupancy", "kind=13;form=pob");
  ASSERT_NE(local, nullptr);
  EXPECT_EQ(local->at("n").as_int64(), 3);
  EXPECT_DOUBLE_EQ(local->at("q3").to_number<double>(), 97.5);
  EXPECT_EQ(call(app, w, "kraj", Verb::get, comparison_path(w), {{"founder", "nobody"}}).status, 400u);
  EXPECT_EQ(call(app, w, "kraj", Verb::get, comparison_path(w), {{"indicator", "nope"}}).status, 400u);
}

// An optional number as exact text ("-" for none), for comparing stored rows.
std::string text(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", *v);
  return buf;
}

TEST_P(BenchmarkResultsTest, ResultsAreRefreshedAfterAValueChange) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  auto before = call_json(app, w, "kraj", Verb::get, comparison_path(w));
  EXPECT_DOUBLE_EQ(find_group(before, "cost_per_bed_day", "kind=13;form=pob")->at("median").to_number<double>(),
                   1550.0);
  // The data side changes values and recomputes in the same transaction.
  t.db().write([&](soci::session& s) {
    for (const auto& row : read_data("change.csv"))
      set_value(s, w.round, w.services.at(row.at("service")), row.at("item"), std::stod(row.at("value")));
    results::recompute_round(s, w.round);
  });
  auto after = call_json(app, w, "kraj", Verb::get, comparison_path(w));
  for (const auto& e : read_data("expected_stats_after_change.csv")) {
    const auto* g = find_group(after, e.at("indicator"), e.at("peer_key"));
    ASSERT_NE(g, nullptr);
    const std::string what = e.at("indicator") + " " + e.at("peer_key");
    EXPECT_EQ(g->at("n").as_int64(), std::stoll(e.at("n"))) << what;
    for (const char* col : {"min", "q1", "median", "q3", "max", "mean", "sd"})
      expect_close(opt(g->at(col)), number(e.at(col)), what + " " + col);
  }
  // The implausible bed-days of S3 are caught by the rule and not used.
  for (const auto& sc : find_group(after, "occupancy", "kind=13;form=pob")->at("scores").as_array())
    if (sc.at("service").at("name").as_string() == "Služba S3") {
      EXPECT_TRUE(sc.at("value").is_null());
      EXPECT_EQ(sc.at("missing_reason").as_string(), "implausible: rule occupancy_max");
    }
  // Only the rows that changed were written: the round's rows are those of a recomputation from nothing.
  const auto stored = [&] {
    return t.db().read([&](soci::session& s) {
      std::vector<std::string> out;
      for (const auto& r : results::scores_of_round(s, w.round))
        out.push_back(std::to_string(r.indicator_id) + " " + std::to_string(r.service_id) + " " + r.peer_key + " " +
                      r.missing_reason + " " + text(r.value) + " " + text(r.percent_rank) + " " + text(r.z_score) +
                      " " + text(r.reserve_median) + " " + text(r.reserve_best));
      for (const auto& r : results::stats_of_round(s, w.round))
        out.push_back(std::to_string(r.indicator_id) + " " + r.peer_key + " " + std::to_string(r.n) + " " +
                      text(r.min) + " " + text(r.median) + " " + text(r.mean) + " " + text(r.sd));
      std::sort(out.begin(), out.end());
      return out;
    });
  };
  const auto changed_only = stored();
  t.db().write([&](soci::session& s) {
    s << "DELETE FROM bm_scores WHERE round_id = :r", soci::use(w.round);
    s << "DELETE FROM bm_stats WHERE round_id = :r", soci::use(w.round);
    results::recompute_round(s, w.round);
  });
  EXPECT_GT(changed_only.size(), 10u);
  EXPECT_EQ(stored(), changed_only);
}

TEST_P(BenchmarkResultsTest, ServiceTimeSeriesAndReports) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  World w = make_world(t.db());
  // A second, earlier round with the same methodology.
  long long earlier = 0;
  t.db().write([&](soci::session& s) {
    long long now = 900;
    s << "INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, created_at) VALUES "
         "(:g, :m, 'Rok 2023', 2023, 'full', :t) RETURNING id",
        soci::use(w.group), soci::use(w.methodology), soci::use(now), soci::into(earlier);
    for (const auto& row : read_data("values.csv"))
      set_value(s, earlier, w.services.at(row.at("service")), row.at("item"), std::stod(row.at("value")) * 0.9);
    results::recompute_round(s, earlier);
  });
  http::App app(t.db(), {});
  const std::string s1 = std::to_string(w.services.at("S1"));
  auto scores = call_json(app, w, "p1", Verb::get, "/api/benchmark/services/" + s1 + "/scores");
  ASSERT_EQ(scores.at("groups").as_array().size(), 1u);
  const auto& indicators = scores.at("groups").as_array()[0].at("indicators").as_array();
  ASSERT_EQ(indicators.size(), 2u);
  const auto& cost = indicators[0];
  EXPECT_EQ(cost.at("code").as_string(), "cost_per_bed_day");
  ASSERT_EQ(cost.at("points").as_array().size(), 2u);
  EXPECT_EQ(cost.at("points").as_array()[0].at("period_year").as_int64(), 2023);
  EXPECT_DOUBLE_EQ(cost.at("points").as_array()[1].at("peer_median").to_number<double>(), 1550.0);
  EXPECT_DOUBLE_EQ(cost.at("points").as_array()[1].at("reserve_best").to_number<double>(), 25.0);

  auto report =
      call(app, w, "p1", Verb::get, "/api/benchmark/rounds/" + std::to_string(w.round) + "/services/" + s1 + "/report");
  EXPECT_EQ(report.status, 200u);
  EXPECT_EQ(report.content_type, "text/html; charset=utf-8");
  EXPECT_NE(report.body.find("<svg"), std::string::npos);
  EXPECT_NE(report.body.find("Rezervy"), std::string::npos);
  EXPECT_NE(report.body.find("@media print"), std::string::npos);
  // Dates in Czech (d. m. yyyy), never ISO.
  const auto made = report.body.find("Vytvořeno ");
  ASSERT_NE(made, std::string::npos);
  EXPECT_TRUE(std::regex_search(report.body.substr(made, 40), std::regex(R"(^Vytvořeno \d{1,2}\. \d{1,2}\. \d{4})")))
      << report.body.substr(made, 40);
  auto group = call(app, w, "p2", Verb::get, "/api/benchmark/groups/" + std::to_string(w.group) + "/report");
  EXPECT_EQ(group.status, 200u);
  EXPECT_EQ(group.body.find("Služba S1<"), std::string::npos);  // anonymised for the data-only member
  EXPECT_NE(group.body.find("potlačeno"), std::string::npos);
  // A data-only member may not print another service's report.
  EXPECT_EQ(
      call(app, w, "p2", Verb::get, "/api/benchmark/rounds/" + std::to_string(w.round) + "/services/" + s1 + "/report")
          .status,
      404u);
}

TEST_P(BenchmarkResultsTest, ExportsCarryCzechHeadersAndTheReadersView) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  const std::string base = "/api/benchmark/rounds/" + std::to_string(w.round);
  auto xlsx = call(app, w, "kraj", Verb::get, base + "/export.xlsx");
  EXPECT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_GT(xlsx.body.size(), 1000u);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  bool attachment = false;
  for (const auto& [k, v] : xlsx.headers)
    attachment = attachment || (k == "Content-Disposition" && v.find("attachment") == 0);
  EXPECT_TRUE(attachment);
  auto csv = call(app, w, "p2", Verb::get, base + "/export.csv", {{"delimiter", "semicolon"}});
  EXPECT_EQ(csv.status, 200u);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("Medián"), std::string::npos);
  EXPECT_NE(csv.body.find("potlačeno: méně než 3 služby"), std::string::npos);
  EXPECT_EQ(csv.body.find("Služba S1;"), std::string::npos);
  EXPECT_NE(csv.body.find("1550"), std::string::npos);  // the kind-13 median, with a decimal comma if any
  // S5 has no costs: the note names the item, not its code.
  auto region_csv = call(app, w, "kraj", Verb::get, base + "/export.csv", {{"delimiter", "semicolon"}});
  EXPECT_NE(region_csv.body.find("chybí údaj: Náklady"), std::string::npos);
  EXPECT_EQ(region_csv.body.find("chybí údaj: costs"), std::string::npos);
  auto json = call_json(app, w, "kraj", Verb::get, base + "/comparison");
  bool named = false;
  for (const auto& ind : json.at("indicators").as_array())
    for (const auto& g : ind.at("groups").as_array())
      for (const auto& sc : g.at("scores").as_array())
        if (sc.at("missing_reason").as_string() == "missing: costs") {
          EXPECT_EQ(sc.at("missing_reason_text").as_string(), "chybí údaj: Náklady");
          named = true;
        }
  EXPECT_TRUE(named);
}

TEST(ReportFormatting, OneRoundingRuleAndCzechDates) {
  // The screen rounds half away from zero (web/src/lib/format.ts); printf alone would print 12 %.
  EXPECT_EQ(exports::percent_text(0.125), "13 %");
  EXPECT_EQ(exports::percent_text(0.124), "12 %");
  EXPECT_EQ(exports::format_cs(2.125), "2,13");
  EXPECT_EQ(exports::format_cs(-12.5), "−12,50");
  EXPECT_EQ(exports::percent_text(std::nullopt), "–");
}

TEST(ReportFormatting, ReasonsNameTheMethodologysVariables) {
  const exports::VariableNames names = {{"bed_days", "Lůžkodny"}, {"costs_total", "Celkové náklady"}};
  EXPECT_EQ(exports::reason_cs("missing: bed_days, costs_total", names), "chybí údaj: Lůžkodny, Celkové náklady");
  EXPECT_EQ(exports::reason_cs("invalid: bed_days", names), "hodnota nevhodná pro DEA: Lůžkodny");
  EXPECT_EQ(exports::reason_cs("implausible: costs_total", names), "nevěrohodná hodnota údaje Celkové náklady");
  EXPECT_EQ(exports::reason_cs("implausible: rule occupancy_max", names),
            "nevěrohodná hodnota (pravidlo occupancy_max)");
  EXPECT_EQ(exports::reason_cs("missing: other", names), "chybí údaj: other");  // not in the methodology
  EXPECT_EQ(exports::reason_cs("missing: division by zero", names), "nelze vypočítat: jmenovatel je nulový");
}

TEST_P(BenchmarkResultsTest, GoodPracticeIsWrittenLinkedAndSearched) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  json::object body{{"title", "Sdílené úvazky nočních služeb"},
                    {"summary", "Jak snížit náklady na lůžkoden"},
                    {"body", "Dva domovy sdílejí noční směny zdravotních sester."},
                    {"kinds", json::array{"13"}},
                    {"links", json::array{json::object{{"service_id", w.services.at("S3")},
                                                       {"indicator_id", w.indicators.at("cost_per_bed_day")},
                                                       {"round_id", w.round},
                                                       {"note", "nejnižší náklady ve skupině"}}}}};
  auto created = call_json(app, w, "p2", Verb::post, "/api/benchmark/good-practices", {}, json::serialize(body), 201);
  const long long id = created.at("id").as_int64();
  EXPECT_EQ(created.at("author_org_id").as_int64(), w.providers.at("P2"));
  ASSERT_EQ(created.at("links").as_array().size(), 1u);
  EXPECT_DOUBLE_EQ(created.at("links").as_array()[0].at("value").to_number<double>(), 1400.0);
  EXPECT_EQ(created.at("links").as_array()[0].at("indicator_code").as_string(), "cost_per_bed_day");
  // The round's comparison is offered as a link only to those who may open it (issue 9, item 18).
  EXPECT_TRUE(created.at("links").as_array()[0].at("round_readable").as_bool());
  auto seen_by_outsider = call_json(app, w, "cizi", Verb::get, "/api/benchmark/good-practices/" + std::to_string(id));
  EXPECT_FALSE(seen_by_outsider.at("links").as_array()[0].at("round_readable").as_bool());
  EXPECT_EQ(call(app, w, "cizi", Verb::get, "/api/benchmark/rounds/" + std::to_string(w.round)).status, 404u);
  // A provider cannot link another provider's service.
  json::object foreign{{"title", "Cizí"}, {"links", json::array{json::object{{"service_id", w.services.at("S1")}}}}};
  EXPECT_EQ(call(app, w, "p2", Verb::post, "/api/benchmark/good-practices", {}, json::serialize(foreign)).status, 400u);

  auto total = [&](std::vector<std::pair<std::string, std::string>> q) {
    return call_json(app, w, "cizi", Verb::get, "/api/benchmark/good-practices", std::move(q)).at("total").as_int64();
  };
  EXPECT_EQ(total({}), 1);
  EXPECT_EQ(total({{"kind", "13"}}), 1);
  EXPECT_EQ(total({{"kind", "14"}}), 0);
  EXPECT_EQ(total({{"indicator", "cost_per_bed_day"}}), 1);
  EXPECT_EQ(total({{"indicator", "occupancy"}}), 0);
  EXPECT_EQ(total({{"q", "NOCNI smeny"}}), 1);  // case and diacritics ignored, every word must occur
  EXPECT_EQ(total({{"q", "noční bazén"}}), 0);
  // % and _ are searched for as themselves, not as wildcards (issue 9, item 10e).
  EXPECT_EQ(total({{"q", "%"}}), 0);
  EXPECT_EQ(total({{"q", "_"}}), 0);
  EXPECT_EQ(total({{"q", "no_n"}}), 0);
  EXPECT_EQ(total({{"q", "sd%"}}), 0);
  json::object percent{{"title", "Obsazenost 100% a plán_směn"}};
  call_json(app, w, "p2", Verb::post, "/api/benchmark/good-practices", {}, json::serialize(percent), 201);
  EXPECT_EQ(total({{"q", "100%"}}), 1);
  EXPECT_EQ(total({{"q", "plan_smen"}}), 1);
  EXPECT_EQ(total({{"q", "%"}}), 1);
  EXPECT_EQ(total({{"q", "_"}}), 1);
  EXPECT_EQ(total({}), 2);
  EXPECT_EQ(call(app, w, "cizi", Verb::get, "/api/benchmark/good-practices", {{"kind", "99"}}).status, 400u);

  const std::string path = "/api/benchmark/good-practices/" + std::to_string(id);
  EXPECT_EQ(call(app, w, "p1", Verb::patch, path, {}, R"({"title":"Převzato"})").status, 403u);
  auto edited = call_json(app, w, "kraj", Verb::patch, path, {}, R"({"summary":"Upraveno krajem"})");
  EXPECT_EQ(edited.at("summary").as_string(), "Upraveno krajem");
  EXPECT_EQ(edited.at("title").as_string(), "Sdílené úvazky nočních služeb");
  EXPECT_EQ(call(app, w, "p2", Verb::delete_, path).status, 204u);
  EXPECT_EQ(call(app, w, "p2", Verb::get, path).status, 404u);
}

TEST_P(BenchmarkResultsTest, DeaRunIsStoredWithTheCoresScores) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  const std::string body = R"({"model":"bcc","orientation":"input","inputs":["costs","beds"],"outputs":["bed_days"]})";
  const std::string path = "/api/benchmark/rounds/" + std::to_string(w.round) + "/dea";
  EXPECT_EQ(call(app, w, "p1", Verb::post, path, {}, body).status, 403u);  // benchmark.manage, but not region staff
  EXPECT_EQ(call(app, w, "kraj", Verb::post, path, {},
                 R"({"model":"xyz","orientation":"input","inputs":["costs"],"outputs":["beds"]})")
                .status,
            400u);
  EXPECT_EQ(call(app, w, "kraj", Verb::post, path, {},
                 R"({"model":"ccr","orientation":"input","inputs":["nope"],"outputs":["beds"]})")
                .status,
            400u);
  // A small round is computed within the request: the job answers done, with its run.
  auto job = call_json(app, w, "kraj", Verb::post, path, {}, body, 202);
  EXPECT_EQ(job.at("state").as_string(), "done");
  EXPECT_EQ(job.at("done").as_int64(), job.at("total").as_int64());
  const long long run_id = job.at("run_id").as_int64();
  auto again = call_json(app, w, "p1", Verb::get, "/api/benchmark/dea-jobs/" + std::to_string(job.at("id").as_int64()));
  EXPECT_EQ(again.at("run_id").as_int64(), run_id);
  EXPECT_EQ(
      call(app, w, "cizi", Verb::get, "/api/benchmark/dea-jobs/" + std::to_string(job.at("id").as_int64())).status,
      404u);

  // The same DEA by the core on the same data: every service but S5 (no costs).
  benchmark::DeaData data;
  data.input_names = {"costs", "beds"};
  data.output_names = {"bed_days"};
  std::map<std::string, std::map<std::string, double>> values;
  for (const auto& row : read_data("values.csv"))
    values[row.at("service")][row.at("item")] = std::stod(row.at("value"));
  std::vector<long long> ids;
  for (const auto& [key, v] : values) {
    if (!v.count("costs")) continue;
    ids.push_back(w.services.at(key));
  }
  std::sort(ids.begin(), ids.end());
  for (long long id : ids) {
    const auto& v = values[w.service_keys.at(id)];
    data.dmu_names.push_back(std::to_string(id));
    data.inputs.push_back(v.at("costs"));
    data.inputs.push_back(v.at("beds"));
    data.outputs.push_back(v.at("bed_days"));
  }
  benchmark::DeaOptions options;
  options.returns_to_scale = benchmark::ReturnsToScale::kVariable;
  const auto core = std::get<benchmark::DeaResult>(benchmark::run_dea(data, options));
  const auto stored = t.db().read([&](soci::session& s) { return results::dea_results(s, run_id); });
  ASSERT_EQ(stored.size(), ids.size() + 1);
  for (const auto& r : stored) {
    auto it = std::find(ids.begin(), ids.end(), r.service_id);
    if (it == ids.end()) {
      EXPECT_EQ(r.service_id, w.services.at("S5"));
      EXPECT_EQ(r.status, "missing: costs");
      EXPECT_FALSE(r.efficiency);
      continue;
    }
    const auto& e = core.dmus[static_cast<std::size_t>(it - ids.begin())];
    ASSERT_TRUE(r.efficiency);
    EXPECT_NEAR(*r.efficiency, e.efficiency, 1e-12);
    // The reference set without the service itself: an efficient service is not its own peer.
    const auto index = static_cast<std::size_t>(it - ids.begin());
    EXPECT_EQ(r.peers.size(), benchmark::peers_of(index, e).size());
    for (const auto& [peer, lambda] : r.peers) EXPECT_NE(peer, r.service_id);
  }

  // Read back: the data-only member sees peers anonymised; the list and exports answer.
  auto as_p2 = call_json(app, w, "p2", Verb::get, "/api/benchmark/dea/" + std::to_string(run_id));
  for (const auto& r : as_p2.at("results").as_array()) {
    if (!r.at("service").at("own").as_bool()) {
      EXPECT_TRUE(r.at("service").at("service_id").is_null());
    }
    for (const auto& p : r.at("peers").as_array()) {
      if (!p.at("service").at("own").as_bool()) {
        EXPECT_TRUE(p.at("service").at("service_id").is_null());
      }
    }
  }
  auto list = call_json(app, w, "p1", Verb::get, path);
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_EQ(list.at("items").as_array()[0].at("scored_count").as_int64(), static_cast<long long>(ids.size()));
  auto csv = call(app, w, "kraj", Verb::get, "/api/benchmark/dea/" + std::to_string(run_id) + "/export.csv");
  EXPECT_EQ(csv.status, 200u);
  EXPECT_NE(csv.body.find("Efektivita"), std::string::npos);
  EXPECT_EQ(call(app, w, "cizi", Verb::get, "/api/benchmark/dea/" + std::to_string(run_id)).status, 404u);
}

// Every benchmarking row the demo writes, as text, in a fixed order.
std::string dump_benchmark(store::Database& db) {
  std::string out;
  db.read([&](soci::session& s) {
    for (const char* table :
         {"bm_groups", "bm_group_members", "bm_meetings", "bm_meeting_attendance", "bm_methodologies", "bm_items",
          "bm_indicators", "bm_rules", "bm_rounds", "bm_submissions", "bm_values", "bm_stats", "bm_scores",
          "bm_good_practices", "bm_good_practice_links", "bm_dea_runs", "bm_dea_results"}) {
      out += std::string("== ") + table + "\n";
      std::vector<std::string> lines;
      soci::rowset<soci::row> rows = s.prepare << std::string("SELECT * FROM ") + table;
      for (const auto& r : rows) {
        std::string line;
        for (std::size_t i = 0; i < r.size(); ++i) {
          std::string cell = store::as_str(r, i);
          // Doubles print with 6 digits through as_str; keep full precision.
          if (r.get_indicator(i) != soci::i_null && r.get_properties(i).get_data_type() == soci::dt_double)
            cell = std::to_string(r.get<double>(i)) + "/" + std::to_string(std::llround(r.get<double>(i) * 1e6));
          line += cell + "|";
        }
        lines.push_back(line);
      }
      std::sort(lines.begin(), lines.end());
      for (const auto& l : lines) out += l + "\n";
    }
  });
  return out;
}

long long count_of(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

TEST_P(BenchmarkResultsTest, DemoHasGroupsRoundsPracticesAndDeaAndIsIdempotent) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const auto region = demo::build_demo_region();
  auto write = [&] {
    demo::DemoContext ctx;
    auto sum = t.db().write([&](soci::session& s) {
      ctx = demo::write_demo_region(s, region, 1767225600);
      return demo::write_benchmark_demo(s, region, ctx);
    });
    sum.dea_runs = demo::write_benchmark_dea(t.db(), ctx, sum);
    return sum;
  };
  const auto first = write();
  const std::string before = dump_benchmark(t.db());
  const auto second = write();
  EXPECT_EQ(dump_benchmark(t.db()), before);
  EXPECT_EQ(first.text(), second.text());

  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_groups"), 3);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(DISTINCT participation) FROM bm_group_members"), 2);
  EXPECT_GE(count_of(t.db(), "SELECT COUNT(*) FROM bm_meetings WHERE minutes <> ''"), 4);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_methodologies WHERE status = 'published'"), 3);
  EXPECT_GE(count_of(t.db(), "SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM bm_items GROUP BY methodology_id) x"), 15);
  EXPECT_GE(count_of(t.db(), "SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM bm_indicators GROUP BY methodology_id) x"),
            12);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_rules WHERE code = 'occupancy_max'"), 1);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_rounds WHERE kind = 'pilot' AND period_year = 2021"), 2);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(DISTINCT period_year) FROM bm_rounds WHERE kind = 'full'"), 4);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_rounds WHERE status = 'open'"), 1);
  // Results computed for every round, with missing values and implausible ones caught by validation.
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(DISTINCT round_id) FROM bm_stats"), 11);
  EXPECT_GT(count_of(t.db(), "SELECT COUNT(*) FROM bm_scores WHERE missing_reason LIKE 'missing:%'"), 0);
  EXPECT_GT(count_of(t.db(), "SELECT COUNT(*) FROM bm_scores WHERE missing_reason LIKE 'implausible: rule%'"), 0);
  EXPECT_GT(count_of(t.db(), "SELECT COUNT(*) FROM bm_scores WHERE missing_reason = 'implausible: costs_total'"), 0);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_good_practices"), 3);
  EXPECT_EQ(count_of(t.db(),
                     "SELECT COUNT(DISTINCT practice_id) FROM bm_good_practice_links WHERE service_id IS NOT NULL "
                     "AND indicator_id IS NOT NULL AND round_id IS NOT NULL"),
            3);
  EXPECT_EQ(count_of(t.db(), "SELECT COUNT(*) FROM bm_dea_runs"), 1);
  EXPECT_GT(count_of(t.db(), "SELECT COUNT(*) FROM bm_dea_results WHERE efficiency IS NOT NULL"), 15);
  EXPECT_GT(count_of(t.db(), "SELECT COUNT(*) FROM bm_dea_results WHERE efficiency > 0.999999"), 0);
}

TEST(BenchmarkExport, CzechNumbersReasonsAndClassifications) {
  EXPECT_EQ(exports::format_cs(1234567.4), "1\u202F234\u202F567");
  EXPECT_EQ(exports::format_cs(95.54), "95,54");
  EXPECT_EQ(exports::format_cs(123.44), "123,4");
  EXPECT_EQ(exports::format_cs(0.3914), "0,391");
  EXPECT_EQ(exports::format_cs(-2.5), "−2,50");
  EXPECT_EQ(exports::format_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(exports::format_number(1550.5, true), "1550,5");
  EXPECT_EQ(exports::reason_cs("missing: costs"), "chybí údaj: costs");
  EXPECT_EQ(exports::reason_cs("implausible: rule occupancy_max"), "nevěrohodná hodnota (pravidlo occupancy_max)");
  EXPECT_EQ(exports::reason_cs("missing: division by zero"), "nelze vypočítat: jmenovatel je nulový");
  EXPECT_EQ(exports::founder_type("331", "Královéhradecký kraj"), "region");
  EXPECT_EQ(exports::founder_type("331", "Město Trutnov"), "municipality");
  EXPECT_EQ(exports::founder_type("722", ""), "church");
  EXPECT_EQ(exports::founder_type("112", ""), "business");
  EXPECT_EQ(exports::size_band(30), "small");
  EXPECT_EQ(exports::size_band(101), "xlarge");
  EXPECT_EQ(exports::html_escape("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  const auto svg = exports::box_plot_svg(1, 2, 3, 4, 5, {4.5});
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("<circle"), std::string::npos);
  // Labels run A … Z, AA, AB …; the same service keeps its label, whatever else is in the set.
  results::RoundInfo round;
  round.id = 7;
  std::set<long long> ids;
  for (long long i = 1; i <= 30; ++i) ids.insert(i);
  const auto labels = exports::anonymous_labels(round, ids);
  std::set<std::string> distinct;
  for (const auto& [id, label] : labels) distinct.insert(label);
  EXPECT_EQ(distinct.size(), 30u);
  EXPECT_TRUE(distinct.count("Služba A") && distinct.count("Služba Z") && distinct.count("Služba AD"));
  EXPECT_EQ(exports::anonymous_labels(round, ids), labels);
  // The table writers: a CSV with a byte-order mark and Czech decimal commas, and an .xlsx (a zip).
  exports::Sheet sheet;
  sheet.name = "Srovnání";
  sheet.header = {"Služba", "Hodnota"};
  sheet.rows = {{exports::Cell(std::string("Domov; \"U Lip\"")), exports::Cell(2.5)},
                {exports::Cell(), exports::Cell(3LL)}};
  EXPECT_EQ(exports::to_csv(sheet, ';'), "\xEF\xBB\xBFSlužba;Hodnota\r\n\"Domov; \"\"U Lip\"\"\";2,5\r\n;3\r\n");
  EXPECT_EQ(exports::to_xlsx({sheet}).substr(0, 2), "PK");
}

// The results' use cases without HTTP (benchmark/app/results): the comparison is rendered once per data
// version and reader's view and then taken from the cache; strangers and unknown codes are refused before
// anything is rendered; the exports and reports name their files and the fields they refuse.
TEST_P(BenchmarkResultsTest, ResultUseCasesRenderOnceAndRefuseStrangers) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const World w = make_world(t.db());
  http::App app(t.db(), {});
  namespace bm = benchmark::app;
  const auto system = accounts::system_caller();
  accounts::Caller stranger;
  stranger.principal.user_id = 99;

  std::map<std::string, std::pair<long long, std::string>> kept;
  int renders = 0;
  const bm::AnswerCache cache{[&](const std::string& key, long long version) -> std::optional<std::string> {
                                auto it = kept.find(key);
                                if (it == kept.end() || it->second.first != version) return std::nullopt;
                                return it->second.second;
                              },
                              [&](const std::string& key, long long version, const std::string& text) {
                                kept[key] = {version, text};
                              }};
  const bm::ComparisonRenderer render = [&](const exports::ComparisonView& v, long long group_id) {
    ++renders;
    return std::to_string(group_id) + ":" + std::to_string(v.indicators.size()) + ":" + v.filter.peer;
  };
  const auto& catalogues = app.catalogues();
  auto first = bm::rendered_comparison(t.db(), system, w.round, {}, catalogues, 1, cache, render);
  ASSERT_TRUE(first);
  EXPECT_EQ(*first, std::to_string(w.group) + ":2:kind_form");
  auto again = bm::rendered_comparison(t.db(), system, w.round, {}, catalogues, 1, cache, render);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *first);
  EXPECT_EQ(renders, 1);
  EXPECT_EQ(kept.size(), 1u);
  // Another query, or another registry version, is another answer.
  bm::ComparisonQuery by_kind;
  by_kind.peer = "kind";
  auto kind = bm::rendered_comparison(t.db(), system, w.round, by_kind, catalogues, 1, cache, render);
  ASSERT_TRUE(kind);
  EXPECT_EQ(*kind, std::to_string(w.group) + ":2:kind");
  ASSERT_TRUE(bm::rendered_comparison(t.db(), system, w.round, {}, catalogues, 2, cache, render));
  EXPECT_EQ(renders, 3);
  // Strangers and unknown codes: refused, nothing rendered.
  auto hidden = bm::rendered_comparison(t.db(), stranger, w.round, {}, catalogues, 1, cache, render);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().code, ErrorCode::not_found);
  bm::ComparisonQuery bad_territory;
  bad_territory.territory = "9999";
  auto territory = bm::rendered_comparison(t.db(), system, w.round, bad_territory, catalogues, 1, cache, render);
  ASSERT_FALSE(territory);
  EXPECT_EQ(territory.error().field, "territory");
  bm::ComparisonQuery bad_indicator;
  bad_indicator.indicator = "no_such_indicator";
  auto indicator = bm::rendered_comparison(t.db(), system, w.round, bad_indicator, catalogues, 1, cache, render);
  ASSERT_FALSE(indicator);
  EXPECT_EQ(indicator.error().field, "indicator");
  bm::ComparisonQuery one_indicator;
  one_indicator.indicator = "occupancy";
  auto occupancy = bm::rendered_comparison(t.db(), system, w.round, one_indicator, catalogues, 1, cache, render);
  ASSERT_TRUE(occupancy);
  EXPECT_EQ(*occupancy, std::to_string(w.group) + ":1:kind_form");
  EXPECT_EQ(renders, 4);

  // A service over time: the region sees it in its group; a stranger gets not_found.
  const long long s1 = w.services.at("S1");
  auto scores = bm::service_scores(t.db(), system, s1, std::nullopt);
  ASSERT_TRUE(scores);
  ASSERT_EQ(scores->groups.size(), 1u);
  EXPECT_EQ(scores->groups[0].group.id, w.group);
  EXPECT_EQ(scores->groups[0].audience, benchmark::Audience::region);
  EXPECT_EQ(scores->groups[0].trends.indicators.size(), 2u);
  auto other_group = bm::service_scores(t.db(), system, s1, w.group + 1000);
  ASSERT_TRUE(other_group);  // the administrator reads the service in the registry: no groups, no error
  EXPECT_TRUE(other_group->groups.empty());
  auto strange = bm::service_scores(t.db(), stranger, s1, std::nullopt);
  ASSERT_FALSE(strange);
  EXPECT_EQ(strange.error().code, ErrorCode::not_found);

  // Exports name their files; reports refuse a round of another group by its field.
  auto csv = bm::round_export(t.db(), system, w.round, {}, catalogues, bm::TableFormat::csv, ';');
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->file_name, "benchmarking-kolo-" + std::to_string(w.round) + ".csv");
  EXPECT_EQ(csv->content_type, exports::kCsvContentType);
  EXPECT_EQ(csv->body.substr(0, 3), "\xEF\xBB\xBF");
  auto xlsx = bm::round_export(t.db(), system, w.round, {}, catalogues, bm::TableFormat::xlsx, ',');
  ASSERT_TRUE(xlsx);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");
  EXPECT_FALSE(bm::round_export(t.db(), stranger, w.round, {}, catalogues, bm::TableFormat::csv, ','));
  auto wrong_round = bm::group_report(t.db(), system, w.group, w.round + 1000, catalogues);
  ASSERT_FALSE(wrong_round);
  EXPECT_EQ(wrong_round.error().field, "round");
  auto report = bm::group_report(t.db(), system, w.group, std::nullopt, catalogues);
  ASSERT_TRUE(report);
  EXPECT_NE(report->find("<html"), std::string::npos);
  EXPECT_FALSE(bm::group_report(t.db(), stranger, w.group, std::nullopt, catalogues));
  EXPECT_FALSE(bm::service_report(t.db(), stranger, w.round, s1, catalogues));
  auto runs = bm::dea_runs(t.db(), system, w.round);
  ASSERT_TRUE(runs);
  EXPECT_TRUE(runs->empty());
  EXPECT_FALSE(bm::dea_runs(t.db(), stranger, w.round));
  EXPECT_FALSE(bm::dea_run_view(t.db(), system, 987654));
  EXPECT_FALSE(bm::dea_export(t.db(), system, 987654, bm::TableFormat::csv, ','));
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchmarkResultsTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
