#pragma once
// Use cases of providers' development plans (network module, issue 13 item 3; PLAN13_SPEC [devplans]): a
// provider drafts a 3-year plan of its service with intentions (costs per year and category, the need or
// audit finding each answers) and submits it; the region evaluates it against its criteria (a score with a
// reason per criterion, the weighted total) and decides (support, support partly, do not support). The
// decision proposes network decisions for the supported capacity intentions (in the draft network year they
// start) and rolls the supported costs into the region's development demand, which the financing reads.
//
// Who: a provider's admin/manager/worker write their own services' plans while draft; any member of the
// provider reads them, and the evaluation once decided; other providers get not found. The region's staff
// read every plan of the region once submitted; its admins/managers return, evaluate and decide, and keep
// the criteria. Every write appends an activity and bumps data version scope "network".
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/dev_plans.hpp"
#include "network/store/dev_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace devrepo = kvalis::network::store::dev_repo;

// ---- criteria ----

struct CriterionInput {
  std::string code, name_cs, name_en, description, evidence;  // evidence: '' | coverage | benchmark | audit
  double weight = 0;
  int scale_max = 5;
  std::optional<int> position;
  bool active = true;
};
struct CriteriaList {
  long long region_org_id = 0;
  std::string region_name;
  bool can_manage = false;
  std::vector<devrepo::CriterionRow> items;
};
// The region's criteria (its staff; providers of the region read them too, so they know how plans are judged).
Result<CriteriaList> list_dev_criteria(kvalis::store::Database& db, const accounts::Caller& caller,
                                       const std::string& region_code);
Result<devrepo::CriterionRow> create_dev_criterion(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const std::string& region_code, const CriterionInput& in);
Result<devrepo::CriterionRow> update_dev_criterion(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   long long id, const CriterionInput& in);

// ---- plans ----

struct DevPlanQuery {
  std::string region_code;  // '' = the caller's region (providers: their own plans in every region)
  std::optional<DevPlanStatus> status;
  std::optional<long long> service_id;
};
struct DevPlanSummary {
  devrepo::PlanRow plan;
  bool evaluation_visible = false;  // score and decision shown only when the caller may read the evaluation
};
Result<std::vector<DevPlanSummary>> list_dev_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const DevPlanQuery& q);

struct DevPlanInput {
  long long service_id = 0;
  int year_from = 0, year_to = 0;
  std::string title, summary;
};
struct CostInput {
  int year = 0;
  std::string category;
  double amount = 0;
};
struct IntentionInput {
  std::string type, description;
  std::optional<double> capacity_delta;
  std::string capacity_unit, form_code, territory_code;
  std::optional<double> fte_delta;
  int from_year = 0;
  std::optional<long long> need_area_id, finding_id, plan_node_id;
  std::string answers_text;
  std::vector<CostInput> costs;
};
struct DevPlanChange {
  std::optional<std::string> title, summary;
  std::optional<std::vector<IntentionInput>> intentions;  // the whole list (replaces the plan's intentions)
};

struct ScoreView {
  devrepo::CriterionRow criterion;
  std::optional<devrepo::ScoreRow> score;
};
struct EvaluationView {
  std::optional<double> total_score;
  std::vector<ScoreView> scores;  // every active criterion, and any scored criterion no longer active
  std::string decision, decision_reason, decided_on, effect_note;
  long long evaluated_at = 0, decided_at = 0;
};
struct EffectView {
  std::vector<ProposedDecision> proposed;           // at the decision (this call only)
  std::vector<devrepo::RecordedDecision> recorded;  // the network decisions answering the plan's intentions
};
struct DevPlanDetail {
  devrepo::PlanRow plan;
  std::vector<devrepo::IntentionRow> intentions;
  std::vector<DemandYear> costs;             // of every intention per year
  std::vector<DemandYear> demand;            // of the supported intentions (once decided)
  std::optional<EvaluationView> evaluation;  // region staff; the provider once decided
  EffectView effect;
  std::vector<DevAction> allowed;
  DevActor actor = DevActor::other;
};
Result<DevPlanDetail> create_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                      const DevPlanInput& in);
Result<DevPlanDetail> get_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<DevPlanDetail> update_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const DevPlanChange& in);
Result<DevPlanDetail> submit_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<DevPlanDetail> return_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const std::string& note);

struct ScoreInput {
  long long criterion_id = 0;
  int score = 0;
  std::string reason;
};
Result<DevPlanDetail> evaluate_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                        const std::vector<ScoreInput>& scores);

struct DevDecisionInput {
  std::string decision;  // support | partly | not_support
  std::string reason;
  std::vector<IntentionChoice> intentions;  // partly: each intention; else optional
  std::string decided_on;                   // YYYY-MM-DD
  std::string decided_by_text;              // the body and its resolution (network decisions)
};
Result<DevPlanDetail> decide_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const DevDecisionInput& in);

// ---- the region's development demand (the financing reads it) ----

struct DemandService {
  long long dev_plan_id = 0, service_id = 0;
  std::string service_name, provider_name, plan_title;
  std::vector<DemandYear> years;
};
struct DevDemand {
  std::vector<int> years;
  std::vector<DemandYear> totals;  // per year
  std::vector<DemandService> services;
};
// The supported costs of the decided plans of a region, per year (year_from .. year_from + years - 1).
DevDemand supported_dev_demand(soci::session& s, long long region_org_id, int year_from, int years,
                               const std::vector<long long>& provider_ids = {});
// The same from lines already read (devrepo::supported_demand), e.g. kept in the financing outlook's cache.
DevDemand dev_demand_of(const std::vector<devrepo::DemandLine>& lines, int year_from, int years);
Result<DevDemand> dev_demand(kvalis::store::Database& db, const accounts::Caller& caller,
                             const std::string& region_code, int year_from, int years);

// ---- in the caller's transaction (the demo), at the time `now` ----
namespace in_session {
Result<devrepo::CriterionRow> create_dev_criterion(soci::session& s, const accounts::Caller& caller,
                                                   long long region_org_id, const CriterionInput& in);
Result<DevPlanDetail> create_dev_plan(soci::session& s, const accounts::Caller& caller, const DevPlanInput& in,
                                      long long now);
Result<DevPlanDetail> update_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                      const DevPlanChange& in, long long now);
Result<DevPlanDetail> submit_dev_plan(soci::session& s, const accounts::Caller& caller, long long id, long long now);
Result<DevPlanDetail> evaluate_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                        const std::vector<ScoreInput>& scores, long long now);
Result<DevPlanDetail> decide_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                      const DevDecisionInput& in, long long now);
Result<DevPlanDetail> get_dev_plan(soci::session& s, const accounts::Caller& caller, long long id);
// The plan of a service starting in a year, if any (the demo finds what it wrote).
std::optional<long long> find_dev_plan(soci::session& s, long long service_id, int year_from);
}  // namespace in_session

}  // namespace kvalis::network::app
