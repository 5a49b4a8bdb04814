#include "network/store/minimal_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::minimal_repo {

using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::placeholders;

namespace {

constexpr const char* kKindName =
    "(SELECT MIN(k.name_cs) FROM catalogue_items k WHERE k.catalogue = 'service_kinds' AND k.code = f.kind_code)";

const std::string kFormColumns = std::string("SELECT f.id, f.region_org_id, f.kind_code, ") + kKindName +
                                 ", f.basis_round_id, COALESCE(r.title, ''), f.status, f.valid_from, f.note, "
                                 "f.set_at, f.created_at FROM nw_minimal_forms f "
                                 "LEFT JOIN nw_coverage_rounds r ON r.id = f.basis_round_id";

FormRow read_form(const soci::row& r) {
  FormRow f;
  f.id = as_ll(r, 0);
  f.region_org_id = as_ll(r, 1);
  f.kind_code = as_str(r, 2);
  f.kind_name = as_str(r, 3);
  f.basis_round_id = as_opt_ll(r, 4);
  f.basis_round_title = as_str(r, 5);
  f.status = parse_minimal_form_status(as_str(r, 6)).value_or(MinimalFormStatus::draft);
  f.valid_from = as_str(r, 7);
  f.note = as_str(r, 8);
  f.set_at = as_ll(r, 9);
  f.created_at = as_ll(r, 10);
  return f;
}

void load_needs(soci::session& s, std::vector<FormRow>& forms) {
  if (forms.empty()) return;
  std::map<long long, FormRow*> by_id;
  std::vector<kvalis::store::Param> ids;
  for (auto& f : forms) {
    by_id[f.id] = &f;
    ids.push_back(f.id);
  }
  Filter filter;
  filter.add("n.minimal_form_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(s,
               "SELECT n.minimal_form_id, n.need_area_id FROM nw_minimal_form_needs n "
               "JOIN nw_need_areas a ON a.id = n.need_area_id" +
                   filter.where() + " ORDER BY a.position, a.id",
               filter, [&](const soci::row& r) { by_id[as_ll(r, 0)]->needs.push_back(as_ll(r, 1)); });
}

ServiceRow read_service(const soci::row& r) {
  return {as_ll(r, 0), as_str(r, 1), as_ll(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), as_str(r, 6) == "active"};
}

const std::string kServiceColumns =
    "SELECT s.id, s.name, s.provider_id, o.name, s.kind_code, s.region_code, s.status FROM services s "
    "JOIN organisations o ON o.id = s.provider_id";

}  // namespace

std::vector<RegionRow> regions(soci::session& s) {
  std::vector<RegionRow> out;
  for_each_row(s, "SELECT id, region_code, name FROM organisations WHERE type = 'region' ORDER BY name, id",
               Filter{}, [&](const soci::row& r) { out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2)}); });
  return out;
}

std::optional<RegionRow> region_by_org(soci::session& s, long long org_id) {
  std::optional<RegionRow> out;
  Filter f;
  f.add("id = ?", {org_id});
  f.add("type = 'region'");
  for_each_row(s, "SELECT id, region_code, name FROM organisations" + f.where(), f,
               [&](const soci::row& r) { out = RegionRow{as_ll(r, 0), as_str(r, 1), as_str(r, 2)}; });
  return out;
}

std::vector<std::string> service_region_codes(soci::session& s, const std::vector<long long>& org_ids) {
  std::vector<std::string> out;
  if (org_ids.empty()) return out;
  std::vector<kvalis::store::Param> ids(org_ids.begin(), org_ids.end());
  Filter f;
  f.add("provider_id IN (" + placeholders(ids.size()) + ")", ids);
  f.add("status = 'active'");
  f.add("region_code <> ''");
  for_each_row(s, "SELECT DISTINCT region_code FROM services" + f.where() + " ORDER BY region_code", f,
               [&](const soci::row& r) { out.push_back(as_str(r, 0)); });
  return out;
}

std::vector<FormRow> list_forms(soci::session& s, long long region_org_id) {
  std::vector<FormRow> out;
  Filter f;
  f.add("f.region_org_id = ?", {region_org_id});
  for_each_row(s, kFormColumns + f.where() + " ORDER BY f.kind_code, f.id DESC", f,
               [&](const soci::row& r) { out.push_back(read_form(r)); });
  load_needs(s, out);
  return out;
}

std::optional<FormRow> get_form(soci::session& s, long long id) {
  std::vector<FormRow> out;
  Filter f;
  f.add("f.id = ?", {id});
  for_each_row(s, kFormColumns + f.where(), f, [&](const soci::row& r) { out.push_back(read_form(r)); });
  load_needs(s, out);
  if (out.empty()) return std::nullopt;
  return out.front();
}

