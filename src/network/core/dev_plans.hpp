#pragma once
// Development plans of providers (rozvojové plány služeb, issue 13 item 3): a 3-year plan of a service with
// its intentions (capacity changes, new forms or territories, staffing, quality improvements), each with its
// costs per year and category and the need or audit finding it answers; the region evaluates a plan against
// its own criteria (data, with weights) and decides: support, support partly, do not support.
// Pure rules: the plan's states and who may do what, the checks of intentions and costs, the weighted score,
// the decision and the intentions it supports, the plan's financial demand per year, and its effect on the
// network (supported capacity intentions become proposed network decisions of the year they start).
// No storage, no HTTP.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::network {

// draft -> submitted -> evaluated -> decided; the region may return a submitted or evaluated plan to draft
// with a note.
enum class DevPlanStatus { draft, submitted, evaluated, decided };
enum class DevAction { edit, submit, return_, evaluate, decide, read, read_evaluation };
// Who acts on a plan: the region's managing staff (admin/manager of the region, platform admin), the region's
// other members (read), a member of the service's provider who may write (admin/manager/worker), another
// member of the provider (read), anyone else.
enum class DevActor { region_manager, region_reader, provider_editor, provider_reader, other };
enum class DevDecision { support, partly, not_support };
enum class IntentionDecision { none, support, not_support };
enum class IntentionType { capacity, new_form, new_territory, staffing, quality, other };
enum class DevCostCategory { personnel, operating, investment };

std::string_view to_string(DevPlanStatus v);
std::string_view to_string(DevAction v);
std::string_view to_string(DevActor v);
std::string_view to_string(DevDecision v);
std::string_view to_string(IntentionDecision v);
std::string_view to_string(IntentionType v);
std::string_view to_string(DevCostCategory v);
std::optional<DevPlanStatus> parse_dev_plan_status(std::string_view text);
std::optional<DevAction> parse_dev_action(std::string_view text);
std::optional<DevActor> parse_dev_actor(std::string_view text);
std::optional<DevDecision> parse_dev_decision(std::string_view text);
std::optional<IntentionDecision> parse_intention_decision(std::string_view text);  // '' = none
std::optional<IntentionType> parse_intention_type(std::string_view text);
std::optional<DevCostCategory> parse_dev_cost_category(std::string_view text);
const std::vector<DevCostCategory>& dev_cost_categories();

// Czech and English names for the UI (never a raw code).
std::string_view status_name(DevPlanStatus v, bool english = false);
std::string_view decision_name(DevDecision v, bool english = false);
std::string_view intention_type_name(IntentionType v, bool english = false);
std::string_view dev_category_name(DevCostCategory v, bool english = false);
// A network decision's kind (include | change | remove) as the UI names it.
std::string_view network_decision_name(std::string_view kind, bool english = false);

// The facts about a plan an action needs besides its status and the actor.
struct DevPlanFacts {
  int intentions = 0;           // for submit: at least one
  bool ever_submitted = false;  // the region sees a plan once it was submitted (a returned draft too)
  bool evaluated = false;       // every active criterion scored (for decide)
};

// Whether the actor may do the action on a plan in this status: ok, or the error (not_found when the actor
// may not even see the plan, so ids cannot be probed; forbidden; conflict naming the state).
Status dev_action_allowed(DevPlanStatus status, DevAction action, DevActor actor, const DevPlanFacts& facts = {});
// Every action the actor may do now (for the UI's "allowed" list; read actions not listed).
std::vector<DevAction> allowed_dev_actions(DevPlanStatus status, DevActor actor, const DevPlanFacts& facts);

// ---- intentions ----------------------------------------------------------------------------------------

// Plan years: year_from..year_to, at most 3 years (a 3-year plan), years 2000..2100.
Status check_dev_plan_years(int year_from, int year_to);

struct IntentionCost {
  int year = 0;
  DevCostCategory category = DevCostCategory::operating;
  double amount = 0;
};

