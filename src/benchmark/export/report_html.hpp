#pragma once
// Printable benchmarking reports (HTML with print CSS and box plots drawn as inline SVG), in Czech:
// one per service (its indicators against its peers, trends, reserves) and one per working group.
#include <optional>
#include <string>
#include <vector>

#include "benchmark/app/comparison.hpp"
#include "platform/export/html.hpp"

namespace kvalis::exports {

struct ServiceReport {
  results::ServiceInfo service;
  ComparisonView comparison;  // the round of the report, as the reader sees it
  ServiceTrends trends;       // the service across the group's rounds
  std::string kind_name;
  std::string generated_on;  // YYYY-MM-DD
};
std::string service_report_html(const ServiceReport& report);

struct GroupReport {
  results::GroupInfo group;
  ComparisonView comparison;            // the round of the report
  std::vector<ComparisonView> history;  // every round of the group, oldest first (medians over time)
  std::vector<DeaView> dea;             // DEA runs of the round, newest first
  std::string generated_on;
};
std::string group_report_html(const GroupReport& report);

}  // namespace kvalis::exports
