#include "network/export/network_export.hpp"

#include <utility>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::network::exports {

using kvalis::exports::Cell;
using kvalis::exports::Sheet;

std::string_view decision_kind_cs(std::string_view kind) {
  if (kind == "include") return "zařazení do sítě";
  if (kind == "change") return "změna kapacity";
  if (kind == "remove") return "vyřazení ze sítě";
  return kind;
}

std::string_view capacity_unit_cs(std::string_view unit) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"klient", "klienti"},   {"luzka", "lůžka"},       {"hodiny", "hodiny"},
      {"kontakt", "kontakty"}, {"interv", "intervence"}, {"hovor", "hovory"}};
  for (const auto& [code, name] : kNames)
    if (code == unit) return name;
  return unit;
}

std::string_view registry_status_cs(std::string_view status) {
  if (status == "ended") return "registrace ukončena";
  if (status == "other_region") return "služba registrovaná v jiném kraji";
  if (status == "unknown") return "služba není v registru";
  return status;
}

std::string_view mismatch_reason_cs(std::string_view reason) {
  if (reason == "capacity_below") return "registrovaná kapacita je nižší než kapacita v síti";
  if (reason == "unit_differs") return "jiná jednotka kapacity v registru";
  return reason;
}

std::string_view form_cs(std::string_view form) {
  if (form == "amb") return "ambulantní";
  if (form == "pob") return "pobytová";
  if (form == "ter") return "terénní";
  return form;
}

std::string_view act_status_cs(std::string_view status) {
  if (status == "valid") return "platné";
  if (status == "amended") return "změněno";
  if (status == "revoked") return "zrušeno";
  return status;
}

namespace {

std::string territory_list(const app::EntryView& e) {
  std::string out;
  for (const auto& [code, name] : e.territories) out += (out.empty() ? "" : ", ") + name;
  return out;
}

Cell opt(const std::optional<double>& v) { return v ? Cell(*v) : Cell(); }

}  // namespace