std::optional<long long> form_of_kind(soci::session& s, long long region_org_id, const std::string& kind_code,
                                      MinimalFormStatus status) {
  std::optional<long long> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  f.add("kind_code = ?", {kind_code});
  f.add("status = ?", {std::string(to_string(status))});
  for_each_row(s, "SELECT id FROM nw_minimal_forms" + f.where() + " ORDER BY set_at DESC, id DESC", f,
               [&](const soci::row& r) {
                 if (!out) out = as_ll(r, 0);
               });
  return out;
}

long long insert_form(soci::session& s, const FormRow& f, long long user_id, long long now) {
  long long id = 0;
  const long long round = f.basis_round_id.value_or(0);
  s << "INSERT INTO nw_minimal_forms (region_org_id, kind_code, basis_round_id, status, valid_from, note, "
       "created_by, created_at, updated_at) VALUES (:r, :k, :b, 'draft', :v, :n, :u, :c, :up) RETURNING id",
      soci::use(f.region_org_id), soci::use(f.kind_code), soci::use(round), soci::use(f.valid_from),
      soci::use(f.note), soci::use(user_id), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_form(soci::session& s, const FormRow& f, long long now) {
  s << "UPDATE nw_minimal_forms SET valid_from = :v, note = :n, updated_at = :u WHERE id = :id",
      soci::use(f.valid_from), soci::use(f.note), soci::use(now), soci::use(f.id);
}

void replace_needs(soci::session& s, long long form_id, const std::vector<long long>& needs) {
  s << "DELETE FROM nw_minimal_form_needs WHERE minimal_form_id = :f", soci::use(form_id);
  for (long long need : needs)
    s << "INSERT INTO nw_minimal_form_needs (minimal_form_id, need_area_id) VALUES (:f, :n)", soci::use(form_id),
        soci::use(need);
}

void mark_set(soci::session& s, long long form_id, long long user_id, long long now) {
  s << "UPDATE nw_minimal_forms SET status = 'set', set_at = :a, set_by = :b, updated_at = :u WHERE id = :id",
      soci::use(now), soci::use(user_id), soci::use(now), soci::use(form_id);
}

void supersede_others(soci::session& s, long long region_org_id, const std::string& kind_code, long long except_id,
                      long long now) {
  s << "UPDATE nw_minimal_forms SET status = 'superseded', updated_at = :u WHERE region_org_id = :r AND "
       "kind_code = :k AND status = 'set' AND id <> :id",
      soci::use(now), soci::use(region_org_id), soci::use(kind_code), soci::use(except_id);
}

std::optional<RoundRow> get_round(soci::session& s, long long id) {
  std::optional<RoundRow> out;
  Filter f;
  f.add("id = ?", {id});
  for_each_row(s,
               "SELECT id, region_org_id, title, period_from, period_to, kinds, status FROM nw_coverage_rounds" +
                   f.where(),
               f, [&](const soci::row& r) {
                 out = RoundRow{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3),
                                as_str(r, 4), as_str(r, 5), as_str(r, 6)};
               });
  return out;
}

std::optional<long long> latest_locked_round(soci::session& s, long long region_org_id) {
  std::optional<long long> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  f.add("status = 'locked'");
  for_each_row(s, "SELECT id FROM nw_coverage_rounds" + f.where() + " ORDER BY period_to DESC, id DESC", f,
               [&](const soci::row& r) {
                 if (!out) out = as_ll(r, 0);
               });
  return out;
}

std::vector<NeedRow> round_needs(soci::session& s, long long round_id, const std::string& kind_code) {
  std::vector<NeedRow> out;
  Filter f;
  f.add("sub.round_id = ?", {round_id});
  f.add("sv.kind_code = ?", {kind_code});
  for_each_row(s,
               "SELECT a.id, a.code, a.name_cs, a.name_en, MIN(cn.position) AS pos, MIN(a.position) FROM "
               "nw_coverage_submissions sub JOIN services sv ON sv.id = sub.service_id "
               "JOIN nw_card_needs cn ON cn.version_id = sub.card_version_id "
               "JOIN nw_need_areas a ON a.id = cn.need_area_id" +
                   f.where() + " GROUP BY a.id, a.code, a.name_cs, a.name_en ORDER BY MIN(cn.position), MIN(a.position), a.id",
               f, [&](const soci::row& r) { out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)}); });
  return out;
}

std::map<long long, NeedRow> need_names(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, NeedRow> out;
  if (ids.empty()) return out;
  std::vector<kvalis::store::Param> params(ids.begin(), ids.end());
  Filter f;
  f.add("id IN (" + placeholders(params.size()) + ")", params);
  for_each_row(s, "SELECT id, code, name_cs, name_en FROM nw_need_areas" + f.where(), f, [&](const soci::row& r) {
    out[as_ll(r, 0)] = {as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
  });
  return out;
}

std::vector<ServiceCoverage> round_coverage(soci::session& s, long long round_id, const std::string& kind_code) {
  std::map<long long, ServiceCoverage> by_service;
  Filter f;
  f.add("sub.round_id = ?", {round_id});
  f.add("sv.kind_code = ?", {kind_code});
  f.add("sub.status = 'submitted'");
  for_each_row(s,
               "SELECT sub.service_id, ans.need_area_id, ans.mode FROM nw_coverage_submissions sub "
               "JOIN services sv ON sv.id = sub.service_id "
               "LEFT JOIN nw_coverage_answers ans ON ans.submission_id = sub.id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 auto& c = by_service[as_ll(r, 0)];
                 c.service_id = as_ll(r, 0);
                 c.answered = true;
                 if (as_str(r, 2) == "direct") c.direct.insert(as_ll(r, 1));
               });
  std::vector<ServiceCoverage> out;
  for (auto& [id, c] : by_service) out.push_back(std::move(c));
  return out;
}

