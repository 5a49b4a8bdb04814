#include "network/export/portal_html.hpp"

#include <cstdio>
#include <map>

#include "network/export/portal_map.hpp"
#include "platform/export/html.hpp"

namespace kvalis::network::exports {
namespace {

using kvalis::exports::format_cs;
using kvalis::exports::html_escape;

std::string esc(const std::string& s) { return html_escape(s); }

struct Tr {
  PortalLang lang;
  const char* operator()(const char* cs, const char* en) const { return lang == PortalLang::en ? en : cs; }
  bool en() const { return lang == PortalLang::en; }
};

// Text with line breaks as paragraphs.
std::string paragraphs(const std::string& text) {
  std::string out, line;
  auto flush = [&] {
    if (line.find_first_not_of(" \t\r") != std::string::npos) out += "<p>" + esc(line) + "</p>";
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

std::string number(double v) {
  std::string s = format_cs(v);
  return s;
}

constexpr const char* kStyle =
    "*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
    "color:#1b1b1b;background:#fff}a{color:#0b4f8a}a:hover{color:#072f52}"
    ":focus-visible{outline:3px solid #b34700;outline-offset:2px}"
    ".skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:.5rem}"
    "header{background:#0b3d66;color:#fff;padding:.75rem 1rem}header a{color:#fff}"
    "header .site{font-weight:700;font-size:1.1rem;text-decoration:none}"
    "nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}"
    "nav a[aria-current]{font-weight:700;text-decoration-thickness:3px}"
    "main{max-width:72rem;margin:0 auto;padding:1rem}footer{border-top:1px solid #ccc;padding:1rem;font-size:.9rem;"
    "color:#3d3d3d}h1{font-size:1.7rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:700;"
    "padding:.25rem 0}th,td{border:1px solid #b3b3b3;padding:.35rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#eef2f6}td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".wrap{overflow-x:auto}.map{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}"
    ".map figure{margin:0;flex:1 1 22rem;max-width:40rem}.map svg{width:100%;height:auto}"
    ".map .tbl{flex:1 1 22rem}.map path{stroke:#fff;stroke-width:1}"
    ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}"
    ".sw{display:inline-block;width:1rem;height:1rem;border:1px solid #555;vertical-align:middle;margin-right:.3rem}"
    ".l0{fill:#d9d9d9;background:#d9d9d9}.l1{fill:#c2410c;background:#c2410c}.l2{fill:#f59e0b;background:#f59e0b}"
    ".l3{fill:#60a5fa;background:#60a5fa}.l4{fill:#1d4ed8;background:#1d4ed8}"
    ".meta{color:#3d3d3d}dl dt{font-weight:700;margin-top:.5rem}dl dd{margin:0 0 .5rem 1rem}"
    ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}"
    "@media (max-width:40rem){th,td{padding:.25rem}body{font-size:15px}}";

struct Page {
  PortalLang lang;
  std::string title;
  const PublicPortal* portal = nullptr;
  PortalPageKind current = PortalPageKind::home;
  std::string other_lang_href;
};

std::string layout(const Page& p, const std::string& content) {
  const Tr t{p.lang};
  std::string h;
  h.reserve(content.size() + 4096);
  h += "<!doctype html><html lang=\"";
  h += t("cs", "en");
  h += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
       "<title>";
  h += esc(p.title);
  h += "</title><style>";
  h += kStyle;
  h += "</style></head><body><a class=\"skip\" href=\"#main\">";
  h += t("Přeskočit na obsah", "Skip to content");
  h += "</a><header>";
  if (p.portal) {
    const auto& region = p.portal->region;
    const std::string title = t.en() && !p.portal->settings.title_en.empty() ? p.portal->settings.title_en
                                                                           : p.portal->settings.title_cs;
    h += "<a class=\"site\" href=\"" + portal_href(p.lang, PortalPageKind::home, region.region_code) + "\">" +
         esc(title.empty() ? region.name : title) + "</a>";
    h += "<nav aria-label=\"";
    h += t("Hlavní navigace", "Main navigation");
    h += "\"><ul>";
    auto item = [&](PortalPageKind kind, const char* cs, const char* en) {
      h += "<li><a href=\"" + portal_href(p.lang, kind, region.region_code) + "\"";
      if (kind == p.current) h += " aria-current=\"page\"";
      h += ">";
      h += t(cs, en);
      h += "</a></li>";
    };
    item(PortalPageKind::home, "Karty služeb", "Service cards");
    if (p.portal->settings.show_services) item(PortalPageKind::services, "Katalog služeb", "Services");
    if (p.portal->settings.show_coverage) item(PortalPageKind::coverage, "Pokrytí potřeb", "Need coverage");
    if (!p.portal->indicators.empty()) item(PortalPageKind::indicators, "Ukazatele", "Indicators");
    item(PortalPageKind::data, "Otevřená data", "Open data");
    h += "<li><a href=\"" + p.other_lang_href + "\" lang=\"" + t("en", "cs") + "\" hreflang=\"" + t("en", "cs") +
         "\">" + t("English", "Česky") + "</a></li></ul></nav>";
  } else {
    h += "<a class=\"site\" href=\"";
    h += portal_href(p.lang, PortalPageKind::regions);
    h += "\">";
    h += t("Portál sociálních služeb", "Social services portal");
    h += "</a><nav aria-label=\"";
    h += t("Jazyk", "Language");
    h += "\"><ul><li><a href=\"" + p.other_lang_href + "\" lang=\"" + t("en", "cs") + "\" hreflang=\"" +
         t("en", "cs") + "\">" + t("English", "Česky") + "</a></li></ul></nav>";
  }
  h += "</header><main id=\"main\">";
  h += content;
  h += "</main><footer><p>";
  if (p.portal && !p.portal->settings.contact.empty()) {
    h += t("Kontakt: ", "Contact: ");
    h += esc(p.portal->settings.contact);
    h += "</p><p>";
  }
  h += t("Zveřejňuje kraj v systému Kvalis. Data jsou k dispozici jako otevřená data (CSV, JSON).",
         "Published by the region in Kvalis. The data are available as open data (CSV, JSON).");
  h += "</p></footer></body></html>";
  return h;
}

// A catalogue name in the page's language (English names of the catalogues start in lower case: a heading or
// a table cell starts with a capital).
std::string kind_name(const Tr& t, const std::string& cs, const std::string& en, const std::string& code) {
  std::string n = t.en() && !en.empty() ? en : cs;
  if (n.empty()) return code;
  if (n[0] >= 'a' && n[0] <= 'z') n[0] = static_cast<char>(n[0] - 'a' + 'A');
  return n;
}

std::string card_label(const Tr& t, const PublicCard& c) {
  std::string s = kind_name(t, c.kind_name_cs, c.kind_name_en, c.kind_code);
  if (!c.form_code.empty()) s += " (" + kind_name(t, c.form_name_cs, c.form_name_en, c.form_code) + ")";
  return s;
}

std::string need_name(const Tr& t, const std::string& cs, const std::string& en) {
  return t.en() && !en.empty() ? en : cs;
}

std::string home_page(const Tr& t, const PublicPortal& p) {
  const auto& st = p.settings;
  const std::string title = t.en() && !st.title_en.empty() ? st.title_en : st.title_cs;
  std::string h = "<h1>" + esc(title.empty() ? p.region.name : title) + "</h1>";
  h += paragraphs(t.en() && !st.intro_en.empty() ? st.intro_en : st.intro_cs);
  h += "<h2>";
  h += t("Karty služeb", "Service cards");
  h += "</h2>";
  if (p.cards.empty()) {
    h += "<p>";
    h += t("Kraj zatím nezveřejnil žádnou kartu služby.", "The region has not published any service card yet.");
    h += "</p>";
  } else {
    h += "<p>";
    h += t("Karta popisuje, s jakými potřebami každodenního života druh služby pomáhá a co od něj lze a nelze čekat.",
           "A card describes which needs of everyday life a kind of service helps with and what one can and cannot "
           "expect from it.");
    h += "</p><ul class=\"cols\">";
    for (const auto& c : p.cards) {
      h += "<li><a href=\"" + portal_href(t.lang, PortalPageKind::card, p.region.region_code, c.slug()) + "\">" +
           esc(card_label(t, c)) + "</a>" + (c.title.empty() ? "" : " – <span lang=\"cs\">" + esc(c.title) + "</span>") +
           " <span class=\"meta\">(" + t("verze ", "version ") +
           std::to_string(c.version_no) + ", " + esc(c.published_on) + ")</span></li>";
    }
    h += "</ul>";
  }
  h += "<h2>";
  h += t("Další části portálu", "More on this portal");
  h += "</h2><ul>";
  if (st.show_services)
    h += "<li><a href=\"" + portal_href(t.lang, PortalPageKind::services, p.region.region_code) + "\">" +
         t("Katalog sociálních služeb kraje", "The region's social services") + "</a> (" +
         std::to_string(p.services.size()) + ")</li>";
  if (st.show_coverage)
    h += "<li><a href=\"" + portal_href(t.lang, PortalPageKind::coverage, p.region.region_code) + "\">" +
         t("Mapa pokrytí potřeb", "Map of need coverage") + "</a></li>";
  if (!p.indicators.empty())
    h += "<li><a href=\"" + portal_href(t.lang, PortalPageKind::indicators, p.region.region_code) + "\">" +
         t("Ukazatele kvality", "Quality indicators") + "</a></li>";
  h += "<li><a href=\"" + portal_href(t.lang, PortalPageKind::data, p.region.region_code) + "\">" +
       t("Otevřená data ke stažení", "Open data downloads") + "</a></li></ul>";
  return h;
}

std::string card_page(const Tr& t, const PublicPortal& p, const PublicCard& c) {
  std::string h = "<p><a href=\"" + portal_href(t.lang, PortalPageKind::home, p.region.region_code) + "\">" +
                  t("← Všechny karty služeb", "← All service cards") + "</a></p>";
  h += "<h1>" + esc(c.title.empty() ? card_label(t, c) : c.title) + "</h1>";
  h += "<p class=\"meta\">" + esc(card_label(t, c)) + " · " + t("verze ", "version ") + std::to_string(c.version_no) +
       " · " + t("zveřejněno ", "published ") + esc(c.published_on) + "</p>";
  if (t.en())
    h += "<p class=\"meta\">The card's texts are in Czech, as the region wrote them.</p>";
  if (!c.summary.empty()) h += "<div lang=\"cs\">" + paragraphs(c.summary) + "</div>";
  h += "<h2>";
  h += t("Potřeby, se kterými služba pomáhá", "Needs the service helps with");
  h += "</h2>";
  if (c.needs.empty()) {
    h += "<p>";
    h += t("Karta neuvádí žádné potřeby.", "The card lists no needs.");
    h += "</p>";
  } else {
    h += "<div class=\"wrap\" tabindex=\"0\"><table><caption>";
    h += t("Oblasti potřeb a základní činnosti služby", "Need areas and the service's basic activities");
    h += "</caption><thead><tr><th scope=\"col\">";
    h += t("Oblast potřeb", "Need area");
    h += "</th><th scope=\"col\">";
    h += t("Jak se potřeba projevuje", "How the need shows");
    h += "</th><th scope=\"col\">";
    h += t("Jak služba pomáhá", "How the service helps");
    h += "</th><th scope=\"col\">";
    h += t("Základní činnosti", "Basic activities");
    h += "</th></tr></thead><tbody>";
    for (const auto& n : c.needs) {
      h += "<tr><th scope=\"row\">" + esc(need_name(t, n.name_cs, n.name_en)) + "</th><td lang=\"cs\">" +
           esc(n.description) + "</td><td lang=\"cs\">" + esc(n.answer) + "</td><td>";
      if (!n.activities.empty()) {
        h += "<ul>";
        for (const auto& a : n.activities) {
          std::string ref = a.paragraph;
          if (!a.letter.empty()) ref += (ref.empty() ? "" : " ") + a.letter + ")";
          const bool english = t.en() && !a.text_en.empty();
          h += std::string("<li") + (english ? "" : " lang=\"cs\"") + ">" + esc(english ? a.text_en : a.text_cs) +
               (ref.empty() ? "" : " <span class=\"meta\">(" + esc(ref) + ")</span>") + "</li>";
        }
        h += "</ul>";
      }
      h += "</td></tr>";
    }
    h += "</tbody></table></div>";
  }
  h += "<h2>";
  h += t("Co lze a co nelze od služby očekávat", "What to expect and not to expect");
  h += "</h2><dl lang=\"cs\">";
  auto pair = [&](const char* cs, const char* en, const std::string& text) {
    if (text.empty()) return;
    h += std::string("<dt") + (t.en() ? " lang=\"en\"" : "") + ">" + t(cs, en) + "</dt><dd>" + paragraphs(text) +
         "</dd>";
  };
  pair("Zájemce o službu a uživatel může očekávat", "A user can expect", c.user_expect);
  pair("Zájemce o službu a uživatel nemůže očekávat", "A user cannot expect", c.user_not_expect);
  pair("Veřejnost může očekávat", "The public can expect", c.public_expect);
  pair("Veřejnost nemůže očekávat", "The public cannot expect", c.public_not_expect);
  pair("Spolupracující subjekty mohou očekávat", "Partner bodies can expect", c.partners_expect);
  pair("Spolupracující subjekty nemohou očekávat", "Partner bodies cannot expect", c.partners_not_expect);
  h += "</dl>";
  h += "<h2>";
  h += t("Zveřejněné verze", "Published versions");
  h += "</h2><ul><li>" + std::string(t("Verze ", "Version ")) + std::to_string(c.version_no) + " (" +
       esc(c.published_on) + ", " + t("platná", "current") + ")" +
       (c.change_note.empty() ? "" : " <span lang=\"cs\">– " + esc(c.change_note) + "</span>") + "</li>";
  for (const auto& v : c.earlier)
    h += "<li>" + std::string(t("Verze ", "Version ")) + std::to_string(v.version_no) + " (" + esc(v.published_on) +
         ")" + (v.change_note.empty() ? "" : " <span lang=\"cs\">– " + esc(v.change_note) + "</span>") + "</li>";
  h += "</ul>";
  return h;
}

std::string join_names(const Tr& t, const std::vector<NamedCode>& codes) {
  std::string s;
  for (const auto& c : codes) {
    if (!s.empty()) s += ", ";
    s += esc(kind_name(t, c.name_cs, c.name_en, c.code));
  }
  return s;
}

std::string services_page(const Tr& t, const PublicPortal& p) {
  std::string h = "<h1>";
  h += t("Katalog sociálních služeb", "Social services of the region");
  h += "</h1><p>";
  h += t("Registrované sociální služby kraje podle registru poskytovatelů (MPSV), s kartou jejich druhu, je-li "
         "zveřejněna.",
         "Registered social services of the region from the registry of providers (MPSV), with the card of their "
         "kind where published.");
  h += "</p>";
  // Grouped by kind, in the order of the list (kind code, name).
  std::map<std::string, std::vector<const PublicService*>> by_kind;
  std::vector<std::string> order;
  for (const auto& s : p.services) {
    if (!by_kind.contains(s.kind_code)) order.push_back(s.kind_code);
    by_kind[s.kind_code].push_back(&s);
  }
  if (order.empty()) {
    h += "<p>";
    h += t("Kraj nemá v registru žádnou aktivní službu.", "The region has no active service in the registry.");
    h += "</p>";
  }
  for (const auto& kind : order) {
    const auto& list = by_kind[kind];
    const PublicService& first = *list.front();
    const std::string name = kind_name(t, first.kind_name_cs, first.kind_name_en, kind);
    h += "<h2>" + esc(name) + " (" + std::to_string(list.size()) + ")</h2>";
    for (const auto& c : p.cards)
      if (c.kind_code == kind)
        h += "<p><a href=\"" + portal_href(t.lang, PortalPageKind::card, p.region.region_code, c.slug()) + "\">" +
             t("Karta služby: ", "Service card: ") + esc(card_label(t, c)) + "</a></p>";
    h += "<div class=\"wrap\" tabindex=\"0\"><table><caption>" + esc(name) + "</caption><thead><tr><th scope=\"col\">" +
         t("Služba", "Service") + "</th><th scope=\"col\">" + t("Poskytovatel", "Provider") +
         "</th><th scope=\"col\">" + t("Forma", "Form") + "</th><th scope=\"col\">" + t("Územní působnost (ORP)", "Area (ORP)") +
         "</th><th scope=\"col\">" + t("Kapacita", "Capacity") + "</th><th scope=\"col\">" + t("Kontakt", "Contact") +
         "</th></tr></thead><tbody>";
    for (const PublicService* s : list) {
      h += "<tr><th scope=\"row\">" + esc(s->name) + "</th><td>" + esc(s->provider) + "</td><td>" +
           join_names(t, s->forms) + "</td><td>" + join_names(t, s->territories) + "</td><td class=\"n\">" +
           (s->capacity > 0 ? std::to_string(s->capacity) + " " + esc(s->capacity_unit) : "") + "</td><td>";
      bool first_contact = true;
      for (const auto& [kind_of, value] : s->contacts) {
        if (!first_contact) h += "<br>";
        first_contact = false;
        if (kind_of == "web" && (value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0))
          h += "<a href=\"" + esc(value) + "\">" + esc(value) + "</a>";
        else
          h += esc(value);
      }
      h += "</td></tr>";
    }
    h += "</tbody></table></div>";
  }
  return h;
}

const char* level_text(const Tr& t, int level) {
  switch (level) {
    case 0: return t("žádná služba neodpověděla", "no service answered");
    case 1: return t("přímo naplněno méně než 50 % potřeb", "under 50 % of needs met directly");
    case 2: return t("přímo naplněno 50–74 % potřeb", "50–74 % of needs met directly");
    case 3: return t("přímo naplněno 75–99 % potřeb", "75–99 % of needs met directly");
    default: return t("přímo naplněny všechny potřeby", "every need met directly");
  }
}

std::string coverage_page(const Tr& t, const PublicPortal& p) {
  std::string h = "<h1>";
  h += t("Pokrytí potřeb podle území", "Need coverage by territory");
  h += "</h1>";
  if (!p.coverage) {
    h += "<p>";
    h += t("Kraj zatím nezveřejnil uzavřené kolo sběru dat o pokrytí potřeb.",
           "The region has not published a closed round of need coverage data yet.");
    h += "</p>";
    return h;
  }
  const PublicCoverage& c = *p.coverage;
  h += "<p>" + esc(c.title) + " (" + esc(c.period_from) + " – " + esc(c.period_to) + "). ";
  h += t("Pro každé území (správní obvod obce s rozšířenou působností) ukazuje, kolik potřeb z karet služeb "
         "naplňuje přímo alespoň jedna služba, která v území působí. Čísla jsou počty služeb, ne osob.",
         "For each territory (the area of a municipality with extended powers) it shows how many needs of the "
         "service cards at least one service working there meets directly. Numbers are counts of services, not "
         "of persons.");
  h += "</p>";
  std::map<std::string, const PortalTerritorySummary*> by_code;
  for (const auto& s : c.summary) by_code[s.code] = &s;
  std::vector<std::string> codes;
  for (const auto& tr : c.territories) codes.push_back(tr.code);
  const RegionMap& map = region_map(codes);
  h += "<div class=\"map\"><figure><svg viewBox=\"0 0 ";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f %.0f", map.width, map.height + 1);
  h += buf;
  h += "\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">";
  h += t("Mapa pokrytí potřeb podle ORP; stejné údaje jsou v tabulce.",
         "Map of need coverage by ORP; the same data are in the table.");
  h += "</title>";
  for (const auto& shape : map.shapes) {
    auto it = by_code.find(shape.code);
    const int level = it == by_code.end() ? 0 : it->second->level;
    h += "<path class=\"l" + std::to_string(level) + "\" d=\"" + svg_path(shape) + "\"><title>" + esc(shape.name) +
         ": " + level_text(t, level) + "</title></path>";
  }
  h += "</svg><figcaption><ul class=\"legend\">";
  for (int level = 0; level <= 4; ++level)
    h += "<li><span class=\"sw l" + std::to_string(level) + "\"></span>" + level_text(t, level) + "</li>";
  h += "</ul><p class=\"meta\">";
  h += t("Hranice území: ", "Boundaries: ");
  h += kMapAttribution;
  h += " (CC BY 4.0)</p></figcaption></figure><div class=\"tbl wrap\" tabindex=\"0\"><table><caption>";
  h += t("Pokrytí podle území", "Coverage by territory");
  h += "</caption><thead><tr><th scope=\"col\">";
  h += t("Území (ORP)", "Territory (ORP)");
  h += "</th><th scope=\"col\">";
  h += t("Služeb", "Services");
  h += "</th><th scope=\"col\">";
  h += t("Potřeb naplněno přímo", "Needs met directly");
  h += "</th><th scope=\"col\">";
  h += t("Nenaplněné potřeby", "Needs nobody meets directly");
  h += "</th></tr></thead><tbody>";
  std::map<long long, const PortalNeed*> needs;
  for (const auto& n : c.needs) needs[n.id] = &n;
  for (const auto& s : c.summary) {
    h += "<tr><th scope=\"row\">" + esc(s.name) + "</th><td class=\"n\">" + std::to_string(s.services) +
         "</td><td class=\"n\">" + std::to_string(s.needs_direct) + " / " + std::to_string(s.needs_total) + "</td><td>";
    std::string gaps;
    for (long long id : s.gaps)
      if (auto it = needs.find(id); it != needs.end())
        gaps += (gaps.empty() ? "" : ", ") + esc(need_name(t, it->second->name_cs, it->second->name_en));
    h += s.services == 0 ? std::string(t("žádná služba", "no service")) : gaps;
    h += "</td></tr>";
  }
  h += "</tbody></table></div></div>";
  h += "<h2>";
  h += t("Jak služby potřeby naplňují", "How services answer the needs");
  h += "</h2><p>";
  h += t("Počty odpovědí služeb za celý kraj podle způsobu: přímo v rámci základních činností, zprostředkováním "
         "jiné služby, odkazem na sociálního pracovníka obce, nebo vůbec.",
         "Counts of the services' answers for the whole region by how: directly within basic activities, by "
         "mediating another service, by referral to the municipal social worker, or not at all.");
  h += "</p><div class=\"wrap\" tabindex=\"0\"><table><caption>";
  h += t("Způsob naplnění potřeb (počty služeb)", "How needs are met (counts of services)");
  h += "</caption><thead><tr><th scope=\"col\">";
  h += t("Oblast potřeb", "Need area");
  h += "</th><th scope=\"col\">";
  h += t("Přímo", "Directly");
  h += "</th><th scope=\"col\">";
  h += t("Zprostředkováním", "By mediation");
  h += "</th><th scope=\"col\">";
  h += t("Odkazem", "By referral");
  h += "</th><th scope=\"col\">";
  h += t("Nenaplňuje", "Not met");
  h += "</th></tr></thead><tbody>";
  // A service working in several territories counts once per need here: the cells count it in each.
  for (const auto& n : c.needs) {
    int direct = 0, mediated = 0, referred = 0, none = 0;
    for (const auto& cell : c.cells)
      if (cell.need_area_id == n.id) {
        direct += cell.direct;
        mediated += cell.mediated;
        referred += cell.referred;
        none += cell.none;
      }
    h += "<tr><th scope=\"row\">" + esc(need_name(t, n.name_cs, n.name_en)) + "</th><td class=\"n\">" +
         std::to_string(direct) + "</td><td class=\"n\">" + std::to_string(mediated) + "</td><td class=\"n\">" +
         std::to_string(referred) + "</td><td class=\"n\">" + std::to_string(none) + "</td></tr>";
  }
  h += "</tbody></table></div><p class=\"meta\">";
  h += t("Služba působící ve více územích se počítá v každém z nich.",
         "A service working in several territories counts in each of them.");
  h += "</p>";
  return h;
}

std::string value_text(const std::optional<double>& v) { return v ? number(*v) : "–"; }

std::string indicators_page(const Tr& t, const PublicPortal& p) {
  std::string h = "<h1>";
  h += t("Ukazatele kvality", "Quality indicators");
  h += "</h1><p>";
  h += t("Souhrnné výsledky benchmarkingu služeb, které kraj zveřejňuje: medián a kvartily za skupinu služeb "
         "stejného druhu. Skupiny s méně než 5 službami se neuvádějí.",
         "Aggregated benchmarking results the region publishes: the median and quartiles of a group of services "
         "of one kind. Groups of fewer than 5 services are not shown.");
  h += "</p>";
  if (p.indicators.empty()) {
    h += "<p>";
    h += t("Kraj zatím nezveřejnil žádný ukazatel.", "The region has not published any indicator yet.");
    h += "</p>";
  }
  for (const auto& ind : p.indicators) {
    const std::string name = t.en() ? ind.name_en : ind.name_cs;
    h += "<h2>" + esc(name.empty() ? ind.indicator_code : name) + "</h2><p class=\"meta\">" + esc(ind.round_name) +
         " (" + std::to_string(ind.period_year) + ")" + (ind.unit.empty() ? "" : ", " + esc(ind.unit)) + "</p>";
    h += "<div class=\"wrap\" tabindex=\"0\"><table><caption>" + esc(name.empty() ? ind.indicator_code : name) +
         "</caption><thead><tr><th scope=\"col\">" + t("Skupina služeb", "Group of services") +
         "</th><th scope=\"col\">" + t("Počet služeb", "Services") + "</th><th scope=\"col\">" +
         t("1. kvartil", "1st quartile") + "</th><th scope=\"col\">" + t("Medián", "Median") +
         "</th><th scope=\"col\">" + t("3. kvartil", "3rd quartile") + "</th></tr></thead><tbody>";
    for (const auto& r : ind.rows) {
      std::string group = kind_name(t, r.kind_name_cs, r.kind_name_en, r.kind_code);
      if (group.empty()) group = t("Všechny služby", "All services");
      if (!r.form_code.empty()) group += " (" + kind_name(t, r.form_name_cs, r.form_name_en, r.form_code) + ")";
      h += "<tr><th scope=\"row\">" + esc(group) + "</th>";
      if (r.suppressed)
        h += std::string("<td colspan=\"4\">") + t("méně než 5 služeb – neuvádí se", "fewer than 5 services – not shown") +
             "</td>";
      else
        h += "<td class=\"n\">" + std::to_string(r.n) + "</td><td class=\"n\">" + value_text(r.q1) +
             "</td><td class=\"n\">" + value_text(r.median) + "</td><td class=\"n\">" + value_text(r.q3) + "</td>";
      h += "</tr>";
    }
    h += "</tbody></table></div>";
  }
  return h;
}

std::string data_page(const Tr& t, const PublicPortal& p) {
  std::string h = "<h1>";
  h += t("Otevřená data", "Open data");
  h += "</h1><p>";
  h += t("Vše, co portál ukazuje, ke stažení ve formátech CSV (UTF-8, oddělovač čárka) a JSON. Data neobsahují "
         "žádné osobní údaje.",
         "Everything the portal shows, to download as CSV (UTF-8, comma separated) and JSON. The data hold no "
         "personal data.");
  h += "</p><div class=\"wrap\" tabindex=\"0\"><table><caption>";
  h += t("Datové sady", "Datasets");
  h += "</caption><thead><tr><th scope=\"col\">";
  h += t("Datová sada", "Dataset");
  h += "</th><th scope=\"col\">";
  h += t("Obsah", "Contents");
  h += "</th><th scope=\"col\">CSV</th><th scope=\"col\">JSON</th></tr></thead><tbody>";
  auto row = [&](const char* dataset, const char* cs, const char* en, const char* dcs, const char* den) {
    const std::string base = "/api/public/regions/" + p.region.region_code + "/" + dataset;
    const std::string label = t(cs, en);
    h += "<tr><th scope=\"row\">" + label + "</th><td>" + t(dcs, den) + "</td><td><a href=\"" + base + ".csv\">" +
         label + " (CSV)</a></td><td><a href=\"" + base + ".json\">" + label + " (JSON)</a></td></tr>";
  };
  row("cards", "Karty služeb", "Service cards", "zveřejněné verze karet, jeden řádek na potřebu",
      "published card versions, one row per need");
  if (p.settings.show_services)
    row("services", "Katalog služeb", "Services", "aktivní služby kraje z registru", "the region's active services from the registry");
  if (p.settings.show_coverage)
    row("coverage", "Pokrytí potřeb", "Need coverage", "území × potřeba: počty služeb podle způsobu naplnění",
        "territory × need: counts of services by how they meet it");
  row("indicators", "Ukazatele", "Indicators", "medián a kvartily po skupinách služeb (méně než 5 služeb se neuvádí)",
      "median and quartiles by group of services (fewer than 5 services not shown)");
  h += "</tbody></table></div><p>";
  h += t("Hranice území v mapě: ", "Map boundaries: ");
  h += kMapAttribution;
  h += " (CC BY 4.0).</p>";
  return h;
}

}  // namespace

PortalPath parse_portal_path(const std::string& raw) {
  PortalPath p;
  std::vector<std::string> seg;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    std::size_t end = raw.find('/', pos);
    if (end == std::string::npos) end = raw.size();
    if (end > pos) seg.push_back(raw.substr(pos, end - pos));
    pos = end + 1;
  }
  if (seg.empty() || seg[0] != "portal") return p;
  std::size_t i = 1;
  if (seg.size() > 1 && seg[1] == "en") {
    p.lang = PortalLang::en;
    i = 2;
  }
  const bool en = p.lang == PortalLang::en;
  const std::size_t rest = seg.size() - i;
  if (rest == 0) {
    p.kind = PortalPageKind::regions;
    return p;
  }
  p.region = seg[i];
  if (p.region.size() > 10 || p.region.find_first_not_of("0123456789") != std::string::npos) return p;
  if (rest == 1) {
    p.kind = PortalPageKind::home;
    return p;
  }
  const std::string& section = seg[i + 1];
  if (rest == 3 && section == (en ? "cards" : "karty")) {
    p.kind = PortalPageKind::card;
    p.card = seg[i + 2];
    return p;
  }
  if (rest != 2) return p;
  if (section == (en ? "services" : "sluzby")) p.kind = PortalPageKind::services;
  if (section == (en ? "coverage" : "pokryti")) p.kind = PortalPageKind::coverage;
  if (section == (en ? "indicators" : "ukazatele")) p.kind = PortalPageKind::indicators;
  if (section == "data") p.kind = PortalPageKind::data;
  return p;
}

