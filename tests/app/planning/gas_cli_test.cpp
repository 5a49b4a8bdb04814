// `kvalis gas --input FILE.csv [--rho R]` (src/cli/commands/gas.cpp) through the command line's own entry
// point: the exact stdout of the files in tests/data/planning/gas_csv/, the exit codes, and that a bad file
// prints nothing to stdout and names the line and the field on stderr.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands/command.hpp"

namespace {

namespace fs = std::filesystem;
const fs::path kData = fs::path(KVALIS_TEST_DATA) / "planning" / "gas_csv";

struct Run {
  int code = 0;
  std::string out, err;
};

// Runs `kvalis <args>` in this process with stdout and stderr captured.
Run kvalis(std::vector<std::string> args) {
  args.insert(args.begin(), "kvalis");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  auto* old_out = std::cout.rdbuf(out.rdbuf());
  auto* old_err = std::cerr.rdbuf(err.rdbuf());
  Run r;
  r.code = kvalis::cli::run(static_cast<int>(argv.size()), argv.data());
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(PlanningGasCli, PrintsClientAndTScoreInFullPrecision) {
  const auto r = kvalis({"gas", "--input", (kData / "basic.csv").string()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, read(kData / "basic.expected.csv"));
  EXPECT_NE(r.err.find("K-0005"), std::string::npos) << "a client without a T-score is reported: " << r.err;

  const auto rho0 = kvalis({"gas", "--input", (kData / "basic.csv").string(), "--rho", "0"});
  EXPECT_EQ(rho0.code, 0) << rho0.err;
  EXPECT_EQ(rho0.out, read(kData / "basic.rho0.expected.csv"));

  const auto explicit_default = kvalis({"gas", "--rho=0.3", "--input", (kData / "basic.csv").string()});
  EXPECT_EQ(explicit_default.out, r.out);

  const auto crlf = kvalis({"gas", "--input", (kData / "bom_crlf_no_weight.csv").string()});
  EXPECT_EQ(crlf.code, 0) << crlf.err;
  EXPECT_EQ(crlf.out, read(kData / "bom_crlf_no_weight.expected.csv"));
  EXPECT_EQ(crlf.err, "");
}

TEST(PlanningGasCli, BadRowsNameTheLineAndFieldAndPrintNothing) {
  const auto r = kvalis({"gas", "--input", (kData / "bad_rows.csv").string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("Line 3: GAS level '4' in field 'level' is not allowed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Line 5: Weight '-1' in field 'weight'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Line 6: Field 'client' is required."), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Line 8: Goal 'g1' of client 'A' appears a second time"), std::string::npos) << r.err;

  for (const char* file : {"missing_column.csv", "empty.csv", "unclosed_quote.csv"}) {
    const auto bad = kvalis({"gas", "--input", (kData / file).string()});
    EXPECT_EQ(bad.code, 1) << file;
    EXPECT_EQ(bad.out, "") << file;
    EXPECT_NE(bad.err.find("Line "), std::string::npos) << file << ": " << bad.err;
  }
}

TEST(PlanningGasCli, WrongOptions) {
  const auto no_input = kvalis({"gas"});
  EXPECT_EQ(no_input.code, 2);
  EXPECT_NE(no_input.err.find("--input"), std::string::npos);
  for (const char* rho : {"1", "-0.2", "x"}) {
    const auto bad = kvalis({"gas", "--input", (kData / "basic.csv").string(), "--rho", rho});
    EXPECT_EQ(bad.code, 2) << rho;
    EXPECT_EQ(bad.out, "") << rho;
    EXPECT_NE(bad.err.find("'--rho'"), std::string::npos) << bad.err;
  }
  const auto missing = kvalis({"gas", "--input", (kData / "no_such_file.csv").string()});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.out, "");
  EXPECT_NE(missing.err.find("cannot read"), std::string::npos);
  const auto help = kvalis({"gas", "--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--rho R"), std::string::npos) << help.out;
}

}  // namespace
