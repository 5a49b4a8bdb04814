#include "planning/export/impact_report.hpp"

#include <cmath>
#include <cstdio>

#include "platform/core/dates.hpp"
#include "platform/export/html.hpp"

namespace kvalis::exports {

namespace papp = planning::app;

namespace {

// The report's texts in both languages.
struct Texts {
  const char* kicker;
  const char* title;
  const char* period;
  const char* problem;
  const char* vision;
  const char* mission;
  const char* totals;
  const char* clients;
  const char* goals;
  const char* evaluations;
  const char* strategic;
  const char* objective;
  const char* service;
  const char* outcome;
  const char* share;
  const char* mean_t;
  const char* ladder;
  const char* suppressed;
  const char* no_clients;
  const char* indicator;
  const char* baseline;
  const char* target;
  const char* value;
  const char* on_target;
  const char* evidence;
  const char* yes;
  const char* no;
  const char* none;
  const char* evaluation_ids;
  const char* clients_n;
  const char* method;
  const char* printed;
  const char* sheet_goals;
  const char* sheet_indicators;
  const char* level;
  const char* code;
  const char* goal;
  const char* state;
  const char* unit;
  const char* held_on;
  const char* not_evaluated;  // an indicator without an evaluation in the period
};

const Texts kCs = {
    "Zpráva o dopadu",
    "Dopad",
    "Období",
    "Problém, který řešíme",
    "Vize",
    "Poslání",
    "Souhrn",
    "klientů",
    "cílů",
    "hodnocení",
    "Strategický cíl",
    "Provozní cíl",
    "Cíl služby",
    "Výsledky klientů",
    "podíl dosažených cílů",
    "průměrné T-skóre GAS",
    "průměrná změna na škále",
    "potlačeno (méně než 5 klientů)",
    "zatím bez hodnocených cílů klientů",
    "Ukazatel",
    "Výchozí hodnota",
    "Cílová hodnota",
    "Hodnota",
    "Na cíli",
    "Doklady",
    "ano",
    "ne",
    "–",
    "hodnocení č.",
    "klientů",
    "Čísla klientů: poslední hodnocení každého osobního cíle v období; T-skóre GAS podle Kiresuka a Shermana "
    "s korelací ρ organizace; buňky s méně než 5 klienty se mimo vlastní službu nezobrazují.",
    "Vytištěno",
    "Cíle",
    "Ukazatele",
    "Úroveň",
    "Kód",
    "Cíl",
    "Stav",
    "Jednotka",
    "Hodnoceno",
    "zatím nehodnoceno",
};

const Texts kEn = {
    "Impact report",
    "Impact",
    "Period",
    "The problem addressed",
    "Vision",
    "Mission",
    "Summary",
    "clients",
    "goals",
    "evaluations",
    "Strategic goal",
    "Objective",
    "Service goal",
    "Client outcomes",
    "share of goals attained",
    "mean GAS T-score",
    "mean ladder change",
    "suppressed (fewer than 5 clients)",
    "no rated client goals yet",
    "Indicator",
    "Baseline",
    "Target",
    "Value",
    "On target",
    "Evidence",
    "yes",
    "no",
    "–",
    "evaluation no.",
    "clients",
    "Client numbers: each personal goal's latest rating in the period; GAS T-score after Kiresuk and Sherman with "
    "the organisation's ρ; cells of fewer than 5 clients are not shown outside the client's own service.",
    "Printed",
    "Goals",
    "Indicators",
    "Level",
    "Code",
    "Goal",
    "State",
    "Unit",
    "Held on",
    "not evaluated yet",
};

const Texts& texts(Lang lang) { return lang == Lang::en ? kEn : kCs; }

std::string state_name(const std::string& state, Lang lang) {
  const bool en = lang == Lang::en;
  if (state == "met") return en ? "met" : "splněn";
  if (state == "partly_met") return en ? "partly met" : "částečně splněn";
  if (state == "not_met") return en ? "not met" : "nesplněn";
  if (state == "dropped") return en ? "dropped" : "zrušen";
  return en ? "in progress" : "probíhá";  // as the web pages name an active goal
}

// One decimal at most ("62,4", "8"); a decimal comma in Czech.
std::string number(const std::optional<double>& v, Lang lang) {
  if (!v) return "–";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(*v * 10.0) / 10.0);
  std::string s = buf;
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  if (lang == Lang::cs)
    for (auto& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string date_text(const std::string& iso, Lang lang) { return lang == Lang::cs ? czech_date(iso) : iso; }

std::string esc(const std::string& s) { return html_escape(s); }

std::string esc_lines(const std::string& text) {
  std::string out;
  for (char c : html_escape(text)) {
    if (c == '\n')
      out += "<br>";
    else if (c != '\r')
      out += c;
  }
  return out;
}

std::string outcome_html(const std::optional<planning::OutcomeCell>& c, const Texts& t, Lang lang) {
  if (!c) return "";
  std::string out = "<p class=\"outcome\"><b>" + std::string(t.outcome) + ":</b> ";
  if (c->suppressed) return out + t.suppressed + "</p>";
  if (c->clients == 0) return out + t.no_clients + "</p>";
  out += std::to_string(c->clients) + " " + t.clients + "; " + t.share + " " + percent_text(c->share_attained);
  out += "; " + std::string(t.mean_t) + " " + number(c->mean_t, lang);
  if (c->sd_t) out += " (SD " + number(c->sd_t, lang) + ")";
  if (c->mean_ladder_change) out += "; " + std::string(t.ladder) + " " + number(c->mean_ladder_change, lang);
  return out + "</p>";
}

std::string indicators_html(const std::vector<papp::ImpactIndicator>& list, const Texts& t, Lang lang) {
  if (list.empty()) return "";
  std::string out = "<table><thead><tr><th>" + std::string(t.indicator) + "</th><th>" + t.baseline + "</th><th>" +
                    t.target + "</th><th>" + t.value + "</th><th>" + t.on_target + "</th><th>" + t.evidence +
                    "</th></tr></thead>";
  for (const auto& x : list) {
    const auto& i = x.indicator;
    const std::string unit = i.unit.empty() ? "" : " " + esc(i.unit);
    std::string evidence;
    if (!x.evaluation_ids.empty()) {
      evidence = t.evaluation_ids;
      for (std::size_t k = 0; k < x.evaluation_ids.size(); ++k)
        evidence += (k ? ", " : " ") + std::to_string(x.evaluation_ids[k]);
      evidence += "; " + date_text(x.held_on, lang);
      if (x.clients_n) evidence += "; " + std::to_string(*x.clients_n) + " " + t.clients_n;
    } else {
      evidence = t.not_evaluated;
    }
    const std::string value = x.value                    ? number(x.value, lang) + unit
                              : x.evaluation_ids.empty() ? std::string(t.not_evaluated)
                                                         : number(x.value, lang);
    out += "<tr><td>" + esc(i.name) + "</td><td class=\"num\">" + number(i.baseline, lang) + unit +
           "</td><td class=\"num\">" + number(i.target, lang) + unit + "</td><td class=\"num\">" + value + "</td><td>" +
           (x.on_target ? (*x.on_target ? "<span class=\"good\">" + std::string(t.yes) + "</span>"
                                        : "<span class=\"bad\">" + std::string(t.no) + "</span>")
                        : std::string(t.none)) +
           "</td><td class=\"ev\">" + evidence + "</td></tr>";
  }
  return out + "</table>";
}

std::string goal_heading(const char* tag, const char* level, const planning::store::plans_repo::GoalRow& g, Lang lang,
                         const std::string& extra = "") {
  std::string out =
      std::string("<") + tag + ">" + level + " " + esc(g.code) + (g.code.empty() ? "" : " ") + esc(g.title);
  if (g.operational_year) out += " <span class=\"note\">(" + std::to_string(g.operational_year) + ")</span>";
  out += " <span class=\"state\">" + state_name(g.state, lang) + "</span>" + extra + "</" + tag + ">";
  return out;
}

constexpr const char* kStyle = R"(
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733; margin: 24px; }
  h1 { font-size: 19pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 2px solid #2f5d8a; }
  h3 { font-size: 11pt; margin: 14px 0 4px; } h4 { font-size: 10.5pt; margin: 10px 0 4px; }
  .kicker { text-transform: uppercase; letter-spacing: .08em; color: #2f5d8a; font-size: 9pt; margin: 0 0 6px; }
  .note { color: #52606d; font-size: 9pt; } .state { font-weight: normal; font-size: 9pt; color: #52606d; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
  th, td { border: 1px solid #c7d0d9; padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: #e8eef4; } td.num { text-align: right; white-space: nowrap; } td.ev { font-size: 9pt; }
  .good { color: #1e7b34; } .bad { color: #a33a1e; } .outcome { margin: 2px 0 6px; }
  .objective { margin-left: 14px; } .service { margin-left: 28px; }
  footer { margin-top: 24px; border-top: 1px solid #c7d0d9; padding-top: 4px; color: #52606d; font-size: 8.5pt; }
  @page { size: A4; margin: 14mm; } @media print { body { margin: 0; font-size: 9.5pt; } h2, h3 { page-break-after: avoid; } }
)";

}  // namespace

std::string impact_report_html(const papp::ImpactReport& r, Lang lang, const std::string& today) {
  const auto& t = texts(lang);
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::en ? "en" : "cs") +
                    "\"><head><meta charset=\"utf-8\">" + kvalis::exports::organisation_meta(r.organisation.name) +
                    "<title>" + esc(std::string(t.kicker) + " – " + r.organisation.name) + "</title><style>" + kStyle +
                    "</style></head><body>";
  out += "<p class=\"kicker\">" + std::string(t.kicker) + "</p><h1>" + esc(r.organisation.name) + "</h1>";
  out += "<p class=\"subtitle\">" + esc(r.plan.title) + " (" + std::to_string(r.plan.year_from) + "–" +
         std::to_string(r.plan.year_to) + ") · " + t.period + " " + date_text(r.period.from, lang) + " – " +
         date_text(r.period.to, lang) + "</p>";
  if (!r.plan.problem.empty()) out += "<h2>" + std::string(t.problem) + "</h2><p>" + esc_lines(r.plan.problem) + "</p>";
  if (!r.plan.vision.empty()) out += "<h3>" + std::string(t.vision) + "</h3><p>" + esc_lines(r.plan.vision) + "</p>";
  if (!r.plan.mission.empty()) out += "<h3>" + std::string(t.mission) + "</h3><p>" + esc_lines(r.plan.mission) + "</p>";
  out += "<h2>" + std::string(t.totals) + "</h2><p>" + std::to_string(r.clients) + " " + t.clients + " · " +
         std::to_string(r.goals) + " " + t.goals + " · " + std::to_string(r.evaluations) + " " + t.evaluations + "</p>";
  for (const auto& s : r.strategic_goals) {
    out += "<section>" + goal_heading("h2", t.strategic, s.goal, lang);
    out += outcome_html(s.outcome, t, lang) + indicators_html(s.indicators, t, lang);
    for (const auto& o : s.objectives) {
      out += "<div class=\"objective\">" + goal_heading("h3", t.objective, o.goal, lang);
      out += outcome_html(o.outcome, t, lang) + indicators_html(o.indicators, t, lang);
      for (const auto& g : o.service_goals) {
        out +=
            "<div class=\"service\">" + goal_heading("h4", t.service, g.goal, lang,
                                                     " <span class=\"note\">" + esc(g.goal.service_name) + "</span>");
        out += outcome_html(g.outcome, t, lang) + indicators_html(g.indicators, t, lang) + "</div>";
      }
      out += "</div>";
    }
    out += "</section>";
  }
  out += "<footer><p>" + std::string(t.method) + "</p><p>" + t.printed + " " + date_text(today, lang) +
         " · Kvalis</p></footer></body></html>\n";
  return out;
}

std::vector<Sheet> impact_sheets(const papp::ImpactReport& r, Lang lang) {
  const auto& t = texts(lang);
  Sheet goals;
  goals.name = t.sheet_goals;
  goals.notes = {std::string(t.kicker) + ": " + r.organisation.name + " – " + r.plan.title,
                 std::string(t.period) + " " + r.period.from + " – " + r.period.to, t.method};
  goals.header = {t.level, t.code, t.goal, "", t.state, t.clients, t.goals, t.share, t.mean_t, "SD", t.ladder};
  goals.header[3] = lang == Lang::en ? "Service" : "Služba";
  Sheet indicators;
  indicators.name = t.sheet_indicators;
  indicators.notes = goals.notes;
  indicators.header = {t.code,  t.goal,      t.indicator, t.unit,           t.baseline, t.target,
                       t.value, t.on_target, t.held_on,   t.evaluation_ids, t.clients_n};
  const auto add = [&](const char* level, const planning::store::plans_repo::GoalRow& g,
                       const std::optional<planning::OutcomeCell>& c, const std::vector<papp::ImpactIndicator>& list) {
    std::vector<Cell> row{cell(level), cell(g.code), cell(g.title), cell(g.service_name),
                          cell(state_name(g.state, lang))};
    if (c && !c->suppressed) {
      row.push_back(Cell(static_cast<long long>(c->clients)));
      row.push_back(Cell(static_cast<long long>(c->goals)));
      row.push_back(cell(c->share_attained ? std::optional<double>(*c->share_attained * 100.0) : std::nullopt));
      row.push_back(cell(c->mean_t));
      row.push_back(cell(c->sd_t));
      row.push_back(cell(c->mean_ladder_change));
    } else {
      row.push_back(cell(c ? std::string(t.suppressed) : std::string()));
    }
    goals.rows.push_back(std::move(row));
    for (const auto& x : list) {
      std::string ids;
      for (long long id : x.evaluation_ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
      indicators.rows.push_back({cell(g.code), cell(g.title), cell(x.indicator.name), cell(x.indicator.unit),
                                 cell(x.indicator.baseline), cell(x.indicator.target), cell(x.value),
                                 cell(x.on_target ? std::string(*x.on_target ? t.yes : t.no) : std::string()),
                                 cell(x.held_on), cell(ids), cell(x.clients_n)});
    }
  };
  for (const auto& s : r.strategic_goals) {
    add(t.strategic, s.goal, s.outcome, s.indicators);
    for (const auto& o : s.objectives) {
      add(t.objective, o.goal, o.outcome, o.indicators);
      for (const auto& g : o.service_goals) add(t.service, g.goal, g.outcome, g.indicators);
    }
  }
  return {goals, indicators};
}

}  // namespace kvalis::exports
