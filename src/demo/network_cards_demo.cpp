#include "demo/network_demo.hpp"

namespace kvalis::demo {

// Placeholder until the cards part lands: the part's helper replaces this file.
NetworkStageSummary write_network_cards_demo(soci::session& s, const DemoContext& ctx) {
  (void)s;
  (void)ctx;
  return {"Síť — karty služeb", {}, {}};
}

}  // namespace kvalis::demo
