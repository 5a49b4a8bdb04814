#pragma once
// Use cases of the medium-term plan of a region (SPRSS, issue 13 item 2): the plan with its analytical part
// (the region's texts and links to the coverage map, benchmark rounds and the audit overview) and its
// proposal part as a tree priority → goal → measure → activity linked to kinds of service, target groups,
// territories and indicators with targets per year; the comment period for municipalities and providers and
// the region's answers; one-year action plans, their evaluation and the carrying over of what was not done
// into the next year. The region's managers write; region staff read everything; municipalities and providers
// read plans sent for comments or approved and comment while the period runs (they see their own comments).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/app/sprss_actuals.hpp"
#include "network/core/sprss_plan.hpp"
#include "network/store/network_repo.hpp"
#include "network/store/sprss_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace srepo = store::sprss_repo;
namespace nrepo = store::network_repo;

// ---- plans ----

struct PlanInput {
  std::string title;
  int year_from = 0, year_to = 0;
  std::string vision, analysis_text;
  std::vector<srepo::AnalysisLink> links;
};
struct PlanSummary {
  srepo::PlanRow plan;
  srepo::CommentCounts comments;
  int action_plans = 0;
  bool can_manage = false;
};
Result<std::vector<PlanSummary>> list_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code);
Result<std::vector<PlanSummary>> list_plans(soci::session& s, const accounts::Caller& caller,
                                            const std::string& region_code);

struct CodeName {
  std::string code, name;
};
struct IndicatorView {
  srepo::IndicatorRow indicator;
  std::string source_name;            // the benchmark group or planning indicator it comes from
  std::string source_indicator_name;  // the benchmark indicator's name (of the group's methodology), or the
                                      // planning indicator's name
  // Actual values per year: the source's (sprss_actuals.hpp) and those typed at the evaluations ("manual"),
  // both kept, by year. Planning values are filled by the use cases given a Database (get_plan,
  // add_indicator, update_indicator).
  std::vector<SourceActual> actuals;
};
struct NodeView {
  srepo::NodeRow node;
  std::string code;  // the given code, or numbered from positions
  std::vector<CodeName> kinds, target_groups, territories;
  std::vector<IndicatorView> indicators;
};
// A locked benchmark round of one of the region's working groups, as the analytical part links it.
struct BenchmarkRoundRef {
  long long id = 0;
  std::string name, group_name;
  int period_year = 0;
};
struct PlanDetail {
  srepo::PlanRow plan;
  std::vector<srepo::AnalysisLink> links;
  std::optional<nrepo::LockedRound> coverage_round;  // the region's latest locked coverage round
  std::vector<BenchmarkRoundRef> benchmark_rounds;   // locked rounds of the region's groups the caller reads
  std::vector<NodeView> nodes;                       // depth first, in code order
  std::vector<srepo::ActionPlanRow> action_plans;
  srepo::CommentCounts comments;
  bool can_manage = false;
  bool can_comment = false;
};
Result<PlanDetail> get_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<PlanDetail> create_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, const PlanInput& in);
Result<PlanDetail> create_plan(soci::session& s, const accounts::Caller& caller, const std::string& region_code,
                               const PlanInput& in);
Result<PlanDetail> update_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                               const PlanInput& in);
// Sends the plan for comments until a date (not before today).
Result<PlanDetail> send_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                             const std::string& comments_until, const std::string& today);
Result<PlanDetail> send_plan(soci::session& s, const accounts::Caller& caller, long long id,
                             const std::string& comments_until, const std::string& today);
struct ApprovePlanInput {
  std::string approved_on, approved_by_text;
};
Result<PlanDetail> approve_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const ApprovePlanInput& in);
Result<PlanDetail> approve_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                const ApprovePlanInput& in);

// ---- the tree ----

struct NodeInput {
  std::optional<long long> parent_id;
  std::string level;  // priority | goal | measure | activity (create only)
  std::string code, title, description, responsible;
  std::vector<std::string> kinds, target_groups, territories;
  std::optional<int> position;
};
Result<NodeView> add_node(kvalis::store::Database& db, const accounts::Caller& caller, long long plan_id,
                          const NodeInput& in);
