#pragma once
// The printable page of a client's record (export on request, PLANNING_SPEC "Access"): identity, contract,
// key worker, personal goals with the GAS levels described and their ratings, reviews with the T-score, ladder
// assessments with the distance travelled. Czech or English.
#include <string>

#include "planning/app/clients_records.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::planning::exports {

std::string client_record_html(const app::ClientExport& record, Lang lang);

}  // namespace kvalis::planning::exports
