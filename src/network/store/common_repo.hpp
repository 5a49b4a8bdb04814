#pragma once
// Reads every part of the network module shares (cards, coverage, minimal): the region organisations, the
// organisations' names and registered regions, the kind names of the service_kinds catalogue, and the services
// of a region with their provider (0009_network.sql reads these platform tables as they are). Every value bound.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "network/core/cards.hpp"

namespace kvalis::network::store::common_repo {

// ---- regions ----
std::optional<RegionRef> region_by_id(soci::session& s, long long org_id);
// The region organisation with this code (the first by id when several carry it).
std::optional<RegionRef> region_by_code(soci::session& s, const std::string& region_code);
// Region organisations by name (only those with the code when one is given).
std::vector<RegionRef> regions(soci::session& s, const std::string& region_code = "");
// The region code an organisation is registered in (organisations.region_code), or "".
std::string organisation_region(soci::session& s, long long org_id);
// The region codes of the active services of these organisations.
std::vector<std::string> service_regions_of(soci::session& s, const std::vector<long long>& org_ids);

// ---- names ----
std::string org_name(soci::session& s, long long org_id);
// Kind code → Czech (English) name from the service_kinds catalogue ("" when unknown).
std::string kind_name(soci::session& s, const std::string& kind_code);
std::string kind_name_en(soci::session& s, const std::string& kind_code);

// ---- services with their provider ----
struct ServiceRow {
  long long id = 0, provider_id = 0;
  std::string name, provider_name, kind_code, registry_id, region_code;
  bool active = false;
};
// Active services of the kinds (every kind when none is given) in a region, by kind, provider, name.
std::vector<ServiceRow> active_services(soci::session& s, const std::string& region_code,
                                        const std::vector<std::string>& kinds = {});
std::optional<ServiceRow> service_by_id(soci::session& s, long long id);
std::optional<ServiceRow> service_by_registry_id(soci::session& s, const std::string& registry_id);

}  // namespace kvalis::network::store::common_repo