std::vector<ServiceRow> services_of_kind(soci::session& s, const std::string& region_code,
                                         const std::string& kind_code) {
  std::vector<ServiceRow> out;
  Filter f;
  f.add("s.region_code = ?", {region_code});
  f.add("s.status = 'active'");
  if (!kind_code.empty()) f.add("s.kind_code = ?", {kind_code});
  for_each_row(s, kServiceColumns + f.where() + " ORDER BY s.kind_code, o.name, s.name, s.id", f,
               [&](const soci::row& r) { out.push_back(read_service(r)); });
  return out;
}

std::optional<ServiceRow> get_service(soci::session& s, long long id) {
  std::optional<ServiceRow> out;
  Filter f;
  f.add("s.id = ?", {id});
  for_each_row(s, kServiceColumns + f.where(), f, [&](const soci::row& r) { out = read_service(r); });
  return out;
}

std::map<long long, std::pair<ServiceCoverage, long long>> latest_coverage(soci::session& s, long long region_org_id,
                                                                           const std::string& kind_code,
                                                                           const std::string& until) {
  std::map<long long, std::pair<ServiceCoverage, long long>> out;
  std::map<long long, long long> chosen;  // service -> submission
  Filter f;
  f.add("r.region_org_id = ?", {region_org_id});
  f.add("r.status = 'locked'");
  f.add("sub.status = 'submitted'");
  if (!kind_code.empty()) f.add("sv.kind_code = ?", {kind_code});
  if (!until.empty()) f.add("r.period_from <= ?", {until});
  // Later rounds come last and replace earlier ones.
  for_each_row(s,
               "SELECT sub.service_id, sub.id, r.id FROM nw_coverage_submissions sub "
               "JOIN nw_coverage_rounds r ON r.id = sub.round_id JOIN services sv ON sv.id = sub.service_id" +
                   f.where() + " ORDER BY r.period_to, r.id",
               f, [&](const soci::row& r) {
                 const long long service = as_ll(r, 0);
                 chosen[service] = as_ll(r, 1);
                 ServiceCoverage c;
                 c.service_id = service;
                 c.answered = true;
                 out[service] = {c, as_ll(r, 2)};
               });
  if (chosen.empty()) return out;
  for_each_row(s,
               "SELECT sub.service_id, sub.id, ans.need_area_id FROM nw_coverage_answers ans "
               "JOIN nw_coverage_submissions sub ON sub.id = ans.submission_id "
               "JOIN nw_coverage_rounds r ON r.id = sub.round_id JOIN services sv ON sv.id = sub.service_id" +
                   f.where() + " AND ans.mode = 'direct'",
               f, [&](const soci::row& r) {
                 const long long service = as_ll(r, 0);
                 if (chosen[service] == as_ll(r, 1)) out[service].first.direct.insert(as_ll(r, 2));
               });
  return out;
}

std::map<std::pair<long long, long long>, long long> gap_actions(soci::session& s, long long form_id) {
  std::map<std::pair<long long, long long>, long long> out;
  Filter f;
  f.add("minimal_form_id = ?", {form_id});
  for_each_row(s, "SELECT service_id, need_area_id, q_action_id FROM nw_gap_actions" + f.where(), f,
               [&](const soci::row& r) { out[{as_ll(r, 0), as_ll(r, 1)}] = as_ll(r, 2); });
  return out;
}

void insert_gap_action(soci::session& s, long long form_id, long long service_id, long long need_area_id,
                       long long action_id, long long user_id, long long now) {
  s << "INSERT INTO nw_gap_actions (minimal_form_id, service_id, need_area_id, q_action_id, created_by, created_at) "
       "VALUES (:f, :s, :n, :a, :u, :c)",
      soci::use(form_id), soci::use(service_id), soci::use(need_area_id), soci::use(action_id), soci::use(user_id),
      soci::use(now);
}

std::string kind_name(soci::session& s, const std::string& kind_code) {
  std::string out;
  Filter f;
  f.add("catalogue = 'service_kinds'");
  f.add("code = ?", {kind_code});
  for_each_row(s, "SELECT name_cs FROM catalogue_items" + f.where() + " ORDER BY id DESC", f,
               [&](const soci::row& r) {
                 if (out.empty()) out = as_str(r, 0);
               });
  return out;
}

}  // namespace kvalis::network::store::minimal_repo
