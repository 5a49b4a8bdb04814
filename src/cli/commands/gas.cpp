// kvalis gas: Goal Attainment Scaling T-scores from the command line. Reads rows `client,goal,level,weight`
// (a header row; weight may be empty, meaning 1) and prints `client,t_score` with a header row, one line per
// client in order of first appearance, in full precision. Problems go to stderr, each naming the line and the
// field; then nothing is printed to stdout and the exit code is 1 (2 for wrong options).
#include "planning/core/gas.hpp"

#include <fstream>
#include <iostream>

#include "cli/commands/command.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::cli {
namespace {

int gas_run(const Args& args) {
  if (!args.positional.empty()) {
    std::cerr << "kvalis gas: unexpected argument '" << args.positional.front()
              << "' (give the file as --input FILE.csv)\n";
    return 2;
  }
  if (!args.has("input") || args.get("input").empty() || args.get("input") == "true") {
    std::cerr << "kvalis gas: give --input FILE.csv ('-' = standard input; see --help)\n";
    return 2;
  }
  double rho = planning::kDefaultRho;
  if (args.has("rho")) {
    const auto parsed = planning::parse_gas_rho(args.get("rho"), "--rho");
    if (!parsed) {
      std::cerr << "kvalis gas: " << translate(parsed.error(), Lang::en) << "\n";
      return 2;
    }
    rho = *parsed;
  }
  const std::string path = args.get("input");
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "kvalis gas: cannot read " << path << "\n";
      return 1;
    }
    in = &file;
  }
  const auto outcome = planning::read_gas_csv(*in, rho);
  if (!outcome.ok()) {
    for (const auto& error : outcome.errors)
      std::cerr << "kvalis gas: " << (path == "-" ? std::string("standard input") : path) << ": "
                << planning::gas_csv_error_text(error, Lang::en) << "\n";
    if (outcome.errors.size() >= planning::kMaxGasCsvErrors)
      std::cerr << "kvalis gas: stopped listing after " << planning::kMaxGasCsvErrors << " problems\n";
    return 1;
  }
  for (const auto& c : outcome.clients)
    if (!c.t) std::cerr << "kvalis gas: warning: client '" << c.client << "' has only goals of weight 0: no T-score\n";
  std::cout << planning::write_gas_csv(outcome.clients) << std::flush;
  return std::cout ? 0 : 1;
}

const bool registered = register_command(
    {"gas",
     "Goal Attainment Scaling T-scores per client from a CSV file (client,goal,level,weight); prints client,t_score",
     "",
     {{"input", "FILE.csv",
       "CSV with a header row and columns client, goal, level (-3, -2, -1, -0.5, 0, 1, 2) and weight (empty = 1); "
       "'-' = standard input"},
      {"rho", "R", "Intercorrelation of the goals' scores, 0 <= R < 1 (default 0.3)"}},
     gas_run});

}  // namespace
}  // namespace kvalis::cli
