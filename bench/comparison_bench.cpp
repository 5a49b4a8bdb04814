// Kvalis's side of bench/benchmark_bench.sh: generates the national-scale data set, and times the
// benchmarking comparison (core/benchmark/statistics.hpp, compute_batches) and DEA (core/benchmark/dea.hpp)
// on it. Only the computation is timed; reading the CSV and writing the results for the cross-check with
// the peers are not. Each command prints one line "key=value ..." that the script parses.
//
//   kvalis_comparison_bench generate DIR [--services 7000 --indicators 40 --rounds 10 --missing 0.05]
//   kvalis_comparison_bench compare DIR [--threads 2 --repeat 7]   → DIR/kvalis_stats.csv, DIR/kvalis_scores.csv
//   kvalis_comparison_bench dea DIR --model ccr|bcc [--threads 1 --slacks 0|1]  → DIR/kvalis_dea_<model>.csv
//   kvalis_comparison_bench load-db DIR --db URI [--round 1]
//       one round of the data set into a migrated Kvalis database (SQLite file or postgresql:// URI) as a real
//       round: a region, providers, their services (kind and form of the peer group), a group with a methodology
//       of one item and one indicator per generated indicator (value = item), the round and its values; written
//       in one transaction with multi-row INSERTs (platform/store/bulk_insert). Prints the new round's id, for
//       `kvalis benchmark compute --round ID` (timed end to end by bench/benchmark_bench.sh against
//       `compare DIR --round R`, the kernel alone on the same values).
#include <sys/resource.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/dea.hpp"
#include "benchmark/core/statistics.hpp"
#include "platform/store/bulk_insert.hpp"
#include "platform/store/database.hpp"

namespace bm = kvalis::benchmark;

namespace {

long max_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string arg(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 3; i + 1 < argc; ++i)
    if (argv[i] == "--" + name) return argv[i + 1];
  return fallback;
}

