#pragma once
// Shared by the planning use cases (internal to planning/app): errors, who may read and manage what, goal
// summaries, the checks of plain fields.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "planning/app/plans.hpp"
#include "planning/core/plan_access.hpp"

namespace kvalis::planning::app::detail {

Error missing(const char* what);  // not_found with key planning.plans.<what>.not_found
Error not_allowed();              // forbidden, planning.plans.forbidden

// The organisation and what the caller may do with its plans; nullopt when it does not exist, is not a
// provider or the caller may not read its plans.
struct Owner {
  repo::OrgRow org;
  PlanRights rights;
};
std::optional<Owner> owner_of(soci::session& s, const accounts::Principal& p, long long organisation_id);

// A goal the caller may read (else not found), with the rights on its organisation.
struct GoalAccess {
  repo::GoalRow goal;
  Owner owner;
};
Result<GoalAccess> readable_goal(soci::session& s, const accounts::Principal& p, long long goal_id);
// The same, for a change: forbidden for a reader, conflict when the goal's plan is closed.
Result<GoalAccess> writable_goal(soci::session& s, const accounts::Principal& p, long long goal_id);
// Whether the goal's plan (strategic or operational) is closed.
bool plan_closed(soci::session& s, const repo::GoalRow& goal);

GoalSummary summary_of(soci::session& s, const repo::GoalRow& goal);
std::vector<GoalSummary> summaries_of(soci::session& s, const std::vector<repo::GoalRow>& goals);

OperationalPlanDetail operational_detail(soci::session& s, const repo::OperationalPlanRow& plan, bool can_manage);

// Participants of an evaluation: kind worker|client|partner|other, a name, optional role and organisation.
Status check_participants(const std::vector<repo::ParticipantRow>& participants, const std::string& field);

}  // namespace kvalis::planning::app::detail
