#include "platform/export/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "platform/core/rounding.hpp"

namespace kvalis::exports {

std::string html_paragraphs(const std::string& text) {
  std::string out, line;
  auto flush = [&] {
    if (line.find_first_not_of(" \t\r") != std::string::npos) out += "<p>" + html_escape(line) + "</p>";
    line.clear();
  };
  for (char c : text) {
    if (c == '\n')
      flush();
    else
      line += c;
  }
  flush();
  return out;
}

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string format_cs(double value) {
  if (value == 0.0) return "0";  // not "0,000": the screen writes 0 (web/src/lib/format.ts formatMeasure)
  const double a = std::fabs(value);
  const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 3;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, round_half_away(a, decimals));
  std::string digits = buf, frac;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = "," + digits.substr(dot + 1);
    digits.resize(dot);
  }
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += "\u202F";  // narrow no-break space
    grouped += digits[i];
  }
  const bool negative = value < 0 && (grouped + frac).find_first_not_of("0,\u202F") != std::string::npos;
  return (negative ? "−" : "") + grouped + frac;
}

std::string percent_text(const std::optional<double>& fraction) {
  if (!fraction) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", round_half_away(*fraction * 100.0, 0));
  return std::string(buf) + " %";
}

std::string box_plot_svg(double min, double q1, double median, double q3, double max, const std::vector<double>& marks,
                         double width, double height) {
  double lo = min, hi = max;
  for (double m : marks) {
    lo = std::min(lo, m);
    hi = std::max(hi, m);
  }
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  const double pad = 6, mid = height / 2;
  auto x = [&](double v) { return pad + (width - 2 * pad) * (v - lo) / (hi - lo); };
  char buf[1024];
  std::string svg;
  std::snprintf(
      buf, sizeof buf,
      "<svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Krabicový graf\">"
      "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#52606d\"/>"
      "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#52606d\"/>"
      "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#52606d\"/>"
      "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#cfe0f1\" stroke=\"#2f5d8a\"/>"
      "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1d3f63\" stroke-width=\"2.5\"/>",
      width, height, width, height, x(min), mid, x(max), mid, x(min), mid - 5, x(min), mid + 5, x(max), mid - 5, x(max),
      mid + 5, x(q1), mid - 8, std::max(1.0, x(q3) - x(q1)), 16.0, x(median), mid - 8, x(median), mid + 8);
  svg = buf;
  for (double m : marks) {
    std::snprintf(buf, sizeof buf,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#c0392b\" stroke=\"#fff\" stroke-width=\"1\"/>",
                  x(m), mid);
    svg += buf;
  }
  return svg + "</svg>";
}

}  // namespace kvalis::exports
