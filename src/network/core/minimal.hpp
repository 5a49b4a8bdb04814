#pragma once
// The minimal form of a service (minimální podoba služby, issue 12 item 5): per kind of service, the needs of
// everyday life every service of that kind must meet directly, set by the region from a locked coverage round.
// Pure rules: the form's states, the share of a kind's services that meet each need directly, the check of
// one service against the set form, who sees what, and which gaps may become corrective actions.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"

namespace kvalis::network {

// draft -> set; a form set later for the same kind makes the earlier set form superseded.
enum class MinimalFormStatus { draft, set, superseded };
std::string_view to_string(MinimalFormStatus status);
std::optional<MinimalFormStatus> parse_minimal_form_status(std::string_view text);

enum class MinimalFormAction { edit, set, raise_actions };
std::string_view to_string(MinimalFormAction action);
std::optional<MinimalFormAction> parse_minimal_form_action(std::string_view text);
// Whether the action fits the form's state: edit and set only a draft (set with at least one required
// need), corrective actions only from the form in force (set).
Status check_minimal_form_action(MinimalFormAction action, MinimalFormStatus status, int needs_required);

// How one service answered the needs of its card in a coverage round: the needs it answered at all, and those
// it meets directly (within its basic activities).
struct ServiceCoverage {
  long long service_id = 0;
  bool answered = false;        // the service submitted its coverage form
  std::set<long long> direct;   // need areas met directly
};

// Per need: of the services that answered, how many meet it directly, and the share (0..1; 0 when none).
struct NeedShare {
  long long need_area_id = 0;
  int services = 0;
  int direct = 0;
  double share = 0;
};
std::vector<NeedShare> direct_shares(const std::vector<long long>& needs, const std::vector<ServiceCoverage>& services);

// A service against the set form: required needs, those met directly, the missing ones in the form's order,
// the share met (met / required; 1 when nothing is required). A service without an answer meets nothing.
struct MinimalCheck {
  int required = 0;
  int met = 0;
  std::vector<long long> missing;
  double share_met = 0;
  bool answered = false;
  bool meets = false;  // every required need met directly
};
MinimalCheck check_service(const std::vector<long long>& required, const ServiceCoverage& coverage);

// Who reads and changes minimal forms of a region: its admins and managers (and the platform admin) manage,
// its other staff read everything, members of a provider with services in the region read the forms and the
// checks of their own services; evaluators and everyone else nothing (NETWORK_SPEC "The region, the
// providers, the services").
enum class MinimalViewer { none, provider, region_reader, region_manager };
std::string_view to_string(MinimalViewer viewer);
struct MinimalViewerFacts {
  bool platform_admin = false;
  std::optional<accounts::Role> region_role;    // the caller's role in the region organisation
  std::optional<accounts::Role> provider_role;  // the caller's best role in a provider with services there
};
MinimalViewer minimal_viewer(const MinimalViewerFacts& facts);

// The needs to raise corrective actions for: every missing need when none is asked; else each asked need
// must be missing (error names need_area_ids[i]). Duplicates are dropped; the form's order is kept.
Result<std::vector<long long>> gap_needs(const std::vector<long long>& missing, const std::vector<long long>& asked);

}  // namespace kvalis::network
