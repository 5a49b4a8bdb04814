#pragma once
// SQL of the public portal: the region's settings and published indicators, and the published data the
// portal shows (cards in their published versions, the region's active services, the coverage of a locked
// round, benchmark statistics of locked rounds). Nothing here reads an unpublished card version, an open
// round or a person.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "network/core/portal.hpp"

namespace kvalis::network::store::portal_repo {

std::optional<PortalSettings> find_settings(soci::session& s, long long region_org_id);
void save_settings(soci::session& s, const PortalSettings& p, long long user_id, long long now);

std::vector<PortalIndicatorRef> list_indicators(soci::session& s, long long region_org_id);
long long insert_indicator(soci::session& s, long long region_org_id, long long bm_round_id,
                           const std::string& indicator_code);
bool indicator_published(soci::session& s, long long region_org_id, long long bm_round_id, const std::string& code);
bool delete_indicator(soci::session& s, long long region_org_id, long long id);
// The status of a benchmarking round of one of the region's groups ("open", "locked"), or nullopt.
std::optional<std::string> bm_round_status(soci::session& s, long long region_org_id, long long bm_round_id);
// (round, indicator code) of the region's locked rounds with statistics of at least min_n services.
std::vector<std::pair<long long, std::string>> publishable_indicators(soci::session& s, long long region_org_id,
                                                                      int min_n);
bool bm_round_has_indicator(soci::session& s, long long bm_round_id, const std::string& code);
// Statistics of an indicator in a round by peer group (bm_stats), in peer key order.
std::vector<PublicIndicatorRow> indicator_rows(soci::session& s, long long bm_round_id, const std::string& code);

// A coverage round of the region when it is locked.
bool coverage_round_locked(soci::session& s, long long region_org_id, long long round_id);

struct RegionRow {
  long long org_id = 0;
  std::string region_code, name;
};
// Region organisations (type region) with this code, or every one when code is empty.
std::vector<RegionRow> regions(soci::session& s, const std::string& code = "");
// Regions whose portal is published, by name.
std::vector<PublicRegion> published_regions(soci::session& s);

// The latest published version of each card of the region with its needs and activities, and the earlier
// published (now superseded) versions. Names of kinds and forms are left to the caller.
std::vector<PublicCard> published_cards(soci::session& s, long long region_org_id);

// Active services of the region (services.region_code), with their provider's name, forms, ORP territories
// and the service's contacts from the registry. Names of codes are left to the caller.
std::vector<PublicService> region_services(soci::session& s, const std::string& region_code);

struct CoverageRoundRow {
  long long id = 0;
  std::string title, period_from, period_to;
};
// The given round when it is the region's and locked, else (no id) the region's latest locked round.
std::optional<CoverageRoundRow> locked_coverage_round(soci::session& s, long long region_org_id,
                                                      std::optional<long long> round_id);
// Needs of the round (those of the card versions its submitted forms answered), in the region's order.
std::vector<PortalNeed> coverage_needs(soci::session& s, long long round_id);
// Answers of the round's submitted forms, and the ORP territories of the services that gave them.
std::vector<PortalAnswer> coverage_answers(soci::session& s, long long round_id);
std::vector<PortalServiceFacts> coverage_services(soci::session& s, long long round_id);

}  // namespace kvalis::network::store::portal_repo
