#pragma once
// Goal Attainment Scaling (Kiresuk & Sherman 1968): the levels a personal goal is rated on and the T-score
// of a set of rated goals, T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²).
//
// Levels −2…+2 (0 = the expected outcome); the variants add −3 (worse than at the start) and −0.5
// (a little progress, less than expected), and −0.5 is reported as −1 for comparability (DOMAIN.md).
// Also the core of `kvalis gas --input FILE.csv [--rho 0.3]` (read_gas_csv, format_t_score).
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/messages.hpp"
#include "platform/core/result.hpp"

namespace kvalis::planning {

constexpr double kDefaultRho = 0.3;

// Allowed levels: -3, -2, -1, -0.5, 0, 1, 2. is_gas_level tells them apart from anything else.
bool is_gas_level(double level);
// For reporting and the T-score, -0.5 counts as -1 (DOMAIN.md: "report −0.5 as −1 for comparability");
// -3 (worse than at the start) counts as -3. Any other value is returned as it is.
double reported_level(double level);
struct GasItem {
  double level = 0;
  double weight = 1;
};
// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) with xᵢ = reported_level(levelᵢ); nullopt for no items or
// all weights 0, and for input outside the rules (a level that is not a GAS level, a weight that is
// negative or not finite, rho outside [0, 1)): check those with the functions below to tell the user why.
std::optional<double> gas_t_score(std::span<const GasItem> items, double rho = kDefaultRho);
bool attained(double level);  // reported level >= 0 (expected outcome or better)

// Added (core): checks at the edge, each an Error naming `field` with a planning.gas.* message.
bool is_gas_weight(double weight);  // finite and >= 0
bool is_gas_rho(double rho);        // finite, 0 <= rho < 1
// A level as people write it: "-1", "+1", "-0.5", "-0,5", "−1" (U+2212 minus), surrounding spaces.
Result<double> parse_gas_level(std::string_view text, const std::string& field = "level");
// A weight: empty = 1, otherwise a number >= 0 (decimal point or comma).
Result<double> parse_gas_weight(std::string_view text, const std::string& field = "weight");
Result<double> parse_gas_rho(std::string_view text, const std::string& field = "rho");

// The T-score in full precision: the shortest text that reads back as the same double ("50",
// "57.42857142857143"); "" when there is none.
std::string format_t_score(std::optional<double> t);

// ---- `kvalis gas`: rows `client,goal,level,weight` (a header row; columns found by name, in any order;
// weight may be empty or absent = 1) → one T-score per client in order of first appearance.
struct GasClientScore {
  std::string client;
  int goals = 0;
  std::optional<double> t;  // nullopt when every weight of the client is 0
};
struct GasCsvOutcome {
  std::vector<GasClientScore> clients;
  // Problems, each with params "line" (1-based line of the file) and the column as `field`; when there is
  // one, the clients are empty. At most kMaxGasCsvErrors are reported.
  std::vector<Error> errors;
  bool ok() const { return errors.empty(); }
};
inline constexpr std::size_t kMaxGasCsvErrors = 20;
GasCsvOutcome read_gas_csv(std::istream& in, double rho = kDefaultRho);
// One problem of read_gas_csv as a sentence: "Line 3: …" / "Řádek 3: …".
std::string gas_csv_error_text(const Error& error, Lang lang);
// The output table `client,t_score` (header row, LF line ends, clients quoted as CSV needs).
std::string write_gas_csv(std::span<const GasClientScore> clients);

}  // namespace kvalis::planning
