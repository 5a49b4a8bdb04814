#pragma once
// Quality audits in the demo region (issue 5, seeds 001 and 004): audit templates (SQSS on 0–3 points as
// historical inspections scored, a provider's self-assessment met / partly / not met, an OSPOD
// self-assessment, and the audit body's own process-audit checklist for residential services), closed
// audits of services of several providers (external audits by the audit body with a team and a leader,
// self-assessments, a process audit of a residential service in transformation), some passing and some
// failing with essential criteria, findings with corrective actions in every status (some overdue, one
// rejected at verification), a follow-up audit of a failed service, an OSPOD self-assessment and a draft
// audit in progress for the login "auditor".
//
// Written through store/quality_repo.hpp in the caller's transaction. A second run finds templates by
// name, the checklist by its set code and audits by title and audited service (or organisation), and adds
// nothing twice.
#include <soci/soci.h>

#include <string>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"

namespace kvalis::demo {

struct QualityDemoSummary {
  int templates = 0;
  int audits = 0;          // audits of the demo (existing ones included)
  int audits_created = 0;  // by this run
  int closed = 0;
  int passed = 0;
  int failed = 0;
  int drafts = 0;
  int services = 0;  // distinct audited services
  int findings = 0;
  int actions = 0;
  int actions_overdue = 0;   // open or in progress with a due date before today
  std::string text() const;  // one or two lines for the demo command's summary
};

QualityDemoSummary write_quality_demo(soci::session& s, const DemoRegion& region, const DemoContext& ctx);

}  // namespace kvalis::demo
