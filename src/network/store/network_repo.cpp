#include "network/store/network_repo.hpp"

#include <algorithm>

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::network_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::count_rows;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

namespace {

constexpr const char* kKindName =
    "COALESCE((SELECT MAX(k.name_cs) FROM catalogue_items k WHERE k.catalogue = 'service_kinds' AND "
    "k.code = sv.kind_code), sv.kind_code)";

RegionOrg read_region(const soci::row& r) { return {as_ll(r, 0), as_str(r, 1), as_str(r, 2)}; }

std::optional<RegionOrg> one_region(soci::session& s, const Filter& f) {
  std::optional<RegionOrg> out;
  for_each_row(s, "SELECT id, region_code, name FROM organisations" + f.where() + " ORDER BY id", f,
               [&](const soci::row& r) {
                 if (!out) out = read_region(r);
               });
  return out;
}

// Territories and target groups of the services matched by `where` (a clause over services sv).
void attach_codes(soci::session& s, std::vector<ServiceFacts>& services, const std::string& where, const Filter& f) {
  std::map<long long, ServiceFacts*> by_id;
  for (auto& sv : services) by_id[sv.id] = &sv;
  for_each_row(s,
               "SELECT t.service_id, t.territory_code FROM service_territories t JOIN services sv ON sv.id = "
               "t.service_id" +
                   where + " ORDER BY t.service_id, t.territory_code",
               f, [&](const soci::row& r) {
                 if (auto it = by_id.find(as_ll(r, 0)); it != by_id.end())
                   it->second->territories.push_back(as_str(r, 1));
               });
  for_each_row(s,
               "SELECT g.service_id, g.code FROM service_target_groups g JOIN services sv ON sv.id = g.service_id" +
                   where + " ORDER BY g.service_id, g.code",
               f, [&](const soci::row& r) {
                 if (auto it = by_id.find(as_ll(r, 0)); it != by_id.end())
                   it->second->target_groups.push_back(as_str(r, 1));
               });
}

std::vector<ServiceFacts> load_services(soci::session& s, const Filter& f) {
  std::vector<ServiceFacts> out;
  for_each_row(
      s,
      std::string("SELECT sv.id, sv.provider_id, o.name, sv.name, sv.kind_code, ") + kKindName +
          ", sv.region_code, sv.status, sv.forms, sv.capacity_total, sv.capacity_unit, sv.ended_on FROM services sv "
          "JOIN organisations o ON o.id = sv.provider_id" +
          f.where() + " ORDER BY sv.name, sv.id",
      f, [&](const soci::row& r) {
        ServiceFacts x;
        x.id = as_ll(r, 0);
        x.provider_id = as_ll(r, 1);
        x.provider_name = as_str(r, 2);
        x.name = as_str(r, 3);
        x.kind_code = as_str(r, 4);
        x.kind_name = as_str(r, 5);
        x.region_code = as_str(r, 6);
        x.status = as_str(r, 7);
        x.forms = as_str(r, 8);
        x.capacity = as_double(r, 9);
        x.capacity_unit = as_str(r, 10);
        x.ended_on = as_str(r, 11);
        out.push_back(std::move(x));
      });
  attach_codes(s, out, f.where(), f);
  return out;
}

}  // namespace

std::optional<RegionOrg> region_by_code(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("type = 'region'").add("region_code = ?", {region_code});
  return one_region(s, f);
}

std::optional<RegionOrg> region_by_id(soci::session& s, long long org_id) {
  Filter f;
  f.add("type = 'region'").add("id = ?", {org_id});
  return one_region(s, f);
}

std::vector<RegionOrg> regions(soci::session& s) {
  Filter f;
  f.add("type = 'region'");
  std::vector<RegionOrg> out;
  for_each_row(s, "SELECT id, region_code, name FROM organisations" + f.where() + " ORDER BY id", f,
               [&](const soci::row& r) { out.push_back(read_region(r)); });
  return out;
}

