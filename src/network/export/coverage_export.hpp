#pragma once
// Sheets of need coverage: the gaps and overlaps of a coverage map (Excel and CSV export) and the upload
// template of a round (prefilled with the services the caller fills and the needs of their cards).
#include <string>
#include <vector>

#include "network/app/coverage.hpp"
#include "platform/export/table.hpp"

namespace kvalis::network::exports {

// Gaps (nobody meets the need directly; nobody answers it at all) and overlaps, territory by territory.
// english: column names and words in English.
std::vector<kvalis::exports::Sheet> gaps_sheets(const app::CoverageMapView& view, const std::string& region_name,
                                                bool english);

// Gaps and overlaps in one sheet for CSV, the first column saying which list a line belongs to.
kvalis::exports::Sheet gaps_csv_sheet(const app::CoverageMapView& view, bool english);

// The template: columns service_id, registry_id, service_name, need_code, need_name, mode, mediated_service,
// clients, contacts, note (the upload reads the ones it knows); a line per service and need, answers given
// so far filled in; a second sheet explains the modes.
std::vector<kvalis::exports::Sheet> template_sheets(const std::vector<app::TemplateLine>& lines, bool english);

}  // namespace kvalis::network::exports
