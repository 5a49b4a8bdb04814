#pragma once
// Care part of the quality module in the demo region (DOMAIN.md seeds 2 and 4): consultations and group,
// team and individual supervisions of the main provider's staff (linked to a finding of its audits when the
// audit demo has one), the OSPOD office's written procedures (standard 8 in two versions) and staffing
// history, and the transformation of Domov Pod Zvičinou (a home for persons with disabilities, kind 12)
// with milestones in every state, community checks of three places and inclusion indicators over three
// years. The region's community-service limits are written as example data marked unverified, only when
// the region has not set its own; the OSPOD staffing norm is left for the region to set.
//
// Idempotent: records are found by their natural keys (provider + date + supervisor, office + standard +
// version, office + date, service + plan title, region + indicator code) and rewritten with the same data.
#include <soci/soci.h>

#include <string>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"

namespace kvalis::demo {

struct QualityCareDemoSummary {
  int supervisions = 0;
  int linked_findings = 0;
  int procedures = 0;
  int snapshots = 0;
  int plans = 0;
  int milestones = 0;
  int places = 0;
  int indicators = 0;
  int values = 0;
  std::string text() const;
};

QualityCareDemoSummary write_quality_care_demo(soci::session& s, const DemoContext& ctx);

}  // namespace kvalis::demo
