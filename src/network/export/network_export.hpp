#pragma once
// The Excel workbook of a network year (issue 13 item 1): the network's services with capacity, territories
// and the entrustment act in force, the year's decisions, and (for the region's staff) the comparison with
// the registry. Czech headers, as the region's staff and its council read them.
#include <string>
#include <string_view>
#include <vector>

#include "network/app/network_years.hpp"
#include "platform/export/table.hpp"

namespace kvalis::network::exports {

// Czech names of the codes a network year shows.
std::string_view decision_kind_cs(std::string_view kind);      // include → zařazení do sítě
std::string_view capacity_unit_cs(std::string_view unit);      // luzka → lůžka
std::string_view registry_status_cs(std::string_view status);  // ended → registrace ukončena
std::string_view mismatch_reason_cs(std::string_view reason);  // capacity_below → …
std::string_view form_cs(std::string_view form);               // ter → terénní
std::string_view act_status_cs(std::string_view status);       // amended → změněno

std::vector<kvalis::exports::Sheet> network_year_sheets(const app::YearExport& year);

}  // namespace kvalis::network::exports
