#include "benchmark/export/benchmark_tables.hpp"

#include "platform/core/rounding.hpp"

namespace kvalis::exports {
namespace {

std::optional<double> percent(const std::optional<double>& fraction) {
  if (!fraction) return std::nullopt;
  return *fraction * 100.0;
}

std::string note_of(const PeerGroupView& g, const ScoreView& s, const VariableNames& names) {
  if (g.suppressed) return kSuppressedNote;
  return reason_cs(s.missing_reason, names);
}

std::vector<std::string> method_notes(const ComparisonView& view) {
  std::vector<std::string> notes = {
      "Kvalis – benchmarking: " + view.round.group_name + ", " + view.round.name + " (" +
          std::to_string(view.round.period_year) + ")",
      std::string("Kvartily a medián: ") + kQuantileMethod +
          "; směrodatná odchylka výběrová (STDEV.S); percentilové pořadí = (pořadí − 1) / (n − 1) vzestupně "
          "(PERCENTRANK.INC), shodné hodnoty sdílejí nejnižší pořadí.",
      "Rezerva k mediánu a k nejlepšímu kvartilu: o kolik se musí ukazatel zlepšit, aby dosáhl mediánu, resp. "
      "horního kvartilu (vyšší je lepší) nebo dolního kvartilu (nižší je lepší); 0 = služba už tam je.",
  };
  if (view.audience != Audience::region)
    notes.push_back("Skupiny s méně než 3 službami jsou potlačeny (bez statistik).");
  if (view.audience == Audience::data_only) notes.push_back("Ostatní služby jsou anonymizovány (Služba A, B, …).");
  if (!view.precomputed) {
    std::string f = "Skupiny srovnání: " + std::string(view.filter.peer == "kind" ? "druh služby" : "druh a forma");
    if (!view.filter.territory.empty()) f += ", území ORP " + view.filter.territory;
    if (!view.filter.founder.empty()) f += ", zřizovatel: " + founder_type_name(view.filter.founder);
    if (!view.filter.size_band.empty()) f += ", velikost: " + size_band_name(view.filter.size_band);
    notes.push_back(f);
  }
  return notes;
}

// As on the screen (web/src/features/benchmark/dea.ts peersText): an efficient service is its own peer and
// is left out; λ to 3 decimals by the one rounding rule, with a decimal comma (the text is Czech).
std::string peers_text(const DeaDmuView& d) {
  std::string out;
  for (const auto& [label, lambda] : d.peers) {
    const bool self = label.service_id && d.service.service_id ? *label.service_id == *d.service.service_id
                                                               : label.name == d.service.name;
    if (self) continue;
    out += (out.empty() ? "" : "; ") + label.name + " (" + format_number(round_half_away(lambda, 3), true) + ")";
  }
  return out;
}

std::vector<std::string> variables(const results::DeaRun& run) {
  std::vector<std::string> v = run.inputs;
  v.insert(v.end(), run.outputs.begin(), run.outputs.end());
  return v;
}

}  // namespace

std::string model_cs(const std::string& model) {
  return model == "bcc" ? "BCC (proměnné výnosy z rozsahu)" : "CCR (konstantní výnosy z rozsahu)";
}

std::string orientation_cs(const std::string& orientation) {
  return orientation == "output" ? "orientace na výstupy" : "orientace na vstupy";
}

std::vector<Sheet> comparison_sheets(const ComparisonView& view) {
  Sheet scores;
  scores.name = "Srovnání";
  scores.notes = {method_notes(view).front()};
  scores.header = {"Kód ukazatele", "Ukazatel",          "Jednotka",
                   "Směr",          "Skupina srovnání",  "Služba",
                   "Poskytovatel",  "Hodnota",           "Percentilové pořadí (%)",
                   "z-skóre",       "Rezerva k mediánu", "Rezerva k nejlepšímu kvartilu",
                   "Poznámka"};
  Sheet stats;
  stats.name = "Statistiky";
  stats.notes = {method_notes(view).front()};
  stats.header = {"Kód ukazatele",
                  "Ukazatel",
                  "Jednotka",
                  "Směr",
                  "Skupina srovnání",
                  "Počet služeb (n)",
                  "Minimum",
                  "Dolní kvartil (Q1)",
                  "Medián",
                  "Horní kvartil (Q3)",
                  "Maximum",
                  "Průměr",
                  "Směrodatná odchylka",
                  "Poznámka"};
  for (const auto& iv : view.indicators) {
    const auto& ind = iv.indicator;
    for (const auto& g : iv.groups) {
      stats.rows.push_back({ind.code, ind.name_cs, ind.unit, direction_cs(ind.direction), g.label, cell(g.n),
                            cell(g.min), cell(g.q1), cell(g.median), cell(g.q3), cell(g.max), cell(g.mean), cell(g.sd),
                            g.suppressed ? kSuppressedNote : ""});
      for (const auto& s : g.scores)
        scores.rows.push_back({ind.code, ind.name_cs, ind.unit, direction_cs(ind.direction), g.label, s.service.name,
                               s.service.provider_name, cell(s.value), cell(percent(s.percent_rank)), cell(s.z_score),
                               cell(s.reserve_median), cell(s.reserve_best), note_of(g, s, view.names)});
      if (g.suppressed && g.scores.empty())
        scores.rows.push_back({ind.code, ind.name_cs, ind.unit, direction_cs(ind.direction), g.label, "", "", Cell(),
                               Cell(), Cell(), Cell(), Cell(), kSuppressedNote});
    }
  }
  Sheet method;
  method.name = "Metodika";
  method.header = {"Poznámka k výpočtu"};
  for (const auto& n : method_notes(view)) method.rows.push_back({n});
  method.widths = {140};
  return {scores, stats, method};
}

Sheet comparison_csv(const ComparisonView& view) {
  Sheet out;
  out.name = "Srovnání";
  out.header = {"Kód ukazatele",
                "Ukazatel",
                "Jednotka",
                "Směr",
                "Skupina srovnání",
                "Počet služeb (n)",
                "Dolní kvartil (Q1)",
                "Medián",
                "Horní kvartil (Q3)",
                "Průměr",
                "Služba",
                "Poskytovatel",
                "Hodnota",
                "Percentilové pořadí (%)",
                "z-skóre",
                "Rezerva k mediánu",
                "Rezerva k nejlepšímu kvartilu",
                "Poznámka"};
  for (const auto& iv : view.indicators) {
    const auto& ind = iv.indicator;
    for (const auto& g : iv.groups) {
      auto prefix = [&]() -> std::vector<Cell> {
        return {ind.code,       ind.name_cs, ind.unit,    direction_cs(ind.direction), g.label, cell(g.n), cell(g.q1),
                cell(g.median), cell(g.q3),  cell(g.mean)};
      };
      for (const auto& s : g.scores) {
        auto row = prefix();
        for (Cell c :
             {Cell(s.service.name), Cell(s.service.provider_name), cell(s.value), cell(percent(s.percent_rank)),
              cell(s.z_score), cell(s.reserve_median), cell(s.reserve_best), Cell(note_of(g, s, view.names))})
          row.push_back(std::move(c));
        out.rows.push_back(std::move(row));
      }
      if (g.suppressed && g.scores.empty()) {
        auto row = prefix();
        for (Cell c : {Cell(""), Cell(""), Cell(), Cell(), Cell(), Cell(), Cell(), Cell(kSuppressedNote)})
          row.push_back(std::move(c));
        out.rows.push_back(std::move(row));
      }
    }
  }
  return out;
}

Sheet dea_csv(const DeaView& view) {
  Sheet out;
  out.name = "Efektivita DEA";
  out.header = {"Služba", "Poskytovatel", "Efektivita", "Stav", "Referenční služby (váhy λ)"};
  const auto vars = variables(view.run);
  for (const auto& v : vars) out.header.push_back("Volná proměnná (slack): " + variable_name(view.names, v));
  for (const auto& d : view.results) {
    std::vector<Cell> row = {d.service.name, d.service.provider_name, cell(d.efficiency),
                             d.status == "ok" ? std::string("vyřešeno") : reason_cs(d.status, view.names),
                             peers_text(d)};
    for (const auto& v : vars) {
      Cell c;
      for (const auto& [code, value] : d.slacks)
        if (code == v) c = value;
      row.push_back(c);
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

std::vector<Sheet> dea_sheets(const DeaView& view) {
  Sheet results = dea_csv(view);
  results.notes = {"Kvalis – DEA: " + view.round.group_name + ", " + view.round.name + "; " + model_cs(view.run.model) +
                   ", " + orientation_cs(view.run.orientation)};
  Sheet settings;
  settings.name = "Nastavení";
  settings.header = {"Položka", "Hodnota"};
  std::string inputs, outputs;
  for (const auto& i : view.run.inputs) inputs += (inputs.empty() ? "" : ", ") + variable_name(view.names, i);
  for (const auto& o : view.run.outputs) outputs += (outputs.empty() ? "" : ", ") + variable_name(view.names, o);
  settings.rows = {{"Kolo", view.round.name},
                   {"Pracovní skupina", view.round.group_name},
                   {"Model", model_cs(view.run.model)},
                   {"Orientace", orientation_cs(view.run.orientation)},
                   {"Vstupy", inputs},
                   {"Výstupy", outputs},
                   {"Výpočet č.", view.run.id},
                   {"Poznámka",
                    "Efektivita 1 = služba leží na hranici efektivity; referenční služby jsou její vzory "
                    "s váhami λ; volné proměnné (slacks) ukazují zbývající nadbytek vstupu nebo "
                    "nedostatek výstupu v jednotkách proměnné."}};
  settings.widths = {22, 100};
  return {results, settings};
}

}  // namespace kvalis::exports
