#pragma once
// Pieces of the printable HTML reports (every module's): escaping, Czech numbers, inline SVG box plots.
#include <optional>
#include <string>
#include <vector>

namespace kvalis::exports {

std::string html_escape(const std::string& text);
// Text with line breaks as escaped paragraphs (<p>…</p>), blank lines left out.
std::string html_paragraphs(const std::string& text);
std::string format_cs(double value);  // Czech number: decimal comma, thin spaces between thousands
// A fraction as a whole percentage, "13 %" for 0.125: the screen's rule (round_half_away), not printf's.
std::string percent_text(const std::optional<double>& fraction);
// A horizontal box plot (min, Q1, median, Q3, max) with optional marks (the service's value).
std::string box_plot_svg(double min, double q1, double median, double q3, double max, const std::vector<double>& marks,
                         double width = 240, double height = 30);

}  // namespace kvalis::exports
