#include "network/export/coverage_export.hpp"

#include <map>

namespace kvalis::network::exports {

using kvalis::exports::Cell;
using kvalis::exports::Sheet;

namespace {

std::string gap_text(GapKind kind, bool english) {
  if (kind == GapKind::unanswered) return english ? "nobody answers the need" : "potřebu nikdo nenaplňuje ani neřeší";
  return english ? "nobody meets the need directly" : "potřebu nikdo nenaplňuje přímo";
}

}  // namespace

std::vector<Sheet> gaps_sheets(const app::CoverageMapView& view, const std::string& region_name, bool english) {
  std::map<std::string, std::string> territory_name;
  for (const auto& t : view.territories) territory_name[t.code] = t.name;
  std::map<long long, std::string> need_name;
  for (const auto& n : view.needs) need_name[n.id] = english && !n.name_en.empty() ? n.name_en : n.name_cs;
  std::string title = english ? "Need coverage: " : "Pokrytí potřeb: ";
  title += region_name;
  if (view.round) title += " — " + view.round->title + " (" + view.round->period_from + " – " + view.round->period_to + ")";

  Sheet gaps;
  gaps.name = english ? "Gaps" : "Mezery";
  gaps.notes = {title, english ? "Counts of services by how they answer the need in the ORP territory."
                               : "Počty služeb podle toho, jak potřebu v území ORP naplňují."};
  gaps.header = english ? std::vector<std::string>{"ORP code", "ORP", "Need", "Gap", "Mediated", "Referred",
                                                   "Not met", "Services answering"}
                        : std::vector<std::string>{"Kód ORP", "ORP", "Potřeba", "Mezera", "Zprostředkováním",
                                                   "Odkazem", "Nenaplňuje", "Odpovídající služby"};
  for (const auto& g : view.map.gaps)
    gaps.rows.push_back({Cell(g.cell.territory), Cell(territory_name[g.cell.territory]),
                         Cell(need_name[g.cell.need_area_id]), Cell(gap_text(g.kind, english)),
                         Cell(static_cast<long long>(g.cell.mediated)), Cell(static_cast<long long>(g.cell.referred)),
                         Cell(static_cast<long long>(g.cell.none)), Cell(static_cast<long long>(g.cell.services))});
  gaps.widths = {10, 28, 32, 36, 16, 10, 12, 18};

  Sheet overlaps;
  overlaps.name = english ? "Overlaps" : "Překryvy";
  overlaps.notes = {title, english ? "Territories where several services meet the need directly."
                                   : "Území, kde potřebu přímo naplňuje více služeb."};
  overlaps.header = english ? std::vector<std::string>{"ORP code", "ORP", "Need", "Directly", "Services answering"}
                            : std::vector<std::string>{"Kód ORP", "ORP", "Potřeba", "Přímo", "Odpovídající služby"};
  for (const auto& c : view.map.overlaps)
    overlaps.rows.push_back({Cell(c.territory), Cell(territory_name[c.territory]), Cell(need_name[c.need_area_id]),
                             Cell(static_cast<long long>(c.direct)), Cell(static_cast<long long>(c.services))});
  overlaps.widths = {10, 28, 32, 10, 18};
  return {gaps, overlaps};
}

Sheet gaps_csv_sheet(const app::CoverageMapView& view, bool english) {
  std::map<std::string, std::string> territory_name;
  for (const auto& t : view.territories) territory_name[t.code] = t.name;
  std::map<long long, std::string> need_name;
  for (const auto& n : view.needs) need_name[n.id] = english && !n.name_en.empty() ? n.name_en : n.name_cs;
  Sheet out;
  out.name = english ? "Gaps" : "Mezery";
  out.header = english ? std::vector<std::string>{"list", "orp_code", "orp", "need_code", "need", "kind", "direct",
                                                  "mediated", "referred", "not_met", "services"}
                       : std::vector<std::string>{"seznam", "kod_orp", "orp", "kod_potreby", "potreba", "druh",
                                                  "primo", "zprostredkovanim", "odkazem", "nenaplnuje", "sluzby"};
  std::map<long long, std::string> need_code;
  for (const auto& n : view.needs) need_code[n.id] = n.code;
  auto line = [&](const std::string& list, const CoverageCell& c, const std::string& kind) {
    std::vector<Cell> row;
    row.reserve(11);
    row.emplace_back(list);
    row.emplace_back(c.territory);
    row.emplace_back(territory_name[c.territory]);
    row.emplace_back(need_code[c.need_area_id]);
    row.emplace_back(need_name[c.need_area_id]);
    row.emplace_back(kind);
    for (int v : {c.direct, c.mediated, c.referred, c.none, c.services}) row.emplace_back(static_cast<long long>(v));
    out.rows.push_back(std::move(row));
  };
  for (const auto& g : view.map.gaps) line(english ? "gap" : "mezera", g.cell, gap_text(g.kind, english));
  for (const auto& c : view.map.overlaps)
    line(english ? "overlap" : "překryv", c, english ? "several services meet it directly" : "přímo naplňuje více služeb");
  return out;
}

std::vector<Sheet> template_sheets(const std::vector<app::TemplateLine>& lines, bool english) {
  Sheet t;
  t.name = english ? "Coverage" : "Pokryti";
  t.header = {"service_id", "registry_id", "service_name", "need_code", "need_name", "mode", "mediated_service",
              "clients", "contacts", "note"};
  for (const auto& l : lines) {
    std::vector<Cell> row{Cell(l.submission.service_id), Cell(l.submission.registry_id),
                          Cell(l.submission.service_name), Cell(l.need.code),
                          Cell(english && !l.need.name_en.empty() ? l.need.name_en : l.need.name_cs)};
    if (l.answer) {
      const auto& a = *l.answer;
      row.push_back(Cell(std::string(to_string(a.mode))));
      row.push_back(a.mediated_service_id ? Cell(a.mediated_service_id) : Cell(a.mediated_text));
      row.push_back(kvalis::exports::cell(a.clients));
      row.push_back(kvalis::exports::cell(a.contacts));
      row.push_back(Cell(a.note));
    } else {
      row.resize(10);
    }
    t.rows.push_back(std::move(row));
  }
  t.widths = {10, 14, 36, 16, 30, 16, 24, 10, 10, 30};
  Sheet help;
  help.name = english ? "Help" : "Napoveda";
  help.header = english ? std::vector<std::string>{"mode", "meaning"} : std::vector<std::string>{"mode", "význam"};
  help.rows = {
      {Cell("direct"), Cell(english ? "met directly within the service's basic activities (also: přímo)"
                                    : "naplňuje přímo v rámci základních činností (lze psát i „přímo“)")},
      {Cell("mediated"),
       Cell(english ? "by mediating contact with another service: put its id or registry id, or describe it, in "
                      "mediated_service (also: zprostředkováním)"
                    : "zprostředkováním kontaktu s jinou službou: do sloupce mediated_service uveďte její číslo nebo "
                      "identifikátor z registru, nebo ji popište (lze psát i „zprostředkováním“)")},
      {Cell("referred"), Cell(english ? "by referral to the municipal social worker (also: odkazem)"
                                      : "odkazem na sociálního pracovníka obce (lze psát i „odkazem“)")},
      {Cell("none"), Cell(english ? "not met (also: nenaplňuje)" : "nenaplňuje (lze psát i „nenaplňuje“)")},
      {Cell(""), Cell(english ? "Lines left without a mode are not uploaded. One bad line: nothing is saved and "
                                "every bad line is listed."
                              : "Řádky bez způsobu naplnění se nenahrají. Při jediném chybném řádku se neuloží nic a "
                                "vypíše se každý chybný řádek.")},
  };
  help.widths = {12, 100};
  return {t, help};
}

}  // namespace kvalis::network::exports
