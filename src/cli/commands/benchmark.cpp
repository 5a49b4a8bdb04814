// kvalis benchmark compute: recomputes a round's comparison with peers and prints it as CSV, so an
// analyst can script it (progress and a summary go to stderr, the table to stdout). Both steps are the
// benchmark module's use cases (benchmark/app/rounds.hpp), run as the system caller.
#include <unistd.h>

#include <iostream>

#include "accounts/core/caller.hpp"
#include "benchmark/app/rounds.hpp"
#include "cli/commands/command.hpp"
#include "platform/core/csv.hpp"
#include "platform/export/table.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {
namespace {

namespace app = benchmark::app;

std::optional<long long> positive_id(const std::string& text) {
  try {
    std::size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used == text.size() && v > 0) return v;
  } catch (const std::exception&) {}
  return std::nullopt;
}

int benchmark_compute(const Args& args) {
  const auto round_id = positive_id(args.get("round"));
  if (!round_id) {
    std::cerr << "kvalis benchmark compute: give --round with a round id (see --help)\n";
    return 2;
  }
  const std::string progress_mode = args.get("progress");
  if (!progress_mode.empty() && progress_mode != "on" && progress_mode != "off") {
    std::cerr << "kvalis benchmark compute: --progress is on or off\n";
    return 2;
  }
  auto db = open_migrated(args, std::cerr);
  const auto caller = accounts::system_caller();
  const bool progress = progress_mode.empty() ? isatty(STDERR_FILENO) != 0 : progress_mode == "on";
  const bool names = args.has("names");
  // The scores as computed: at national scale reading 280,000 rows back took longer than computing them.
  const auto computed =
      app::recompute_round_scores(*db, caller, *round_id, names, [&](std::size_t done, std::size_t total) {
        if (progress) std::cerr << "\rbenchmark: step " << done << "/" << total << std::flush;
      });
  if (progress) std::cerr << "\n";
  if (!computed) {
    std::cerr << "kvalis benchmark compute: no round " << *round_id << "\n";
    return 1;
  }
  const auto& summary = computed->summary;
  std::cerr << "round " << *round_id << ": " << summary.indicators << " indicators, " << summary.services
            << " services, " << summary.peer_groups << " peer groups, " << summary.scores << " scores ("
            << summary.missing << " without a value)\n";

  const std::string only = args.get("indicator");
  // Lines gathered into blocks written at once (280,000 lines at national scale), numbers written in place.
  std::string out = "indicator,service,peer_group,value,percent_rank,z_score,reserve_median,reserve_best\n";
  const auto number = [&out](const std::optional<double>& v) {
    out += ',';
    if (v) exports::append_number(out, *v);
  };
  const app::RoundIndicator* indicator = nullptr;
  std::string code;  // the indicator's code as written in the CSV
  std::string peer_key, peer_text;
  for (const std::uint32_t i : computed->order) {
    const auto& sc = computed->scores[i];
    if (!indicator || indicator->id != sc.indicator_id) {
      indicator = &computed->indicators.at(sc.indicator_id);
      code = csv::escape_text(indicator->code);
    }
    if (!only.empty() && indicator->code != only) continue;
    if (sc.peer_key != peer_key) {
      peer_key = sc.peer_key;
      peer_text = csv::escape_text(peer_key);
    }
    out += code;
    out += ',';
    if (auto name = computed->service_names.find(sc.service_id);
        name != computed->service_names.end() && !name->second.empty())
      out += csv::escape_text(name->second);
    else
      out += std::to_string(sc.service_id);
    out += ',';
    out += peer_text;
    for (const auto* v : {&sc.value, &sc.percent_rank, &sc.z_score, &sc.reserve_median, &sc.reserve_best}) number(*v);
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
      out.clear();
    }
  }
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
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
      {"names", "", "Print service names instead of ids"},
      {"progress", "on|off", "Show the steps on stderr (default: when stderr is a terminal)"}},
     benchmark_compute});

}  // namespace
}  // namespace kvalis::cli
