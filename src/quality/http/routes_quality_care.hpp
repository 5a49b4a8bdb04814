#pragma once
// Shared by the routes of the quality module's care part (routes_quality_care*.cpp): access facts,
// validation helpers and the registration of each part.
#include <string>

#include "quality/core/care_access.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/routing.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::http::care {

inline const std::string kTag = "quality-care";

// Scope of the caller's reads: own organisations and the regions of their region memberships.
store::quality_care_repo::Scope scope_of(const accounts::Principal& p);

// A count of at least 0 and at most max (nullopt passes).
Status check_count(const std::string& field, const std::optional<long long>& value, long long max);

// Appends an entry to the audit log.
void log_change(soci::session& s, const Context& ctx, const std::string& action, const std::string& entity,
                long long entity_id, long long organisation_id, const std::string& detail = {});


void register_supervision_routes(RouteTable& t);
void register_ospod_routes(RouteTable& t);
void register_transformation_routes(RouteTable& t);

}  // namespace kvalis::http::care
