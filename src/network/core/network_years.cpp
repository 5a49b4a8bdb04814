#include "network/core/network_years.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace kvalis::network {

namespace {

template <class E, std::size_t N>
std::optional<E> parse_of(std::string_view s, const std::array<E, N>& all) {
  for (E e : all)
    if (to_string(e) == s) return e;
  return std::nullopt;
}

auto find_place(std::vector<NetworkPlace>& network, long long service_id) {
  return std::find_if(network.begin(), network.end(),
                      [&](const NetworkPlace& p) { return p.service_id == service_id; });
}

bool same_capacity(double a, double b) { return std::fabs(a - b) < 1e-9; }

}  // namespace

std::string_view to_string(NetworkYearStatus s) { return s == NetworkYearStatus::draft ? "draft" : "approved"; }
std::optional<NetworkYearStatus> parse_network_year_status(std::string_view s) {
  return parse_of(s, std::array{NetworkYearStatus::draft, NetworkYearStatus::approved});
}

std::string_view to_string(DecisionKind k) {
  switch (k) {
    case DecisionKind::include:
      return "include";
    case DecisionKind::change:
      return "change";
    case DecisionKind::remove:
      return "remove";
  }
  return "include";
}
std::optional<DecisionKind> parse_decision_kind(std::string_view s) {
  return parse_of(s, std::array{DecisionKind::include, DecisionKind::change, DecisionKind::remove});
}

std::string_view to_string(EntrustmentStatus s) {
  switch (s) {
    case EntrustmentStatus::valid:
      return "valid";
    case EntrustmentStatus::amended:
      return "amended";
    case EntrustmentStatus::revoked:
      return "revoked";
  }
  return "valid";
}
std::optional<EntrustmentStatus> parse_entrustment_status(std::string_view s) {
  return parse_of(s, std::array{EntrustmentStatus::valid, EntrustmentStatus::amended, EntrustmentStatus::revoked});
}

bool is_capacity_unit(std::string_view unit) {
  static constexpr std::array<std::string_view, 6> kUnits{"klient", "luzka", "hodiny", "kontakt", "interv", "hovor"};
  return std::find(kUnits.begin(), kUnits.end(), unit) != kUnits.end();
}

Result<DecisionEffect> apply_decision(std::vector<NetworkPlace>& network, const DecisionInput& d) {
  auto it = find_place(network, d.service_id);
  const bool present = it != network.end();
  DecisionEffect effect;
  switch (d.kind) {
    case DecisionKind::include: {
      if (present) return invalid("service_id", "network.decision.already_in");
      if (!d.capacity_after) return invalid("capacity_after", "field.required");
      if (*d.capacity_after <= 0) return invalid("capacity_after", "network.decision.capacity_positive");
      if (!is_capacity_unit(d.capacity_unit))
        return invalid("capacity_unit", "network.capacity_unit.unknown", {{"value", d.capacity_unit}});
      NetworkPlace place{d.service_id, *d.capacity_after, d.capacity_unit, d.territories};
      network.insert(
          std::lower_bound(network.begin(), network.end(), place,
                           [](const NetworkPlace& a, const NetworkPlace& b) { return a.service_id < b.service_id; }),
          place);
      effect.capacity_after = *d.capacity_after;
      effect.capacity_unit = d.capacity_unit;
      effect.territories_after = d.territories;
      return effect;
    }
    case DecisionKind::change: {
      if (!present) return invalid("service_id", "network.decision.not_in");
      if (!d.capacity_after && !d.territories_after) return invalid("capacity_after", "field.required");
      if (d.capacity_after && *d.capacity_after <= 0)
        return invalid("capacity_after", "network.decision.capacity_positive");
      if (d.territories_after && d.territories_after->empty())
        return invalid("territories_after", "network.decision.territories_empty");
      const double capacity = d.capacity_after.value_or(it->capacity);
      const std::string unit = d.capacity_unit.empty() ? it->capacity_unit : d.capacity_unit;
      if (!is_capacity_unit(unit)) return invalid("capacity_unit", "network.capacity_unit.unknown", {{"value", unit}});
      auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
      };
      const bool territories_change = d.territories_after && sorted(*d.territories_after) != sorted(it->territories);
      if (same_capacity(capacity, it->capacity) && unit == it->capacity_unit && !territories_change)
        return invalid("capacity_after", "network.decision.same_capacity");
      effect.capacity_before = it->capacity;
      effect.capacity_after = capacity;
      effect.capacity_unit = unit;
      if (territories_change) {
        effect.territories_before = it->territories;
        effect.territories_after = *d.territories_after;
        it->territories = *d.territories_after;
      }
      it->capacity = capacity;
      it->capacity_unit = unit;
      return effect;
    }
    case DecisionKind::remove: {
      if (!present) return invalid("service_id", "network.decision.not_in");
      effect.capacity_before = it->capacity;
      effect.capacity_unit = it->capacity_unit;
      network.erase(it);
      return effect;
    }
  }
  return invalid("kind", "field.invalid_value");
}

