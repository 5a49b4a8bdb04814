#include "planning/export/clients_export.hpp"

#include <cmath>
#include <cstdio>

#include "planning/core/due.hpp"
#include "platform/core/dates.hpp"
#include "platform/export/html.hpp"

namespace kvalis::planning::exports {
namespace {

using kvalis::exports::format_cs;
using kvalis::exports::html_escape;

struct Labels {
  const char* title;
  const char* provider;
  const char* service;
  const char* code;
  const char* name;
  const char* contract;
  const char* key_worker;
  const char* state;
  const char* exported;
  const char* goals;
  const char* service_goal;
  const char* not_linked;
  const char* steps;
  const char* responsibilities;
  const char* weight;
  const char* set_on;
  const char* next_review;
  const char* levels[5];
  const char* ratings;
  const char* reviews;
  const char* held_on;
  const char* what_changed;
  const char* client_view;
  const char* next_steps;
  const char* participants;
  const char* t_score;
  const char* ladders;
  const char* assessed_on;
  const char* area;
  const char* change;
  const char* mean_change;
  const char* none;
  const char* rho;
};

const Labels kCs{"Individuální plán — export údajů klienta",
                 "Poskytovatel",
                 "Služba",
                 "Kód klienta",
                 "Jméno",
                 "Smlouva",
                 "Klíčový pracovník",
                 "Stav",
                 "Exportováno",
                 "Osobní cíle",
                 "Cíl služby",
                 "Bez vazby na cíl služby",
                 "Dohodnuté kroky",
                 "Kdo co dělá",
                 "Váha",
                 "Stanoven",
                 "Příští revize",
                 {"−2 (mnohem méně, než se čekalo)", "−1 (méně, než se čekalo)", "0 (očekávaný výsledek)",
                  "+1 (více, než se čekalo)", "+2 (mnohem více, než se čekalo)"},
                 "Hodnocení (GAS)",
                 "Revize",
                 "Konáno",
                 "Co se změnilo",
                 "Pohled klienta",
                 "Další kroky",
                 "Účastníci",
                 "GAS T-skóre",
                 "Žebříky změny",
                 "Hodnoceno",
                 "Oblast",
                 "Změna",
                 "Průměrná změna",
                 "—",
                 "ρ (korelace cílů)"};

const Labels kEn{"Individual plan — export of the client's data",
                 "Provider",
                 "Service",
                 "Client code",
                 "Name",
                 "Contract",
                 "Key worker",
                 "State",
                 "Exported",
                 "Personal goals",
                 "Service goal",
                 "Not linked to a service goal",
                 "Agreed steps",
                 "Who does what",
                 "Weight",
                 "Set on",
                 "Next review",
                 {"−2 (much less than expected)", "−1 (less than expected)", "0 (expected outcome)",
                  "+1 (more than expected)", "+2 (much more than expected)"},
                 "Ratings (GAS)",
                 "Reviews",
                 "Held on",
                 "What changed",
                 "The client's view",
                 "Next steps",
                 "Participants",
                 "GAS T-score",
                 "Ladders of change",
                 "Assessed on",
                 "Area",
                 "Change",
                 "Mean change",
                 "—",
                 "ρ (goal intercorrelation)"};

std::string esc(const std::string& s) { return html_escape(s); }
std::string date_of(const std::string& d, Lang lang) { return lang == Lang::cs ? czech_date(d) : d; }
std::string number(double v, Lang lang, int decimals = 1) {
  const double f = std::pow(10.0, decimals);
  const double r = std::round(v * f) / f;
  if (lang == Lang::cs) return format_cs(r);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, r);
  return buf;
}
std::string level_text(double level, Lang lang) {
  if (level > 0) return "+" + number(level, lang, level == std::floor(level) ? 0 : 1);
  return number(level, lang, level == std::floor(level) ? 0 : 1);
}

// States in the page's language.
std::string state_text(const std::string& state, Lang lang) {
  const bool cs = lang == Lang::cs;
  if (state == "active") return cs ? "aktivní" : "active";
  if (state == "ended") return cs ? "ukončený" : "ended";
  if (state == "erased") return cs ? "údaje vymazány na žádost" : "data erased on request";
  if (state == "attained") return cs ? "dosažený" : "attained";
  if (state == "dropped") return cs ? "zrušený" : "dropped";
  return state;
}

std::string row(const char* label, const std::string& value) {
  return "<tr><th>" + esc(label) + "</th><td>" + value + "</td></tr>";
}

std::string paragraph(const char* label, const std::string& text) {
  if (text.empty()) return {};
  return "<p><strong>" + esc(label) + ":</strong> " + esc(text) + "</p>";
}

}  // namespace

