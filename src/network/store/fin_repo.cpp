#include "network/store/fin_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::fin_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;

namespace {

std::vector<std::string> forms_of(const std::string& text) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text) {
    if (c == ';') {
      if (!part.empty()) out.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  if (!part.empty()) out.push_back(part);
  return out;
}

// "(col_r = ? OR … OR col_p = ? …)" over the scope; nothing for all.
void add_scope(Filter& f, const ServiceScope& scope, const std::string& region_col, const std::string& provider_col) {
  if (scope.all) return;
  std::string clause;
  std::vector<Param> params;
  for (const auto& code : scope.region_codes) {
    clause += (clause.empty() ? "" : " OR ") + region_col + " = ?";
    params.emplace_back(code);
  }
  for (long long id : scope.provider_ids) {
    clause += (clause.empty() ? "" : " OR ") + provider_col + " = ?";
    params.emplace_back(id);
  }
  if (clause.empty()) clause = "1 = 0";
  f.add(clause, params);
}

void add_ids(Filter& f, const std::string& col, const std::vector<long long>& ids, bool all) {
  if (all) return;
  if (ids.empty()) {
    f.add("1 = 0");
    return;
  }
  std::vector<Param> params(ids.begin(), ids.end());
  f.add_any(col + " = ?", params);
}

const std::string kRegion = "SELECT id, region_code, name FROM organisations WHERE type = 'region'";
RegionRow read_region(const soci::row& r) { return {as_ll(r, 0), as_str(r, 1), as_str(r, 2)}; }

const std::string kService =
    "SELECT s.id, s.provider_id, s.name, o.name, s.kind_code, s.region_code, s.capacity_unit, s.status, s.forms, "
    "s.capacity_total FROM services s JOIN organisations o ON o.id = s.provider_id";
ServiceRow read_service(const soci::row& r) {
  ServiceRow s;
  s.id = as_ll(r, 0);
  s.provider_id = as_ll(r, 1);
  s.name = as_str(r, 2);
  s.provider_name = as_str(r, 3);
  s.kind_code = as_str(r, 4);
  s.region_code = as_str(r, 5);
  s.capacity_unit = as_str(r, 6);
  s.status = as_str(r, 7);
  s.forms = forms_of(as_str(r, 8));
  s.capacity_total = as_double(r, 9);
  return s;
}

const std::string kModel =
    "SELECT m.id, m.region_org_id, o.name, m.year, m.name, m.status, m.cost_growth, m.note, m.updated_at, "
    "(SELECT count(*) FROM nw_fin_model_rows r WHERE r.model_id = m.id) "
    "FROM nw_fin_models m JOIN organisations o ON o.id = m.region_org_id";
ModelHead read_model(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),     as_str(r, 2), as_int(r, 3), as_str(r, 4),
          as_str(r, 5), as_double(r, 6), as_str(r, 7), as_ll(r, 8),  as_int(r, 9)};
}

const std::string kLine =
    "SELECT l.id, l.region_org_id, l.service_id, l.year, l.requested, l.granted, l.difference_reason, "
    "l.updated_by, l.updated_at FROM nw_fin_lines l JOIN services s ON s.id = l.service_id";
LineRow read_line(const soci::row& r) {
  return {as_ll(r, 0),         as_ll(r, 1),  as_ll(r, 2), as_int(r, 3), as_opt_double(r, 4),
          as_opt_double(r, 5), as_str(r, 6), as_ll(r, 7), as_ll(r, 8)};
}

const std::string kScenario =
    "SELECT c.id, c.region_org_id, c.name, c.year_from, c.years, c.created_by, c.created_at, "
    "(SELECT count(*) FROM nw_fin_scenario_changes x WHERE x.scenario_id = c.id) FROM nw_fin_scenarios c";
ScenarioRow read_scenario(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_int(r, 3), as_int(r, 4), as_ll(r, 5), as_ll(r, 6), as_int(r, 7)};
}

const std::string kChange =
    "SELECT id, scenario_id, service_id, kind_code, what, from_year, value, note FROM nw_fin_scenario_changes";
ChangeRow read_change(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),  as_ll(r, 2),     as_str(r, 3),
          as_str(r, 4), as_int(r, 5), as_double(r, 6), as_str(r, 7)};
}

