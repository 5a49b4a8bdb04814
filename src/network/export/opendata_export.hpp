#pragma once
// The open data of the public portal: every dataset the portal shows as a table (CSV and JSON from the same
// rows), and the JSON answers of /api/public/… (the portal's data as objects).
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "network/core/portal.hpp"
#include "platform/export/table.hpp"

namespace kvalis::network::exports {

// The datasets a portal offers (cards, services when shown, coverage when shown, indicators).
std::vector<std::string> portal_datasets(const PublicPortal& p);
// The dataset as a table, or nullopt when the portal does not offer it.
std::optional<kvalis::exports::Sheet> dataset_sheet(const PublicPortal& p, const std::string& dataset);
// {"dataset", "region_code", "columns": [...], "items": [{column: value}]}
boost::json::value dataset_json(const PublicPortal& p, const std::string& dataset, const kvalis::exports::Sheet& sheet);

boost::json::value regions_json(const std::vector<PublicRegion>& regions);
boost::json::value portal_json(const PublicPortal& p);  // settings + lists (cards, datasets)
boost::json::value cards_json(const PublicPortal& p);
boost::json::value card_json(const PublicCard& c);
boost::json::value services_json(const PublicPortal& p);
boost::json::value coverage_json(const PublicPortal& p);
boost::json::value indicators_json(const PublicPortal& p);

}  // namespace kvalis::network::exports
