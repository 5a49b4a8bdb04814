#pragma once
// Network module in the demo region (issue 12 item 7, NETWORK_SPEC "Demo"), in stages written through the
// module's app functions (the demo passes the checks user input passes):
// - cards (network_cards_demo.cpp): the region's need areas, basic activities completed for the demo kinds,
//   service cards for 6 kinds (pečovatelská služba, osobní asistence, domovy pro seniory, sociálně aktivizační
//   služby pro rodiny s dětmi, terénní programy, odborné sociální poradenství) with versions in every state,
//   providers' comments in every state, and meetings per kind;
// - coverage (network_coverage_demo.cpp): a locked coverage round answered by every demo service of those
//   kinds, and an open round;
// - minimal form (network_minimal_demo.cpp): the minimal form of those kinds set from the locked round, the
//   checks and corrective actions raised for a few gaps;
// - portal (network_portal_demo.cpp): the region's portal published.
// Running the demo again finds what it wrote and adds nothing.
#include <soci/soci.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "accounts/core/caller.hpp"
#include "demo/demo_writer.hpp"

namespace kvalis::demo {

// What a stage did: named counts for the summary ("karty: 6"), and ids later stages may need, by key
// (e.g. "published_versions", "locked_round").
struct NetworkStageSummary {
  std::string stage;
  std::vector<std::pair<std::string, long long>> counts;
  std::map<std::string, std::vector<long long>> ids;
  std::string text() const;
};

// The demo acting as one of its users (or, when the demo has no such login, as "demo" with its id 0): one
// membership of the organisation in the role, in the demo region.
accounts::Caller member_caller(const DemoContext& ctx, const std::string& login, long long org,
                               accounts::OrganisationType type, accounts::Role role);

NetworkStageSummary write_network_cards_demo(soci::session& s, const DemoContext& ctx);
NetworkStageSummary write_network_coverage_demo(soci::session& s, const DemoContext& ctx,
                                                const NetworkStageSummary& cards);
NetworkStageSummary write_network_minimal_demo(soci::session& s, const DemoContext& ctx,
                                               const NetworkStageSummary& cards, const NetworkStageSummary& coverage);
NetworkStageSummary write_network_portal_demo(soci::session& s, const DemoContext& ctx,
                                              const NetworkStageSummary& cards, const NetworkStageSummary& coverage);

}  // namespace kvalis::demo