template <class Row, class Read>
std::vector<Row> rows_of(soci::session& s, const std::string& sql, const Filter& f, const std::string& order,
                         Read read) {
  std::vector<Row> out;
  for_each_row(s, sql + f.where() + order, f, [&](const soci::row& r) { out.push_back(read(r)); });
  return out;
}

template <class Row, class Read>
std::optional<Row> first_of(soci::session& s, const std::string& sql, const Filter& f, Read read) {
  std::optional<Row> out;
  for_each_row(s, sql + f.where(), f, [&](const soci::row& r) {
    if (!out) out = read(r);
  });
  return out;
}

}  // namespace

// ---- regions and services ----

std::optional<RegionRow> region_by_code(soci::session& s, const std::string& code) {
  Filter f;
  f.add("type = 'region'").add("region_code = ?", {code});
  return first_of<RegionRow>(s, "SELECT id, region_code, name FROM organisations", f, read_region);
}

std::optional<RegionRow> region_by_id(soci::session& s, long long org_id) {
  Filter f;
  f.add("type = 'region'").add("id = ?", {org_id});
  return first_of<RegionRow>(s, "SELECT id, region_code, name FROM organisations", f, read_region);
}

std::vector<RegionRow> regions(soci::session& s) {
  return rows_of<RegionRow>(s, kRegion, Filter(), " ORDER BY region_code, id", read_region);
}

std::vector<std::string> region_codes_of_providers(soci::session& s, const std::vector<long long>& provider_ids) {
  std::vector<std::string> out;
  if (provider_ids.empty()) return out;
  Filter f;
  add_ids(f, "provider_id", provider_ids, false);
  for_each_row(s, "SELECT DISTINCT region_code FROM services" + f.where() + " ORDER BY region_code", f,
               [&](const soci::row& r) { out.push_back(as_str(r, 0)); });
  return out;
}

std::optional<ServiceRow> service(soci::session& s, long long id) {
  Filter f;
  f.add("s.id = ?", {id});
  return first_of<ServiceRow>(s, kService, f, read_service);
}

std::vector<ServiceRow> services(soci::session& s, const ServiceScope& scope) {
  Filter f;
  add_scope(f, scope, "s.region_code", "s.provider_id");
  return rows_of<ServiceRow>(s, kService, f, " ORDER BY s.region_code, s.kind_code, s.name, s.id", read_service);
}

// ---- models ----

std::vector<ModelHead> models(soci::session& s, const std::vector<long long>& region_org_ids, bool all) {
  Filter f;
  add_ids(f, "m.region_org_id", region_org_ids, all);
  return rows_of<ModelHead>(s, kModel, f, " ORDER BY m.year DESC, o.name, m.id", read_model);
}

std::optional<ModelHead> model(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  return first_of<ModelHead>(s, kModel, f, read_model);
}

std::optional<long long> model_id_of(soci::session& s, long long region_org_id, int year) {
  long long id = 0;
  soci::indicator ind = soci::i_null;
  s << "SELECT id FROM nw_fin_models WHERE region_org_id = :r AND year = :y", soci::use(region_org_id), soci::use(year),
      soci::into(id, ind);
  if (!s.got_data() || ind == soci::i_null) return std::nullopt;
  return id;
}

std::vector<ModelRowRecord> model_rows(soci::session& s, long long model_id) {
  Filter f;
  f.add("model_id = ?", {model_id});
  return rows_of<ModelRowRecord>(
      s,
      "SELECT id, kind_code, form_code, unit, units_per_capacity, reference_cost, own_revenue, other_public, "
      "subsidy_share, note FROM nw_fin_model_rows",
      f, " ORDER BY id", [](const soci::row& r) {
        ModelRowRecord out;
        out.id = as_ll(r, 0);
        out.row.kind_code = as_str(r, 1);
        out.row.form_code = as_str(r, 2);
        out.row.unit = parse_fin_unit(as_str(r, 3)).value_or(FinUnit::client);
        out.row.units_per_capacity = as_double(r, 4);
        out.row.reference_cost = as_double(r, 5);
        out.row.own_revenue = as_double(r, 6);
        out.row.other_public = as_double(r, 7);
        out.row.subsidy_share = as_double(r, 8);
        out.note = as_str(r, 9);
        return out;
      });
}