// Deterministic pseudo-random numbers (splitmix64), identical on every machine.
class Random {
 public:
  explicit Random(unsigned long long seed) : s_(seed) {}
  unsigned long long next() {
    unsigned long long z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  double normal() {  // Box–Muller
    const double u = std::max(uniform(), 1e-300), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

 private:
  unsigned long long s_;
};

std::string num(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

// ---- generate -----------------------------------------------------------------------------------------

struct Kind {
  int code;
  std::vector<const char*> forms;
  int weight;  // relative number of services (home care and counselling are the most common kinds)
};

// The 34 kinds of the registry (catalogues/service_kinds.csv) with their forms.
const std::vector<Kind>& kinds() {
  static const std::vector<Kind> k = {
      {1, {"amb", "ter"}, 9},
      {3, {"ter"}, 4},
      {4, {"ter", "amb"}, 12},
      {5, {"ter"}, 1},
      {6, {"ter", "amb"}, 1},
      {7, {"ter"}, 2},
      {8, {"ter", "amb", "pob"}, 5},
      {9, {"amb"}, 1},
      {10, {"amb"}, 4},
      {11, {"pob"}, 1},
      {12, {"pob"}, 4},
      {13, {"pob"}, 7},
      {14, {"pob"}, 6},
      {15, {"pob"}, 3},
      {16, {"pob"}, 2},
      {17, {"ter", "amb"}, 1},
      {18, {"ter"}, 1},
      {19, {"ter", "amb"}, 1},
      {20, {"pob"}, 3},
      {21, {"pob"}, 1},
      {22, {"amb", "ter"}, 1},
      {23, {"ter", "amb", "pob"}, 1},
      {24, {"amb", "ter"}, 2},
      {25, {"amb", "ter"}, 4},
      {26, {"amb"}, 1},
      {27, {"amb", "pob"}, 1},
      {28, {"ter", "amb"}, 6},
      {29, {"amb", "ter"}, 3},
      {30, {"amb"}, 3},
      {31, {"pob"}, 1},
      {32, {"ter"}, 3},
      {33, {"ter", "amb", "pob"}, 5},
      {34, {"ter", "amb", "pob"}, 1},
      {35, {"amb"}, 1},
  };
  return k;
}

int generate(const std::string& dir, int services, int indicators, int rounds, double missing) {
  Random rng(20261124);
  int total_weight = 0;
  for (const auto& k : kinds()) total_weight += k.weight;
  std::vector<std::string> peer(services);
  std::vector<double> effect(services);
  for (int s = 0; s < services; ++s) {
    int pick = static_cast<int>(rng.uniform() * total_weight);
    const Kind* kind = &kinds().back();
    for (const auto& k : kinds()) {
      if (pick < k.weight) {
        kind = &k;
        break;
      }
      pick -= k.weight;
    }
    const char* form = kind->forms[static_cast<std::size_t>(rng.uniform() * kind->forms.size())];
    peer[s] = "k" + std::to_string(kind->code) + "_" + form;
    effect[s] = rng.normal();
  }
  std::ofstream ind(dir + "/indicators.csv");
  ind << "indicator,direction\n";
  std::vector<double> base(indicators), spread(indicators);
  for (int i = 0; i < indicators; ++i) {
    ind << "i" << (i + 1) << "," << (rng.uniform() < 0.45 ? "lower" : "higher") << "\n";
    base[i] = std::exp(rng.uniform() * 10.0);  // from about 1 (ratios) to 22 000 (CZK per unit)
    spread[i] = 0.1 + 0.35 * rng.uniform();
  }
  std::ofstream out(dir + "/values.csv");
  out << "round,indicator,service,peer,value\n";
  long long rows = 0, empty = 0;
  std::string line;
  for (int r = 1; r <= rounds; ++r)
    for (int i = 0; i < indicators; ++i)
      for (int s = 0; s < services; ++s) {
        line = std::to_string(r) + ",i" + std::to_string(i + 1) + "," + std::to_string(s + 1) + "," + peer[s] + ",";
        if (rng.uniform() >= missing) {
          const double v = base[i] * std::exp(spread[i] * (0.7 * effect[s] + 0.5 * rng.normal()) + 0.02 * r);
          // Two decimals, as data are entered: ties occur, as they do in real rounds.
          line += num(std::round(v * 100.0) / 100.0);
        } else {
          ++empty;
        }
        out << line << "\n";
        ++rows;
      }
  // DEA: services turning costs, FTE and beds into bed-days, clients and a quality score, with inefficiency.
  std::ofstream dea(dir + "/dea.csv");
  dea << "dmu,in_costs,in_fte,in_beds,out_bed_days,out_clients,out_quality\n";
  for (int s = 0; s < services; ++s) {
    const double beds = 10 + 190 * rng.uniform();
    const double fte = beds * (0.4 + 0.4 * rng.uniform());
    const double costs = beds * 365 * (1500 + 1200 * rng.uniform());
    const double frontier = std::pow(costs / 1e6, 0.4) * std::pow(fte, 0.3) * std::pow(beds, 0.3);
    const double eff = std::exp(-std::fabs(0.25 * rng.normal()));
    dea << "s" << (s + 1) << "," << num(std::round(costs)) << "," << num(std::round(fte * 10) / 10) << ","
        << num(std::round(beds)) << "," << num(std::round(frontier * 900 * eff * (0.9 + 0.2 * rng.uniform()))) << ","
        << num(std::round(frontier * 3 * eff * (0.8 + 0.4 * rng.uniform()))) << ","
        << num(std::round(1000 * frontier * eff * (0.85 + 0.3 * rng.uniform())) / 1000) << "\n";
  }
  std::printf("rows=%lld missing=%lld services=%d indicators=%d rounds=%d\n", rows, empty, services, indicators,
              rounds);
  return 0;
}

// ---- compare ------------------------------------------------------------------------------------------

// Splits a line at commas into at most n fields (no quoting in the generated files).
int split(const std::string& line, std::string_view* fields, int n) {
  int k = 0;
  std::size_t start = 0;
  while (k < n) {
    const auto end = line.find(',', start);
    fields[k++] = std::string_view(line).substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return k;
}

int compare(const std::string& dir, unsigned threads, int repeat, const std::string& only_round) {
  std::map<std::string, bm::Direction> direction;
  {
    std::ifstream in(dir + "/indicators.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      const auto comma = line.find(',');
      direction[line.substr(0, comma)] =
          line.substr(comma + 1) == "lower" ? bm::Direction::kLowerIsBetter : bm::Direction::kHigherIsBetter;
    }
  }
  // One task per (round, indicator); observations keep the file's order.
  struct Task {
    std::string round, indicator;
    std::vector<bm::Observation> observations;
    bm::BatchResult result;
  };
  std::vector<Task> tasks;
  std::map<std::pair<std::string, std::string>, std::size_t> task_of;
  std::map<std::string, std::uint32_t> peer_of;
  std::vector<std::string> peers;
  {
    std::ifstream in(dir + "/values.csv");
    std::string line;
    std::getline(in, line);
    std::string_view f[5];
    while (std::getline(in, line)) {
      if (split(line, f, 5) < 5) continue;
      if (!only_round.empty() && f[0] != only_round) continue;
      auto key = std::make_pair(std::string(f[0]), std::string(f[1]));
      auto [it, inserted] = task_of.emplace(key, tasks.size());
      if (inserted) tasks.push_back({key.first, key.second, {}, {}});
      auto [p, new_peer] = peer_of.emplace(std::string(f[3]), static_cast<std::uint32_t>(peers.size()));
      if (new_peer) peers.emplace_back(f[3]);
      unsigned service = 0;
      std::from_chars(f[2].data(), f[2].data() + f[2].size(), service);
      double value = std::nan("");
      if (!f[4].empty()) std::from_chars(f[4].data(), f[4].data() + f[4].size(), value);
      tasks[it->second].observations.push_back({p->second, service, value});
    }
  }
  std::vector<bm::BatchTask> batch;
  for (auto& t : tasks) batch.push_back({t.observations, direction.at(t.indicator), &t.result});
  std::size_t observations = 0;
  for (const auto& t : tasks) observations += t.observations.size();

  std::vector<double> times;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    bm::compute_batches(batch, threads);
    times.push_back(seconds_since(t0));
  }
  std::sort(times.begin(), times.end());
  std::size_t groups = 0;
  for (const auto& t : tasks) groups += t.result.groups.size();

  // Results for the cross-check, sorted like the peers' (round, indicator, peer / service as numbers).
  std::sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) {
    const int ra = std::stoi(a.round), rb = std::stoi(b.round);
    const int ia = std::stoi(a.indicator.substr(1)), ib = std::stoi(b.indicator.substr(1));
    return ra != rb ? ra < rb : ia < ib;
  });
  std::ofstream stats(dir + "/kvalis_stats.csv");
  stats << "round,indicator,peer,n,min,q1,median,q3,max,mean,sd\n";
  std::ofstream scores(dir + "/kvalis_scores.csv");
  scores << "round,indicator,service,percent_rank,z,reserve_median,reserve_best\n";
  for (const auto& t : tasks) {
    std::vector<const bm::GroupStatistics*> gs;
    for (const auto& g : t.result.groups) gs.push_back(&g);
    std::sort(gs.begin(), gs.end(), [&](auto* a, auto* b) { return peers[a->group] < peers[b->group]; });
    for (const auto* g : gs) {
      const auto& s = g->summary;
      stats << t.round << "," << t.indicator << "," << peers[g->group] << "," << s.n << "," << num(s.min) << ","
            << num(s.q1) << "," << num(s.median) << "," << num(s.q3) << "," << num(s.max) << "," << num(s.mean) << ","
            << (s.sd ? num(*s.sd) : "") << "\n";
    }
    std::vector<const bm::ServiceScore*> ss;
    for (const auto& s : t.result.services)
      if (!s.missing) ss.push_back(&s);
    std::sort(ss.begin(), ss.end(), [](auto* a, auto* b) { return a->service < b->service; });
    for (const auto* s : ss)
      scores << t.round << "," << t.indicator << "," << s->service << "," << num(s->percent_rank) << ","
             << (s->z ? num(*s->z) : "") << "," << num(s->reserve.to_median) << "," << num(s->reserve.to_best_quartile)
             << "\n";
  }
  std::printf("time_s=%.6f time_median_s=%.6f tasks=%zu groups=%zu observations=%zu threads=%u max_rss_kb=%ld\n",
              times.front(), times[times.size() / 2], tasks.size(), groups, observations, threads, max_rss_kb());
  return 0;
}

// ---- dea ----------------------------------------------------------------------------------------------

int dea(const std::string& dir, const std::string& model, unsigned threads, bool slacks) {
  bm::DeaData data;
  {
    std::ifstream in(dir + "/dea.csv");
    std::string line;
    std::getline(in, line);
    data.input_names = {"costs", "fte", "beds"};
    data.output_names = {"bed_days", "clients", "quality"};
    std::string_view f[7];
    while (std::getline(in, line)) {
      if (split(line, f, 7) < 7) continue;
      data.dmu_names.emplace_back(f[0]);
      for (int k = 1; k < 7; ++k) {
        double v = 0;
        std::from_chars(f[k].data(), f[k].data() + f[k].size(), v);
        (k <= 3 ? data.inputs : data.outputs).push_back(v);
      }
    }
  }
  bm::DeaOptions options;
  options.returns_to_scale = model == "bcc" ? bm::ReturnsToScale::kVariable : bm::ReturnsToScale::kConstant;
  options.orientation = bm::Orientation::kInput;
  options.compute_slacks = slacks;
  options.threads = threads;
  const auto t0 = std::chrono::steady_clock::now();
  auto outcome = bm::run_dea(data, options);
  const double elapsed = seconds_since(t0);
  if (auto* e = std::get_if<bm::DeaError>(&outcome)) {
    std::cerr << e->message() << "\n";
    return 1;
  }
  const auto& result = std::get<bm::DeaResult>(outcome);
  std::ofstream out(dir + "/kvalis_dea_" + model + ".csv");
  out << "dmu,efficiency\n";
  std::size_t efficient = 0;
  for (std::size_t d = 0; d < result.dmus.size(); ++d) {
    out << data.dmu_names[d] << "," << num(result.dmus[d].efficiency) << "\n";
    efficient += result.dmus[d].efficiency > 1 - 1e-9 ? 1 : 0;
  }
  std::printf("time_s=%.6f dmus=%zu lps=%zu on_frontier=%zu threads=%u slacks=%d max_rss_kb=%ld\n", elapsed,
              result.dmus.size(), result.lp_count, efficient, threads, slacks ? 1 : 0, max_rss_kb());
  return 0;
}

// ---- load-db ------------------------------------------------------------------------------------------

// The next free id of a table (the loader writes ids itself, so rows can refer to each other in one batch).
long long next_id(soci::session& s, const std::string& table) {
  long long max = 0;
  soci::indicator null = soci::i_ok;
  s << "SELECT MAX(id) FROM " + table, soci::into(max, null);
  return null == soci::i_null ? 1 : max + 1;
}

int load_db(const std::string& dir, const std::string& uri, const std::string& round) {
  namespace store = kvalis::store;
  using store::ColumnType;
  if (uri.empty()) {
    std::cerr << "load-db: give --db with a migrated database\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> indicators;  // code, direction
  {
    std::ifstream in(dir + "/indicators.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      const auto comma = line.find(',');
      indicators.emplace_back(line.substr(0, comma), line.substr(comma + 1));
    }
  }
  struct Value {
    unsigned service;
    std::string item;
    std::string text;  // empty: missing
  };
  std::vector<Value> values;
  std::map<unsigned, std::string> peer_of;  // service → "k13_pob"
  {
    std::ifstream in(dir + "/values.csv");
    std::string line;
    std::getline(in, line);
    std::string_view f[5];
    while (std::getline(in, line)) {
      if (split(line, f, 5) < 5 || f[0] != round) continue;
      unsigned service = 0;
      std::from_chars(f[2].data(), f[2].data() + f[2].size(), service);
      peer_of.emplace(service, std::string(f[3]));
      values.push_back({service, std::string(f[1]), std::string(f[4])});
    }
  }
  if (values.empty()) {
    std::cerr << "load-db: no values of round " << round << " in " << dir << "/values.csv\n";
    return 1;
  }
  const auto t0 = std::chrono::steady_clock::now();
  store::Database db(uri, 1);
  const long long now = 1767225600;  // 2026-01-01
  long long first_service_id = 0;
  const long long round_id = db.write([&](soci::session& s) {
    const long long region = next_id(s, "organisations"), group = next_id(s, "bm_groups");
    const long long methodology = next_id(s, "bm_methodologies"), round_row = next_id(s, "bm_rounds");
    const long long first_service = next_id(s, "services"), first_item = next_id(s, "bm_items");
    first_service_id = first_service;
    const long long first_indicator = next_id(s, "bm_indicators");
    const long long providers = static_cast<long long>(peer_of.size() + 3) / 4;  // about 4 services a provider
    store::BulkInsert orgs(s, "organisations",
                           {{"id", ColumnType::integer},
                            {"type", ColumnType::text},
                            {"name", ColumnType::text},
                            {"region_code", ColumnType::text},
                            {"created_at", ColumnType::integer},
                            {"updated_at", ColumnType::integer}});
    orgs.add(region).add("region").add("Národní srovnání " + round).add("CZ010").add(now).add(now);
    for (long long p = 1; p <= providers; ++p)
      orgs.add(region + p).add("provider").add("Poskytovatel " + std::to_string(p)).add("CZ010").add(now).add(now);
    orgs.flush();
    store::BulkInsert services(s, "services",
                               {{"id", ColumnType::integer},
                                {"provider_id", ColumnType::integer},
                                {"name", ColumnType::text},
                                {"kind_code", ColumnType::text},
                                {"region_code", ColumnType::text},
                                {"forms", ColumnType::text},
                                {"created_at", ColumnType::integer},
                                {"updated_at", ColumnType::integer}});
    for (const auto& [service, peer] : peer_of) {
      const auto underscore = peer.find('_');  // "k13_pob"
      const std::string kind = peer.substr(1, underscore - 1);
      std::string forms(1, ';');
      forms.append(peer, underscore + 1).push_back(';');
      services.add(first_service + service - 1)
          .add(region + 1 + static_cast<long long>(service - 1) % providers)
          .add("Služba " + std::to_string(service))
          .add(kind)
          .add("CZ010")
          .add(forms)
          .add(now)
          .add(now);
    }
    services.flush();
    store::BulkInsert(s, "bm_groups",
                      {{"id", ColumnType::integer},
                       {"region_org_id", ColumnType::integer},
                       {"name", ColumnType::text},
                       {"created_at", ColumnType::integer}})
        .add(group)
        .add(region)
        .add("Národní srovnání")
        .add(now)
        .flush();
    store::BulkInsert(s, "bm_methodologies",
                      {{"id", ColumnType::integer},
                       {"group_id", ColumnType::integer},
                       {"version", ColumnType::integer},
                       {"name", ColumnType::text},
                       {"status", ColumnType::text},
                       {"created_at", ColumnType::integer}})
        .add(methodology)
        .add(group)
        .add(1)
        .add("Národní sada ukazatelů")
        .add("published")
        .add(now)
        .flush();
    store::BulkInsert items(s, "bm_items",
                            {{"id", ColumnType::integer},
                             {"methodology_id", ColumnType::integer},
                             {"code", ColumnType::text},
                             {"name_cs", ColumnType::text},
                             {"required", ColumnType::integer},
                             {"position", ColumnType::integer}});
    store::BulkInsert inds(s, "bm_indicators",
                           {{"id", ColumnType::integer},
                            {"methodology_id", ColumnType::integer},
                            {"code", ColumnType::text},
                            {"name_cs", ColumnType::text},
                            {"numerator", ColumnType::text},
                            {"denominator", ColumnType::text},
                            {"direction", ColumnType::text},
                            {"rba", ColumnType::text},
                            {"position", ColumnType::integer}});
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const auto& [code, direction] = indicators[i];
      const auto pos = static_cast<long long>(i);
      items.add(first_item + pos).add(methodology).add(code).add("Položka " + code).add(0).add(pos);
      inds.add(first_indicator + pos)
          .add(methodology)
          .add(code)
          .add("Ukazatel " + code)
          .add(code)
          .add("1")
          .add(direction)
          .add("how_well")
          .add(pos);
    }
    items.flush();
    inds.flush();
    store::BulkInsert(s, "bm_rounds",
                      {{"id", ColumnType::integer},
                       {"group_id", ColumnType::integer},
                       {"methodology_id", ColumnType::integer},
                       {"name", ColumnType::text},
                       {"period_year", ColumnType::integer},
                       {"kind", ColumnType::text},
                       {"created_at", ColumnType::integer}})
        .add(round_row)
        .add(group)
        .add(methodology)
        .add("Kolo " + round)
        .add(2025)
        .add("full")
        .add(now)
        .flush();
    store::BulkInsert vals(s, "bm_values",
                           {{"round_id", ColumnType::integer},
                            {"service_id", ColumnType::integer},
                            {"item_code", ColumnType::text},
                            {"value", ColumnType::real},
                            {"updated_at", ColumnType::integer}});
    for (const auto& v : values) {
      vals.add(round_row).add(first_service + v.service - 1).add(v.item);
      if (v.text.empty()) {
        vals.add_null();
      } else {
        double x = 0;
        std::from_chars(v.text.data(), v.text.data() + v.text.size(), x);
        vals.add(x);
      }
      vals.add(now);
    }
    vals.flush();
    // PostgreSQL's identity columns go on after the ids written here.
    if (db.dialect() == store::Dialect::postgresql)
      for (const char* table :
           {"organisations", "services", "bm_groups", "bm_methodologies", "bm_items", "bm_indicators", "bm_rounds"}) {
        long long v = 0;
        s << std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), (SELECT MAX(id) FROM " + table +
                 "))",
            soci::into(v);
      }
    return round_row;
  });
  // Service s of the file is service first_service + s - 1 of the database.
  std::printf("round_id=%lld first_service=%lld services=%zu indicators=%zu values=%zu time_s=%.3f\n", round_id,
              first_service_id, peer_of.size(), indicators.size(), values.size(), seconds_since(t0));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: kvalis_comparison_bench generate|compare|dea|load-db DIR [options]\n";
    return 2;
  }
  const std::string cmd = argv[1], dir = argv[2];
  if (cmd == "generate")
    return generate(dir, std::stoi(arg(argc, argv, "services", "7000")), std::stoi(arg(argc, argv, "indicators", "40")),
                    std::stoi(arg(argc, argv, "rounds", "10")), std::stod(arg(argc, argv, "missing", "0.05")));
  if (cmd == "compare")
    return compare(dir, static_cast<unsigned>(std::stoul(arg(argc, argv, "threads", "2"))),
                   std::stoi(arg(argc, argv, "repeat", "7")), arg(argc, argv, "round", ""));
  if (cmd == "load-db") return load_db(dir, arg(argc, argv, "db", ""), arg(argc, argv, "round", "1"));
  if (cmd == "dea")
    return dea(dir, arg(argc, argv, "model", "ccr"), static_cast<unsigned>(std::stoul(arg(argc, argv, "threads", "1"))),
               arg(argc, argv, "slacks", "1") == "1");
  std::cerr << "unknown command " << cmd << "\n";
  return 2;
}
