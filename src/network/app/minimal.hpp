#pragma once
// Use cases of the minimal form of a service (issue 12 item 5, NETWORK_SPEC [minimal]): the region drafts, per
// kind, the needs every service of the kind must meet directly, from a locked coverage round (each need shown
// with the share of the kind's services meeting it directly there), sets it (the earlier set form of the kind
// becomes superseded); every active service of the kind is checked against the set form from its latest
// answer in a locked round; a service's gaps become corrective actions in the quality module.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/minimal.hpp"
#include "network/store/minimal_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace mrepo = network::store::minimal_repo;

struct MinimalNeedView {
  mrepo::NeedRow need;
  bool required = false;
  NeedShare share;  // in the basis round
};

struct MissingNeed {
  long long need_area_id = 0;
  std::string name_cs;
  std::string name_en;
  std::optional<long long> action_id;  // the corrective action raised for it
};

// One service against a minimal form.
struct ServiceCheck {
  long long minimal_form_id = 0;
  long long service_id = 0;
  std::string service_name;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::optional<long long> round_id;  // the locked round its answer comes from
  MinimalCheck check;
  std::vector<MissingNeed> missing;
};

struct MinimalFormSummary {
  mrepo::FormRow form;
  int services_checked = 0;
  int services_meeting = 0;
};

struct MinimalFormList {
  mrepo::RegionRow region;
  bool can_manage = false;
  std::vector<MinimalFormSummary> items;
};

struct MinimalFormView {
  mrepo::RegionRow region;
  mrepo::FormRow form;
  std::vector<MinimalNeedView> needs;  // the card's needs in order, each with its share and whether required
  int services_checked = 0;
  int services_meeting = 0;
  bool can_manage = false;
};

struct MinimalFormInput {
  std::string region_code;  // '' = the caller's region
  std::string kind_code;
  long long basis_round_id = 0;
  long long region_org_id = 0;  // instead of the code (the demo): the region organisation
};

struct MinimalFormChange {
  std::optional<std::vector<long long>> required;  // need area ids
  std::optional<std::string> valid_from;           // YYYY-MM-DD
  std::optional<std::string> note;
};

struct GapActionsInput {
  long long service_id = 0;
  std::vector<long long> need_area_ids;  // empty: every missing need
  std::string due_date;
  std::string owner;
};

struct GapAction {
  long long need_area_id = 0;
  std::string need_name;
  long long action_id = 0;
  bool created = false;  // false: raised earlier (the call is idempotent)
};

struct GapActionsResult {
  long long minimal_form_id = 0;
  long long service_id = 0;
  std::optional<long long> audit_id;
  std::vector<GapAction> actions;
};

// The region's latest locked coverage round, and the set form of a kind (the demo finds what it wrote).
std::optional<long long> latest_locked_round(soci::session& s, long long region_org_id);
std::optional<long long> set_minimal_form_of(soci::session& s, long long region_org_id, const std::string& kind_code);
// A form as the caller sees it, in the caller's transaction.
Result<MinimalFormView> get_minimal_form(soci::session& s, const accounts::Caller& caller, long long id);

// Every service of the region's set forms (of one kind, or every kind) checked against its form.
std::vector<ServiceCheck> check_services(soci::session& s, long long region_org_id, const std::string& kind_code = "");

Result<MinimalFormList> list_minimal_forms(kvalis::store::Database& db, const accounts::Caller& caller,
                                           const std::string& region_code);
Result<MinimalFormView> get_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

Result<MinimalFormView> create_minimal_form(soci::session& s, const accounts::Caller& caller,
                                            const MinimalFormInput& in, long long now);
Result<MinimalFormView> create_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const MinimalFormInput& in);
Result<MinimalFormView> update_minimal_form(soci::session& s, const accounts::Caller& caller, long long id,
                                            const MinimalFormChange& in, long long now);
Result<MinimalFormView> update_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const MinimalFormChange& in);
Result<MinimalFormView> set_minimal_form(soci::session& s, const accounts::Caller& caller, long long id,
                                         long long now);
Result<MinimalFormView> set_minimal_form(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

// The checks of a form: the region's staff see every service, a provider its own services.
Result<std::vector<ServiceCheck>> minimal_form_checks(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
// One service against the set form of its kind.
Result<ServiceCheck> service_minimal_check(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id);

Result<GapActionsResult> raise_gap_actions(soci::session& s, const accounts::Caller& caller, long long form_id,
                                           const GapActionsInput& in, long long now);
Result<GapActionsResult> raise_gap_actions(kvalis::store::Database& db, const accounts::Caller& caller, long long form_id,
                                           const GapActionsInput& in);

// The share of the set minimal form a service meets, in %, from its latest answer in a locked round whose
// period starts by the end of `period_year`; nullopt without a set form or an answer. The benchmark value
// source `minimal_form_share` (registered by this module at start-up).
std::optional<double> minimal_form_share_percent(soci::session& s, long long service_id, int period_year);

}  // namespace kvalis::network::app
