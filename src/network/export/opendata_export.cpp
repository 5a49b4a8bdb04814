#include "network/export/opendata_export.hpp"

#include <map>

#include "network/export/portal_map.hpp"

namespace kvalis::network::exports {
namespace {

namespace json = boost::json;
using kvalis::exports::Cell;
using kvalis::exports::Sheet;

std::string codes_text(const std::vector<NamedCode>& codes, bool names) {
  std::string s;
  for (const auto& c : codes) s += (s.empty() ? "" : ";") + (names ? (c.name_cs.empty() ? c.code : c.name_cs) : c.code);
  return s;
}

json::array named(const std::vector<NamedCode>& codes) {
  json::array a;
  for (const auto& c : codes) a.push_back(json::object{{"code", c.code}, {"name_cs", c.name_cs}, {"name_en", c.name_en}});
  return a;
}

json::value opt(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

}  // namespace

std::vector<std::string> portal_datasets(const PublicPortal& p) {
  std::vector<std::string> out{"cards"};
  if (p.settings.show_services) out.push_back("services");
  if (p.settings.show_coverage) out.push_back("coverage");
  out.push_back("indicators");
  return out;
}

std::optional<Sheet> dataset_sheet(const PublicPortal& p, const std::string& dataset) {
  bool offered = false;
  for (const auto& d : portal_datasets(p)) offered = offered || d == dataset;
  if (!offered) return std::nullopt;
  Sheet s;
  s.name = dataset;
  if (dataset == "cards") {
    s.header = {"kind_code", "kind_name", "form_code", "version_no", "published_on", "title", "need_code",
                "need_name_cs", "need_name_en", "need_description", "need_answer", "activities"};
    for (const auto& c : p.cards) {
      auto base = [&](std::vector<Cell> rest) {
        std::vector<Cell> row{c.kind_code, c.kind_name_cs, c.form_code, static_cast<long long>(c.version_no),
                              c.published_on, c.title};
        row.insert(row.end(), rest.begin(), rest.end());
        s.rows.push_back(std::move(row));
      };
      if (c.needs.empty()) base({std::string(), std::string(), std::string(), std::string(), std::string(), std::string()});
      for (const auto& n : c.needs) {
        std::string acts;
        for (const auto& a : n.activities)
          acts += (acts.empty() ? "" : "; ") + a.paragraph + (a.letter.empty() ? "" : " " + a.letter + ")") + " " + a.text_cs;
        base({n.code, n.name_cs, n.name_en, n.description, n.answer, acts});
      }
    }
  } else if (dataset == "services") {
    s.header = {"service_id", "registry_id", "name", "provider", "kind_code", "kind_name", "forms", "territories",
                "territory_names", "capacity", "capacity_unit", "contacts"};
    for (const auto& sv : p.services) {
      std::string contacts;
      for (const auto& [k, v] : sv.contacts) contacts += (contacts.empty() ? "" : "; ") + k + ": " + v;
      s.rows.push_back({sv.id, sv.registry_id, sv.name, sv.provider, sv.kind_code, sv.kind_name_cs,
                        codes_text(sv.forms, false), codes_text(sv.territories, false), codes_text(sv.territories, true),
                        sv.capacity, sv.capacity_unit, contacts});
    }
  } else if (dataset == "coverage") {
    s.header = {"round", "period_from", "period_to", "territory_code", "territory_name", "need_code", "need_name_cs",
                "need_name_en", "services", "direct", "mediated", "referred", "none"};
    if (p.coverage) {
      std::map<long long, const PortalNeed*> needs;
      for (const auto& n : p.coverage->needs) needs[n.id] = &n;
      std::map<std::string, std::string> names;
      for (const auto& t : p.coverage->territories) names[t.code] = t.name;
      for (const auto& c : p.coverage->cells) {
        const PortalNeed* n = needs.count(c.need_area_id) ? needs[c.need_area_id] : nullptr;
        s.rows.push_back({p.coverage->title, p.coverage->period_from, p.coverage->period_to, c.territory,
                          names[c.territory], n ? n->code : "", n ? n->name_cs : "", n ? n->name_en : "",
                          static_cast<long long>(c.services), static_cast<long long>(c.direct),
                          static_cast<long long>(c.mediated), static_cast<long long>(c.referred),
                          static_cast<long long>(c.none)});
      }
    }
  } else if (dataset == "indicators") {
    s.header = {"round", "period_year", "indicator_code", "indicator_name_cs", "indicator_name_en", "unit", "kind_code",
                "kind_name", "form_code", "n", "q1", "median", "q3", "suppressed"};
    for (const auto& ind : p.indicators)
      for (const auto& r : ind.rows)
        s.rows.push_back({ind.round_name, static_cast<long long>(ind.period_year), ind.indicator_code, ind.name_cs,
                          ind.name_en, ind.unit, r.kind_code, r.kind_name_cs, r.form_code,
                          r.suppressed ? Cell() : Cell(static_cast<long long>(r.n)), kvalis::exports::cell(r.q1),
                          kvalis::exports::cell(r.median), kvalis::exports::cell(r.q3),
                          std::string(r.suppressed ? "yes" : "no")});
  }
  return s;
}

json::value dataset_json(const PublicPortal& p, const std::string& dataset, const Sheet& sheet) {
  json::array columns, items;
  for (const auto& h : sheet.header) columns.push_back(json::value(h));
  for (const auto& row : sheet.rows) {
    json::object o;
    for (std::size_t i = 0; i < sheet.header.size() && i < row.size(); ++i) {
      const Cell& c = row[i];
      if (std::holds_alternative<double>(c))
        o[sheet.header[i]] = std::get<double>(c);
      else if (std::holds_alternative<long long>(c))
        o[sheet.header[i]] = std::get<long long>(c);
      else if (std::holds_alternative<std::string>(c))
        o[sheet.header[i]] = std::get<std::string>(c);
      else
        o[sheet.header[i]] = nullptr;
    }
    items.push_back(std::move(o));
  }
  json::object out{{"dataset", dataset}, {"region_code", p.region.region_code}, {"region_name", p.region.name},
                   {"columns", std::move(columns)}, {"items", std::move(items)}};
  if (dataset == "coverage") out["attribution"] = kMapAttribution;
  return out;
}

json::value regions_json(const std::vector<PublicRegion>& regions) {
  json::array items;
  for (const auto& r : regions)
    items.push_back(json::object{{"region_code", r.region_code}, {"name", r.name}, {"title_cs", r.title_cs},
                                 {"title_en", r.title_en}, {"portal", "/portal/" + r.region_code + "/"}});
  return json::object{{"items", std::move(items)}};
}

json::value cards_json(const PublicPortal& p) {
  json::array items;
  for (const auto& c : p.cards)
    items.push_back(json::object{{"kind_code", c.kind_code},       {"kind_name_cs", c.kind_name_cs},
                                 {"kind_name_en", c.kind_name_en}, {"form_code", c.form_code},
                                 {"slug", c.slug()},               {"version_no", c.version_no},
                                 {"published_on", c.published_on}, {"title", c.title},
                                 {"needs", static_cast<std::int64_t>(c.needs.size())}});
  return json::object{{"items", std::move(items)}};
}

json::value portal_json(const PublicPortal& p) {
  const auto& st = p.settings;
  json::array datasets;
  for (const auto& d : portal_datasets(p))
    datasets.push_back(json::object{{"dataset", d},
                                    {"csv", "/api/public/regions/" + p.region.region_code + "/" + d + ".csv"},
                                    {"json", "/api/public/regions/" + p.region.region_code + "/" + d + ".json"}});
  return json::object{{"region_code", p.region.region_code},
                      {"name", p.region.name},
                      {"title_cs", st.title_cs},
                      {"title_en", st.title_en},
                      {"intro_cs", st.intro_cs},
                      {"intro_en", st.intro_en},
                      {"contact", st.contact},
                      {"show_services", st.show_services},
                      {"show_coverage", st.show_coverage},
                      {"cards", cards_json(p).as_object().at("items")},
                      {"services", static_cast<std::int64_t>(p.services.size())},
                      {"coverage_round", p.coverage ? json::value(p.coverage->title) : json::value(nullptr)},
                      {"indicators", static_cast<std::int64_t>(p.indicators.size())},
                      {"datasets", std::move(datasets)}};
}

json::value card_json(const PublicCard& c) {
  json::array needs, earlier;
  for (const auto& n : c.needs) {
    json::array acts;
    for (const auto& a : n.activities)
      acts.push_back(json::object{{"paragraph", a.paragraph}, {"letter", a.letter}, {"text_cs", a.text_cs},
                                  {"text_en", a.text_en}});
    needs.push_back(json::object{{"code", n.code},
                                 {"name_cs", n.name_cs},
                                 {"name_en", n.name_en},
                                 {"description", n.description},
                                 {"answer", n.answer},
                                 {"activities", std::move(acts)}});
  }
  for (const auto& v : c.earlier)
    earlier.push_back(
        json::object{{"version_no", v.version_no}, {"published_on", v.published_on}, {"change_note", v.change_note}});
  return json::object{{"kind_code", c.kind_code},
                      {"kind_name_cs", c.kind_name_cs},
                      {"kind_name_en", c.kind_name_en},
                      {"form_code", c.form_code},
                      {"slug", c.slug()},
                      {"version_no", c.version_no},
                      {"published_on", c.published_on},
                      {"title", c.title},
                      {"summary", c.summary},
                      {"user_expect", c.user_expect},
                      {"user_not_expect", c.user_not_expect},
                      {"public_expect", c.public_expect},
                      {"public_not_expect", c.public_not_expect},
                      {"partners_expect", c.partners_expect},
                      {"partners_not_expect", c.partners_not_expect},
                      {"change_note", c.change_note},
                      {"needs", std::move(needs)},
                      {"versions", std::move(earlier)}};
}

json::value services_json(const PublicPortal& p) {
  json::array items;
  for (const auto& s : p.services) {
    json::array contacts;
    for (const auto& [k, v] : s.contacts) contacts.push_back(json::object{{"kind", k}, {"value", v}});
    items.push_back(json::object{{"id", s.id},
                                 {"registry_id", s.registry_id},
                                 {"name", s.name},
                                 {"provider", s.provider},
                                 {"kind_code", s.kind_code},
                                 {"kind_name_cs", s.kind_name_cs},
                                 {"kind_name_en", s.kind_name_en},
                                 {"forms", named(s.forms)},
                                 {"territories", named(s.territories)},
                                 {"capacity", s.capacity},
                                 {"capacity_unit", s.capacity_unit},
                                 {"contacts", std::move(contacts)},
                                 {"has_card", s.has_card}});
  }
  return json::object{{"items", std::move(items)}};
}

json::value coverage_json(const PublicPortal& p) {
  if (!p.coverage) return json::object{{"round", nullptr}, {"attribution", kMapAttribution}};
  const auto& c = *p.coverage;
  json::array needs, territories, cells, summary;
  for (const auto& n : c.needs)
    needs.push_back(json::object{{"id", n.id}, {"code", n.code}, {"name_cs", n.name_cs}, {"name_en", n.name_en}});
  for (const auto& t : c.territories)
    territories.push_back(json::object{{"code", t.code}, {"name", t.name}, {"population", t.population}});
  for (const auto& x : c.cells)
    cells.push_back(json::object{{"territory", x.territory}, {"need_area_id", x.need_area_id}, {"direct", x.direct},
                                 {"mediated", x.mediated},   {"referred", x.referred},         {"none", x.none},
                                 {"services", x.services}});
  for (const auto& s : c.summary) {
    json::array gaps;
    for (long long g : s.gaps) gaps.push_back(json::value(g));
    summary.push_back(json::object{{"territory", s.code}, {"name", s.name}, {"services", s.services},
                                   {"needs_direct", s.needs_direct}, {"needs_total", s.needs_total},
                                   {"gaps", std::move(gaps)}, {"level", s.level}});
  }
  return json::object{
      {"round", json::object{{"title", c.title}, {"period_from", c.period_from}, {"period_to", c.period_to}}},
      {"needs", std::move(needs)},
      {"territories", std::move(territories)},
      {"cells", std::move(cells)},
      {"summary", std::move(summary)},
      {"attribution", kMapAttribution}};
}

json::value indicators_json(const PublicPortal& p) {
  json::array items;
  for (const auto& ind : p.indicators) {
    json::array rows;
    for (const auto& r : ind.rows)
      rows.push_back(json::object{{"kind_code", r.kind_code},
                                  {"kind_name_cs", r.kind_name_cs},
                                  {"kind_name_en", r.kind_name_en},
                                  {"form_code", r.form_code},
                                  {"form_name_cs", r.form_name_cs},
                                  {"form_name_en", r.form_name_en},
                                  {"suppressed", r.suppressed},
                                  {"n", r.suppressed ? json::value(nullptr) : json::value(r.n)},
                                  {"q1", opt(r.q1)},
                                  {"median", opt(r.median)},
                                  {"q3", opt(r.q3)}});
    items.push_back(json::object{{"round", ind.round_name},
                                 {"period_year", ind.period_year},
                                 {"indicator_code", ind.indicator_code},
                                 {"name_cs", ind.name_cs},
                                 {"name_en", ind.name_en},
                                 {"unit", ind.unit},
                                 {"groups", std::move(rows)}});
  }
  return json::object{{"items", std::move(items)}};
}

}  // namespace kvalis::network::exports
