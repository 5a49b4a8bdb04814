#include "registry/core/organisation_rules.hpp"

#include "accounts/core/access.hpp"
#include "platform/core/text.hpp"

namespace kvalis::registry {
namespace {

Status known_or_empty(const KnownCode& known, const char* field, const char* catalogue, const std::string& code) {
  if (!code.empty() && !known(catalogue, code)) return invalid(field, "field.unknown_code", {{"value", code}});
  return ok_status();
}

}  // namespace

Status apply_change(Organisation& o, const OrganisationChange& in, bool create, const KnownCode& known) {
  if (create) {
    if (!in.type) return invalid("type", "field.required");
    if (!accounts::parse_organisation_type(*in.type))
      return invalid("type", "organisation_type.unknown", {{"value", *in.type}});
    o.type = *in.type;
  } else if (in.type && *in.type != o.type) {
    return invalid("type", "field.invalid_value", {{"value", *in.type}});
  }
  if (in.name) o.name = *in.name;
  if (o.name.empty()) return invalid("name", "field.required");
  if (in.ico) o.ico = *in.ico;
  if (!o.ico.empty() && !is_valid_ico(o.ico)) return invalid("ico", "field.invalid_ico");
  if (in.legal_form_code) o.legal_form_code = *in.legal_form_code;
  if (auto st = known_or_empty(known, "legal_form_code", "legal_forms", o.legal_form_code); !st) return st;
  if (in.region_code) o.region_code = *in.region_code;
  if (auto st = known_or_empty(known, "region_code", "regions", o.region_code); !st) return st;
  if (in.territory_code) o.territory_code = *in.territory_code;
  if (auto st = known_or_empty(known, "territory_code", "territories", o.territory_code); !st) return st;
  if (o.type == "region" && o.region_code.empty()) return invalid("region_code", "field.required");
  if (o.type == "municipality" && o.territory_code.empty()) return invalid("territory_code", "field.required");
  if (in.founder) o.founder = *in.founder;
  if (in.address) o.address = *in.address;
  return ok_status();
}

std::string placing_field_changed(const Organisation& before, const Organisation& after) {
  if (after.region_code != before.region_code) return "region_code";
  if (after.territory_code != before.territory_code) return "territory_code";
  if (after.ico != before.ico) return "ico";
  return {};
}

}  // namespace kvalis::registry
