#pragma once
// Use cases of transformation plans (quality module, care part): plans of residential services with
// milestones, places of the new community services checked against the region's limits, and the
// inclusion indicators a region defines with their values per plan and period. Each is one transaction
// that loads, checks the rules of quality/core (care_access, care_input, care_transformation) and writes
// with its activity entry; the HTTP handlers and the demo call these alike.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/core/care_access.hpp"
#include "quality/core/care_input.hpp"
#include "quality/core/care_transformation.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::quality::app {

namespace care_repo = store::quality_care_repo;

// ---- what the use cases return --------------------------------------------------------------------

struct PlanSummary {
  care_repo::PlanRow plan;
  care::CareRights rights;
  std::vector<care_repo::MilestoneRow> milestones;
  care::CapacityTimeline timeline;
};

struct PlaceWithCheck {
  care_repo::PlaceRow place;
  std::vector<int> household_sizes;
  care::PlaceCheck check;
};

struct RegionLimits {
  care_repo::OrgRef region;
  care_repo::LimitsRow limits;
  bool can_edit = false;
  bool set() const {
    return limits.max_capacity_per_place || limits.max_persons_per_household || limits.max_households_per_place;
  }
};

struct PlanDetail {
  PlanSummary summary;
  std::optional<RegionLimits> limits;  // absent when the service's region has no region organisation
  std::vector<care_repo::IndicatorRow> indicators;
  std::vector<PlaceWithCheck> places;
  std::vector<care_repo::ValueRow> values;
};

struct IndicatorList {
  care_repo::OrgRef region;
  bool can_edit = false;
  std::vector<care_repo::IndicatorRow> items;
};

// ---- inputs ----------------------------------------------------------------------------------------

struct PlanInput {  // absent fields stay as they are (on create the capacities are required)
  std::optional<long long> service_id;
  std::optional<std::string> title, description, baseline_on, target_on;
  std::optional<int> baseline_capacity, target_capacity;
  std::optional<care::PlanStatus> status;
};

struct MilestoneInput {
  care::MilestoneKind kind = care::MilestoneKind::other;
  std::string title;
  std::string planned_on;
  std::string done_on;
  std::optional<long long> capacity_after, new_service_id, clients_moved;
  std::string note;
};

struct PlaceInput {
  care::PlaceFields fields;
  std::optional<long long> service_id;
  bool ordinary_housing = false;
  bool equipment_complete = false;
  bool support_separated = false;
};

struct LimitsInput {
  std::optional<long long> max_capacity_per_place, max_persons_per_household, max_households_per_place;
  std::string source;
  bool verified = false;
};

struct IndicatorInput {
  std::optional<long long> region_org_id;  // on create; default: the caller's only region
  care::IndicatorFields fields;
  care::IndicatorDirection direction = care::IndicatorDirection::none;
  std::optional<std::string> unit, description;  // absent: unchanged (empty on create)
  std::optional<bool> archived;                  // absent: unchanged (false on create)
};

struct ValueInput {
  long long indicator_id = 0;
  std::string period;
  std::optional<double> value;  // absent removes the value
  std::string note;
};

// ---- plans, milestones, places -------------------------------------------------------------------------

std::vector<PlanSummary> list_plans(store::Database& db, const accounts::Caller& caller,
                                    std::optional<long long> service_id, std::optional<long long> provider_org_id);
Result<PlanDetail> get_plan(store::Database& db, const accounts::Caller& caller, long long id);
Result<PlanDetail> create_plan(store::Database& db, const accounts::Caller& caller, const PlanInput& in);
Result<PlanDetail> create_plan(soci::session& s, const accounts::Caller& caller, const PlanInput& in);
Result<PlanDetail> update_plan(store::Database& db, const accounts::Caller& caller, long long id, const PlanInput& in);
Result<PlanDetail> update_plan(soci::session& s, const accounts::Caller& caller, long long id, const PlanInput& in);
// The plan of the service with this title, if any (the demo finds its own plan again).
std::optional<long long> find_plan(soci::session& s, long long service_id, const std::string& title);

Result<PlanDetail> add_milestone(store::Database& db, const accounts::Caller& caller, long long plan_id,
                                 const MilestoneInput& in);
Result<PlanDetail> add_milestone(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                 const MilestoneInput& in);
Result<PlanDetail> update_milestone(store::Database& db, const accounts::Caller& caller, long long id,
                                    const MilestoneInput& in);
Status delete_milestone(store::Database& db, const accounts::Caller& caller, long long id);
Status delete_milestone(soci::session& s, const accounts::Caller& caller, long long id);

Result<PlanDetail> add_place(store::Database& db, const accounts::Caller& caller, long long plan_id,
                             const PlaceInput& in);
Result<PlanDetail> add_place(soci::session& s, const accounts::Caller& caller, long long plan_id, const PlaceInput& in);
Result<PlanDetail> update_place(store::Database& db, const accounts::Caller& caller, long long id,
                                const PlaceInput& in);
Status delete_place(store::Database& db, const accounts::Caller& caller, long long id);
Status delete_place(soci::session& s, const accounts::Caller& caller, long long id);

// ---- region limits, inclusion indicators and their values ---------------------------------------------

Result<RegionLimits> get_limits(store::Database& db, const accounts::Caller& caller, long long region_org_id);
Result<RegionLimits> get_limits(soci::session& s, const accounts::Caller& caller, long long region_org_id);
Result<RegionLimits> put_limits(store::Database& db, const accounts::Caller& caller, long long region_org_id,
                                const LimitsInput& in);
Result<RegionLimits> put_limits(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                const LimitsInput& in);

// A region's indicators, retired ones included (archived).
Result<IndicatorList> list_indicators(store::Database& db, const accounts::Caller& caller,
                                      std::optional<long long> region_org_id);
Result<care_repo::IndicatorRow> create_indicator(store::Database& db, const accounts::Caller& caller,
                                                 const IndicatorInput& in);
Result<care_repo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller,
                                                 const IndicatorInput& in);
Result<care_repo::IndicatorRow> update_indicator(store::Database& db, const accounts::Caller& caller, long long id,
                                                 const IndicatorInput& in);
Result<care_repo::IndicatorRow> update_indicator(soci::session& s, const accounts::Caller& caller, long long id,
                                                 const IndicatorInput& in);
std::optional<long long> find_indicator(soci::session& s, long long region_org_id, const std::string& code);

Result<PlanDetail> put_values(store::Database& db, const accounts::Caller& caller, long long plan_id,
                              const std::vector<ValueInput>& values);
Result<PlanDetail> put_values(soci::session& s, const accounts::Caller& caller, long long plan_id,
                              const std::vector<ValueInput>& values);

}  // namespace kvalis::quality::app
