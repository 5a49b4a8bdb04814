#pragma once
// Use cases of the education requirement (issue 14 item 3) over many workers: the organisation's list (who is
// short, by how much, what is planned; education plans and appraisals) under a chosen reading of the absence
// rule, and the region's aggregates per provider or office with cells of fewer than five workers suppressed.
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/app/staff_common.hpp"
#include "people/core/requirement.hpp"
#include "people/core/staff_rules.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct RequirementItem {
  store::WorkerRow worker;
  WorkerRequirement requirement;
  std::string appraisal_next_due_on;
  AppraisalState appraisal = AppraisalState::none;
  bool education_plan = false;  // an individual education plan for the year
};

struct RequirementList {
  store::OrganisationRow organisation;
  int year = 0;
  AbsenceReading reading = kDefaultAbsenceReading;
  std::vector<RequirementItem> items;  // by name
};

// For the employer's managers and the platform administrator; the read is logged.
Result<RequirementList> requirement_list(kvalis::store::Database& db, const accounts::Caller& caller,
                                         long long organisation_id, int year, AbsenceReading reading);

struct RegionalOrganisation {
  store::OrganisationRow organisation;
  std::vector<AggregateCell> cells;  // per category, then the total (category "")
};
struct RegionalRequirement {
  std::string region_code;
  int year = 0;
  AbsenceReading reading = kDefaultAbsenceReading;
  std::vector<RegionalOrganisation> items;
};

// The region's providers and offices with workers: aggregates only. region_code "" = the caller's region.
Result<RegionalRequirement> regional_requirement(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 const std::string& region_code, int year, AbsenceReading reading);

}  // namespace kvalis::people::app
