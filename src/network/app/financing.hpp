#pragma once
// Use cases of the region's financing model and of services' budgets (issue 13 item 4; namespace
// kvalis::network::app). Access: network/app/financing_access.hpp. Every write appends its activity and bumps
// the data version "network".
#include <soci/soci.h>

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/financing.hpp"
#include "network/store/fin_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

// ---- the financing model ----
struct ModelRowInput {
  std::string kind_code, form_code, unit;  // unit: hour, bed_day, client, contact
  double units_per_capacity = 0, reference_cost = 0, own_revenue = 0, other_public = 0, subsidy_share = 1;
  std::string note;
};
struct ModelInput {
  long long region_org_id = 0;  // on create; 0: the caller's own region
  int year = 0;                 // on create
  std::string name;
  std::string status = "draft";  // draft | approved
  double cost_growth = 0;
  std::string note;
  std::optional<std::vector<ModelRowInput>> rows;  // absent on update: the rows stay
};
struct ModelView {
  store::fin_repo::ModelHead head;
  std::vector<store::fin_repo::ModelRowRecord> rows;
  bool can_manage = false;
};

Result<std::vector<store::fin_repo::ModelHead>> list_models(kvalis::store::Database& db,
                                                            const accounts::Caller& caller);
// Kinds must be in the catalogue of kinds (checked by the caller's `known_kind`), forms in the forms' catalogue.
struct KindCheck {
  std::function<bool(const std::string&)> kind, form;
};
Result<ModelView> create_model(kvalis::store::Database& db, const accounts::Caller& caller, const ModelInput& in,
                               const KindCheck& check);
// The same in the caller's transaction (the demo writes through these).
Result<std::vector<store::fin_repo::ModelHead>> list_models(soci::session& s, const accounts::Caller& caller);
Result<ModelView> create_model(soci::session& s, const accounts::Caller& caller, const ModelInput& in,
                               const KindCheck& check);
Result<ModelView> get_model(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<ModelView> update_model(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                               const ModelInput& in, const KindCheck& check);

// ---- a service's budget of a year: planned, or the actual figures (actual = true) ----
struct BudgetAmount {
  std::string code;  // a cost category or a revenue source
  double amount = 0;
};
struct BudgetInput {
  std::vector<BudgetAmount> costs, revenues;
};
struct BudgetView {
  store::fin_repo::ServiceRow service;
  int year = 0;
  bool actual = false;
  std::array<double, kCostCategoryCount> costs{};
  SourceAmounts revenues{};
  double total_cost = 0, total_revenue = 0;
  bool can_edit = false;
};
Result<BudgetView> get_budget(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id,
                              int year, bool actual = false);
Result<BudgetView> put_budget(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id,
                              int year, const BudgetInput& in, bool actual = false);
Result<BudgetView> put_budget(soci::session& s, const accounts::Caller& caller, long long service_id, int year,
                              const BudgetInput& in, bool actual = false);

// A year of a query or body: 2000..2100, else an error naming the field.
Status check_year(const std::string& field, long long year);

}  // namespace kvalis::network::app
