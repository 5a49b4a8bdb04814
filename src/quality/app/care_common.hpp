#pragma once
// What the care use cases share: the caller's reading scope and the common errors.
#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::quality::app {

// The caller's own organisations and the regions they are members of; everything for the platform administrator.
store::quality_care_repo::Scope care_scope(const accounts::Principal& p);

inline Error care_forbidden() { return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}; }
inline Error care_missing(const char* key) { return Error{ErrorCode::not_found, {}, key, {}}; }

}  // namespace kvalis::quality::app
