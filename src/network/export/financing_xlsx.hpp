#pragma once
// The financing outlook as an Excel workbook in the layout a finance department expects (issue 13 item 4):
// sheets "Souhrn" (the network's revenues by source and year, costs, the optimal subsidy, what is uncovered;
// with a scenario also the base and the difference), "Podle druhu" (units, costs and the optimal subsidy per
// kind and year), "Služby" (each service with units, costs and the optimal subsidy per year, the requested
// and the granted amount of the first year and the difference explained) and "Model" (the rows each region's
// services are priced by). Amounts in whole Kč with thousands separators, totals rows as SUM formulas (with
// their values), frozen headers and filters. Written with libxlsxwriter in constant_memory mode: rows go
// straight to the file, so the national network (7,000 services) stays within a few MB.
#include <functional>
#include <string>

#include "network/app/financing_outlook.hpp"

namespace kvalis::network::exports {

// kind_name(code): the kind's name in the language. Throws std::runtime_error when the workbook cannot be
// written.
std::string financing_workbook(const app::OutlookExport& data, bool english,
                               const std::function<std::string(const std::string&)>& kind_name,
                               const std::function<std::string(const std::string&)>& form_name);

}  // namespace kvalis::network::exports
