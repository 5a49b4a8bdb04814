#pragma once
// Use cases of the what-if scenarios of the financing outlook (issue 13 item 4; namespace kvalis::network::app):
// the region's staff read its scenarios, its admins and managers create them and add or remove changes
// (capacity, reference cost or own revenue of one service or of every service of a kind, from a year). The
// outlook applies them (network/app/financing_outlook.hpp). Scenario writes append their activity but move no
// data version: they are hypothetical, nothing caches them, and the outlook's base stays cached.
#include <soci/soci.h>

#include <functional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/store/fin_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

Result<std::vector<store::fin_repo::ScenarioRow>> list_scenarios(kvalis::store::Database& db,
                                                                 const accounts::Caller& caller);
Result<std::vector<store::fin_repo::ScenarioRow>> list_scenarios(soci::session& s, const accounts::Caller& caller);
struct ScenarioInput {
  long long region_org_id = 0;  // 0: the caller's region
  std::string name;
  int year_from = 0, years = 3;
};
Result<store::fin_repo::ScenarioRow> create_scenario(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     const ScenarioInput& in);
Result<store::fin_repo::ScenarioRow> create_scenario(soci::session& s, const accounts::Caller& caller,
                                                     const ScenarioInput& in);
struct ChangeInput {
  long long service_id = 0;
  std::string kind_code, what, note;
  int from_year = 0;
  double value = 0;
};
// known_kind: whether a kind code is in the catalogue of kinds.
Result<store::fin_repo::ChangeRow> add_change(kvalis::store::Database& db, const accounts::Caller& caller,
                                              long long scenario_id, const ChangeInput& in,
                                              const std::function<bool(const std::string&)>& known_kind);
Result<store::fin_repo::ChangeRow> add_change(soci::session& s, const accounts::Caller& caller, long long scenario_id,
                                              const ChangeInput& in,
                                              const std::function<bool(const std::string&)>& known_kind);
Status delete_change(kvalis::store::Database& db, const accounts::Caller& caller, long long change_id);

}  // namespace kvalis::network::app
