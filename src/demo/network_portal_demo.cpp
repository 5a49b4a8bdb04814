#include "demo/network_demo.hpp"

namespace kvalis::demo {

// Placeholder until the portal part lands: the part's helper replaces this file.
NetworkStageSummary write_network_portal_demo(soci::session& s, const DemoContext& ctx,
                                              const NetworkStageSummary& cards, const NetworkStageSummary& coverage) {
  (void)s;
  (void)ctx;
  (void)cards;
  (void)coverage;
  return {"Síť — veřejný portál", {}, {}};
}

}  // namespace kvalis::demo
