#pragma once
// Printable benchmarking reports (HTML with print CSS and box plots drawn as inline SVG), in Czech:
// one per service (its indicators against its peers, trends, reserves) and one per working group.
#include <optional>
#include <string>
#include <vector>

#include "export/comparison.hpp"

namespace kvalis::exports {

struct ServiceReport {
  results::ServiceInfo service;
  ComparisonView comparison;  // the round of the report, as the reader sees it
  ServiceTrends trends;       // the service across the group's rounds
  std::string kind_name;
  std::string generated_on;   // YYYY-MM-DD
};
std::string service_report_html(const ServiceReport& report);

struct GroupReport {
  results::GroupInfo group;
  ComparisonView comparison;          // the round of the report
  std::vector<ComparisonView> history;  // every round of the group, oldest first (medians over time)
  std::vector<DeaView> dea;             // DEA runs of the round, newest first
  std::string generated_on;
};
std::string group_report_html(const GroupReport& report);

// Helpers shared with tests.
std::string html_escape(const std::string& text);
std::string format_cs(double value);  // Czech number: decimal comma, thin spaces between thousands
// A fraction as a whole percentage, "13 %" for 0.125: the screen's rule (round_half_away), not printf's.
std::string percent_text(const std::optional<double>& fraction);
// A horizontal box plot (min, Q1, median, Q3, max) with optional marks (the service's value).
std::string box_plot_svg(double min, double q1, double median, double q3, double max,
                         const std::vector<double>& marks, double width = 240, double height = 30);

}  // namespace kvalis::exports
