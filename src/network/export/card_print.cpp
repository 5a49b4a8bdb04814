#include "network/export/card_print.hpp"

#include <array>
#include <tuple>
#include <utility>

#include "platform/core/dates.hpp"
#include "platform/export/html.hpp"

namespace kvalis::network::exports {
namespace {

using kvalis::exports::html_escape;

std::string paragraphs(const std::string& text) { return kvalis::exports::html_paragraphs(text); }

std::string status_label(const std::string& status, bool en) {
  static const std::array<std::array<const char*, 3>, 5> kLabels{
      {{"draft", "koncept", "draft"},
       {"comments", "v připomínkách", "open for comments"},
       {"final", "dokončená", "final"},
       {"published", "zveřejněná", "published"},
       {"superseded", "nahrazená novější verzí", "superseded"}}};
  for (const auto& l : kLabels)
    if (status == l[0]) return en ? l[2] : l[1];
  return status;
}

std::string form_label(const std::string& form, bool en) {
  if (form == "pob") return en ? "residential" : "pobytová";
  if (form == "amb") return en ? "outpatient" : "ambulantní";
  if (form == "ter") return en ? "field" : "terénní";
  return en ? "all forms" : "všechny formy";
}

}  // namespace

std::string card_print_html(const app::VersionDetail& v, Lang lang) {
  const bool en = lang == Lang::en;
  const std::string kind = en && !v.kind_name_en.empty() ? v.kind_name_en : v.kind_name;
  std::string h;
  h.reserve(16 * 1024);
  h += "<!DOCTYPE html><html lang=\"";
  h += en ? "en" : "cs";
  h += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  h += kvalis::exports::organisation_meta(v.region_name);
  h += "<title>" + html_escape((en ? "Service card: " : "Karta služby: ") + kind) + "</title>";
  h += "<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111;"
       "line-height:1.45}h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.6rem;"
       "border-bottom:1px solid #999}h3{font-size:1.05rem;margin-bottom:.3rem}.meta{color:#333}"
       "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;border:1px solid #999;"
       "padding:.3rem .5rem}ul{margin-top:.2rem}.grid{display:grid;grid-template-columns:1fr 1fr;gap:1rem}"
       "@media print{body{margin:0;max-width:none}a{color:#000}}</style></head><body><main>";
  h += "<h1>" + html_escape((en ? "Service card: " : "Karta služby: ") + kind) + "</h1>";
  h += "<p class=\"meta\">" + html_escape(v.region_name);
  h += " · " + html_escape(en ? "form: " : "forma: ") + html_escape(form_label(v.form_code, en));
  h += " · " + html_escape((en ? "version " : "verze ") + std::to_string(v.version_no)) + " (" +
       html_escape(status_label(v.status, en)) + ")";
  if (v.published_at)
    h += " · " + html_escape(en ? "published " : "zveřejněno ") +
         html_escape(en ? format_date(v.published_at) : czech_date(format_date(v.published_at)));
  h += "</p>";
  if (!v.texts.title.empty() && v.texts.title != v.kind_name)
    h += "<p><strong>" + html_escape(v.texts.title) + "</strong></p>";
  if (!v.texts.summary.empty()) {
    h += "<h2>" + std::string(en ? "What the service is for" : "K čemu služba je") + "</h2>";
    h += paragraphs(v.texts.summary);
  }
  const std::array<
      std::tuple<const char*, const char*, const std::string*, const char*, const char*, const std::string*>, 3>
      expectations{{{"Co může očekávat uživatel", "What a user can expect", &v.texts.user_expect,
                     "Co uživatel očekávat nemůže", "What a user cannot expect", &v.texts.user_not_expect},
                    {"Co může očekávat veřejnost", "What the public can expect", &v.texts.public_expect,
                     "Co veřejnost očekávat nemůže", "What the public cannot expect", &v.texts.public_not_expect},
                    {"Co mohou očekávat spolupracující subjekty", "What partner bodies can expect",
                     &v.texts.partners_expect, "Co spolupracující subjekty očekávat nemohou",
                     "What partner bodies cannot expect", &v.texts.partners_not_expect}}};
  for (const auto& [cs1, en1, t1, cs2, en2, t2] : expectations) {
    if (t1->empty() && t2->empty()) continue;
    h += "<div class=\"grid\"><section><h2>" + std::string(en ? en1 : cs1) + "</h2>" + paragraphs(*t1) +
         "</section><section><h2>" + std::string(en ? en2 : cs2) + "</h2>" + paragraphs(*t2) + "</section></div>";
  }
  h += "<h2>" +
       std::string(en ? "Needs of everyday life the service helps with"
                      : "Potřeby běžného života, se kterými služba pomáhá") +
       "</h2>";
  if (v.needs.empty())
    h += "<p>" + std::string(en ? "No needs on this version yet." : "Verze zatím nemá žádné potřeby.") + "</p>";
  for (const auto& n : v.needs) {
    const std::string name = en && !n.name_en.empty() ? n.name_en : n.name_cs;
    h += "<section><h3>" + html_escape(name) + "</h3>";
    if (!n.description.empty())
      h += "<p><strong>" + std::string(en ? "What the need means: " : "Co potřeba znamená: ") + "</strong>" +
           html_escape(n.description) + "</p>";
    if (!n.answer.empty())
      h += "<p><strong>" + std::string(en ? "How the service helps: " : "Jak služba pomáhá: ") + "</strong>" +
           html_escape(n.answer) + "</p>";
    if (!n.activities.empty()) {
      h += "<p>" + std::string(en ? "Basic activities (wording of the act, in Czech):" : "Základní činnosti:") +
           "</p><ul>";
      for (const auto& a : n.activities) {
        std::string ref = a.paragraph;
        if (!a.letter.empty()) ref += (ref.empty() ? "" : " ") + a.letter + ")";
        const std::string text = en && !a.text_en.empty() ? a.text_en : a.text_cs;
        h += "<li>" + (ref.empty() ? "" : html_escape(ref) + " ") + html_escape(text) + "</li>";
      }
      h += "</ul>";
    }
    h += "</section>";
  }
  if (!v.change_note.empty())
    h += "<h2>" + std::string(en ? "What changed against the previous version" : "Změny proti předchozí verzi") +
         "</h2>" + paragraphs(v.change_note);
  h += "</main></body></html>";
  return h;
}

}  // namespace kvalis::network::exports