// An intention as entered; checked against the plan's years (fields named "intentions[i].…").
struct IntentionFacts {
  IntentionType type = IntentionType::other;
  std::string description;
  std::optional<double> capacity_delta;
  std::string capacity_unit;
  std::string form_code;
  std::string territory_code;
  std::optional<double> fte_delta;
  int from_year = 0;
  bool answers_something = false;  // a need area, an audit finding or a text it answers
  std::vector<IntentionCost> costs;
};
// Bounds of what an intention may state (beyond them the input is a typing error, and sums stay finite).
inline constexpr double kMaxAmount = 1e12;           // Kč per year and category
inline constexpr double kMaxCapacityDelta = 100000;  // units of capacity
inline constexpr double kMaxFteDelta = 10000;        // full-time equivalents
// The checks: a description; the year it starts within the plan; what it answers; by type: capacity needs a
// non-zero change and its unit, a new form a form code, a new territory a territory code, staffing a non-zero
// FTE change (both within the bounds above); costs within the plan's years, from 0 to kMaxAmount, one line
// per year and category.
Status check_intention(const std::string& field, const IntentionFacts& in, int year_from, int year_to);

// ---- evaluation --------------------------------------------------------------------------------------

struct Criterion {
  long long id = 0;
  std::string code;
  double weight = 0;
  int scale_max = 5;
};
struct CriterionScore {
  long long criterion_id = 0;
  int score = 0;
  std::string reason;
};
// A criterion of the region: a code, a weight above 0, a scale of 1..100.
Status check_criterion(const std::string& code, double weight, int scale_max);

// The weighted score of a plan, 0..100: sum over the criteria of score / scale_max × weight, divided by the
// sum of the weights, × 100, rounded to two decimals. Every criterion needs exactly one score within
// 0..scale_max and a reason; a score of a criterion not listed is an error (fields "scores[i].…", a missing
// criterion names "scores" and its code).
Result<double> weighted_score(const std::vector<Criterion>& criteria, const std::vector<CriterionScore>& scores);

// ---- decision ----------------------------------------------------------------------------------------

struct IntentionChoice {
  long long id = 0;
  IntentionDecision decision = IntentionDecision::none;
};
// The decision on each intention of the plan (in the plan's order): support supports every intention, not
// support none; partly needs a decision on each intention with at least one supported and one not. Choices
// that contradict support / not support, unknown or repeated ids are errors naming "intentions[i].…"; a
// reason is required unless the plan is supported whole.
Result<std::vector<IntentionChoice>> decide_intentions(DevDecision decision,
                                                       const std::vector<long long>& intention_ids,
                                                       const std::vector<IntentionChoice>& given,
                                                       const std::string& reason);

// ---- demand and effect -------------------------------------------------------------------------------

struct DemandYear {
  int year = 0;
  double personnel = 0, operating = 0, investment = 0;
  double total() const { return personnel + operating + investment; }
};
struct IntentionMoney {
  long long id = 0;
  IntentionDecision decision = IntentionDecision::none;
  std::vector<IntentionCost> costs;
};
// The plan's costs per year of year_from..year_to (every year listed), by category: of every intention, or
// of the supported ones only (the plan's financial demand once decided).
std::vector<DemandYear> plan_demand(const std::vector<IntentionMoney>& intentions, int year_from, int year_to,
                                    bool supported_only);

// A supported capacity intention and the network of its first year.
struct CapacityIntention {
  long long id = 0;
  int from_year = 0;
  double capacity_delta = 0;
  std::string capacity_unit;
};
struct NetworkYearFacts {
  bool exists = false;
  bool draft = false;
  bool in_network = false;
  double capacity = 0;
  std::string capacity_unit;
};
enum class EffectOutcome { proposed, no_year, year_approved, not_in_network, unit_mismatch };
std::string_view to_string(EffectOutcome v);
struct ProposedDecision {
  long long intention_id = 0;
  int year = 0;
  std::string kind;  // include | change | remove ('' when not proposed)
  std::optional<double> capacity_before;
  double capacity_after = 0;
  std::string capacity_unit;
  EffectOutcome outcome = EffectOutcome::proposed;
};
// The network decisions the supported capacity intentions propose, in their order: in a draft network year a
// service in the network changes to capacity + delta (remove when that is 0 or less), a service not in it is
// included with the delta (a decrease of a service not in the network proposes nothing); intentions of the
// same year build on each other. No year, an approved year or a unit other than the network entry's propose
// nothing and say why.
std::vector<ProposedDecision> network_effect(const std::vector<CapacityIntention>& intentions,
                                             const std::map<int, NetworkYearFacts>& years);

}  // namespace kvalis::network