std::vector<Sheet> network_year_sheets(const app::YearExport& year) {
  const auto& d = year.detail;
  const std::string title = "Síť sociálních služeb — " + d.region.name + ", rok " + std::to_string(d.year.year);
  const std::string state = d.year.status == "approved"
                                ? "schválená " + czech_date(d.year.approved_on) +
                                      (d.year.approved_by_text.empty() ? "" : " (" + d.year.approved_by_text + ")")
                                : "návrh";
  std::vector<Sheet> sheets;

  Sheet net;
  net.name = "Síť " + std::to_string(d.year.year);
  net.notes = {title, "Stav: " + state};
  net.header = {"ID služby", "Služba",      "Poskytovatel", "Druh služby", "Kapacita v síti", "Jednotka",
                "Úvazky",    "Území (ORP)", "Pověření č.",  "Pověření od", "Pověření do",     "Rozhodnutí v roce"};
  net.widths = {10, 40, 36, 30, 14, 12, 10, 36, 18, 12, 12, 40};
  for (const auto& e : d.entries) {
    std::string decisions;
    for (const auto& dc : e.decisions_this_year)
      decisions +=
          (decisions.empty() ? "" : "; ") + std::string(decision_kind_cs(dc.kind)) + " " + czech_date(dc.decided_on);
    net.rows.push_back({Cell(e.entry.service_id), Cell(e.entry.service_name), Cell(e.entry.provider_name),
                        Cell(e.entry.kind_name), Cell(e.entry.capacity),
                        Cell(std::string(capacity_unit_cs(e.entry.capacity_unit))), opt(e.entry.fte),
                        Cell(territory_list(e)), Cell(e.entrustment ? e.entrustment->act_number : ""),
                        Cell(e.entrustment ? czech_date(e.entrustment->valid_from) : ""),
                        Cell(e.entrustment ? czech_date(e.entrustment->valid_to) : ""), Cell(decisions)});
  }
  for (const auto& [unit, capacity] : d.capacity_by_unit)
    net.rows.push_back({Cell(), Cell("Celkem (" + std::string(capacity_unit_cs(unit)) + ")"), Cell(), Cell(),
                        Cell(capacity), Cell(std::string(capacity_unit_cs(unit))), Cell(), Cell(), Cell(), Cell(),
                        Cell(), Cell()});
  sheets.push_back(std::move(net));

  Sheet dec;
  dec.name = "Rozhodnutí";
  dec.notes = {title, "Rozhodnutí o zařazení, změně a vyřazení služeb v roce " + std::to_string(d.year.year)};
  dec.header = {"Datum", "Služba", "Rozhodnutí", "Kapacita před", "Kapacita po", "Jednotka", "Důvod", "Rozhodl"};
  dec.widths = {12, 40, 20, 14, 14, 12, 50, 36};
  for (const auto& dc : d.decisions)
    dec.rows.push_back({Cell(czech_date(dc.decided_on)), Cell(dc.service_name),
                        Cell(std::string(decision_kind_cs(dc.kind))), opt(dc.capacity_before), opt(dc.capacity_after),
                        Cell(std::string(capacity_unit_cs(dc.capacity_unit))), Cell(dc.reason),
                        Cell(dc.decided_by_text)});
  sheets.push_back(std::move(dec));

  Sheet acts;
  acts.name = "Pověření";
  acts.notes = {title, "Pověření platná v roce " + std::to_string(d.year.year)};
  acts.header = {"Služba",   "Poskytovatel", "Číslo pověření", "Vydáno",      "Platnost od", "Platnost do",
                 "Kapacita", "Jednotka",     "Formy",          "Území (ORP)", "Rozsah",      "Stav"};
  acts.widths = {40, 36, 18, 12, 12, 12, 10, 12, 20, 36, 50, 10};
  for (const auto& a : year.acts) {
    std::string forms, territories;
    for (const auto& f : split_codes(a.forms)) forms += (forms.empty() ? "" : ", ") + std::string(form_cs(f));
    for (const auto& t : split_codes(a.territories)) {
      auto it = year.territory_names.find(t);
      territories += (territories.empty() ? "" : ", ") + (it == year.territory_names.end() ? t : it->second);
    }
    acts.rows.push_back({Cell(a.service_name), Cell(a.provider_name), Cell(a.act_number), Cell(czech_date(a.issued_on)),
                         Cell(czech_date(a.valid_from)), Cell(czech_date(a.valid_to)), opt(a.capacity),
                         Cell(std::string(capacity_unit_cs(a.capacity_unit))), Cell(forms), Cell(territories),
                         Cell(a.scope), Cell(std::string(act_status_cs(a.status)))});
  }
  sheets.push_back(std::move(acts));

  if (year.registry) {
    const auto& r = *year.registry;
    Sheet reg;
    reg.name = "Porovnání s registrem";
    reg.notes = {title, "Rozdíly mezi sítí a registrem poskytovatelů sociálních služeb"};
    reg.header = {"Rozdíl",          "ID služby",           "Služba",  "Poskytovatel", "Druh služby",
                  "Kapacita v síti", "Kapacita v registru", "Poznámka"};
    reg.widths = {34, 10, 40, 36, 30, 14, 16, 50};
    for (const auto& s : r.not_in_network)
      reg.rows.push_back({Cell("registrovaná služba mimo síť"), Cell(s.id), Cell(s.name), Cell(s.provider_name),
                          Cell(s.kind_name), Cell(), Cell(s.capacity),
                          Cell(std::string(capacity_unit_cs(s.capacity_unit)))});
    for (const auto& n : r.not_registered)
      reg.rows.push_back({Cell("služba v síti bez platné registrace"), Cell(n.entry.service_id),
                          Cell(n.entry.service_name), Cell(n.entry.provider_name), Cell(n.entry.kind_name),
                          Cell(n.entry.capacity), Cell(),
                          Cell(std::string(registry_status_cs(n.registry_status)) +
                               (n.ended_on.empty() ? "" : " " + czech_date(n.ended_on)))});
    for (const auto& m : r.capacity_mismatch)
      reg.rows.push_back({Cell("nesoulad kapacity"), Cell(m.entry.service_id), Cell(m.entry.service_name),
                          Cell(m.entry.provider_name), Cell(m.entry.kind_name), Cell(m.mismatch.network_capacity),
                          Cell(m.mismatch.registered_capacity),
                          Cell(std::string(mismatch_reason_cs(to_string(m.mismatch.reason))))});
    sheets.push_back(std::move(reg));
  }
  return sheets;
}

}  // namespace kvalis::network::exports
