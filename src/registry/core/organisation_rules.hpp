#pragma once
// The rules of creating and changing an organisation (a tenant): which fields each type needs, codes
// that must be in the legal catalogues, and who may move an organisation.
#include <functional>
#include <optional>
#include <string>

#include "platform/core/result.hpp"
#include "registry/core/model.hpp"

namespace kvalis::registry {

// The fields a caller sends; absent ones keep their value (on create: stay empty).
struct OrganisationChange {
  std::optional<std::string> type;
  std::optional<std::string> name;
  std::optional<std::string> ico;
  std::optional<std::string> legal_form_code;
  std::optional<std::string> founder;
  std::optional<std::string> region_code;
  std::optional<std::string> territory_code;
  std::optional<std::string> address;
};

// Whether a code is in a legal catalogue ("legal_forms", "regions", "territories").
using KnownCode = std::function<bool(const std::string& catalogue, const std::string& code)>;

// Applies a change to `o` (on create every required field must be there); errors name the field. A region
// needs its kraj, a municipal office its ORP.
Status apply_change(Organisation& o, const OrganisationChange& change, bool create, const KnownCode& known);

// Where an organisation sits (kraj, ORP, IČO) decides what its members see: the field a caller other than
// the platform administrator may not change but did, or empty.
std::string placing_field_changed(const Organisation& before, const Organisation& after);

}  // namespace kvalis::registry
