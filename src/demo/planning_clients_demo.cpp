// Stage B of the planning demo (clients, individual plans, reviews, ladder assessments). The clients helper
// of issue 11 writes it; until then it writes nothing.
#include "demo/planning_demo.hpp"

namespace kvalis::demo {

std::string PlanningClientsDemoSummary::text() const {
  return "Plánování — klienti: " + std::to_string(clients) + ", osobní cíle: " + std::to_string(goals) +
         ", revize: " + std::to_string(reviews) + "\n";
}

PlanningClientsDemoSummary write_planning_demo_clients(soci::session&, const DemoContext&, const PlanningDemo&) {
  return {};
}

}  // namespace kvalis::demo
