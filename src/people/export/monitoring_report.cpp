#include "people/export/monitoring_report.hpp"

#include <cmath>

#include "platform/core/dates.hpp"
#include "platform/export/html.hpp"

namespace kvalis::exports {

namespace papp = people::app;

namespace {

struct Texts {
  const char *kicker, *period, *registration, *programme, *manager, *activities, *code, *activity, *dates, *schedule,
      *output, *target, *in_period, *cumulative, *records, *none, *budget, *category, *planned, *spent_period,
      *spent_cumulative, *remaining, *share, *total, *indicators, *indicator, *value, *value_period, *met, *yes, *no,
      *publicity, *duty, *due, *done, *evidence, *overdue, *method, *printed, *hidden, *kind;
};

const Texts kCs = {"Monitorovací zpráva projektu",
                   "Sledované období",
                   "Registrační číslo",
                   "Program",
                   "Manažer projektu",
                   "Klíčové aktivity",
                   "Kód",
                   "Aktivita",
                   "Termín",
                   "Stav harmonogramu",
                   "Výstup",
                   "Cíl",
                   "V období",
                   "Celkem do konce období",
                   "Záznamy v Kvalisu za období",
                   "–",
                   "Rozpočet podle kategorií (Kč)",
                   "Kategorie",
                   "Plán",
                   "Čerpáno v období",
                   "Čerpáno celkem",
                   "Zbývá",
                   "Čerpání",
                   "Celkem",
                   "Ukazatele",
                   "Ukazatel",
                   "Hodnota ke konci období",
                   "Hodnota v období",
                   "Splněno",
                   "ano",
                   "ne",
                   "Povinná publicita",
                   "Povinnost",
                   "Termín",
                   "Splněno dne",
                   "Doklad",
                   "po termínu",
                   "Výstupy aktivit se počítají z odkazů na záznamy v Kvalisu (audity, školení, plány, schůzky, kola "
                   "benchmarkingu, supervize) podle data záznamu, ne z ručně zadaných čísel.",
                   "Vytištěno",
                   "záznam bez oprávnění ke čtení",
                   "Druh"};

const Texts kEn = {"Project monitoring report",
                   "Period",
                   "Registration number",
                   "Programme",
                   "Project manager",
                   "Key activities",
                   "Code",
                   "Activity",
                   "Dates",
                   "Schedule",
                   "Output",
                   "Target",
                   "In the period",
                   "Cumulative to the period's end",
                   "Kvalis records of the period",
                   "–",
                   "Budget by category (CZK)",
                   "Category",
                   "Planned",
                   "Spent in the period",
                   "Spent in total",
                   "Remaining",
                   "Spent",
                   "Total",
                   "Indicators",
                   "Indicator",
                   "Value at the period's end",
                   "Value in the period",
                   "Met",
                   "yes",
                   "no",
                   "Publicity duties",
                   "Duty",
                   "Due",
                   "Done on",
                   "Evidence",
                   "overdue",
                   "Activity outputs are counted from the links to Kvalis records (audits, training sessions, plans, "
                   "meetings, benchmark rounds, supervisions) by the record's date, not from typed numbers.",
                   "Printed",
                   "a record you may not read",
                   "Kind"};

const Texts& texts(Lang lang) { return lang == Lang::en ? kEn : kCs; }

std::string esc(const std::string& s) { return html_escape(s); }

std::string date_text(const std::string& d, Lang lang) { return lang == Lang::en ? d : czech_date(d); }

// A whole number (a target of 8 meetings, an amount in crowns) without decimals and with its thousands grouped
// ("8", "1 440 000" / "1,440,000"), not "8,00" or "1440000"; others as the language writes them.
std::string number(double v, Lang lang) {
  if (std::fabs(v) < 1e12 && v == std::floor(v)) {
    const std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += lang == Lang::en ? "," : "\u202F";
      grouped += digits[i];
    }
    return (v < 0 ? (lang == Lang::en ? "-" : "−") : "") + grouped;
  }
  return lang == Lang::en ? format_number(v) : format_cs(v);
}
std::string number(const std::optional<double>& v, Lang lang) { return v ? number(*v, lang) : "–"; }

std::string kind_name(const std::string& kind, Lang lang) {
  struct Name {
    const char *kind, *cs, *en;
  };
  static constexpr Name kNames[] = {{"audit", "audity", "audits"},
                                    {"training_session", "školení", "training sessions"},
                                    {"strategic_plan", "strategické plány", "strategic plans"},
                                    {"operational_plan", "operační plány", "operational plans"},
                                    {"meeting", "schůzky", "meetings"},
                                    {"benchmark_round", "kola benchmarkingu", "benchmark rounds"},
                                    {"supervision", "supervize", "supervisions"}};
  for (const auto& n : kNames)
    if (kind == n.kind) return lang == Lang::en ? n.en : n.cs;
  return kind;
}

std::string category_name(const std::string& c, Lang lang) {
  struct Name {
    const char *code, *cs, *en;
  };
  static constexpr Name kNames[] = {{"personnel", "Osobní náklady", "Personnel"},
                                    {"travel", "Cestovné", "Travel"},
                                    {"services", "Služby", "Services"},
                                    {"equipment", "Vybavení", "Equipment"},
                                    {"training", "Vzdělávání", "Training"},
                                    {"publicity", "Publicita", "Publicity"},
                                    {"indirect", "Nepřímé náklady", "Indirect costs"},
                                    {"other", "Ostatní", "Other"}};
  for (const auto& n : kNames)
    if (c == n.code) return lang == Lang::en ? n.en : n.cs;
  return c;
}

std::string schedule_name(people::ScheduleState s, Lang lang) {
  switch (s) {
    case people::ScheduleState::not_started:
      return lang == Lang::en ? "not started" : "nezahájena";
    case people::ScheduleState::running:
      return lang == Lang::en ? "running" : "probíhá";
    case people::ScheduleState::ended:
      return lang == Lang::en ? "ended" : "ukončena";
  }
  return "";
}

std::string counts_text(const std::map<std::string, int>& counts, Lang lang) {
  std::string out;
  for (const auto& [kind, n] : counts)
    // "schůzky: 4", not "4 schůzky" (which reads wrong for 1 or 5 in Czech and for 1 in English).
    out += (out.empty() ? "" : ", ") + kind_name(kind, lang) + ": " + std::to_string(n);
  return out.empty() ? "0" : out;
}

std::string share_text(const std::optional<double>& s) { return percent_text(s); }

constexpr const char* kStyle = R"(
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733; margin: 24px; }
  h1 { font-size: 19pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 2px solid #2f5d8a; }
  .kicker { text-transform: uppercase; letter-spacing: .08em; color: #2f5d8a; font-size: 9pt; margin: 0 0 6px; }
  .note { color: #52606d; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
  th, td { border: 1px solid #c7d0d9; padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: #e8eef4; } td.num { text-align: right; white-space: nowrap; } td.small { font-size: 9pt; }
  .good { color: #1e7b34; } .bad { color: #a33a1e; } tr.total td { font-weight: bold; }
  footer { margin-top: 24px; border-top: 1px solid #c7d0d9; padding-top: 4px; color: #52606d; font-size: 8.5pt; }
  @page { size: A4; margin: 14mm; } @media print { body { margin: 0; font-size: 9.5pt; } h2 { page-break-after: avoid; } }
)";

}  // namespace

std::string monitoring_report_html(const papp::MonitoringReport& r, Lang lang, const std::string& today) {
  const auto& t = texts(lang);
  const auto& p = r.project;
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::en ? "en" : "cs") +
                    "\"><head><meta charset=\"utf-8\">" + kvalis::exports::organisation_meta(p.organisation_name) +
                    "<title>" + esc(std::string(t.kicker) + " – " + p.name) + "</title><style>" + kStyle +
                    "</style></head><body>";
  out += "<p class=\"kicker\">" + std::string(t.kicker) + "</p><h1>" + esc(p.name) + "</h1>";
  out += "<p>" + esc(p.organisation_name) + "<br>" + t.period + ": " + date_text(r.from, lang) + " – " +
         date_text(r.to, lang);
  if (!p.registration_number.empty()) out += "<br>" + std::string(t.registration) + ": " + esc(p.registration_number);
  if (!p.programme.empty()) out += "<br>" + std::string(t.programme) + ": " + esc(p.programme);
  if (!p.manager.empty()) out += "<br>" + std::string(t.manager) + ": " + esc(p.manager);
  out += "</p>";

  out += "<h2>" + std::string(t.activities) + "</h2><table><thead><tr><th>" + t.code + "</th><th>" + t.activity +
         "</th><th>" + t.dates + "</th><th>" + t.schedule + "</th><th>" + t.output + "</th><th>" + t.in_period +
         "</th><th>" + t.cumulative + "</th></tr></thead>";
  for (const auto& a : r.activities) {
    const auto& x = a.activity;
    std::string output = esc(x.output);
    if (x.output_target)
      output += " (" + std::string(t.target) + " " + number(*x.output_target, lang) + " " + esc(x.output_unit) + ")";
    out += "<tr><td>" + esc(x.code) + "</td><td>" + esc(x.title) + "</td><td>" + date_text(x.starts_on, lang) + " – " +
           date_text(x.ends_on, lang) + "</td><td>" + schedule_name(a.schedule, lang) + "</td><td>" + output +
           "</td><td class=\"num\">" + std::to_string(a.total_period) + "</td><td class=\"num\">" +
           std::to_string(a.total_cumulative) + "</td></tr>";
    out += "<tr><td></td><td colspan=\"6\" class=\"small\">" + std::string(t.in_period) + ": " +
           counts_text(a.outputs_period, lang) + "; " + t.cumulative + ": " + counts_text(a.outputs_cumulative, lang);
    if (!a.records.empty()) {
      out += "<br>" + std::string(t.records) + ": ";
      for (std::size_t i = 0; i < a.records.size(); ++i) {
        const auto& l = a.records[i];
        out +=
            (i ? "; " : "") + (l.visible ? esc(l.label) : std::string(t.hidden)) + " (" + date_text(l.date, lang) + ")";
      }
    }
    out += "</td></tr>";
  }
  out += "</table>";

  out += "<h2>" + std::string(t.budget) + "</h2><table><thead><tr><th>" + t.category + "</th><th>" + t.planned +
         "</th><th>" + t.spent_period + "</th><th>" + t.spent_cumulative + "</th><th>" + t.remaining + "</th><th>" +
         t.share + "</th></tr></thead>";
  for (const auto& b : r.budget)
    out += "<tr><td>" + category_name(b.category, lang) + "</td><td class=\"num\">" + number(b.planned, lang) +
           "</td><td class=\"num\">" + number(b.spent_period, lang) + "</td><td class=\"num\">" +
           number(b.spent_cumulative, lang) + "</td><td class=\"num\">" + number(b.remaining, lang) +
           "</td><td class=\"num\">" + share_text(b.share_spent) + "</td></tr>";
  out += "<tr class=\"total\"><td>" + std::string(t.total) + "</td><td class=\"num\">" + number(r.planned_total, lang) +
         "</td><td class=\"num\">" + number(r.spent_period_total, lang) + "</td><td class=\"num\">" +
         number(r.spent_cumulative_total, lang) + "</td><td class=\"num\">" +
         number(r.planned_total - r.spent_cumulative_total, lang) + "</td><td class=\"num\">" +
         share_text(r.planned_total > 0 ? std::optional(r.spent_cumulative_total / r.planned_total) : std::nullopt) +
         "</td></tr></table>";

  out += "<h2>" + std::string(t.indicators) + "</h2><table><thead><tr><th>" + t.code + "</th><th>" + t.indicator +
         "</th><th>" + t.target + "</th><th>" + t.value + "</th><th>" + t.value_period + "</th><th>" + t.met +
         "</th></tr></thead>";
  for (const auto& i : r.indicators) {
    const auto& x = i.indicator;
    const std::string unit = x.unit.empty() ? "" : " " + esc(x.unit);
    out += "<tr><td>" + esc(x.code) + "</td><td>" + esc(x.name) + "</td><td class=\"num\">" + number(x.target, lang) +
           unit + "</td><td class=\"num\">" + number(i.value, lang) + unit + "</td><td class=\"num\">" +
           number(i.value_in_period, lang) + "</td><td>" +
           (i.met ? "<span class=\"good\">" + std::string(t.yes) + "</span>"
                  : "<span class=\"bad\">" + std::string(t.no) + "</span>") +
           " " + share_text(i.share_of_target) + "</td></tr>";
  }
  out += "</table>";

  out += "<h2>" + std::string(t.publicity) + "</h2><table><thead><tr><th>" + t.duty + "</th><th>" + t.due +
         "</th><th>" + t.done + "</th><th>" + t.evidence + "</th></tr></thead>";
  for (const auto& m : r.publicity)
    out += "<tr><td>" + esc(m.duty.duty) + "</td><td>" + date_text(m.duty.due_on, lang) + "</td><td>" +
           (m.met ? "<span class=\"good\">" + date_text(m.duty.done_on, lang) + "</span>"
                  : (m.overdue ? "<span class=\"bad\">" + std::string(t.overdue) + "</span>" : std::string(t.none))) +
           "</td><td>" + esc(m.duty.evidence) + "</td></tr>";
  out += "</table>";
  out += "<footer>" + std::string(t.method) + "<br>" + t.printed + ": " + date_text(today, lang) +
         "</footer></body></html>";
  return out;
}

std::vector<Sheet> monitoring_sheets(const papp::MonitoringReport& r, Lang lang) {
  const auto& t = texts(lang);
  const std::string title = std::string(t.kicker) + ": " + r.project.name + " (" + r.from + " – " + r.to + ")";
  Sheet activities{lang == Lang::en ? "Activities" : "Aktivity",
                   {title, t.method},
                   {t.code, t.activity, "od", "do", t.schedule, t.output, t.target, t.in_period, t.cumulative},
                   {},
                   {}};
  if (lang == Lang::en) activities.header[2] = "from", activities.header[3] = "to";
  for (const auto& a : r.activities)
    activities.rows.push_back({cell(a.activity.code), cell(a.activity.title), cell(a.activity.starts_on),
                               cell(a.activity.ends_on), cell(schedule_name(a.schedule, lang)), cell(a.activity.output),
                               cell(a.activity.output_target), Cell(static_cast<long long>(a.total_period)),
                               Cell(static_cast<long long>(a.total_cumulative))});
  Sheet records{lang == Lang::en ? "Records" : "Záznamy", {title}, {t.code, t.kind, "ID", t.activity, t.dates}, {}, {}};
  for (const auto& a : r.activities)
    for (const auto& l : a.records)
      records.rows.push_back({cell(a.activity.code), cell(kind_name(std::string(people::to_string(l.kind)), lang)),
                              Cell(l.id), cell(l.visible ? l.label : std::string(t.hidden)), cell(l.date)});
  Sheet budget{lang == Lang::en ? "Budget" : "Rozpočet",
               {title},
               {t.category, t.planned, t.spent_period, t.spent_cumulative, t.remaining},
               {},
               {}};
  for (const auto& b : r.budget)
    budget.rows.push_back({cell(category_name(b.category, lang)), Cell(b.planned), Cell(b.spent_period),
                           Cell(b.spent_cumulative), Cell(b.remaining)});
  budget.rows.push_back({cell(t.total), Cell(r.planned_total), Cell(r.spent_period_total),
                         Cell(r.spent_cumulative_total), Cell(r.planned_total - r.spent_cumulative_total)});
  Sheet indicators{lang == Lang::en ? "Indicators" : "Ukazatele",
                   {title},
                   {t.code, t.indicator, t.target, t.value, t.value_period, t.met},
                   {},
                   {}};
  for (const auto& i : r.indicators)
    indicators.rows.push_back({cell(i.indicator.code), cell(i.indicator.name), cell(i.indicator.target), cell(i.value),
                               cell(i.value_in_period), cell(i.met ? t.yes : t.no)});
  Sheet publicity{lang == Lang::en ? "Publicity" : "Publicita", {title}, {t.duty, t.due, t.done, t.evidence}, {}, {}};
  for (const auto& m : r.publicity)
    publicity.rows.push_back({cell(m.duty.duty), cell(m.duty.due_on),
                              cell(m.met ? m.duty.done_on : (m.overdue ? t.overdue : "")), cell(m.duty.evidence)});
  return {activities, records, budget, indicators, publicity};
}

}  // namespace kvalis::exports
