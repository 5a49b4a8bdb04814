#include "quality/export/quality_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include "platform/core/dates.hpp"
#include "platform/core/rounding.hpp"
#include "platform/export/html.hpp"
#include "quality/export/quality_tables.hpp"

namespace kvalis::exports {
namespace dto = quality::app;  // the use cases' views
namespace {

constexpr const char* kStyle = R"(
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733; margin: 24px; }
  h1 { font-size: 19pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 2px solid #2f5d8a; }
  h3 { font-size: 11pt; margin: 14px 0 4px; }
  .kicker { text-transform: uppercase; letter-spacing: .08em; color: #2f5d8a; font-size: 9pt; margin: 0 0 6px; }
  .subtitle { font-size: 13pt; margin: 0 0 14px; color: #34495e; }
  .note { color: #52606d; font-size: 9pt; } .draft { border: 2px dashed #a33a1e; color: #a33a1e; padding: 6px 10px; margin: 8px 0; }
  .warning { background: #fff6d6; border-left: 4px solid #d4a017; padding: 4px 8px; margin: 4px 0; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
  th, td { border: 1px solid #c7d0d9; padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: #e8eef4; font-weight: bold; } td.num { text-align: right; white-space: nowrap; }
  table.cover th { width: 28%; background: #f3f6f9; }
  tr.standard td { background: #f3f6f9; font-weight: bold; } tr.total td { font-weight: bold; border-top: 2px solid #2f5d8a; }
  tr.failed td { background: #fbe9e5; } .crit { font-size: 9pt; color: #34495e; }
  .verdict { padding: 8px 12px; border-radius: 4px; margin: 6px 0; font-size: 12pt; font-weight: bold; }
  .verdict.pass { background: #e3f3e6; color: #1e7b34; border: 1px solid #1e7b34; }
  .verdict.fail { background: #fbe9e5; color: #a33a1e; border: 1px solid #a33a1e; }
  .verdict.incomplete { background: #f3f6f9; color: #52606d; border: 1px solid #8595a6; }
  .good { color: #1e7b34; } .bad { color: #a33a1e; } .overdue { color: #a33a1e; font-weight: bold; }
  .finding { page-break-inside: avoid; margin-bottom: 10px; }
  footer { margin-top: 24px; border-top: 1px solid #c7d0d9; padding-top: 4px; color: #52606d; font-size: 8.5pt; }
  svg { display: block; } section { page-break-inside: auto; } .chart { page-break-inside: avoid; }
  @page { size: A4; margin: 14mm; }
  @media print { body { margin: 0; font-size: 9.5pt; } h2, h3 { page-break-after: avoid; } .noprint { display: none; }
                 .cover-page { page-break-after: always; } }
)";

std::string esc(const std::string& text) { return html_escape(text); }

// Multi-line text keeps its line breaks.
std::string esc_lines(const std::string& text) {
  std::string out = html_escape(text), result;
  for (char c : out) {
    if (c == '\n')
      result += "<br>";
    else if (c != '\r')
      result += c;
  }
  return result;
}

// 2026-03-05 → 5. 3. 2026; a timestamp keeps only its date; anything else stays as it is.
std::string period_cs(const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return "–";
  if (to.empty() || to == from) return czech_date(from);
  if (from.empty()) return czech_date(to);
  return czech_date(from) + " – " + czech_date(to);
}

std::string percent_cs(const std::optional<double>& percent) {
  if (!percent) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", round_half_away(*percent, 1));
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  return s + "\u00A0%";
}

std::string change_cs(const std::optional<double>& points) {
  if (!points) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", round_half_away(*points, 1));
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  if (s[0] == '-') s = "−" + s.substr(1);
  return s + "\u00A0p.\u00A0b.";
}

std::string points_text(double v) { return format_number(std::round(v * 1000.0) / 1000.0, true); }

std::string head(const std::string& title, const std::string& organisation) {
  return "<!DOCTYPE html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\">" + organisation_meta(organisation) +
         "<title>" + esc(title) + "</title><style>" + kStyle + "</style></head><body>\n";
}

std::string row(const std::string& label, const std::string& value_html) {
  return "<tr><th>" + label + "</th><td>" + value_html + "</td></tr>\n";
}

std::string scale_text(const dto::QScale& scale) {
  std::string out = esc(scale.name_cs.empty() ? scale.code : scale.name_cs);
  std::string levels;
  for (const auto& l : scale.levels)
    levels += (levels.empty() ? "" : ", ") + esc(l.label_cs) + " " +
              (l.points ? "(" + points_text(*l.points) + ")" : std::string("(mimo hodnocení)"));
  return levels.empty() ? out : out + " <span class=\"note\">– " + levels + "</span>";
}

std::optional<double> percent_of(const std::optional<double>& share) {
  if (!share) return std::nullopt;
  return *share * 100.0;
}

void cover(std::ostringstream& out, const dto::QAudit& a) {
  const auto& s = a.summary;
  out << "<div class=\"cover-page\">\n<p class=\"kicker\">Zpráva z hodnocení kvality sociální služby</p>\n<h1>"
      << esc(audit_type_cs(s.type)) << "</h1>\n<p class=\"subtitle\">" << esc(s.title) << "</p>\n";
  if (s.status != "closed")
    out << "<p class=\"draft\">Pracovní verze: audit dosud není uzavřen, výsledky jsou průběžné.</p>\n";
  out << "<table class=\"cover\"><tbody>\n";
  out << row("Hodnocená služba",
             s.service_name.empty()
                 ? "–"
                 : esc(s.service_name) + (s.kind_code.empty() ? ""
                                                              : " <span class=\"note\">(" +
                                                                    esc(service_kind_cs(s.kind_code)) + ")</span>"));
  out << row(s.service_name.empty() ? "Hodnocená organizace" : "Poskytovatel", esc(s.audited_org_name));
  out << row("Místo hodnocení", a.place.empty() ? "–" : esc(a.place));
  out << row("Termín", esc(period_cs(s.starts_on, s.ends_on)));
  out << row("Hodnocení provedl", esc(s.conducted_by_name));
  std::string leader;
  for (const auto& m : a.team)
    if (m.role == "leader") leader = m.name;
  if (!leader.empty()) out << row("Vedoucí týmu", esc(leader));
  out << row("Sada standardů", esc(a.set_name) + " <span class=\"note\">(" + esc(s.set_code) + ", verze " +
                                   std::to_string(s.set_version) + ")</span>");
  if (!a.template_name.empty()) out << row("Šablona hodnocení", esc(a.template_name));
  out << row("Hodnoticí škála", scale_text(a.scale));
  out << row("Pravidlo pro splnění", esc(pass_rule_cs(a.pass_rule, a.scale)));
  out << row("Stav",
             esc(audit_status_cs(s.status)) + (a.closed_at.empty() ? "" : ", uzavřen " + esc(czech_date(a.closed_at))));
  out << row("Výsledek", "<strong>" + esc(verdict_cs(a.results.verdict)) + "</strong>, " +
                             percent_cs(a.results.total.percent) + " maxima bodů");
  if (s.previous_audit_id) out << row("Navazuje na audit", "č. " + std::to_string(*s.previous_audit_id));
  out << "</tbody></table>\n";
  for (const auto& w : a.warnings)
    out << "<p class=\"warning\">" << esc(w.message.empty() ? w.code : w.message) << "</p>\n";
  out << "</div>\n";
}

void team_and_methods(std::ostringstream& out, const dto::QAudit& a) {
  out << "<section><h2>Hodnoticí tým</h2>\n";
  if (a.team.empty()) {
    out << "<p class=\"note\">Tým není uveden.</p>\n";
  } else {
    auto team = a.team;
    std::stable_sort(team.begin(), team.end(),
                     [](const auto& x, const auto& y) { return (x.role == "leader") > (y.role == "leader"); });
    out << "<table><thead><tr><th>Jméno</th><th>Role</th></tr></thead><tbody>\n";
    for (const auto& m : team)
      out << "<tr><td>" << esc(m.name) << "</td><td>" << esc(team_role_cs(m.role)) << "</td></tr>\n";
    out << "</tbody></table>\n";
  }
  out << "</section>\n<section><h2>Použité metody</h2>\n";
  if (a.methods.empty()) {
    out << "<p class=\"note\">Metody nejsou uvedeny.</p>\n";
  } else {
    out << "<ul>\n";
    for (const auto& m : a.methods) out << "<li>" << esc(audit_method_cs(m)) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void verdict(std::ostringstream& out, const dto::QAudit& a) {
  const auto& r = a.results;
  const std::string cls = r.verdict == "pass" || r.verdict == "fail" ? r.verdict : "incomplete";
  out << "<section><h2>Celkový výsledek</h2>\n<div class=\"verdict " << cls << "\">" << esc(verdict_cs(r.verdict))
      << " – " << points_text(r.total.points) << " z " << points_text(r.total.max) << " bodů ("
      << percent_cs(r.total.percent) << ")</div>\n";
  if (!r.reasons.empty()) {
    out << "<p>" << (r.verdict == "fail" ? "Důvody nesplnění:" : "Upozornění k výsledku:") << "</p>\n<ul>\n";
    for (const auto& reason : r.reasons) {
      std::string text = reason.message;
      if (text.empty()) text = reason.kind + (reason.criterion_code.empty() ? "" : " " + reason.criterion_code);
      out << "<li>" << esc(text) << "</li>\n";
    }
    out << "</ul>\n";
  } else if (r.verdict == "pass") {
    out << "<p class=\"good\">Audit splnil všechny podmínky pravidla.</p>\n";
  }
  if (!a.summary_text.empty()) out << "<h3>Shrnutí</h3>\n<p>" << esc_lines(a.summary_text) << "</p>\n";
  out << "</section>\n";
}

void by_standard(std::ostringstream& out, const dto::QAudit& a) {
  const auto& r = a.results;
  const auto std_threshold = percent_of(a.pass_rule.min_share_per_standard);
  const auto total_threshold = percent_of(a.pass_rule.min_share);
  out << "<section><h2>Výsledky podle standardů</h2>\n<table><thead><tr><th>Standard</th><th>Název</th><th>Body</th>"
         "<th>Maximum</th><th>% maxima</th><th>Graf</th><th>Hodnoceno</th></tr></thead><tbody>\n";
  for (const auto& s : r.standards) {
    out << "<tr><td class=\"num\">" << s.standard << "</td><td>" << esc(s.name_cs) << "</td><td class=\"num\">"
        << points_text(s.score.points) << "</td><td class=\"num\">" << points_text(s.score.max)
        << "</td><td class=\"num\">" << percent_cs(s.score.percent) << "</td><td>"
        << (s.score.percent ? percent_bar_svg(*s.score.percent, std_threshold) : "") << "</td><td class=\"num\">"
        << s.scored << " z " << s.criteria
        << (s.not_applicable ? ", " + std::to_string(s.not_applicable) + " nevztahuje se" : "")
        << (s.not_scored ? ", <span class=\"bad\">" + std::to_string(s.not_scored) + " chybí</span>" : "")
        << "</td></tr>\n";
  }
  out << "<tr class=\"total\"><td></td><td>Celkem</td><td class=\"num\">" << points_text(r.total.points)
      << "</td><td class=\"num\">" << points_text(r.total.max) << "</td><td class=\"num\">"
      << percent_cs(r.total.percent) << "</td><td>"
      << (r.total.percent ? percent_bar_svg(*r.total.percent, total_threshold) : "") << "</td><td></td></tr>\n";
  out << "</tbody></table>\n";
  if (std_threshold || total_threshold)
    out << "<p class=\"note\">Svislá čárka v grafu: požadovaný podíl maxima podle pravidla.</p>\n";
  const std::string radar = standards_radar_svg(r.standards);
  if (!radar.empty()) out << "<div class=\"chart\"><h3>Podíl maxima podle standardů</h3>\n" << radar << "</div>\n";
  out << "</section>\n";
}

void by_criterion(std::ostringstream& out, const dto::QAudit& a) {
  std::set<std::string> failed;
  for (const auto& reason : a.results.reasons)
    if (reason.kind == "essential_failed") failed.insert(reason.criterion_code);
  out << "<section><h2>Výsledky podle kritérií</h2>\n<table><thead><tr><th>Kód</th><th>Zásadní</th><th>Kritérium</th>"
         "<th>Hodnocení</th><th>Body / max.</th><th>Poznámka</th></tr></thead><tbody>\n";
  int current = -1;
  for (const auto& c : a.criteria) {
    if (c.standard != current) {
      current = c.standard;
      std::string name;
      for (const auto& s : a.standards)
        if (s.number == c.standard) name = s.name_cs;
      if (name.empty())
        for (const auto& s : a.results.standards)
          if (s.standard == c.standard) name = s.name_cs;
      out << "<tr class=\"standard\"><td colspan=\"6\">Standard " << c.standard
          << (name.empty() ? "" : " – " + esc(name)) << "</td></tr>\n";
    }
    std::string level = level_label_cs(a, c.level_code);
    if (c.state == "not_scored")
      level = "<span class=\"note\">dosud nehodnoceno</span>";
    else
      level = esc(level);
    std::string points = c.state == "scored"           ? points_text(c.points) + " / " + points_text(c.max)
                         : c.state == "not_applicable" ? "–"
                                                       : "– / " + points_text(c.max);
    out << "<tr" << (failed.count(c.code) ? " class=\"failed\"" : "") << "><td>" << esc(c.code) << "</td><td>"
        << (c.essential ? "zásadní" : "") << "</td><td class=\"crit\">" << esc(c.text_cs) << "</td><td>" << level
        << "</td><td class=\"num\">" << points << "</td><td>" << esc_lines(c.note) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  if (!failed.empty())
    out << "<p class=\"note\">Zvýrazněná kritéria: zásadní kritéria, která nedosáhla požadované úrovně.</p>\n";
  out << "</section>\n";
}

std::string status_html(const dto::QAction& x) {
  std::string s = esc(action_status_cs(x.status));
  if (x.due_state == "overdue")
    s += "<br><span class=\"overdue\">po termínu " + std::to_string(x.days_overdue) + " dní</span>";
  else if (x.due_state == "awaiting_verification")
    s += "<br><span class=\"note\">čeká na ověření</span>";
  if (!x.done_date.empty() && x.status != "open")
    s += "<br><span class=\"note\">splněno " + esc(czech_date(x.done_date)) + "</span>";
  return s;
}

std::string verification_html(const dto::QAction& x) {
  std::string s;
  if (x.status == "verified")
    s = "ověřeno " + esc(czech_date(x.verified_date)) +
        (x.verification_evidence.empty() ? "" : ": " + esc(x.verification_evidence));
  if (!x.rejection_reason.empty())
    s += (s.empty() ? "" : "<br>") + std::string("<span class=\"bad\">vráceno k dopracování:</span> ") +
         esc(x.rejection_reason);
  return s.empty() ? "–" : s;
}

void findings(std::ostringstream& out, const dto::QAudit& a) {
  out << "<section><h2>Zjištění a nápravná opatření</h2>\n";
  if (a.findings.empty()) {
    out << "<p class=\"note\">Audit nezaznamenal žádná zjištění.</p>\n</section>\n";
    return;
  }
  int n = 0;
  for (const auto& f : a.findings) {
    out << "<div class=\"finding\"><h3>" << ++n << ". "
        << (f.criterion_code.empty() ? std::string("Obecné zjištění") : "Kritérium " + esc(f.criterion_code))
        << " <span class=\"note\">(závažnost " << esc(severity_cs(f.severity)) << ")</span></h3>\n<p>"
        << esc_lines(f.text) << "</p>\n";
    if (!f.recommendation.empty()) out << "<p><em>Doporučení:</em> " << esc_lines(f.recommendation) << "</p>\n";
    if (f.actions.empty()) {
      out << "<p class=\"note\">K zjištění dosud není stanoveno nápravné opatření.</p>\n";
    } else {
      out << "<table><thead><tr><th>Nápravné opatření</th><th>Odpovídá</th><th>Termín</th><th>Stav</th>"
             "<th>Ověření</th></tr></thead><tbody>\n";
      for (const auto& x : f.actions)
        out << "<tr><td>" << esc_lines(x.text) << "</td><td>" << esc(x.owner) << "</td><td class=\"num\">"
            << esc(czech_date(x.due_date)) << "</td><td>" << status_html(x) << "</td><td>" << verification_html(x)
            << "</td></tr>\n";
      out << "</tbody></table>\n";
    }
    out << "</div>\n";
  }
  out << "</section>\n";
}

// A level of the previous or current audit: its Czech label when the audit's scale knows the code.
std::string compared_level(const dto::QAudit& a, const std::string& code) {
  if (code.empty()) return "–";
  return level_label_cs(a, code);
}

void comparison_section(std::ostringstream& out, const dto::QAudit& a, const dto::QComparison& c) {
  out << "<section><h2>Srovnání s předchozím auditem</h2>\n<p>Předchozí audit: " << esc(c.previous_title)
      << (c.previous_ends_on.empty() ? "" : " (" + esc(czech_date(c.previous_ends_on)) + ")")
      << ". Kritérií zlepšených: " << c.improved << ", zhoršených: " << c.worsened << ", beze změny: " << c.same
      << ".</p>\n";
  out << "<table><thead><tr><th>Standard</th><th>Název</th><th>Předchozí</th><th>Nyní</th><th>Změna</th><th>Vývoj</th>"
         "</tr></thead><tbody>\n";
  auto line = [&](const dto::QScoreComparison& s, bool total) {
    const std::string cls = s.kind == "improved" ? "good" : s.kind == "worsened" ? "bad" : "";
    out << "<tr" << (total ? " class=\"total\"" : "") << "><td class=\"num\">"
        << (total ? "" : std::to_string(s.standard)) << "</td><td>" << (total ? std::string("Celkem") : esc(s.name_cs))
        << "</td><td class=\"num\">" << percent_cs(s.previous_percent) << "</td><td class=\"num\">"
        << percent_cs(s.current_percent) << "</td><td class=\"num " << cls << "\">" << change_cs(s.change_points)
        << "</td><td class=\"" << cls << "\">" << esc(change_kind_cs(s.kind)) << "</td></tr>\n";
  };
  for (const auto& s : c.standards) line(s, false);
  line(c.total, true);
  out << "</tbody></table>\n";
  std::vector<const dto::QCriterionComparison*> changed;
  for (const auto& x : c.criteria)
    if (x.kind != "same") changed.push_back(&x);
  if (changed.empty()) {
    out << "<p class=\"note\">Hodnocení žádného kritéria se nezměnilo.</p>\n";
  } else {
    out << "<h3>Změny u kritérií</h3>\n<table><thead><tr><th>Kód</th><th>Předchozí hodnocení</th><th>Nyní</th>"
           "<th>Změna</th><th>Vývoj</th></tr></thead><tbody>\n";
    for (const auto* x : changed) {
      const std::string cls = x->kind == "improved" ? "good" : x->kind == "worsened" ? "bad" : "";
      out << "<tr><td>" << esc(x->code) << "</td><td>" << esc(compared_level(a, x->previous_level)) << "</td><td>"
          << esc(compared_level(a, x->current_level)) << "</td><td class=\"num " << cls << "\">"
          << change_cs(x->change_points) << "</td><td class=\"" << cls << "\">" << esc(change_kind_cs(x->kind))
          << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</section>\n";
}

}  // namespace

std::string percent_bar_svg(double percent, const std::optional<double>& threshold, double width, double height) {
  const double p = std::clamp(percent, 0.0, 100.0);
  const bool below = threshold && percent + 1e-9 < *threshold;
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      "<svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%.0f %% maxima\">"
      "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#eef2f6\"/>"
      "<rect x=\"0\" y=\"0\" width=\"%.1f\" height=\"%.0f\" fill=\"%s\"/>",
      width, height, width, height, p, width, height, width * p / 100.0, height, below ? "#c0392b" : "#2f5d8a");
  std::string svg = buf;
  if (threshold) {
    const double x = width * std::clamp(*threshold, 0.0, 100.0) / 100.0;
    std::snprintf(buf, sizeof buf,
                  "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#1d2733\" stroke-width=\"2\"/>", x, x,
                  height);
    svg += buf;
  }
  return svg + "</svg>";
}

std::string standards_radar_svg(const std::vector<dto::QStandardResult>& standards, double size) {
  std::vector<const dto::QStandardResult*> axes;
  for (const auto& s : standards)
    if (s.score.percent) axes.push_back(&s);
  if (axes.size() < 3) return "";
  const double c = size / 2, radius = size / 2 - 26;
  const double pi = std::acos(-1.0);
  const std::size_t n = axes.size();
  auto point = [&](std::size_t i, double percent) {
    const double angle = -pi / 2 + 2 * pi * static_cast<double>(i) / static_cast<double>(n);
    const double r = radius * std::clamp(percent, 0.0, 100.0) / 100.0;
    return std::make_pair(c + r * std::cos(angle), c + r * std::sin(angle));
  };
  char buf[256];
  std::ostringstream svg;
  svg << "<svg width=\"" << size << "\" height=\"" << size << "\" viewBox=\"0 0 " << size << " " << size
      << "\" role=\"img\" aria-label=\"Paprskový graf: podíl maxima podle standardů\">";
  for (double ring : {25.0, 50.0, 75.0, 100.0}) {
    std::string pts;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = point(i, ring);
      std::snprintf(buf, sizeof buf, "%.1f,%.1f ", x, y);
      pts += buf;
    }
    svg << "<polygon points=\"" << pts << "\" fill=\"none\" stroke=\"#c7d0d9\" stroke-width=\""
        << (ring == 100 ? 1.5 : 0.8) << "\"/>";
  }
  std::string values;
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = point(i, 100);
    std::snprintf(buf, sizeof buf,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c7d0d9\" stroke-width=\"0.8\"/>", c,
                  c, x, y);
    svg << buf;
    auto [lx, ly] = point(i, 100 * (radius + 14) / radius);
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" dominant-baseline=\"middle\" "
                  "fill=\"#1d2733\">%d</text>",
                  lx, ly, axes[i]->standard);
    svg << buf;
    auto [vx, vy] = point(i, *axes[i]->score.percent);
    std::snprintf(buf, sizeof buf, "%.1f,%.1f ", vx, vy);
    values += buf;
  }
  svg << "<polygon points=\"" << values
      << "\" fill=\"#2f5d8a\" fill-opacity=\"0.25\" stroke=\"#2f5d8a\" stroke-width=\"2\"/>";
  for (std::size_t i = 0; i < n; ++i) {
    auto [vx, vy] = point(i, *axes[i]->score.percent);
    std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#2f5d8a\"/>", vx, vy);
    svg << buf;
  }
  svg << "<text x=\"4\" y=\"" << size - 4
      << "\" font-size=\"8\" fill=\"#52606d\">kruhy po 25 % maxima; čísla = standardy</text>";
  svg << "</svg>";
  return svg.str();
}

std::string audit_report_html(const dto::QAudit& audit, const std::optional<dto::QComparison>& comparison,
                              const std::string& generated_on) {
  std::ostringstream out;
  const auto& s = audit.summary;
  out << head(audit_type_cs(s.type) + " – " + (s.service_name.empty() ? s.audited_org_name : s.service_name),
              s.audited_org_name);
  cover(out, audit);
  team_and_methods(out, audit);
  verdict(out, audit);
  by_standard(out, audit);
  by_criterion(out, audit);
  findings(out, audit);
  if (comparison) comparison_section(out, audit, *comparison);
  out << "<footer>Zprávu vytvořil systém Kvalis dne " << esc(czech_date(generated_on)) << " · audit č. " << s.id
      << ", revize " << audit.revision << " · " << esc(s.title) << "</footer>\n</body></html>\n";
  return out.str();
}

}  // namespace kvalis::exports
