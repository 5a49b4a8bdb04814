#pragma once
// The regional network of social services year by year (issue 13 item 1, PLAN13_SPEC "Core rules" netyears):
// the network of a year built from the previous year and the decisions of the year (include adds a service,
// change sets its capacity, remove drops it), the comparison of a network with the registry (active services
// of the region left out, network entries whose service ended or whose registered capacity is below the
// network's) and with need coverage (needs of a territory no network service meets directly), and who sees
// what of it. Pure functions: no storage, no HTTP.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"

namespace kvalis::network {

// ---- states ----

enum class NetworkYearStatus { draft, approved };
std::string_view to_string(NetworkYearStatus s);
std::optional<NetworkYearStatus> parse_network_year_status(std::string_view s);

enum class DecisionKind { include, change, remove };
std::string_view to_string(DecisionKind k);
std::optional<DecisionKind> parse_decision_kind(std::string_view s);

enum class EntrustmentStatus { valid, amended, revoked };
std::string_view to_string(EntrustmentStatus s);
std::optional<EntrustmentStatus> parse_entrustment_status(std::string_view s);

// The capacity units of a network entry: the registry's capacity types plus hours.
bool is_capacity_unit(std::string_view unit);

// ---- the network of a year ----

// A service in the network with its capacity there.
struct NetworkPlace {
  long long service_id = 0;
  double capacity = 0;
  std::string capacity_unit;
  std::vector<std::string> territories;  // ORP codes the entry covers
};

// A decision as the rules see it (the service's registered facts are looked up by the caller).
struct DecisionInput {
  long long service_id = 0;
  DecisionKind kind = DecisionKind::include;
  std::optional<double> capacity_after;  // include: required; change: required; remove: ignored
  std::string capacity_unit;             // include: required (or the service's registered unit); change: kept
  std::vector<std::string> territories;  // include: the territories the entry covers
  std::optional<std::vector<std::string>> territories_after;  // change: the entry's new territories
};

// What the decision did: the capacity before (change, remove) for the decision's record.
struct DecisionEffect {
  std::optional<double> capacity_before;
  std::optional<double> capacity_after;
  std::string capacity_unit;
  std::vector<std::string> territories_before, territories_after;  // include: after; a change of them: both
};

// Applies one decision to the network (sorted by service id): include a service not yet in it, change or
// remove one in it. A change sets the capacity, the territories, or both. Errors name the field: service_id
// (not in / already in the network), capacity_after (missing, not positive, or a change that changes
// nothing), capacity_unit (unknown), territories_after (emptied).
Result<DecisionEffect> apply_decision(std::vector<NetworkPlace>& network, const DecisionInput& d);
// The network of a year: the previous year's network with the year's decisions applied in order. The first
// error stops it (the error's field is prefixed with "decisions[i].").
Result<std::vector<NetworkPlace>> network_of_year(std::vector<NetworkPlace> previous,
                                                  const std::vector<DecisionInput>& decisions);

// Capacity per unit over a network ("klient" → 160), by unit code.
std::map<std::string, double> capacity_by_unit(const std::vector<NetworkPlace>& network);

// ---- the comparison with the registry ----

// A registered service of the region as the registry knows it.
struct RegisteredService {
  long long service_id = 0;
  bool active = true;  // status active (not ended)
  bool in_region = true;
  double capacity = 0;  // registered total capacity
  std::string capacity_unit;
};

enum class MismatchReason { capacity_below, unit_differs };
std::string_view to_string(MismatchReason r);

struct CapacityMismatch {
  long long service_id = 0;
  MismatchReason reason = MismatchReason::capacity_below;
  double network_capacity = 0, registered_capacity = 0;
  std::string network_unit, registered_unit;
};

struct RegistryDiff {
  std::vector<long long> not_in_network;  // active services of the region that the network leaves out
  std::vector<long long> not_registered;  // network entries whose service ended, left the region or is unknown
  std::vector<CapacityMismatch> capacity_mismatch;
};
RegistryDiff compare_with_registry(const std::vector<NetworkPlace>& network,
                                   const std::vector<RegisteredService>& registered);

// ---- the comparison with need coverage ----

// A service's answer to a need in a coverage round: whether it meets it directly (within its basic
// activities).
struct NeedAnswer {
  long long service_id = 0;
  long long need_area_id = 0;
  bool direct = false;
};

// A territory × need no network service meets directly. outside_network: registered services outside the
// network that do meet it directly there (the network could take them in).
struct NetworkGap {
  std::string territory;
  long long need_area_id = 0;
  int network_services = 0;  // network services answering this need in this territory (none directly)
  int outside_network = 0;
};

// territories: the region's ORP codes; needs: the need areas asked in the round; service_territories: where
// each answering service works (network entries: the entry's territories). Gaps in territory, need order.
std::vector<NetworkGap> compare_with_coverage(const std::vector<std::string>& territories,
                                              const std::vector<long long>& needs,
                                              const std::vector<NetworkPlace>& network,
                                              const std::map<long long, std::vector<std::string>>& service_territories,
                                              const std::vector<NeedAnswer>& answers);

// ---- the entrustment act in force ----

struct EntrustmentPeriod {
  long long id = 0;
  std::string valid_from, valid_to;  // YYYY-MM-DD
  EntrustmentStatus status = EntrustmentStatus::valid;
};
// The act that covers (part of) the year, not revoked, latest valid_from first; nullopt when none.
std::optional<long long> entrustment_for_year(const std::vector<EntrustmentPeriod>& acts, int year);
// The act's dates: both valid dates, valid_from <= valid_to; errors name the field.
Status check_entrustment_dates(const std::string& issued_on, const std::string& valid_from,
                               const std::string& valid_to);

// ---- who sees what ----

// How a caller stands to a region's network and plans.
enum class NetworkRole {
  none,          // sees nothing
  manager,       // region admin/manager or platform administrator: reads and manages everything
  region_staff,  // other members of the region organisation: read everything
  provider,      // member of a provider of the region: its own services' entries, acts and history
  municipality,  // member of a municipality of the region: the approved network and the SPRSS
};
std::string_view to_string(NetworkRole r);

// The role of a principal for the region organisation (region_org_id, region_code). Provider and
// municipality memberships count for the region whose code they carry.
NetworkRole network_role(const accounts::Principal& p, long long region_org_id, const std::string& region_code);
// Organisations (providers) whose services' entries a provider-role caller sees.
std::vector<long long> provider_orgs_of(const accounts::Principal& p, const std::string& region_code);
// Organisations of the principal that may comment on a plan of the region (municipalities and providers of
// the region where the member may respond: admin, manager, worker).
std::vector<long long> commenting_orgs_of(const accounts::Principal& p, const std::string& region_code);

// Whether a caller of this role sees a network year in this status (municipalities only approved ones;
// the region and providers (their own entries) every year).
bool sees_year(NetworkRole role, NetworkYearStatus status);
// Whether the caller sees an entry, an act or a history of a service of this provider.
bool sees_network_service(NetworkRole role, const std::vector<long long>& own_orgs, long long provider_id);

}  // namespace kvalis::network
