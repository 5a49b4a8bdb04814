#pragma once
// The monitoring report of a funded project (people module) as a printable page (Czech or English) and as
// Excel sheets: key activities with their outputs counted from the linked Kvalis records, the schedule, the
// budget spent in the period and cumulatively by category, indicators against targets and publicity duties.
#include <string>
#include <vector>

#include "people/app/projects.hpp"
#include "platform/core/messages.hpp"
#include "platform/export/table.hpp"

namespace kvalis::exports {

std::string monitoring_report_html(const people::app::MonitoringReport& report, Lang lang, const std::string& today);
std::vector<Sheet> monitoring_sheets(const people::app::MonitoringReport& report, Lang lang);

}  // namespace kvalis::exports
