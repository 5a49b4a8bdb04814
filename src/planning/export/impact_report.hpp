#pragma once
// The impact report of the planning module as a printable page (Czech or English) and as Excel sheets: the
// problem addressed, vision and mission, the outcome of every goal from the strategy down to the service
// goals, indicators against targets and the evidence behind each number (evaluations, clients).
#include <string>
#include <vector>

#include "planning/app/plans.hpp"
#include "platform/core/messages.hpp"
#include "platform/export/table.hpp"

namespace kvalis::exports {

std::string impact_report_html(const planning::app::ImpactReport& report, Lang lang, const std::string& today);
std::vector<Sheet> impact_sheets(const planning::app::ImpactReport& report, Lang lang);

}  // namespace kvalis::exports
