#include "benchmark/export/report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "benchmark/export/benchmark_tables.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/rounding.hpp"
#include "platform/export/html.hpp"

namespace kvalis::exports {
namespace {

constexpr const char* kStyle = R"(
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733; margin: 24px; }
  h1 { font-size: 18pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 2px solid #2f5d8a; }
  h3 { font-size: 11pt; margin: 14px 0 4px; }
  .meta { color: #52606d; margin-bottom: 10px; } .note { color: #52606d; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
  th, td { border: 1px solid #c7d0d9; padding: 3px 6px; text-align: left; vertical-align: middle; }
  th { background: #e8eef4; font-weight: bold; } td.num { text-align: right; white-space: nowrap; }
  tr.own td { background: #fff6d6; font-weight: bold; } .suppressed { color: #8a6d3b; font-style: italic; }
  .good { color: #1e7b34; } .reserve { color: #a33a1e; }
  svg { display: block; } section { page-break-inside: avoid; }
  @page { size: A4; margin: 14mm; }
  @media print { body { margin: 0; font-size: 9.5pt; } h2 { page-break-after: avoid; } .noprint { display: none; } }
)";

std::string num(const std::optional<double>& v) { return v ? format_cs(*v) : "–"; }

std::string head(const std::string& title, const std::string& organisation) {
  return "<!DOCTYPE html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\">" + organisation_meta(organisation) +
         "<title>" + html_escape(title) + "</title><style>" + kStyle + "</style></head><body>\n";
}

std::string method_paragraph(const ComparisonView& view) {
  std::string p = std::string("<p class=\"note\">Kvartily a medián: ") + kQuantileMethod +
                  ". Percentilové pořadí: podíl služeb skupiny s nižší hodnotou (0 % nejnižší, 100 % nejvyšší). "
                  "Rezerva: o kolik se musí ukazatel zlepšit k mediánu skupiny, resp. k nejlepšímu kvartilu "
                  "(se zohledněním směru ukazatele).";
  if (view.audience != Audience::region) p += " Skupiny s méně než 3 službami jsou potlačeny.";
  if (view.audience == Audience::data_only) p += " Ostatní služby jsou anonymizovány.";
  return p + "</p>\n";
}

// A line chart of the service's values against the peer median over the rounds.
std::string trend_svg(const TrendView& tv) {
  std::vector<double> all;
  for (const auto& p : tv.points) {
    if (p.value) all.push_back(*p.value);
    if (p.median) all.push_back(*p.median);
  }
  if (all.size() < 2 || tv.points.size() < 2) return "";
  const double w = 240, h = 70, pad = 8;
  double lo = *std::min_element(all.begin(), all.end()), hi = *std::max_element(all.begin(), all.end());
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  const std::size_t n = tv.points.size();
  auto x = [&](std::size_t i) { return pad + (w - 2 * pad) * static_cast<double>(i) / static_cast<double>(n - 1); };
  auto y = [&](double v) { return h - pad - (h - 2 * pad) * (v - lo) / (hi - lo); };
  auto line = [&](bool median, const char* colour, const char* dash) {
    std::ostringstream path;
    bool pen = false;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& v = median ? tv.points[i].median : tv.points[i].value;
      if (!v) {
        pen = false;
        continue;
      }
      char buf[64];
      std::snprintf(buf, sizeof buf, "%c%.1f %.1f ", pen ? 'L' : 'M', x(i), y(*v));
      path << buf;
      pen = true;
    }
    return std::string("<path d=\"") + path.str() + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" +
           (dash[0] ? std::string(" stroke-dasharray=\"") + dash + "\"" : "") + "/>";
  };
  std::ostringstream svg;
  svg << "<svg width=\"" << w << "\" height=\"" << h << "\" viewBox=\"0 0 " << w << " " << h
      << "\" role=\"img\" aria-label=\"Vývoj hodnoty a mediánu skupiny\">"
      << "<rect x=\"0\" y=\"0\" width=\"" << w << "\" height=\"" << h << "\" fill=\"#fafbfc\"/>"
      << line(true, "#8595a6", "4 3") << line(false, "#c0392b", "");
  for (std::size_t i = 0; i < n; ++i)
    if (tv.points[i].value) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#c0392b\"/>", x(i),
                    y(*tv.points[i].value));
      svg << buf;
    }
  svg << "</svg>";
  return svg.str();
}

const PeerGroupView* group_of_service(const IndicatorView& iv, long long service_id, const ScoreView** score) {
  for (const auto& g : iv.groups)
    for (const auto& s : g.scores)
      if (s.service.service_id && *s.service.service_id == service_id) {
        *score = &s;
        return &g;
      }
  return nullptr;
}

std::string box_for(const PeerGroupView& g, const std::vector<double>& marks) {
  if (g.suppressed || !g.min || !g.q1 || !g.median || !g.q3 || !g.max) return "";
  return box_plot_svg(*g.min, *g.q1, *g.median, *g.q3, *g.max, marks);
}

}  // namespace

// A reserve as the screen shows it (ComparisonPage, hasReserve): none ("–") unless the service must improve.
static std::string reserve_text(const std::optional<double>& reserve) {
  return reserve && *reserve > 0 ? format_cs(*reserve) : std::string("–");
}

std::string service_report_html(const ServiceReport& r) {
  const auto& view = r.comparison;
  std::ostringstream out;
  out << head("Benchmarking – " + r.service.name, r.service.provider_name);
  out << "<h1>" << html_escape(r.service.name) << "</h1>\n<div class=\"meta\">" << html_escape(r.service.provider_name)
      << " · " << html_escape(r.kind_name) << "<br>Pracovní skupina: " << html_escape(view.round.group_name)
      << " · Kolo: " << html_escape(view.round.name) << " (" << view.round.period_year << ")"
      << " · Vytvořeno " << html_escape(czech_date(r.generated_on)) << "</div>\n";
  out << method_paragraph(view);

  // Indicators against peers.
  out << "<section><h2>Ukazatele ve srovnání se skupinou</h2>\n<table><thead><tr><th>Ukazatel</th><th>Směr</th>"
         "<th>Hodnota</th><th>n</th><th>Q1</th><th>Medián</th><th>Q3</th><th>Pořadí</th><th>Rozložení skupiny</th>"
         "</tr></thead><tbody>\n";
  struct Reserve {
    std::string name, unit;
    double to_median, to_best, relative;
  };
  std::vector<Reserve> reserves;
  for (const auto& iv : view.indicators) {
    const ScoreView* score = nullptr;
    const PeerGroupView* g = group_of_service(iv, r.service.id, &score);
    const auto& ind = iv.indicator;
    out << "<tr><td>" << html_escape(ind.name_cs)
        << (ind.unit.empty() ? "" : " <span class=\"note\">(" + html_escape(ind.unit) + ")</span>") << "</td><td>"
        << (ind.direction == "lower" ? "↓" : "↑") << "</td>";
    if (!g || !score) {
      out << "<td colspan=\"7\" class=\"note\">služba nemá v tomto kole hodnotu</td></tr>\n";
      continue;
    }
    out << "<td class=\"num\">"
        << (score->value
                ? format_cs(*score->value)
                : "<span class=\"note\">" + html_escape(reason_cs(score->missing_reason, view.names)) + "</span>")
        << "</td>";
    if (g->suppressed) {
      out << "<td colspan=\"6\" class=\"suppressed\">" << kSuppressedNote << "</td></tr>\n";
      continue;
    }
    out << "<td class=\"num\">" << (g->n ? std::to_string(*g->n) : "–") << "</td><td class=\"num\">" << num(g->q1)
        << "</td><td class=\"num\">" << num(g->median) << "</td><td class=\"num\">" << num(g->q3)
        << "</td><td class=\"num\">" << percent_text(score->percent_rank) << "</td><td>"
        << box_for(*g, score->value ? std::vector<double>{*score->value} : std::vector<double>{}) << "</td></tr>\n";
    if (score->reserve_median && score->reserve_best && (*score->reserve_best > 0 || *score->reserve_median > 0)) {
      const double base = g->median && std::fabs(*g->median) > 1e-12 ? std::fabs(*g->median) : 1.0;
      reserves.push_back(
          {ind.name_cs, ind.unit, *score->reserve_median, *score->reserve_best, *score->reserve_best / base});
    }
  }
  out << "</tbody></table></section>\n";

  // Reserves, largest first (relative to the median, so different units compare).
  std::sort(reserves.begin(), reserves.end(),
            [](const Reserve& a, const Reserve& b) { return a.relative > b.relative; });
  out << "<section><h2>Rezervy</h2>\n";
  if (reserves.empty()) {
    out << "<p class=\"good\">Ve všech ukazatelích s hodnotou je služba v nejlepším kvartilu své skupiny.</p>\n";
  } else {
    out << "<table><thead><tr><th>Ukazatel</th><th>Rezerva k mediánu</th><th>Rezerva k nejlepšímu kvartilu</th>"
           "<th>Relativně k mediánu</th></tr></thead><tbody>\n";
    for (const auto& x : reserves) {
      char rel[32];
      std::snprintf(rel, sizeof rel, "%.0f %%", x.relative * 100.0);
      out << "<tr><td>" << html_escape(x.name) << "</td><td class=\"num reserve\">" << format_cs(x.to_median) << " "
          << html_escape(x.unit) << "</td><td class=\"num reserve\">" << format_cs(x.to_best) << " "
          << html_escape(x.unit) << "</td><td class=\"num\">" << rel << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</section>\n";

  // Trends.
  out << "<section><h2>Vývoj v čase</h2>\n<p class=\"note\">Červeně hodnota služby, šedě přerušovaně medián "
         "skupiny.</p>\n";
  for (const auto& tv : r.trends.indicators) {
    out << "<h3>" << html_escape(tv.indicator.name_cs) << "</h3>\n<table><thead><tr><th>Kolo</th>";
    for (const auto& p : tv.points) out << "<th>" << html_escape(p.round.name) << "</th>";
    out << "<th rowspan=\"3\">" << trend_svg(tv) << "</th></tr></thead><tbody><tr><td>Hodnota</td>";
    for (const auto& p : tv.points) out << "<td class=\"num\">" << num(p.value) << "</td>";
    out << "</tr><tr><td>Medián skupiny</td>";
    for (const auto& p : tv.points)
      out << "<td class=\"num\">"
          << (p.suppressed ? std::string("<span class=\"suppressed\">potlačeno</span>") : num(p.median)) << "</td>";
    out << "</tr></tbody></table>\n";
  }
  out << "</section>\n</body></html>\n";
  return out.str();
}

std::string group_report_html(const GroupReport& r) {
  const auto& view = r.comparison;
  std::ostringstream out;
  out << head("Benchmarking – " + r.group.name, "Pracovní skupina " + r.group.name);
  out << "<h1>" << html_escape(r.group.name) << "</h1>\n<div class=\"meta\">Kolo: " << html_escape(view.round.name)
      << " (" << view.round.period_year << ") · Vytvořeno " << html_escape(czech_date(r.generated_on)) << "</div>\n";
  out << method_paragraph(view);

  // Medians over time: indicator code → peer key → round → median.
  std::map<std::string, std::map<std::string, std::map<long long, std::optional<double>>>> medians;
  for (const auto& h : r.history)
    for (const auto& iv : h.indicators)
      for (const auto& g : iv.groups)
        medians[iv.indicator.code][g.peer_key][h.round.id] = g.suppressed ? std::nullopt : g.median;

  for (const auto& iv : view.indicators) {
    const auto& ind = iv.indicator;
    out << "<section><h2>" << html_escape(ind.name_cs) << "</h2>\n<p class=\"note\">" << html_escape(ind.code) << " · "
        << html_escape(ind.unit) << " · " << direction_cs(ind.direction) << " · " << html_escape(rba_cs(ind.rba))
        << "</p>\n";
    for (const auto& g : iv.groups) {
      out << "<h3>" << html_escape(g.label) << "</h3>\n";
      if (g.suppressed) {
        out << "<p class=\"suppressed\">" << kSuppressedNote << "</p>\n";
        continue;
      }
      std::vector<double> values;
      for (const auto& s : g.scores)
        if (s.value) values.push_back(*s.value);
      out << "<table><tr><th>n</th><th>Minimum</th><th>Q1</th><th>Medián</th><th>Q3</th><th>Maximum</th><th>Průměr</th>"
             "<th>Rozložení (body = služby)</th></tr><tr><td class=\"num\">"
          << (g.n ? std::to_string(*g.n) : "–") << "</td><td class=\"num\">" << num(g.min) << "</td><td class=\"num\">"
          << num(g.q1) << "</td><td class=\"num\">" << num(g.median) << "</td><td class=\"num\">" << num(g.q3)
          << "</td><td class=\"num\">" << num(g.max) << "</td><td class=\"num\">" << num(g.mean) << "</td><td>"
          << box_for(g, values) << "</td></tr></table>\n";
      out << "<table><thead><tr><th>Služba</th><th>Hodnota</th><th>Pořadí</th><th>z-skóre</th><th>Rezerva k "
             "mediánu</th>"
             "<th>Rezerva k nejlepšímu kvartilu</th></tr></thead><tbody>\n";
      for (const auto& s : g.scores) {
        out << "<tr" << (s.service.own ? " class=\"own\"" : "") << "><td>" << html_escape(s.service.name) << "</td>";
        if (!s.value) {
          out << "<td colspan=\"5\" class=\"note\">" << html_escape(reason_cs(s.missing_reason, view.names))
              << "</td></tr>\n";
          continue;
        }
        out << "<td class=\"num\">" << format_cs(*s.value) << "</td><td class=\"num\">" << percent_text(s.percent_rank)
            << "</td><td class=\"num\">" << num(s.z_score) << "</td><td class=\"num\">"
            << reserve_text(s.reserve_median) << "</td><td class=\"num\">" << reserve_text(s.reserve_best)
            << "</td></tr>\n";
      }
      out << "</tbody></table>\n";
      const auto& over_time = medians[ind.code][g.peer_key];
      if (r.history.size() > 1) {
        out << "<table><tr><th>Medián v kolech</th>";
        for (const auto& h : r.history) out << "<th>" << html_escape(h.round.name) << "</th>";
        out << "</tr><tr><td></td>";
        for (const auto& h : r.history) {
          auto it = over_time.find(h.round.id);
          out << "<td class=\"num\">" << (it == over_time.end() ? "–" : num(it->second)) << "</td>";
        }
        out << "</tr></table>\n";
      }
    }
    out << "</section>\n";
  }

  for (const auto& d : r.dea) {
    out << "<section><h2>Efektivita (DEA) – výpočet č. " << d.run.id << "</h2>\n<p class=\"note\">"
        << model_cs(d.run.model) << ", " << orientation_cs(d.run.orientation) << ". Vstupy: ";
    for (std::size_t i = 0; i < d.run.inputs.size(); ++i)
      out << (i ? ", " : "") << html_escape(variable_name(d.names, d.run.inputs[i]));
    out << "; výstupy: ";
    for (std::size_t i = 0; i < d.run.outputs.size(); ++i)
      out << (i ? ", " : "") << html_escape(variable_name(d.names, d.run.outputs[i]));
    out << ".</p>\n<table><thead><tr><th>Služba</th><th>Efektivita</th><th>Referenční služby "
           "(λ)</th></tr></thead><tbody>\n";
    for (const auto& x : d.results) {
      std::string peers;
      for (const auto& [label, lambda] : x.peers)
        peers += (peers.empty() ? "" : ", ") + label.name + " (" + format_cs(lambda) + ")";
      out << "<tr" << (x.service.own ? " class=\"own\"" : "") << "><td>" << html_escape(x.service.name)
          << "</td><td class=\"num\">"
          << (x.efficiency ? format_cs(*x.efficiency) : html_escape(reason_cs(x.status, d.names))) << "</td><td>"
          << html_escape(peers) << "</td></tr>\n";
    }
    out << "</tbody></table></section>\n";
  }
  out << "</body></html>\n";
  return out.str();
}

}  // namespace kvalis::exports
