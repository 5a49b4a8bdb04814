#pragma once
// Network planning in the demo region (issue 13 item 6, PLAN13_SPEC "Demo"), in stages after the issue-12
// stages of network_demo.hpp, written through the network module's app functions:
// - years (network_years_demo.cpp): the region's network for 3 years with decisions and entrustment acts, the
//   medium-term plan with 3 priorities, action plans evaluated and carried over, comments answered;
// - dev (network_dev_demo.cpp): the region's criteria and development plans of at least 10 services,
//   evaluated and decided;
// - finance (network_finance_demo.cpp): the financing model of this year for the demo kinds, budgets of the
//   network's services, subsidy lines with requested and granted amounts, the 3-year outlook and one what-if
//   scenario.
// Running the demo again finds what it wrote and adds nothing.
#include <soci/soci.h>

#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"

namespace kvalis::demo {

NetworkStageSummary write_network_years_demo(soci::session& s, const DemoContext& ctx);
NetworkStageSummary write_network_dev_demo(soci::session& s, const DemoContext& ctx, const NetworkStageSummary& years);
NetworkStageSummary write_network_finance_demo(soci::session& s, const DemoContext& ctx,
                                               const NetworkStageSummary& years, const NetworkStageSummary& dev);

}  // namespace kvalis::demo
