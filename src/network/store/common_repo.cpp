#include "network/store/common_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::common_repo {

using kvalis::store::as_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Param;
using kvalis::store::placeholders;

namespace {

constexpr const char* kRegionColumns = "SELECT id, region_code, name FROM organisations";

RegionRef read_region(const soci::row& r) { return {as_ll(r, 0), as_str(r, 1), as_str(r, 2)}; }

constexpr const char* kServiceColumns =
    "SELECT s.id, s.provider_id, s.name, o.name, s.kind_code, s.registry_id, s.region_code, s.status "
    "FROM services s JOIN organisations o ON o.id = s.provider_id";

ServiceRow read_service(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),  as_str(r, 2), as_str(r, 3),
          as_str(r, 4), as_str(r, 5), as_str(r, 6), as_str(r, 7) == "active"};
}

std::string kind_label(soci::session& s, const std::string& column, const std::string& kind_code) {
  Filter f;
  f.add("catalogue = 'service_kinds'").add("code = ?", {kind_code});
  std::string out;
  // The latest valid row names the kind.
  for_each_row(s, "SELECT " + column + " FROM catalogue_items" + f.where() + " ORDER BY valid_from", f,
               [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

}  // namespace

std::optional<RegionRef> region_by_id(soci::session& s, long long org_id) {
  Filter f;
  f.add("id = ?", {org_id}).add("type = 'region'");
  std::optional<RegionRef> out;
  for_each_row(s, kRegionColumns + f.where(), f, [&](const soci::row& r) { out = read_region(r); });
  return out;
}

std::optional<RegionRef> region_by_code(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("type = 'region'").add("region_code = ?", {region_code});
  std::optional<RegionRef> out;
  for_each_row(s, kRegionColumns + f.where() + " ORDER BY id", f, [&](const soci::row& r) {
    if (!out) out = read_region(r);
  });
  return out;
}

std::vector<RegionRef> regions(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("type = 'region'");
  if (!region_code.empty()) f.add("region_code = ?", {region_code});
  std::vector<RegionRef> out;
  for_each_row(s, kRegionColumns + f.where() + " ORDER BY name, id", f,
               [&](const soci::row& r) { out.push_back(read_region(r)); });
  return out;
}

std::string organisation_region(soci::session& s, long long org_id) {
  Filter f;
  f.add("id = ?", {org_id});
  std::string out;
  for_each_row(s, "SELECT region_code FROM organisations" + f.where(), f,
               [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

std::vector<std::string> service_regions_of(soci::session& s, const std::vector<long long>& org_ids) {
  std::vector<std::string> out;
  if (org_ids.empty()) return out;
  Filter f;
  std::vector<Param> ids(org_ids.begin(), org_ids.end());
  f.add_any("provider_id = ?", ids).add("status = 'active'").add("region_code <> ''");
  for_each_row(s, "SELECT DISTINCT region_code FROM services" + f.where() + " ORDER BY region_code", f,
               [&](const soci::row& r) { out.push_back(as_str(r, 0)); });
  return out;
}

std::string org_name(soci::session& s, long long org_id) {
  Filter f;
  f.add("id = ?", {org_id});
  std::string out;
  for_each_row(s, "SELECT name FROM organisations" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

std::string kind_name(soci::session& s, const std::string& kind_code) { return kind_label(s, "name_cs", kind_code); }

std::string kind_name_en(soci::session& s, const std::string& kind_code) { return kind_label(s, "name_en", kind_code); }

std::vector<ServiceRow> active_services(soci::session& s, const std::string& region_code,
                                        const std::vector<std::string>& kinds) {
  Filter f;
  f.add("s.status = 'active'").add("s.region_code = ?", {region_code});
  if (!kinds.empty()) {
    std::vector<Param> ks(kinds.begin(), kinds.end());
    f.add("s.kind_code IN (" + placeholders(ks.size()) + ")", ks);
  }
  std::vector<ServiceRow> out;
  for_each_row(s, std::string(kServiceColumns) + f.where() + " ORDER BY s.kind_code, o.name, s.name, s.id", f,
               [&](const soci::row& r) { out.push_back(read_service(r)); });
  return out;
}

std::optional<ServiceRow> service_by_id(soci::session& s, long long id) {
  Filter f;
  f.add("s.id = ?", {id});
  std::optional<ServiceRow> out;
  for_each_row(s, std::string(kServiceColumns) + f.where(), f, [&](const soci::row& r) { out = read_service(r); });
  return out;
}

std::optional<ServiceRow> service_by_registry_id(soci::session& s, const std::string& registry_id) {
  Filter f;
  f.add("s.registry_id = ?", {registry_id});
  std::optional<ServiceRow> out;
  for_each_row(s, std::string(kServiceColumns) + f.where(), f, [&](const soci::row& r) { out = read_service(r); });
  return out;
}

}  // namespace kvalis::network::store::common_repo
