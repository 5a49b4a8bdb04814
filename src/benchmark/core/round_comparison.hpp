#pragma once
// The comparison of a data round with peers, computed from its values: which values are usable, every
// indicator for every service, grouped by the default peer key (kind and form), with the statistics of
// each peer group and each service's rank, z-score and reserves. The store loads the round and writes
// these rows (bm_stats, bm_scores); nothing here touches a database.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "benchmark/core/formula.hpp"
#include "benchmark/core/validation.hpp"

namespace kvalis::benchmark {

// The default peer key of a service: "kind=13;form=pob". A service registered in several forms is
// compared in its most intensive one (pobytová before ambulantní before terénní).
std::string primary_form(const std::string& forms);  // forms as stored: ";amb;pob;"
std::string peer_key(const std::string& kind_code, const std::string& form_code);
std::string kind_peer_key(const std::string& kind_code);

// A service's values as the comparison uses them: finite values only, and without implausible ones.
struct UsableValues {
  ItemValues items;
  // item code → why its value is not used ("implausible: occupancy_max", "implausible: rule costs_sum")
  std::map<std::string, std::string> rejected;
};
// The same validation as the data form: an item outside its bounds (e.g. costs in CZK instead of thousands)
// or read by a consistency rule the service breaks is not used until it is corrected.
UsableValues usable_values(const std::vector<ItemSpec>& items, const std::vector<RuleSpec>& rules,
                           const FormValues& values);
// The same for many forms of one methodology (the rules parsed once).
UsableValues usable_values(const FormValidator& validator, const FormValues& values);

struct ComparedIndicator {
  long long id = 0;
  std::string numerator;
  std::string denominator = "1";
  double factor = 1.0;
  std::string direction;  // higher, lower
  std::string kinds;      // ";13;14;" or "" = every kind
};
struct ComparedService {
  long long id = 0;
  std::string kind_code;
  std::string forms;  // ";amb;pob;"
  UsableValues values;
};

struct PeerStatistics {
  long long indicator_id = 0;
  std::string peer_key;
  long long n = 0;
  double min = 0, q1 = 0, median = 0, q3 = 0, max = 0, mean = 0;
  std::optional<double> sd;
};
struct ServiceResult {
  long long indicator_id = 0;
  long long service_id = 0;
  std::string peer_key;
  std::optional<double> value;  // absent: missing_reason says why
  std::string missing_reason;   // "missing: costs_total", "implausible: …", "invalid formula", "missing"
  std::optional<double> percent_rank, z_score, reserve_median, reserve_best;
};

struct RecomputeSummary {
  std::size_t indicators = 0;
  std::size_t services = 0;
  std::size_t peer_groups = 0;  // distinct peer keys
  std::size_t scores = 0;       // rows written to bm_scores
  std::size_t missing = 0;      // of them without a value (missing or implausible input)
};

struct RoundComparison {
  std::vector<PeerStatistics> stats;
  std::vector<ServiceResult> scores;
  RecomputeSummary summary;
};

// progress(done, total) is called once per indicator; total counts `extra_steps` more that the caller
// reports itself (the store: one per table written).
RoundComparison compare_round(const std::vector<ComparedIndicator>& indicators,
                              const std::vector<ComparedService>& services,
                              const std::function<void(std::size_t, std::size_t)>& progress = {},
                              std::size_t extra_steps = 0);

}  // namespace kvalis::benchmark
