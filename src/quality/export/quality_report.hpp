#pragma once
// The printable report of a quality audit (HTML with print CSS for A4, in Czech), to send to the audited
// provider: cover, team, methods, verdict with its reasons, results by standard (table and a chart drawn
// as inline SVG), results per criterion, findings with their corrective actions, the comparison with the
// previous audit of the same service when given, and a footer with the date it was generated.
#include <optional>
#include <string>

#include "quality/app/views.hpp"

namespace kvalis::exports {

std::string audit_report_html(const quality::app::QAudit& audit,
                              const std::optional<quality::app::QComparison>& comparison,
                              const std::string& generated_on);

// A radar chart of the standards' % of the maximum (at least 3 standards with a percentage, else "").
std::string standards_radar_svg(const std::vector<quality::app::QStandardResult>& standards, double size = 320);
// A horizontal bar of a percentage (0–100) with an optional threshold mark (also 0–100).
std::string percent_bar_svg(double percent, const std::optional<double>& threshold, double width = 160,
                            double height = 14);

}  // namespace kvalis::exports
