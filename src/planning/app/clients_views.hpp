#pragma once
// How a client record is shown: the summary of a list row (active goals, next review and its state, the last
// T) and the whole record (goals with their ratings, reviews with the T-score per review using the goals'
// weights and the provider's ρ, ladder assessments with the distance travelled). Used by the use cases of
// clients_records.cpp, inside their transaction.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "planning/app/clients_common.hpp"
#include "planning/app/clients_records.hpp"

namespace kvalis::planning::app {

std::vector<ClientSummary> summaries_of(soci::session& s, const std::vector<store::ClientRow>& clients,
                                        const std::string& today);
ClientDetail detail_of(soci::session& s, const LoadedClient& l);

}  // namespace kvalis::planning::app