std::optional<ServiceFacts> get_service(soci::session& s, long long id) {
  Filter f;
  f.add("sv.id = ?", {id});
  auto list = load_services(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::vector<ServiceFacts> services_of_region(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("sv.region_code = ?", {region_code});
  return load_services(s, f);
}

bool provides_in_region(soci::session& s, long long org_id, const std::string& region_code) {
  Filter f;
  f.add("provider_id = ?", {org_id}).add("region_code = ?", {region_code}).add("status = 'active'");
  return count_rows(s, "SELECT COUNT(*) FROM services" + f.where(), f) > 0;
}

std::map<std::string, std::string> catalogue_names(soci::session& s, const std::string& catalogue,
                                                   const std::vector<std::string>& codes) {
  std::map<std::string, std::string> out;
  if (codes.empty()) return out;
  Filter f;
  f.add("catalogue = ?", {catalogue});
  f.add("code IN (" + placeholders(codes.size()) + ")", std::vector<Param>(codes.begin(), codes.end()));
  for_each_row(s, "SELECT code, name_cs FROM catalogue_items" + f.where() + " ORDER BY code, valid_from", f,
               [&](const soci::row& r) { out[as_str(r, 0)] = as_str(r, 1); });
  return out;
}

std::vector<std::pair<std::string, std::string>> region_territories(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("catalogue = 'territories'").add("parent_code = ?", {region_code}).add("valid_to = ''");
  std::vector<std::pair<std::string, std::string>> out;
  for_each_row(s, "SELECT code, name_cs FROM catalogue_items" + f.where() + " ORDER BY name_cs, code", f,
               [&](const soci::row& r) { out.emplace_back(as_str(r, 0), as_str(r, 1)); });
  return out;
}

// ---- years ----

namespace {

constexpr const char* kYearColumns =
    "SELECT id, region_org_id, year, status, approved_on, approved_by_text, note, created_by, created_at, updated_at "
    "FROM nw_network_years";

YearRow read_year(const soci::row& r) {
  YearRow y;
  y.id = as_ll(r, 0);
  y.region_org_id = as_ll(r, 1);
  y.year = as_int(r, 2);
  y.status = as_str(r, 3);
  y.approved_on = as_str(r, 4);
  y.approved_by_text = as_str(r, 5);
  y.note = as_str(r, 6);
  y.created_by = as_ll(r, 7);
  y.created_at = as_ll(r, 8);
  y.updated_at = as_ll(r, 9);
  return y;
}

std::vector<YearRow> load_years(soci::session& s, const Filter& f, const std::string& order) {
  std::vector<YearRow> out;
  for_each_row(s, kYearColumns + f.where() + order, f, [&](const soci::row& r) { out.push_back(read_year(r)); });
  return out;
}

}  // namespace

std::vector<YearRow> list_years(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  return load_years(s, f, " ORDER BY year DESC");
}

std::optional<YearRow> get_year(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  auto list = load_years(s, f, "");
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::optional<YearRow> find_year(soci::session& s, long long region_org_id, int year) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("year = ?", {static_cast<long long>(year)});
  auto list = load_years(s, f, "");
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::optional<YearRow> previous_year(soci::session& s, long long region_org_id, int year) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("year < ?", {static_cast<long long>(year)});
  auto list = load_years(s, f, " ORDER BY year DESC");
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_year(soci::session& s, const YearRow& r) {
  long long id = 0;
  s << "INSERT INTO nw_network_years (region_org_id, year, status, approved_on, approved_by_text, note, created_by, "
       "created_at, updated_at) VALUES (:r, :y, :s, :ao, :ab, :n, :cb, :ca, :ua) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.year), soci::use(r.status), soci::use(r.approved_on),
      soci::use(r.approved_by_text), soci::use(r.note), soci::use(r.created_by), soci::use(r.created_at),
      soci::use(r.updated_at), soci::into(id);
  return id;
}

void approve_year(soci::session& s, long long id, const std::string& approved_on, const std::string& approved_by_text,
                  long long now) {
  s << "UPDATE nw_network_years SET status = 'approved', approved_on = :ao, approved_by_text = :ab, updated_at = :u "
       "WHERE id = :id",
      soci::use(approved_on), soci::use(approved_by_text), soci::use(now), soci::use(id);
}

void touch_year(soci::session& s, long long id, long long now) {
  s << "UPDATE nw_network_years SET updated_at = :u WHERE id = :id", soci::use(now), soci::use(id);
}

// ---- entries ----

std::vector<EntryRow> list_entries(soci::session& s, long long network_year_id) {
  Filter f;
  f.add("e.network_year_id = ?", {network_year_id});
  std::vector<EntryRow> out;
  for_each_row(s,
               std::string("SELECT e.id, e.network_year_id, e.service_id, e.capacity, e.capacity_unit, e.fte, "
                           "e.territories, e.note, sv.name, sv.kind_code, ") +
                   kKindName +
                   ", o.name, sv.provider_id FROM nw_network_entries e JOIN services sv ON sv.id = e.service_id "
                   "JOIN organisations o ON o.id = sv.provider_id" +
                   f.where() + " ORDER BY sv.name, e.service_id",
               f, [&](const soci::row& r) {
                 EntryRow e;
                 e.id = as_ll(r, 0);
                 e.network_year_id = as_ll(r, 1);
                 e.service_id = as_ll(r, 2);
                 e.capacity = as_double(r, 3);
                 e.capacity_unit = as_str(r, 4);
                 e.fte = as_opt_double(r, 5);
                 e.territories = as_str(r, 6);
                 e.note = as_str(r, 7);
                 e.service_name = as_str(r, 8);
                 e.kind_code = as_str(r, 9);
                 e.kind_name = as_str(r, 10);
                 e.provider_name = as_str(r, 11);
                 e.provider_id = as_ll(r, 12);
                 out.push_back(std::move(e));
               });
  return out;
}

void copy_entries(soci::session& s, long long from_year_id, long long to_year_id) {
  s << "INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit, fte, territories, note) "
       "SELECT :to, service_id, capacity, capacity_unit, fte, territories, note FROM nw_network_entries "
       "WHERE network_year_id = :from",
      soci::use(to_year_id), soci::use(from_year_id);
}

void insert_entry(soci::session& s, const EntryRow& r) {
  Nullable<double> fte(r.fte);
  s << "INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit, fte, territories, note) "
       "VALUES (:y, :s, :c, :u, :f, :t, :n)",
      soci::use(r.network_year_id), soci::use(r.service_id), soci::use(r.capacity), soci::use(r.capacity_unit),
      soci::use(fte.value, fte.ind), soci::use(r.territories), soci::use(r.note);
}

void set_entry_capacity(soci::session& s, long long network_year_id, long long service_id, double capacity,
                        const std::string& unit) {
  s << "UPDATE nw_network_entries SET capacity = :c, capacity_unit = :u WHERE network_year_id = :y AND "
       "service_id = :s",
      soci::use(capacity), soci::use(unit), soci::use(network_year_id), soci::use(service_id);
}

void set_entry_territories(soci::session& s, long long network_year_id, long long service_id,
                           const std::string& territories) {
  s << "UPDATE nw_network_entries SET territories = :t WHERE network_year_id = :y AND service_id = :s",
      soci::use(territories), soci::use(network_year_id), soci::use(service_id);
}

void delete_entry(soci::session& s, long long network_year_id, long long service_id) {
  s << "DELETE FROM nw_network_entries WHERE network_year_id = :y AND service_id = :s", soci::use(network_year_id),
      soci::use(service_id);
}

std::vector<ServiceYear> service_years(soci::session& s, long long region_org_id, long long service_id) {
  std::vector<ServiceYear> out;
  std::map<long long, std::size_t> by_year_id;
  for (const auto& y : list_years(s, region_org_id)) {
    by_year_id[y.id] = out.size();
    out.push_back({y.id, y.year, y.status, false, 0, ""});
  }
  Filter f;
  f.add("service_id = ?", {service_id});
  for_each_row(s, "SELECT network_year_id, capacity, capacity_unit FROM nw_network_entries" + f.where(), f,
               [&](const soci::row& r) {
                 auto it = by_year_id.find(as_ll(r, 0));
                 if (it == by_year_id.end()) return;
                 auto& y = out[it->second];
                 y.in_network = true;
                 y.capacity = as_double(r, 1);
                 y.capacity_unit = as_str(r, 2);
               });
  std::sort(out.begin(), out.end(), [](const ServiceYear& a, const ServiceYear& b) { return a.year < b.year; });
  return out;
}

// ---- decisions ----

namespace {

constexpr const char* kDecisionColumns =
    "SELECT d.id, d.region_org_id, d.network_year_id, y.year, d.service_id, sv.name, d.kind, d.decided_on, d.reason, "
    "d.decided_by_text, d.capacity_before, d.capacity_after, d.capacity_unit, d.dev_intention_id, d.recorded_by, "
    "d.created_at, d.territories_before, d.territories_after FROM nw_network_decisions d JOIN nw_network_years y ON "
    "y.id = d.network_year_id "
    "JOIN services sv ON sv.id = d.service_id";

std::vector<DecisionRow> load_decisions(soci::session& s, const Filter& f) {
  std::vector<DecisionRow> out;
  for_each_row(s, kDecisionColumns + f.where() + " ORDER BY y.year, d.decided_on, d.id", f, [&](const soci::row& r) {
    DecisionRow d;
    d.id = as_ll(r, 0);
    d.region_org_id = as_ll(r, 1);
    d.network_year_id = as_ll(r, 2);
    d.year = as_int(r, 3);
    d.service_id = as_ll(r, 4);
    d.service_name = as_str(r, 5);
    d.kind = as_str(r, 6);
    d.decided_on = as_str(r, 7);
    d.reason = as_str(r, 8);
    d.decided_by_text = as_str(r, 9);
    d.capacity_before = as_opt_double(r, 10);
    d.capacity_after = as_opt_double(r, 11);
    d.capacity_unit = as_str(r, 12);
    d.dev_intention_id = as_opt_ll(r, 13);
    d.recorded_by = as_ll(r, 14);
    d.created_at = as_ll(r, 15);
    d.territories_before = as_str(r, 16);
    d.territories_after = as_str(r, 17);
    out.push_back(std::move(d));
  });
  return out;
}

}  // namespace

long long insert_decision(soci::session& s, const DecisionRow& r) {
  long long id = 0;
  Nullable<double> before(r.capacity_before), after(r.capacity_after);
  Nullable<long long> intention(r.dev_intention_id);
  s << "INSERT INTO nw_network_decisions (region_org_id, network_year_id, service_id, kind, decided_on, reason, "
       "decided_by_text, capacity_before, capacity_after, capacity_unit, dev_intention_id, recorded_by, created_at, "
       "territories_before, territories_after) VALUES (:r, :y, :s, :k, :d, :re, :db, :cb, :ca, :u, :i, :rb, :c, :tb, "
       ":ta) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.network_year_id), soci::use(r.service_id), soci::use(r.kind),
      soci::use(r.decided_on), soci::use(r.reason), soci::use(r.decided_by_text), soci::use(before.value, before.ind),
      soci::use(after.value, after.ind), soci::use(r.capacity_unit), soci::use(intention.value, intention.ind),
      soci::use(r.recorded_by), soci::use(r.created_at), soci::use(r.territories_before),
      soci::use(r.territories_after), soci::into(id);
  return id;
}

std::vector<DecisionRow> decisions_of_year(soci::session& s, long long network_year_id) {
  Filter f;
  f.add("d.network_year_id = ?", {network_year_id});
  return load_decisions(s, f);
}

std::vector<DecisionRow> decisions_of_service(soci::session& s, long long region_org_id, long long service_id) {
  Filter f;
  f.add("d.region_org_id = ?", {region_org_id}).add("d.service_id = ?", {service_id});
  return load_decisions(s, f);
}

// ---- entrustment acts ----

namespace {

constexpr const char* kEntrustmentColumns =
    "SELECT a.id, a.region_org_id, a.service_id, a.act_number, a.issued_on, a.valid_from, a.valid_to, a.capacity, "
    "a.capacity_unit, a.forms, a.territories, a.scope, a.status, a.note, a.created_by, a.created_at, sv.name, o.name, "
    "sv.provider_id FROM nw_entrustments a JOIN services sv ON sv.id = a.service_id "
    "JOIN organisations o ON o.id = sv.provider_id";

std::vector<EntrustmentRow> load_entrustments(soci::session& s, const Filter& f) {
  std::vector<EntrustmentRow> out;
  for_each_row(s, kEntrustmentColumns + f.where() + " ORDER BY sv.name, a.service_id, a.valid_from, a.id", f,
               [&](const soci::row& r) {
                 EntrustmentRow a;
                 a.id = as_ll(r, 0);
                 a.region_org_id = as_ll(r, 1);
                 a.service_id = as_ll(r, 2);
                 a.act_number = as_str(r, 3);
                 a.issued_on = as_str(r, 4);
                 a.valid_from = as_str(r, 5);
                 a.valid_to = as_str(r, 6);
                 a.capacity = as_opt_double(r, 7);
                 a.capacity_unit = as_str(r, 8);
                 a.forms = as_str(r, 9);
                 a.territories = as_str(r, 10);
                 a.scope = as_str(r, 11);
                 a.status = as_str(r, 12);
                 a.note = as_str(r, 13);
                 a.created_by = as_ll(r, 14);
                 a.created_at = as_ll(r, 15);
                 a.service_name = as_str(r, 16);
                 a.provider_name = as_str(r, 17);
                 a.provider_id = as_ll(r, 18);
                 out.push_back(std::move(a));
               });
  return out;
}

}  // namespace

std::vector<EntrustmentRow> list_entrustments(soci::session& s, long long region_org_id,
                                              std::optional<long long> service_id) {
  Filter f;
  f.add("a.region_org_id = ?", {region_org_id});
  if (service_id) f.add("a.service_id = ?", {*service_id});
  return load_entrustments(s, f);
}

std::optional<EntrustmentRow> get_entrustment(soci::session& s, long long id) {
  Filter f;
  f.add("a.id = ?", {id});
  auto list = load_entrustments(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_entrustment(soci::session& s, const EntrustmentRow& r) {
  long long id = 0;
  Nullable<double> capacity(r.capacity);
  s << "INSERT INTO nw_entrustments (region_org_id, service_id, act_number, issued_on, valid_from, valid_to, capacity, "
       "capacity_unit, forms, territories, scope, status, note, created_by, created_at) VALUES (:r, :s, :a, :i, :vf, "
       ":vt, :c, :u, :f, :t, :sc, :st, :n, :cb, :ca) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.service_id), soci::use(r.act_number), soci::use(r.issued_on),
      soci::use(r.valid_from), soci::use(r.valid_to), soci::use(capacity.value, capacity.ind),
      soci::use(r.capacity_unit), soci::use(r.forms), soci::use(r.territories), soci::use(r.scope), soci::use(r.status),
      soci::use(r.note), soci::use(r.created_by), soci::use(r.created_at), soci::into(id);
  return id;
}

void update_entrustment(soci::session& s, const EntrustmentRow& r) {
  Nullable<double> capacity(r.capacity);
  s << "UPDATE nw_entrustments SET act_number = :a, issued_on = :i, valid_from = :vf, valid_to = :vt, capacity = :c, "
       "capacity_unit = :u, forms = :f, territories = :t, scope = :sc, status = :st, note = :n WHERE id = :id",
      soci::use(r.act_number), soci::use(r.issued_on), soci::use(r.valid_from), soci::use(r.valid_to),
      soci::use(capacity.value, capacity.ind), soci::use(r.capacity_unit), soci::use(r.forms), soci::use(r.territories),
      soci::use(r.scope), soci::use(r.status), soci::use(r.note), soci::use(r.id);
}

// ---- need coverage ----

std::optional<LockedRound> latest_locked_round(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("status = 'locked'");
  std::optional<LockedRound> out;
  for_each_row(s,
               "SELECT id, title, period_from, period_to FROM nw_coverage_rounds" + f.where() +
                   " ORDER BY period_to DESC, id DESC",
               f, [&](const soci::row& r) {
                 if (!out) out = LockedRound{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
               });
  return out;
}

std::vector<CoverageAnswerRow> round_answers(soci::session& s, long long round_id) {
  Filter f;
  f.add("sub.round_id = ?", {round_id});
  std::vector<CoverageAnswerRow> out;
  for_each_row(s,
               "SELECT sub.service_id, a.need_area_id, a.mode FROM nw_coverage_answers a JOIN nw_coverage_submissions "
               "sub ON sub.id = a.submission_id" +
                   f.where() + " ORDER BY sub.service_id, a.need_area_id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2)});
               });
  return out;
}

std::map<long long, std::string> need_names(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, std::string> out;
  if (ids.empty()) return out;
  Filter f;
  f.add("id IN (" + placeholders(ids.size()) + ")", std::vector<Param>(ids.begin(), ids.end()));
  for_each_row(s, "SELECT id, name_cs FROM nw_need_areas" + f.where(), f,
               [&](const soci::row& r) { out[as_ll(r, 0)] = as_str(r, 1); });
  return out;
}

}  // namespace kvalis::network::store::network_repo
