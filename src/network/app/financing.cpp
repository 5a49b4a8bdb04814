#include "network/app/financing.hpp"

#include <set>

#include "network/app/financing_access.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

namespace fr = store::fin_repo;
using kvalis::store::Database;

namespace {

Error model_missing() { return not_found("network.fin.model.not_found"); }

std::string row_field(std::size_t i, const char* name) { return "rows[" + std::to_string(i) + "]." + name; }

Status check_model_head(const ModelInput& in) {
  if (in.name.empty()) return invalid("name", "field.required");
  if (in.name.size() > 200) return invalid("name", "field.too_long", {{"max", "200"}});
  if (in.note.size() > 4000) return invalid("note", "field.too_long", {{"max", "4000"}});
  if (in.status != "draft" && in.status != "approved")
    return invalid("status", "field.invalid_value", {{"value", in.status}});
  return check_cost_growth(in.cost_growth);
}

Result<std::vector<fr::ModelRowRecord>> rows_of(const std::vector<ModelRowInput>& in, const KindCheck& check) {
  std::vector<fr::ModelRowRecord> out;
  std::vector<ModelRow> rows;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& r = in[i];
    const auto unit = parse_fin_unit(r.unit);
    if (!unit) return invalid(row_field(i, "unit"), "field.invalid_value", {{"value", r.unit}});
    if (!r.kind_code.empty() && check.kind && !check.kind(r.kind_code))
      return invalid(row_field(i, "kind_code"), "network.kind.unknown", {{"value", r.kind_code}});
    if (!r.form_code.empty() && check.form && !check.form(r.form_code))
      return invalid(row_field(i, "form_code"), "field.unknown_code", {{"value", r.form_code}});
    if (r.note.size() > 2000) return invalid(row_field(i, "note"), "field.too_long", {{"max", "2000"}});
    fr::ModelRowRecord rec;
    rec.row = {r.kind_code,      r.form_code,   *unit,          r.units_per_capacity,
               r.reference_cost, r.own_revenue, r.other_public, r.subsidy_share};
    rec.note = r.note;
    rows.push_back(rec.row);
    out.push_back(std::move(rec));
  }
  if (auto st = check_model_rows(rows); !st) return st.error();
  return out;
}

ModelView view_of(soci::session& s, const accounts::Principal& p, fr::ModelHead head) {
  ModelView v;
  v.rows = fr::model_rows(s, head.id);
  v.can_manage = manages_region(p, head.region_org_id);
  v.head = std::move(head);
  return v;
}

}  // namespace

Status check_year(const std::string& field, long long year) {
  if (year < 2000 || year > 2100) return invalid(field, "field.out_of_range", {{"min", "2000"}, {"max", "2100"}});
  return ok_status();
}

// ---- models ----

Result<std::vector<fr::ModelHead>> list_models(soci::session& s, const accounts::Caller& caller) {
  auto access = fin_access(s, caller.principal);
  if (!access) return access.error();
  return fr::models(s, access->region_org_ids, access->all);
}

Result<std::vector<fr::ModelHead>> list_models(Database& db, const accounts::Caller& caller) {
  return db.read([&](soci::session& s) { return list_models(s, caller); });
}

Result<ModelView> create_model(soci::session& s, const accounts::Caller& caller, const ModelInput& in,
                               const KindCheck& check) {
  if (auto st = check_year("year", in.year); !st) return st.error();
  if (auto st = check_model_head(in); !st) return st.error();
  long long region = in.region_org_id;
  if (!region)
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region &&
          manages_region(caller.principal, m.organisation_id))
        region = m.organisation_id;
  if (!region) return forbidden("network.region.required");
  if (!fr::region_by_id(s, region))
    return invalid("region_org_id", "network.region.unknown", {{"value", std::to_string(region)}});
  if (!manages_region(caller.principal, region)) return forbidden("network.region.required");
  if (fr::model_id_of(s, region, in.year))
    return Error{ErrorCode::conflict, "year", "network.fin.model.exists", {{"value", std::to_string(in.year)}}};
  auto rows = rows_of(in.rows.value_or(std::vector<ModelRowInput>{}), check);
  if (!rows) return rows.error();
  fr::ModelHead head;
  head.region_org_id = region;
  head.year = in.year;
  head.name = in.name;
  head.status = in.status;
  head.cost_growth = in.cost_growth;
  head.note = in.note;
  const long long now = kvalis::store::now_epoch();
  const long long id = fr::insert_model(s, head, caller.principal.user_id, now);
  fr::replace_model_rows(s, id, *rows);
  kvalis::store::activity_log::append(
      s, caller.activity("network.fin.model.create", "nw_fin_model", id, region, std::to_string(in.year)));
  kvalis::store::data_versions::bump(s, "network");
  return view_of(s, caller.principal, *fr::model(s, id));
}

Result<ModelView> create_model(Database& db, const accounts::Caller& caller, const ModelInput& in,
                               const KindCheck& check) {
  return db.write([&](soci::session& s) { return create_model(s, caller, in, check); });
}

Result<ModelView> get_model(Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<ModelView> {
    auto access = fin_access(s, caller.principal);
    if (!access) return access.error();
    auto head = fr::model(s, id);
    if (!head || !access->reads_region(head->region_org_id)) return model_missing();
    return view_of(s, caller.principal, *head);
  });
}