Result<std::vector<NetworkPlace>> network_of_year(std::vector<NetworkPlace> previous,
                                                  const std::vector<DecisionInput>& decisions) {
  std::sort(previous.begin(), previous.end(),
            [](const NetworkPlace& a, const NetworkPlace& b) { return a.service_id < b.service_id; });
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    auto applied = apply_decision(previous, decisions[i]);
    if (!applied) {
      Error e = applied.error();
      e.field = "decisions[" + std::to_string(i) + "]." + e.field;
      return e;
    }
  }
  return previous;
}

std::map<std::string, double> capacity_by_unit(const std::vector<NetworkPlace>& network) {
  std::map<std::string, double> out;
  for (const auto& p : network) out[p.capacity_unit] += p.capacity;
  return out;
}

std::string_view to_string(MismatchReason r) {
  return r == MismatchReason::capacity_below ? "capacity_below" : "unit_differs";
}

RegistryDiff compare_with_registry(const std::vector<NetworkPlace>& network,
                                   const std::vector<RegisteredService>& registered) {
  RegistryDiff diff;
  std::map<long long, const RegisteredService*> by_id;
  for (const auto& r : registered) by_id[r.service_id] = &r;
  std::set<long long> in_network;
  for (const auto& p : network) {
    in_network.insert(p.service_id);
    auto it = by_id.find(p.service_id);
    if (it == by_id.end() || !it->second->active || !it->second->in_region) {
      diff.not_registered.push_back(p.service_id);
      continue;
    }
    const auto& r = *it->second;
    if (!r.capacity_unit.empty() && !p.capacity_unit.empty() && r.capacity_unit != p.capacity_unit)
      diff.capacity_mismatch.push_back(
          {p.service_id, MismatchReason::unit_differs, p.capacity, r.capacity, p.capacity_unit, r.capacity_unit});
    else if (r.capacity + 1e-9 < p.capacity)
      diff.capacity_mismatch.push_back(
          {p.service_id, MismatchReason::capacity_below, p.capacity, r.capacity, p.capacity_unit, r.capacity_unit});
  }
  for (const auto& r : registered)
    if (r.active && r.in_region && !in_network.count(r.service_id)) diff.not_in_network.push_back(r.service_id);
  std::sort(diff.not_in_network.begin(), diff.not_in_network.end());
  std::sort(diff.not_registered.begin(), diff.not_registered.end());
  return diff;
}

std::vector<NetworkGap> compare_with_coverage(const std::vector<std::string>& territories,
                                              const std::vector<long long>& needs,
                                              const std::vector<NetworkPlace>& network,
                                              const std::map<long long, std::vector<std::string>>& service_territories,
                                              const std::vector<NeedAnswer>& answers) {
  std::set<long long> in_network;
  std::map<long long, std::vector<std::string>> where;
  for (const auto& p : network) {
    in_network.insert(p.service_id);
    where[p.service_id] = p.territories;
  }
  for (const auto& [id, list] : service_territories)
    if (!where.count(id) || where[id].empty()) where[id] = list;
  // (territory, need) → counts
  struct Counts {
    int network_direct = 0, network_any = 0, outside_direct = 0;
  };
  std::map<std::pair<std::string, long long>, Counts> cells;
  for (const auto& a : answers) {
    auto w = where.find(a.service_id);
    if (w == where.end()) continue;
    const bool member = in_network.count(a.service_id) > 0;
    for (const auto& t : w->second) {
      auto& c = cells[{t, a.need_area_id}];
      if (member) {
        ++c.network_any;
        if (a.direct) ++c.network_direct;
      } else if (a.direct) {
        ++c.outside_direct;
      }
    }
  }
  std::vector<NetworkGap> gaps;
  for (const auto& t : territories)
    for (long long need : needs) {
      auto it = cells.find({t, need});
      const Counts c = it == cells.end() ? Counts{} : it->second;
      if (c.network_direct > 0) continue;
      gaps.push_back({t, need, c.network_any, c.outside_direct});
    }
  return gaps;
}

