// kvalis benchmark compute: recomputes a round's comparison with peers and prints it as CSV, so an
// analyst can script it (progress and a summary go to stderr, the table to stdout).
#include <unistd.h>

#include <iostream>

#include "cli/commands/command.hpp"
#include "platform/core/csv.hpp"
#include "benchmark/app/comparison.hpp"
#include "platform/export/table.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {
namespace {

namespace results = store::benchmark_results_repo;

std::optional<long long> positive_id(const std::string& text) {
  try {
    std::size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used == text.size() && v > 0) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::string number(const std::optional<double>& v) { return v ? exports::format_number(*v) : ""; }

int benchmark_compute(const Args& args) {
  const auto round_id = positive_id(args.get("round"));
  if (!round_id) {
    std::cerr << "kvalis benchmark compute: give --round with a round id (see --help)\n";
    return 2;
  }
  auto db = open_migrated(args, std::cerr);
  const bool tty = isatty(STDERR_FILENO);
  const auto summary = db->write([&](soci::session& s) -> std::optional<results::RecomputeSummary> {
    if (!results::get_round(s, *round_id)) return std::nullopt;
    return results::recompute_round(s, *round_id, [&](std::size_t done, std::size_t total) {
      if (tty) std::cerr << "\rbenchmark: step " << done << "/" << total << std::flush;
    });
  });
  if (tty) std::cerr << "\n";
  if (!summary) {
    std::cerr << "kvalis benchmark compute: no round " << *round_id << "\n";
    return 1;
  }
  std::cerr << "round " << *round_id << ": " << summary->indicators << " indicators, " << summary->services
            << " services, " << summary->peer_groups << " peer groups, " << summary->scores << " scores ("
            << summary->missing << " without a value)\n";

  const bool names = args.has("names");
  const std::string only = args.get("indicator");
  db->read([&](soci::session& s) {
    const auto round = *results::get_round(s, *round_id);
    const auto input = exports::load_comparison_input(s, round);
    std::map<long long, std::string> codes;
    for (const auto& ind : input.indicators) codes[ind.id] = ind.code;
    std::cout << "indicator,service,peer_group,value,percent_rank,z_score,reserve_median,reserve_best\n";
    for (const auto& sc : input.scores) {
      const auto& code = codes[sc.indicator_id];
      if (!only.empty() && code != only) continue;
      std::string service = std::to_string(sc.service_id);
      if (names)
        if (auto it = input.services.find(sc.service_id); it != input.services.end()) service = it->second.name;
      std::cout << csv::escape_text(code) << "," << csv::escape_text(service) << "," << csv::escape_text(sc.peer_key) << ","
                << number(sc.value) << "," << number(sc.percent_rank) << "," << number(sc.z_score) << ","
                << number(sc.reserve_median) << "," << number(sc.reserve_best) << "\n";
    }
  });
  return 0;
}

const bool registered = register_command(
    {"benchmark compute",
     "Recompute a round's comparison with peers and print it as CSV (indicator,service,peer_group,value,"
     "percent_rank,z_score,reserve_median,reserve_best)",
     "",
     {db_option(),
      {"round", "ID", "Round to recompute (required)"},
      {"indicator", "CODE", "Print only this indicator"},
      {"names", "", "Print service names instead of ids"}},
     benchmark_compute});

}  // namespace
}  // namespace kvalis::cli
