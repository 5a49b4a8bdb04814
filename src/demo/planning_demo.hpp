#pragma once
// Planning module in the demo region (issue 11, seed 000): a provider of field and counselling services for
// socially excluded families with its strategic plan 2023–2027, operational plans, service goals and
// indicators (stage A), its clients with individual plans, GAS reviews and ladder assessments (stage B), and
// the plan cycle: evaluations, the 2025 period closed and the 2026 plan derived from it (stage C). Every
// stage writes through the planning module's app functions, so demo data passes the same checks as input.
#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"

namespace kvalis::demo {

// What stage A created, for stages B and C.
struct PlanningDemo {
  long long provider_id = 0;
  std::vector<long long> service_ids;          // terénní programy, SAS pro rodiny s dětmi, odborné poradenství
  std::vector<long long> key_worker_user_ids;  // iq.pracovnik1 … iq.pracovnik3
  long long manager_user_id = 0;               // iq.manazer
  long long evaluator_user_id = 0;             // hodnotitel
  long long strategic_plan_id = 0;
  long long operational_plan_2025_id = 0;
  std::map<std::string, long long> service_goals_2025;  // goal code → id
  std::string text() const;
};

struct PlanningClientsDemoSummary {
  int clients = 0;
  int goals = 0;
  int reviews = 0;
  int ratings = 0;
  int ladder_assessments = 0;
  std::string text() const;
};

PlanningDemo write_planning_demo_plans(soci::session& s, const DemoRegion& region, const DemoContext& ctx);
PlanningClientsDemoSummary write_planning_demo_clients(soci::session& s, const DemoContext& ctx,
                                                       const PlanningDemo& plans);
std::string write_planning_demo_cycle(soci::session& s, const DemoContext& ctx, const PlanningDemo& plans);

}  // namespace kvalis::demo
