#pragma once
// SQL of the public portal: the region's settings and published indicators, and the published data the
// portal shows (cards in their published versions, the region's active services, the coverage of a locked
// round, benchmark statistics of locked rounds). Nothing here reads an unpublished card version, an open
// round or a person.
#include <soci/soci.h>

#include <map>
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

// The earlier published (now superseded) versions of the region's cards, by card id, newest first.
std::map<long long, std::vector<PublicCardVersion>> earlier_published_versions(soci::session& s,
                                                                               long long region_org_id);

// Active services of the region (services.region_code), with their provider's name, forms, ORP territories
// and the service's contacts from the registry. Names of codes are left to the caller.
std::vector<PublicService> region_services(soci::session& s, const std::string& region_code);

}  // namespace kvalis::network::store::portal_repo