std::string portal_href(PortalLang lang, PortalPageKind kind, const std::string& region, const std::string& card) {
  const bool en = lang == PortalLang::en;
  std::string base = en ? "/portal/en/" : "/portal/";
  if (kind == PortalPageKind::regions || region.empty()) return base;
  base += region + "/";
  switch (kind) {
    case PortalPageKind::card: return base + (en ? "cards/" : "karty/") + card;
    case PortalPageKind::services: return base + (en ? "services" : "sluzby");
    case PortalPageKind::coverage: return base + (en ? "coverage" : "pokryti");
    case PortalPageKind::indicators: return base + (en ? "indicators" : "ukazatele");
    case PortalPageKind::data: return base + "data";
    default: return base;
  }
}

std::string render_regions_page(PortalLang lang, const std::vector<PublicRegion>& regions) {
  const Tr t{lang};
  Page page{lang, t("Portál sociálních služeb krajů", "Regional social services portal"), nullptr,
            PortalPageKind::regions, portal_href(lang == PortalLang::en ? PortalLang::cs : PortalLang::en,
                                                 PortalPageKind::regions)};
  std::string h = "<h1>" + page.title + "</h1>";
  if (regions.empty()) {
    h += "<p>";
    h += t("Zatím žádný kraj nezveřejnil svůj portál.", "No region has published its portal yet.");
    h += "</p>";
  } else {
    h += "<ul>";
    for (const auto& r : regions) {
      const std::string title = lang == PortalLang::en && !r.title_en.empty() ? r.title_en : r.title_cs;
      h += "<li><a href=\"" + portal_href(lang, PortalPageKind::home, r.region_code) + "\">" + esc(r.name) + "</a>" +
           (title.empty() ? "" : " – " + esc(title)) + "</li>";
    }
    h += "</ul>";
  }
  return layout(page, h);
}