long long insert_model(soci::session& s, const ModelHead& m, long long user_id, long long now) {
  long long id = 0;
  s << "INSERT INTO nw_fin_models (region_org_id, year, name, status, cost_growth, note, created_by, created_at, "
       "updated_at) VALUES (:r, :y, :n, :st, :g, :no, :u, :c, :up) RETURNING id",
      soci::use(m.region_org_id), soci::use(m.year), soci::use(m.name), soci::use(m.status), soci::use(m.cost_growth),
      soci::use(m.note), soci::use(user_id), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_model(soci::session& s, const ModelHead& m, long long now) {
  s << "UPDATE nw_fin_models SET name = :n, status = :st, cost_growth = :g, note = :no, updated_at = :u "
       "WHERE id = :id",
      soci::use(m.name), soci::use(m.status), soci::use(m.cost_growth), soci::use(m.note), soci::use(now),
      soci::use(m.id);
}

void replace_model_rows(soci::session& s, long long model_id, const std::vector<ModelRowRecord>& rows) {
  s << "DELETE FROM nw_fin_model_rows WHERE model_id = :m", soci::use(model_id);
  for (const auto& r : rows) {
    const std::string unit(to_string(r.row.unit));
    s << "INSERT INTO nw_fin_model_rows (model_id, kind_code, form_code, unit, units_per_capacity, reference_cost, "
         "own_revenue, other_public, subsidy_share, note) VALUES (:m, :k, :f, :u, :upc, :rc, :o, :op, :sh, :n)",
        soci::use(model_id), soci::use(r.row.kind_code), soci::use(r.row.form_code), soci::use(unit),
        soci::use(r.row.units_per_capacity), soci::use(r.row.reference_cost), soci::use(r.row.own_revenue),
        soci::use(r.row.other_public), soci::use(r.row.subsidy_share), soci::use(r.note);
  }
}

// ---- network years ----

std::vector<NetworkCapacity> network_capacities(soci::session& s, const std::vector<long long>& region_org_ids,
                                                bool all) {
  Filter f;
  add_ids(f, "y.region_org_id", region_org_ids, all);
  return rows_of<NetworkCapacity>(s,
                                  "SELECT y.region_org_id, y.year, e.service_id, e.capacity FROM nw_network_years y "
                                  "LEFT JOIN nw_network_entries e ON e.network_year_id = y.id",
                                  f, " ORDER BY y.region_org_id, y.year", [](const soci::row& r) {
                                    return NetworkCapacity{as_ll(r, 0), as_int(r, 1), as_ll(r, 2), as_double(r, 3)};
                                  });
}

// ---- budgets ----

std::vector<BudgetItem> budget(soci::session& s, long long service_id, int year, bool actual) {
  Filter f;
  f.add("service_id = ?", {service_id}).add("year = ?", {static_cast<long long>(year)});
  f.add("actual = ?", {actual ? 1LL : 0LL});
  return rows_of<BudgetItem>(
      s, "SELECT service_id, year, side, category, amount FROM nw_fin_budget_items", f, " ORDER BY side, category",
      [](const soci::row& r) {
        return BudgetItem{as_ll(r, 0), as_int(r, 1), as_str(r, 2), as_str(r, 3), as_double(r, 4)};
      });
}

void replace_budget(soci::session& s, long long service_id, int year, bool actual,
                    const std::vector<BudgetItem>& items) {
  const int flag = actual ? 1 : 0;
  s << "DELETE FROM nw_fin_budget_items WHERE service_id = :s AND year = :y AND actual = :a", soci::use(service_id),
      soci::use(year), soci::use(flag);
  for (const auto& i : items)
    s << "INSERT INTO nw_fin_budget_items (service_id, year, side, category, amount, actual) "
         "VALUES (:s, :y, :side, :c, :a, :f)",
        soci::use(service_id), soci::use(year), soci::use(i.side), soci::use(i.category), soci::use(i.amount),
        soci::use(flag);
}

std::vector<BudgetItem> planned_items(soci::session& s, const ServiceScope& scope) {
  Filter f;
  f.add("b.actual = 0");
  add_scope(f, scope, "s.region_code", "s.provider_id");
  return rows_of<BudgetItem>(
      s,
      "SELECT b.service_id, b.year, b.side, b.category, b.amount FROM nw_fin_budget_items b "
      "JOIN services s ON s.id = b.service_id",
      f, " ORDER BY b.service_id, b.year", [](const soci::row& r) {
        return BudgetItem{as_ll(r, 0), as_int(r, 1), as_str(r, 2), as_str(r, 3), as_double(r, 4)};
      });
}

// ---- lines ----

std::vector<LineRow> lines(soci::session& s, const ServiceScope& scope, int year) {
  Filter f;
  f.add("l.year = ?", {static_cast<long long>(year)});
  add_scope(f, scope, "s.region_code", "s.provider_id");
  return rows_of<LineRow>(s, kLine, f, " ORDER BY l.service_id", read_line);
}

std::optional<LineRow> line(soci::session& s, long long service_id, int year) {
  Filter f;
  f.add("l.service_id = ?", {service_id}).add("l.year = ?", {static_cast<long long>(year)});
  return first_of<LineRow>(s, kLine, f, read_line);
}

void upsert_line(soci::session& s, const LineRow& l) {
  Nullable<double> requested(l.requested), granted(l.granted);
  if (l.id) {
    s << "UPDATE nw_fin_lines SET requested = :r, granted = :g, difference_reason = :d, updated_by = :u, "
         "updated_at = :t WHERE id = :id",
        soci::use(requested.value, requested.ind), soci::use(granted.value, granted.ind),
        soci::use(l.difference_reason), soci::use(l.updated_by), soci::use(l.updated_at), soci::use(l.id);
    return;
  }
  s << "INSERT INTO nw_fin_lines (region_org_id, service_id, year, requested, granted, difference_reason, "
       "updated_by, updated_at) VALUES (:o, :s, :y, :r, :g, :d, :u, :t)",
      soci::use(l.region_org_id), soci::use(l.service_id), soci::use(l.year), soci::use(requested.value, requested.ind),
      soci::use(granted.value, granted.ind), soci::use(l.difference_reason), soci::use(l.updated_by),
      soci::use(l.updated_at);
}

// ---- scenarios ----

std::vector<ScenarioRow> scenarios(soci::session& s, const std::vector<long long>& region_org_ids, bool all) {
  Filter f;
  add_ids(f, "c.region_org_id", region_org_ids, all);
  return rows_of<ScenarioRow>(s, kScenario, f, " ORDER BY c.id DESC", read_scenario);
}

std::optional<ScenarioRow> scenario(soci::session& s, long long id) {
  Filter f;
  f.add("c.id = ?", {id});
  return first_of<ScenarioRow>(s, kScenario, f, read_scenario);
}

long long insert_scenario(soci::session& s, const ScenarioRow& r) {
  long long id = 0;
  s << "INSERT INTO nw_fin_scenarios (region_org_id, name, year_from, years, created_by, created_at) "
       "VALUES (:r, :n, :y, :ys, :u, :c) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.name), soci::use(r.year_from), soci::use(r.years),
      soci::use(r.created_by), soci::use(r.created_at), soci::into(id);
  return id;
}

std::vector<ChangeRow> changes(soci::session& s, long long scenario_id) {
  Filter f;
  f.add("scenario_id = ?", {scenario_id});
  return rows_of<ChangeRow>(s, kChange, f, " ORDER BY id", read_change);
}

std::optional<ChangeRow> change(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  return first_of<ChangeRow>(s, kChange, f, read_change);
}

long long insert_change(soci::session& s, const ChangeRow& r) {
  long long id = 0;
  Nullable<long long> service(r.service_id > 0 ? std::optional<long long>(r.service_id) : std::nullopt);
  s << "INSERT INTO nw_fin_scenario_changes (scenario_id, service_id, kind_code, what, from_year, value, note) "
       "VALUES (:s, :sv, :k, :w, :y, :v, :n) RETURNING id",
      soci::use(r.scenario_id), soci::use(service.value, service.ind), soci::use(r.kind_code), soci::use(r.what),
      soci::use(r.from_year), soci::use(r.value), soci::use(r.note), soci::into(id);
  return id;
}

void delete_change(soci::session& s, long long id) {
  s << "DELETE FROM nw_fin_scenario_changes WHERE id = :id", soci::use(id);
}

}  // namespace kvalis::network::store::fin_repo
