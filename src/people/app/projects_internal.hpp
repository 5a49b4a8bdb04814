#pragma once
// Shared by the projects' use cases (internal to people/app): the records an activity links to.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "people/app/cooperation.hpp"
#include "people/app/projects.hpp"

namespace kvalis::people::app::detail {

// The record of `kind` with this id as the caller sees it; nullopt when it does not exist or is not visible.
std::optional<LinkedObject> resolve_link(soci::session& s, const accounts::Caller& caller, LinkKind kind, long long id);
// The same, but a record the caller cannot read is described without its label (visible = false).
LinkedObject describe_link(soci::session& s, const accounts::Caller& caller, LinkKind kind, long long id);
// Records of a kind the caller may link (meetings: of the project's organisation), label containing text.
std::vector<LinkedObject> candidates(soci::session& s, const accounts::Caller& caller, LinkKind kind,
                                     long long organisation_id, const std::string& text);

}  // namespace kvalis::people::app::detail