std::optional<std::string> render_portal_page(const PortalPath& path, const PublicPortal& portal) {
  const Tr t{path.lang};
  const PortalLang other = path.lang == PortalLang::en ? PortalLang::cs : PortalLang::en;
  Page page{path.lang, "", &portal, path.kind,
            portal_href(other, path.kind, portal.region.region_code, path.card)};
  const std::string site = [&] {
    const auto& st = portal.settings;
    const std::string title = t.en() && !st.title_en.empty() ? st.title_en : st.title_cs;
    return title.empty() ? portal.region.name : title;
  }();
  std::string content;
  switch (path.kind) {
    case PortalPageKind::home:
      page.title = site;
      content = home_page(t, portal);
      break;
    case PortalPageKind::card: {
      const PublicCard* card = nullptr;
      for (const auto& c : portal.cards)
        if (c.slug() == path.card) card = &c;
      if (!card) return std::nullopt;
      page.title = (card->title.empty() ? card_label(t, *card) : card->title) + " – " + site;
      content = card_page(t, portal, *card);
      break;
    }
    case PortalPageKind::services:
      if (!portal.settings.show_services) return std::nullopt;
      page.title = std::string(t("Katalog sociálních služeb", "Social services of the region")) + " – " + site;
      content = services_page(t, portal);
      break;
    case PortalPageKind::coverage:
      if (!portal.settings.show_coverage) return std::nullopt;
      page.title = std::string(t("Pokrytí potřeb podle území", "Need coverage by territory")) + " – " + site;
      content = coverage_page(t, portal);
      break;
    case PortalPageKind::indicators:
      page.title = std::string(t("Ukazatele kvality", "Quality indicators")) + " – " + site;
      content = indicators_page(t, portal);
      break;
    case PortalPageKind::data:
      page.title = std::string(t("Otevřená data", "Open data")) + " – " + site;
      content = data_page(t, portal);
      break;
    default:
      return std::nullopt;
  }
  return layout(page, content);
}

std::string render_not_found_page(PortalLang lang) {
  const Tr t{lang};
  Page page{lang, t("Stránka nenalezena", "Page not found"), nullptr, PortalPageKind::not_found,
            portal_href(lang == PortalLang::en ? PortalLang::cs : PortalLang::en, PortalPageKind::regions)};
  std::string h = "<h1>" + page.title + "</h1><p>";
  h += t("Stránka neexistuje nebo ji kraj nezveřejnil.", "The page does not exist or the region has not published it.");
  h += " <a href=\"" + portal_href(lang, PortalPageKind::regions) + "\">" + t("Na úvod portálu", "To the portal's start") +
       "</a></p>";
  return layout(page, h);
}

}  // namespace kvalis::network::exports
