#include "dashboard/store/dashboard_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::dashboard_repo {
namespace {

Filter in_ids(const std::string& column, const std::vector<long long>& ids) {
  Filter f;
  std::vector<Param> params(ids.begin(), ids.end());
  f.add(column + " IN (" + placeholders(params.size()) + ")", params);
  return f;
}

Filter in_regions(const std::string& column, bool all, const std::vector<std::string>& region_codes) {
  Filter f;
  if (all) return f;
  if (region_codes.empty()) {
    f.add("1 = 0");
    return f;
  }
  std::vector<Param> params(region_codes.begin(), region_codes.end());
  f.add(column + " IN (" + placeholders(params.size()) + ")", params);
  return f;
}

constexpr const char* kMembersSql = "SELECT m.group_id, m.provider_org_id, m.participation FROM bm_group_members m";

constexpr const char* kRoundsSql =
    "SELECT r.id, r.group_id, r.name, r.period_year, r.deadline, r.status FROM bm_rounds r";

// The services of an open round are those of bm_rounds' group_service_filter (benchmark_repo.cpp): active,
// of a member provider, of one of the group's kinds (kinds is ";4;13;" or empty for any).
constexpr const char* kFormsSql =
    "SELECT r.id, s.id, s.name, s.provider_id, o.name, COALESCE(b.status, '') FROM bm_rounds r "
    "JOIN bm_groups g ON g.id = r.group_id "
    "JOIN bm_group_members m ON m.group_id = g.id "
    "JOIN services s ON s.provider_id = m.provider_org_id AND s.status = 'active' "
    "AND (g.kinds = '' OR g.kinds LIKE '%;' || s.kind_code || ';%') "
    "JOIN organisations o ON o.id = s.provider_id "
    "LEFT JOIN bm_submissions b ON b.round_id = r.id AND b.service_id = s.id";

constexpr const char* kProgressSql =
    "SELECT a.id, (SELECT COUNT(*) FROM q_assessments x WHERE x.audit_id = a.id AND x.level_code <> ''), "
    "(SELECT COUNT(*) FROM criteria c JOIN standards st ON st.id = c.standard_id WHERE st.set_id = a.set_id) "
    "FROM q_audits a";

}  // namespace

std::vector<GroupMember> members_of_groups(soci::session& s, const std::vector<long long>& group_ids) {
  std::vector<GroupMember> out;
  if (group_ids.empty()) return out;
  const Filter f = in_ids("m.group_id", group_ids);
  for_each_row(s, kMembersSql + f.where(), f, [&](const soci::row& r) {
    out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2)});
  });
  return out;
}

std::vector<RoundBrief> rounds_of_groups(soci::session& s, const std::vector<long long>& group_ids) {
  std::vector<RoundBrief> out;
  if (group_ids.empty()) return out;
  const Filter f = in_ids("r.group_id", group_ids);
  for_each_row(s, kRoundsSql + f.where() + " ORDER BY r.period_year DESC, r.id DESC", f, [&](const soci::row& r) {
    out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_int(r, 3), as_str(r, 4), as_str(r, 5)});
  });
  return out;
}

std::vector<RoundForm> forms_of_rounds(soci::session& s, const std::vector<long long>& round_ids) {
  std::vector<RoundForm> out;
  if (round_ids.empty()) return out;
  const Filter f = in_ids("r.id", round_ids);
  for_each_row(s, kFormsSql + f.where() + " ORDER BY o.search_text, s.search_text, s.id", f, [&](const soci::row& r) {
    out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_ll(r, 3), as_str(r, 4), as_str(r, 5)});
  });
  return out;
}

std::map<long long, std::string> next_meetings(soci::session& s, const std::vector<long long>& group_ids,
                                               const std::string& from) {
  std::map<long long, std::string> out;
  if (group_ids.empty()) return out;
  Filter f = in_ids("group_id", group_ids);
  f.add("held_on >= ?", {from});
  for_each_row(s, "SELECT group_id, MIN(held_on) FROM bm_meetings" + f.where() + " GROUP BY group_id", f,
               [&](const soci::row& r) { out[as_ll(r, 0)] = as_str(r, 1); });
  return out;
}

std::map<long long, AuditProgress> audit_progress(soci::session& s, const std::vector<long long>& audit_ids) {
  std::map<long long, AuditProgress> out;
  if (audit_ids.empty()) return out;
  const Filter f = in_ids("a.id", audit_ids);
  for_each_row(s, kProgressSql + f.where(), f, [&](const soci::row& r) {
    out[as_ll(r, 0)] = {as_int(r, 1), as_int(r, 2)};
  });
  return out;
}

long long active_services(soci::session& s, bool all, const std::vector<std::string>& region_codes) {
  Filter f = in_regions("region_code", all, region_codes);
  f.add("status = 'active'");
  return count_rows(s, "SELECT COUNT(*) FROM services" + f.where(), f);
}

long long providers(soci::session& s, bool all, const std::vector<std::string>& region_codes) {
  Filter f = in_regions("region_code", all, region_codes);
  f.add("type = 'provider'");
  return count_rows(s, "SELECT COUNT(*) FROM organisations" + f.where(), f);
}

}  // namespace kvalis::store::dashboard_repo