Result<ModelView> update_model(Database& db, const accounts::Caller& caller, long long id, const ModelInput& in,
                               const KindCheck& check) {
  return db.write([&](soci::session& s) -> Result<ModelView> {
    auto access = fin_access(s, caller.principal);
    if (!access) return access.error();
    auto head = fr::model(s, id);
    if (!head || !access->reads_region(head->region_org_id)) return model_missing();
    if (!manages_region(caller.principal, head->region_org_id)) return forbidden("network.region.required");
    if (auto st = check_model_head(in); !st) return st.error();
    head->name = in.name;
    head->status = in.status;
    head->cost_growth = in.cost_growth;
    head->note = in.note;
    fr::update_model(s, *head, kvalis::store::now_epoch());
    if (in.rows) {
      auto rows = rows_of(*in.rows, check);
      if (!rows) return rows.error();
      fr::replace_model_rows(s, id, *rows);
    }
    kvalis::store::activity_log::append(
        s, caller.activity("network.fin.model.update", "nw_fin_model", id, head->region_org_id));
    kvalis::store::data_versions::bump(s, "network");
    return view_of(s, caller.principal, *fr::model(s, id));
  });
}

// ---- budgets ----

namespace {

BudgetView budget_view(soci::session& s, const accounts::Principal& p, const fr::ServiceRow& service, int year,
                       bool actual, long long region_org_id) {
  BudgetView v;
  v.service = service;
  v.year = year;
  v.actual = actual;
  for (const auto& item : fr::budget(s, service.id, year, actual)) {
    if (item.side == "cost") {
      if (auto c = parse_cost_category(item.category)) v.costs[static_cast<std::size_t>(*c)] += item.amount;
    } else if (auto src = parse_source(item.category)) {
      v.revenues[static_cast<std::size_t>(*src)] += item.amount;
    }
  }
  for (double c : v.costs) v.total_cost += c;
  for (double r : v.revenues) v.total_revenue += r;
  v.can_edit = edits_service(p, service, region_org_id);
  return v;
}

Status check_amount(const std::string& field, double amount) {
  if (!(amount >= 0 && amount <= 1e12))
    return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "1000000000000"}});
  return ok_status();
}

}  // namespace

Result<BudgetView> get_budget(Database& db, const accounts::Caller& caller, long long service_id, int year,
                              bool actual) {
  return db.read([&](soci::session& s) -> Result<BudgetView> {
    if (auto st = check_year("year", year); !st) return st.error();
    auto access = fin_access(s, caller.principal);
    if (!access) return access.error();
    auto service = visible_service(s, *access, service_id);
    if (!service) return service.error();
    const auto region = fr::region_by_code(s, service->region_code);
    return budget_view(s, caller.principal, *service, year, actual, region ? region->id : 0);
  });
}

Result<BudgetView> put_budget(soci::session& s, const accounts::Caller& caller, long long service_id, int year,
                              const BudgetInput& in, bool actual) {
  if (auto st = check_year("year", year); !st) return st.error();
  auto access = fin_access(s, caller.principal);
  if (!access) return access.error();
  auto service = visible_service(s, *access, service_id);
  if (!service) return service.error();
  const auto region = fr::region_by_code(s, service->region_code);
  const long long region_id = region ? region->id : 0;
  if (!edits_service(caller.principal, *service, region_id)) return forbidden("network.fin.forbidden");
  std::vector<fr::BudgetItem> items;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.costs.size(); ++i) {
    const std::string field = "costs[" + std::to_string(i) + "]";
    const auto& c = in.costs[i];
    if (!parse_cost_category(c.code))
      return invalid(field + ".category", "network.fin.budget_side", {{"value", c.code}});
    if (!seen.insert("c:" + c.code).second)
      return invalid(field + ".category", "network.fin.budget_duplicate", {{"value", c.code}});
    if (auto st = check_amount(field + ".amount", c.amount); !st) return st.error();
    items.push_back({service_id, year, "cost", c.code, c.amount});
  }
  for (std::size_t i = 0; i < in.revenues.size(); ++i) {
    const std::string field = "revenues[" + std::to_string(i) + "]";
    const auto& r = in.revenues[i];
    if (!parse_source(r.code)) return invalid(field + ".source", "network.fin.budget_side", {{"value", r.code}});
    if (!seen.insert("r:" + r.code).second)
      return invalid(field + ".source", "network.fin.budget_duplicate", {{"value", r.code}});
    if (auto st = check_amount(field + ".amount", r.amount); !st) return st.error();
    items.push_back({service_id, year, "revenue", r.code, r.amount});
  }
  fr::replace_budget(s, service_id, year, actual, items);
  kvalis::store::activity_log::append(
      s, caller.activity("network.fin.budget.update", "service", service_id, service->provider_id,
                         std::to_string(year) + (actual ? " actual" : " planned")));
  kvalis::store::data_versions::bump(s, "network");
  return budget_view(s, caller.principal, *service, year, actual, region_id);
}

Result<BudgetView> put_budget(Database& db, const accounts::Caller& caller, long long service_id, int year,
                              const BudgetInput& in, bool actual) {
  return db.write([&](soci::session& s) { return put_budget(s, caller, service_id, year, in, actual); });
}

}  // namespace kvalis::network::app