std::string client_record_html(const app::ClientExport& record, Lang lang) {
  const Labels& L = lang == Lang::cs ? kCs : kEn;
  const auto& d = record.detail;
  const auto& c = d.summary.client;
  std::string h;
  h += "<!DOCTYPE html><html lang=\"" + std::string(lang_code(lang)) + "\"><head><meta charset=\"utf-8\"><title>" +
       esc(L.title) + " " + esc(c.code) +
       "</title><style>"
       "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0}"
       "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}"
       "section{break-inside:avoid;margin-bottom:1.5em}@media print{body{margin:0}}</style></head><body>";
  h += "<h1>" + esc(L.title) + "</h1><table>";
  h += row(L.provider, esc(d.provider_name));
  h += row(L.service, esc(c.service_name));
  h += row(L.code, esc(c.code));
  h += row(L.name, esc(c.name.empty() ? L.none : c.name));
  h += row(L.contract, esc(date_of(c.contract_from, lang) + " – " + date_of(c.contract_to, lang)));
  h += row(L.key_worker, esc(c.key_worker_name.empty() ? L.none : c.key_worker_name));
  h += row(L.state, esc(state_text(c.state, lang)));
  h += row(L.rho, number(d.rho, lang, 2));
  {  // "2026-12-06T04:54:57Z" → "6. 12. 2026 04:54 UTC" (the date as elsewhere on the page)
    const std::string& e = record.exported_at;
    const bool iso = e.size() >= 16 && e[10] == 'T';
    h += row(L.exported, esc(iso ? date_of(e.substr(0, 10), lang) + " " + e.substr(11, 5) + " UTC" : e));
  }
  h += "</table>";

  h += "<h2>" + esc(L.goals) + "</h2>";
  int n = 0;
  for (const auto& gv : d.goals) {
    const auto& g = gv.goal;
    h += "<section><h3>" + std::to_string(++n) + ". " + esc(g.wording) + "</h3><table>";
    h += row(L.service_goal, g.service_goal_id ? esc(g.service_goal_code + " " + g.service_goal_title)
                                               : esc(std::string(L.not_linked) + ": " + g.unlinked_reason));
    h += row(L.weight, number(g.weight, lang, 1));
    h += row(L.set_on, esc(date_of(g.set_on, lang)));
    h += row(L.next_review, esc(date_of(g.next_review_on, lang)));
    h += row(L.state, esc(state_text(g.state, lang)));
    const std::string* levels[5] = {&g.level_minus2, &g.level_minus1, &g.level_0, &g.level_plus1, &g.level_plus2};
    for (int i = 0; i < 5; ++i) h += row(L.levels[i], esc(*levels[i]));
    h += "</table>";
    h += paragraph(L.steps, g.steps);
    h += paragraph(L.responsibilities, g.responsibilities);
    if (!gv.ratings.empty()) {
      h += "<p><strong>" + esc(L.ratings) + ":</strong> ";
      bool first = true;
      for (const auto& r : gv.ratings) {
        h += (first ? "" : ", ") + esc(date_of(r.held_on, lang)) + " " + level_text(r.level, lang);
        first = false;
      }
      h += "</p>";
    }
    h += "</section>";
  }

  h += "<h2>" + esc(L.reviews) + "</h2>";
  for (const auto& rv : d.reviews) {
    const auto& r = rv.review;
    h += "<section><h3>" + esc(L.held_on) + " " + esc(date_of(r.held_on, lang)) + "</h3>";
    h += paragraph(L.what_changed, r.what_changed);
    h += paragraph(L.client_view, r.client_view);
    h += paragraph(L.next_steps, r.next_steps);
    h += paragraph(L.participants, r.participants);
    h += "<p><strong>" + esc(L.t_score) + ":</strong> " + (rv.t ? number(*rv.t, lang, 1) : esc(L.none)) + "</p>";
    h += "</section>";
  }

  if (!d.ladders.empty()) {
    h += "<h2>" + esc(L.ladders) + "</h2>";
    for (const auto& lv : d.ladders) {
      h += "<section><h3>" + esc(lv.ladder.name) + "</h3><table><tr><th>" + esc(L.area) + "</th>";
      for (const auto& a : lv.assessments) h += "<th>" + esc(date_of(a.assessed_on, lang)) + "</th>";
      h += "<th>" + esc(L.change) + "</th></tr>";
      for (const auto& area : lv.ladder.areas) {
        h += "<tr><td>" + esc(area.name) + "</td>";
        for (const auto& a : lv.assessments) {
          std::string cell = L.none;
          for (const auto& [id, value] : a.values)
            if (id == area.id) cell = std::to_string(value);
          h += "<td>" + esc(cell) + "</td>";
        }
        std::string change = L.none;
        for (const auto& [id, delta] : lv.distance.per_area)
          if (id == area.id) change = (delta > 0 ? "+" : "") + std::to_string(delta);
        h += "<td>" + esc(change) + "</td></tr>";
      }
      h += "</table><p><strong>" + esc(L.mean_change) + ":</strong> " +
           (lv.distance.mean_change ? number(*lv.distance.mean_change, lang, 2) : esc(L.none)) + "</p></section>";
    }
  }
  h += "</body></html>";
  return h;
}

}  // namespace kvalis::planning::exports
