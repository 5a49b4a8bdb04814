#pragma once
// The public portal (issue 12 item 6): the region's staff set what the portal shows (settings, published
// benchmark indicators); anybody reads the published portal (public_portal), which holds only published
// card versions, active services from the registry without persons, the coverage of a locked round and
// benchmark aggregates of locked rounds with small groups suppressed.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/portal.hpp"
#include "platform/core/result.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

struct PortalSettingsView {
  std::string region_code, region_name;
  PortalSettings settings;
};

struct PortalSettingsInput {
  bool published = false;
  std::string title_cs, title_en, intro_cs, intro_en;
  bool show_services = true;
  bool show_coverage = true;
  std::optional<long long> coverage_round_id;
  std::string contact;
};

// The region the caller manages: region_code given (platform admin: any region; staff: their own), else the
// caller's first region membership as admin/manager, or for the platform admin the only region.
// network.region.required (403) otherwise, network.region.unknown (400) for an unknown code.
Result<long long> managed_region(soci::session& s, const accounts::Caller& caller, const std::string& region_code);

Result<PortalSettingsView> portal_settings(kvalis::store::Database& db, const accounts::Caller& caller,
                                           const std::string& region_code);
Result<PortalSettingsView> save_portal_settings(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, const PortalSettingsInput& in);

// The same inside the caller's transaction, for a region organisation the caller manages (the demo).
Result<PortalSettingsView> save_portal_settings(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                                const PortalSettingsInput& in);
Result<PortalIndicatorRef> add_portal_indicator(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                                long long bm_round_id, const std::string& indicator_code);
// The indicators the region publishes, in the caller's transaction.
std::vector<PortalIndicatorRef> portal_indicators(soci::session& s, long long region_org_id);
// Indicators the region could publish: (round, indicator code) of its groups' locked rounds that have
// statistics of at least 5 services, newest round first, in the methodology's order.
std::vector<std::pair<long long, std::string>> publishable_indicators(soci::session& s, long long region_org_id);

Result<std::vector<PortalIndicatorRef>> portal_indicators(kvalis::store::Database& db, const accounts::Caller& caller,
                                                          const std::string& region_code);
Result<PortalIndicatorRef> add_portal_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, long long bm_round_id,
                                                const std::string& indicator_code);
Status remove_portal_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, long long id);

// ---- public (no login) --------------------------------------------------------------------------

// The versions of the data the portal shows ("network" and "registry" scopes): cached pages are valid for one
// pair.
struct PortalVersions {
  long long network = 0, registry = 0;
  bool operator==(const PortalVersions&) const = default;
};
PortalVersions portal_versions(soci::session& s);

std::vector<PublicRegion> public_regions(soci::session& s);
// The published portal of a region, or nullopt when the region does not exist or has not published it.
std::optional<PublicPortal> public_portal(soci::session& s, const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                          const std::string& region_code);

}  // namespace kvalis::network::app