std::optional<long long> entrustment_for_year(const std::vector<EntrustmentPeriod>& acts, int year) {
  const std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  const EntrustmentPeriod* best = nullptr;
  for (const auto& a : acts) {
    if (a.status == EntrustmentStatus::revoked) continue;
    if (a.valid_from > last || a.valid_to < first) continue;
    if (!best || a.valid_from > best->valid_from || (a.valid_from == best->valid_from && a.id > best->id)) best = &a;
  }
  if (!best) return std::nullopt;
  return best->id;
}

Status check_entrustment_dates(const std::string& issued_on, const std::string& valid_from,
                               const std::string& valid_to) {
  for (const auto& [field, value] :
       {std::pair{"issued_on", &issued_on}, std::pair{"valid_from", &valid_from}, std::pair{"valid_to", &valid_to}})
    if (auto st = check_date(field, *value, true); !st) return st;
  if (valid_to < valid_from) return invalid("valid_to", "network.entrustment.period");
  return ok_status();
}

std::string_view to_string(NetworkRole r) {
  switch (r) {
    case NetworkRole::none:
      return "none";
    case NetworkRole::manager:
      return "manager";
    case NetworkRole::region_staff:
      return "region_staff";
    case NetworkRole::provider:
      return "provider";
    case NetworkRole::municipality:
      return "municipality";
  }
  return "none";
}

NetworkRole network_role(const accounts::Principal& p, long long region_org_id, const std::string& region_code) {
  using accounts::OrganisationType;
  using accounts::Role;
  if (p.platform_admin) return NetworkRole::manager;
  if (accounts::member_of(p, region_org_id, {Role::admin, Role::manager})) return NetworkRole::manager;
  if (accounts::member_of(p, region_org_id)) return NetworkRole::region_staff;
  for (const auto& m : p.memberships)
    if (m.organisation_type == OrganisationType::provider) return NetworkRole::provider;
  for (const auto& m : p.memberships)
    if (m.organisation_type == OrganisationType::municipality && !region_code.empty() && m.region_code == region_code)
      return NetworkRole::municipality;
  return NetworkRole::none;
}

std::vector<long long> provider_orgs_of(const accounts::Principal& p, const std::string& region_code) {
  (void)region_code;  // a provider's own services are its own wherever its seat is
  std::vector<long long> out;
  for (const auto& m : p.memberships)
    if (m.organisation_type == accounts::OrganisationType::provider) out.push_back(m.organisation_id);
  return out;
}

std::vector<long long> commenting_orgs_of(const accounts::Principal& p, const std::string& region_code) {
  using accounts::OrganisationType;
  using accounts::Role;
  std::vector<long long> out;
  for (const auto& m : p.memberships) {
    if (m.role != Role::admin && m.role != Role::manager && m.role != Role::worker) continue;
    if (m.organisation_type == OrganisationType::municipality && m.region_code == region_code)
      out.push_back(m.organisation_id);
    else if (m.organisation_type == OrganisationType::provider)
      out.push_back(m.organisation_id);
  }
  return out;
}

bool sees_year(NetworkRole role, NetworkYearStatus status) {
  switch (role) {
    case NetworkRole::manager:
    case NetworkRole::region_staff:
    case NetworkRole::provider:
      return true;
    case NetworkRole::municipality:
      return status == NetworkYearStatus::approved;
    case NetworkRole::none:
      return false;
  }
  return false;
}

bool sees_network_service(NetworkRole role, const std::vector<long long>& own_orgs, long long provider_id) {
  switch (role) {
    case NetworkRole::manager:
    case NetworkRole::region_staff:
    case NetworkRole::municipality:
      return true;
    case NetworkRole::provider:
      return std::find(own_orgs.begin(), own_orgs.end(), provider_id) != own_orgs.end();
    case NetworkRole::none:
      return false;
  }
  return false;
}

}  // namespace kvalis::network
