// kvalis dea: Data Envelopment Analysis from the command line, either over a round's data (inputs and
// outputs are item or indicator codes of its methodology) or over any CSV file with a column `dmu` and
// columns `in_*` and `out_*`. Results go to stdout as CSV, progress to stderr.
#include "benchmark/app/dea.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>

#include "accounts/core/caller.hpp"
#include "benchmark/core/dea_csv.hpp"
#include "cli/commands/command.hpp"
#include "platform/core/csv.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {
namespace {

namespace bm = kvalis::benchmark;

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

// Progress on a terminal: one line rewritten in place; nothing when stderr is a file or a pipe.
std::function<void(std::size_t, std::size_t)> progress_printer() {
  if (!isatty(STDERR_FILENO)) return {};
  return [](std::size_t done, std::size_t total) {
    std::cerr << "\rDEA: " << done << "/" << total << " DMUs" << (done == total ? "\n" : "") << std::flush;
  };
}

int run_on_file(const Args& args, const bm::DeaOptions& options) {
  const std::string path = args.get("input");
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "kvalis dea: cannot read " << path << "\n";
      return 1;
    }
    in = &file;
  }
  const auto outcome = bm::run_dea_csv(*in, options, std::cout);
  for (const auto& issue : outcome.issues) std::cerr << "kvalis dea: " << issue.message << "\n";
  for (const auto& w : outcome.warnings) std::cerr << "kvalis dea: warning: " << w << "\n";
  return outcome.ok() ? 0 : 1;
}

int run_on_round(const Args& args, const std::string& model, const std::string& orientation) {
  long long round_id = 0;
  try {
    round_id = std::stoll(args.get("round"));
  } catch (const std::exception&) {}
  const auto inputs = split_commas(args.get("inputs"));
  const auto outputs = split_commas(args.get("outputs"));
  if (round_id <= 0 || inputs.empty() || outputs.empty()) {
    std::cerr << "kvalis dea: with --round give a round id, --inputs and --outputs (item or indicator codes)\n";
    return 2;
  }
  auto db = open_migrated(args, std::cerr);
  bm::app::DeaRunOptions options;
  options.store = args.has("store");
  options.progress = progress_printer();
  const auto outcome =
      bm::app::run_dea(*db, accounts::system_caller(), {round_id, model, orientation, inputs, outputs}, options);
  if (!outcome) {
    std::cerr << "kvalis dea: " << translate(outcome.error(), Lang::en) << "\n";
    return 1;
  }
  const auto& c = *outcome;
  if (c.run.id) std::cerr << "stored as DEA run " << c.run.id << "\n";
  std::cout << "dmu,efficiency,peers";
  for (const auto& i : inputs) std::cout << ",slack_in_" << csv::escape(i);
  for (const auto& o : outputs) std::cout << ",slack_out_" << csv::escape(o);
  std::cout << ",status\n";
  for (const auto& r : c.rows) {
    std::string peers;
    for (const auto& [service, lambda] : r.peers) {
      if (!peers.empty()) peers += ';';
      peers += std::to_string(service);
      peers += ':';
      peers += bm::format_dea_number(lambda);
    }
    std::cout << r.service_id << "," << (r.efficiency ? bm::format_dea_number(*r.efficiency) : "") << ","
              << csv::escape(peers);
    for (const auto& v : inputs) {
      std::string cell;
      for (const auto& [code, value] : r.slacks)
        if (code == v) cell = bm::format_dea_number(value);
      std::cout << "," << cell;
    }
    for (const auto& v : outputs) {
      std::string cell;
      for (const auto& [code, value] : r.slacks)
        if (code == v) cell = bm::format_dea_number(value);
      std::cout << "," << cell;
    }
    std::cout << "," << csv::escape(r.status) << "\n";
  }
  return 0;
}

int dea_run(const Args& args) {
  const std::string model = args.get("model", "ccr");
  const std::string orientation = args.get("orientation", "input");
  if (model != "ccr" && model != "bcc") {
    std::cerr << "kvalis dea: --model must be ccr or bcc\n";
    return 2;
  }
  if (orientation != "input" && orientation != "output") {
    std::cerr << "kvalis dea: --orientation must be input or output\n";
    return 2;
  }
  if (args.has("input") == args.has("round")) {
    std::cerr << "kvalis dea: give either --input FILE.csv or --round ID (see --help)\n";
    return 2;
  }
  if (args.has("input")) {
    bm::DeaOptions options;
    options.returns_to_scale = model == "bcc" ? bm::ReturnsToScale::kVariable : bm::ReturnsToScale::kConstant;
    options.orientation = orientation == "output" ? bm::Orientation::kOutput : bm::Orientation::kInput;
    options.progress = progress_printer();
    try {
      options.threads = static_cast<unsigned>(std::stoul(args.get("threads", "1")));
    } catch (const std::exception&) {
      std::cerr << "kvalis dea: --threads must be a number\n";
      return 2;
    }
    return run_on_file(args, options);
  }
  return run_on_round(args, model, orientation);
}

const bool registered =
    register_command({"dea",
                      "Data Envelopment Analysis (CCR/BCC) over a round or a CSV file (dmu, in_*, out_*); prints "
                      "dmu,efficiency,peers,slacks as CSV",
                      "",
                      {db_option(),
                       {"input", "FILE.csv", "CSV with a column dmu and columns in_* and out_* ('-' = standard input)"},
                       {"round", "ID", "Round whose data to use (instead of --input)"},
                       {"inputs", "a,b", "With --round: input item or indicator codes"},
                       {"outputs", "c,d", "With --round: output item or indicator codes"},
                       {"model", "ccr|bcc", "Constant (ccr, default) or variable (bcc) returns to scale"},
                       {"orientation", "input|output", "Input (default) or output orientation"},
                       {"threads", "N", "With --input: solver threads (0 = all cores; default 1)"},
                       {"store", "", "With --round: store the run (shown in the web application)"}},
                      dea_run});

}  // namespace
}  // namespace kvalis::cli
