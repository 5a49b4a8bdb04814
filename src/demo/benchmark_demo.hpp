#pragma once
// Benchmarking in the demo region, after the Královéhradecký kraj project (DOMAIN.md, seed 3): three working
// groups (residential services for older people; low-threshold and outreach social prevention; home care,
// pečovatelská služba § 40) with full and data-only members and minuted meetings, a published methodology
// for each (data items, ratio indicators with RBA tags and directions, consistency rules), a pilot round
// 2021 and full rounds 2022–2024 (home care: 2023 and 2024 closed, 2025 open with forms submitted, being
// filled in and not started) of deterministic, plausible data with a few missing values and a few implausible ones that
// the validation catches, the comparison computed, three good-practice records and one DEA run.
//
// Written through the repositories in the caller's transaction; a second run finds everything by its
// natural key (group by name, round by name, practice by author and title) and writes the same data.
#include <soci/soci.h>

#include <string>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {

struct BenchmarkDemoSummary {
  int groups = 0;
  int members = 0;
  int meetings = 0;
  int items = 0;
  int indicators = 0;
  int rules = 0;
  int rounds = 0;
  int submissions = 0;        // (round, service) forms
  int values = 0;             // values entered
  int missing_values = 0;     // items left empty
  int implausible_forms = 0;  // forms with a value the validation rejects
  int scores = 0;             // rows of the computed comparison
  int good_practices = 0;
  int dea_runs = 0;
  long long dea_round_id = 0;  // the round write_benchmark_dea runs DEA over
  std::string text() const;    // two lines for the demo command's summary
};

BenchmarkDemoSummary write_benchmark_demo(soci::session& s, const DemoRegion& region, const DemoContext& ctx);
// The demo's DEA run, through the use case (benchmark/app/dea) after write_benchmark_demo's transaction
// has committed; returns the runs written (1, or 0 when the round has no comparable services).
int write_benchmark_dea(store::Database& db, const DemoContext& ctx, const BenchmarkDemoSummary& sum);

}  // namespace kvalis::demo
