#include "platform/export/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

#include "platform/core/dates.hpp"
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

// ---- the PDF's page frame ----------------------------------------------------------------------------------------

namespace {

constexpr const char* kOrganisationMeta = "<meta name=\"kvalis-organisation\" content=\"";

// The text of an attribute or element written by html_escape, back as text.
std::string html_unescape(const std::string& text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&')
      for (const auto& [entity, plain] : kEntities)
        if (text.compare(i, std::strlen(entity), entity) == 0) {
          out += plain;
          i += std::strlen(entity);
          replaced = true;
          break;
        }
    if (!replaced) out += text[i++];
  }
  return out;
}

// Text as a CSS string literal: quotes and backslashes escaped, '<' as \3C (no "</style>" inside), line breaks as
// spaces.
std::string css_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (c == '<')
      out += "\\3C ";
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else
      out += c;
  }
  return out + "\"";
}

// The text between `open` and the next `close` after it; "" when there is none.
std::string between(const std::string& html, const std::string& open, const std::string& close) {
  const auto start = html.find(open);
  if (start == std::string::npos) return {};
  const auto from = start + open.size();
  const auto end = html.find(close, from);
  return end == std::string::npos ? std::string() : html.substr(from, end - from);
}

std::string english_date(const std::string& iso) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (!is_valid_date(iso)) return iso;
  const int month = std::stoi(iso.substr(5, 2));
  return std::to_string(std::stoi(iso.substr(8, 2))) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

}  // namespace

std::string organisation_meta(const std::string& organisation) {
  return kOrganisationMeta + html_escape(organisation) + "\">";
}

std::string paged_media_html(const std::string& html, const std::string& printed_on) {
  const std::string head_end = html.substr(0, std::min(html.size(), html.find("</head>")));
  const bool en = head_end.find("<html lang=\"en\"") != std::string::npos;
  std::string organisation = html_unescape(between(head_end, kOrganisationMeta, "\""));
  if (organisation.empty()) organisation = html_unescape(between(head_end, "<title>", "</title>"));
  const std::string printed = en ? "Printed " + english_date(printed_on) : "Vytištěno " + czech_date(printed_on);
  const std::string margin_text = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #52606d; ";
  std::string css = "<style media=\"print\">\n@page { size: A4; margin: 20mm 15mm 18mm 15mm;\n";
  css += "  @top-left { content: " + css_string(organisation) + "; " + margin_text +
         "vertical-align: bottom; padding-bottom: 3mm; }\n";
  css += "  @top-right { content: " + css_string(printed) + "; " + margin_text +
         "vertical-align: bottom; padding-bottom: 3mm; white-space: nowrap; }\n";
  css += std::string("  @bottom-right { content: ") +
         (en ? "\"Page \" counter(page) \" of \" counter(pages)" : "\"Strana \" counter(page) \" z \" counter(pages)") +
         "; " + margin_text + "vertical-align: top; padding-top: 3mm; }\n}\n";
  css +=
      "html { hyphens: auto; -webkit-hyphens: auto; }\n"
      "body { margin: 0; max-width: none; }\n"
      "td.num, th.num, .num, code { hyphens: manual; }\n"
      "thead { display: table-header-group; }\n"
      "tr, img, svg, figure { break-inside: avoid; page-break-inside: avoid; }\n"
      "h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }\n"
      "a { color: inherit; text-decoration: none; }\n"
      "</style>\n";
  const auto at = html.find("</head>");
  if (at == std::string::npos) return css + html;
  return html.substr(0, at) + css + html.substr(at);
}

}  // namespace kvalis::exports
