#include "network/export/minimal_export.hpp"

namespace kvalis::network::exports {

kvalis::exports::Sheet checks_sheet(const app::MinimalFormView& form, const std::vector<app::ServiceCheck>& checks,
                                    Lang lang) {
  const bool cs = lang == Lang::cs;
  using kvalis::exports::Cell;
  kvalis::exports::Sheet sheet;
  sheet.name = cs ? "Minimální podoba" : "Minimal form";
  std::string required;
  for (const auto& n : form.needs)
    if (n.required) required += (required.empty() ? "" : ", ") + (cs || n.need.name_en.empty() ? n.need.name_cs : n.need.name_en);
  sheet.notes = {(cs ? "Minimální podoba služby: " : "Minimal form of a service: ") + form.form.kind_name + " (" +
                     form.region.name + ")",
                 (cs ? "Potřeby naplňované přímo: " : "Needs met directly: ") + required};
  sheet.header = cs ? std::vector<std::string>{"Služba", "Poskytovatel", "Vyžadováno", "Naplněno", "Podíl naplnění (%)",
                                               "Chybějící potřeby", "Údaje z kola"}
                    : std::vector<std::string>{"Service", "Provider", "Required", "Met", "Share met (%)",
                                               "Missing needs", "Data from round"};
  for (const auto& c : checks) {
    std::string missing;
    for (const auto& m : c.missing)
      missing += (missing.empty() ? "" : ", ") + (cs || m.name_en.empty() ? m.name_cs : m.name_en);
    sheet.rows.push_back({Cell(c.service_name), Cell(c.provider_name), Cell(static_cast<long long>(c.check.required)),
                          Cell(static_cast<long long>(c.check.met)),
                          c.check.answered ? Cell(c.check.share_met * 100.0) : Cell(),
                          Cell(c.check.answered ? missing : std::string(cs ? "bez údajů o pokrytí" : "no coverage data")),
                          kvalis::exports::cell(c.round_id)});
  }
  sheet.widths = {40, 40, 12, 12, 18, 60, 14};
  return sheet;
}

}  // namespace kvalis::network::exports