Result<NodeView> add_node(soci::session& s, const accounts::Caller& caller, long long plan_id, const NodeInput& in);
Result<NodeView> update_node(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id,
                             const NodeInput& in);
// Deletes the node with its subtree; 409 when an action plan uses one of them.
Status delete_node(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id);

struct IndicatorInput {
  std::string source = "manual";  // benchmark | planning | manual
  std::optional<long long> bm_group_id;
  std::string bm_indicator_code;
  std::optional<long long> pl_indicator_id;
  std::string name, unit, direction = "higher";
  std::optional<double> baseline;
  std::vector<srepo::IndicatorYear> years;
};
Result<IndicatorView> add_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id,
                                    const IndicatorInput& in);
Result<IndicatorView> add_indicator(soci::session& s, const accounts::Caller& caller, long long node_id,
                                    const IndicatorInput& in);
Result<IndicatorView> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                       const IndicatorInput& in);

// ---- comments ----

struct PlanCommentView {
  srepo::CommentRow comment;
  bool mine = false;
};
// The region: every comment; a municipality or provider: its organisations' comments.
Result<std::vector<PlanCommentView>> list_plan_comments(kvalis::store::Database& db, const accounts::Caller& caller,
                                                        long long plan_id);
struct PlanCommentInput {
  std::optional<long long> node_id;
  std::string text;
  std::optional<long long> organisation_id;  // when the caller may comment for more than one
};
Result<PlanCommentView> add_plan_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long plan_id,
                                         const PlanCommentInput& in, const std::string& today);
Result<PlanCommentView> add_plan_comment(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                         const PlanCommentInput& in, const std::string& today);
Result<PlanCommentView> answer_plan_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const std::string& status, const std::string& answer);
Result<PlanCommentView> answer_plan_comment(soci::session& s, const accounts::Caller& caller, long long id,
                                            const std::string& status, const std::string& answer);

// ---- action plans ----

struct ItemView {
  srepo::ItemRow item;
  std::optional<srepo::ItemRow> carried_from;  // the item of the earlier year it carries, with its result
};
struct ActionPlanDetail {
  srepo::ActionPlanRow action_plan;
  srepo::PlanRow plan;
  std::vector<ItemView> items;
  std::optional<srepo::ActionPlanRow> previous;  // the action plan of the year before, when there is one
  bool can_manage = false;
};
Result<std::vector<srepo::ActionPlanRow>> list_action_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                            long long plan_id);
Result<ActionPlanDetail> create_action_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long plan_id, int year);
Result<ActionPlanDetail> create_action_plan(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                            int year);
Result<ActionPlanDetail> get_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

struct ItemInput {
  std::optional<long long> id;  // an existing item of the plan, or a new one
  long long node_id = 0;
  std::string what, responsible, due;
  std::optional<double> budget;
};
// The draft's items as given (items left out are removed; carried ones keep where they came from).
Result<ActionPlanDetail> update_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const std::vector<ItemInput>& items);
Result<ActionPlanDetail> update_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                            const std::vector<ItemInput>& items);
Result<ActionPlanDetail> approve_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const std::string& approved_on);
Result<ActionPlanDetail> approve_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                             const std::string& approved_on);

struct ItemResultInput {
  long long id = 0;
  std::string result;  // done | partly | not
  std::string result_text, evidence;
};
struct IndicatorActual {
  long long indicator_id = 0;
  double actual = 0;
};
struct EvaluationInput {
  std::string evaluated_on, summary;
  std::vector<ItemResultInput> items;
  std::vector<IndicatorActual> indicators;  // actual values of the plan's indicators in the year
};
Result<ActionPlanDetail> evaluate_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                              const EvaluationInput& in);
Result<ActionPlanDetail> evaluate_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                              const EvaluationInput& in);
// The action plan of `year` (created when missing, or a draft) takes over the items of year − 1's evaluated
// action plan that were not done or done partly; items already carried are not carried again.
Result<ActionPlanDetail> carry_from_previous(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long plan_id, int year);
Result<ActionPlanDetail> carry_from_previous(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                             int year);

}  // namespace kvalis::network::app
