#pragma once
// Storage of the medium-term plan (SPRSS) of a region (tables nw_plans, nw_plan_nodes, nw_plan_indicators,
// nw_plan_indicator_years, nw_plan_comments, nw_action_plans, nw_action_plan_items of migration 0010).
// Every value is bound; rows are plain structs, states stay the migration's strings (parsed in app).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::network::store::sprss_repo {

// ---- plans ----

// A link of the analytical part: kind coverage_map | benchmark_round | audit_overview | other, the record it
// points to (a coverage round, a benchmark round) where there is one, a label and an address.
struct AnalysisLink {
  std::string kind;
  std::optional<long long> ref_id;
  std::string label, url;
};
// The links as the column holds them (a JSON list) and back; text that is not such a list reads as none.
std::string links_to_json(const std::vector<AnalysisLink>& links);
std::vector<AnalysisLink> links_from_json(const std::string& text);

struct PlanRow {
  long long id = 0;
  long long region_org_id = 0;
  std::string region_name, region_code;
  std::string title;
  int year_from = 0, year_to = 0;
  std::string status = "draft", vision, analysis_text, analysis_links, comments_until, approved_on, approved_by_text;
  long long created_by = 0, created_at = 0, updated_at = 0;
};
std::vector<PlanRow> list_plans(soci::session& s, long long region_org_id);
std::optional<PlanRow> get_plan(soci::session& s, long long id);
long long insert_plan(soci::session& s, const PlanRow& r);
void update_plan(soci::session& s, const PlanRow& r);  // texts, years, status, dates

// ---- the tree ----

struct NodeRow {
  long long id = 0;
  long long plan_id = 0;
  std::optional<long long> parent_id;
  std::string level, code, title, description, responsible;
  std::string kinds, target_groups, territories;  // ';4;13;'
  int position = 0;
};
std::vector<NodeRow> list_nodes(soci::session& s, long long plan_id);
std::optional<NodeRow> get_node(soci::session& s, long long id);
long long insert_node(soci::session& s, const NodeRow& r);
void update_node(soci::session& s, const NodeRow& r);
void delete_node(soci::session& s, long long id);  // its subtree and indicators go with it
// The next position among the children of a parent (the root: no parent).
int next_position(soci::session& s, long long plan_id, std::optional<long long> parent_id);
// Action-plan items that point to the node or a node of its subtree (ids given).
long long items_of_nodes(soci::session& s, const std::vector<long long>& node_ids);

// ---- indicators ----

struct IndicatorYear {
  int year = 0;
  std::optional<double> target, actual;
};
struct IndicatorRow {
  long long id = 0;
  long long node_id = 0;
  std::string source = "manual";
  std::optional<long long> bm_group_id;
  std::string bm_indicator_code;
  std::optional<long long> pl_indicator_id;
  std::string name, unit, direction = "higher";
  std::optional<double> baseline;
  int position = 0;
  std::vector<IndicatorYear> years;
};
// Every indicator of a plan's nodes with its years.
std::vector<IndicatorRow> list_indicators(soci::session& s, long long plan_id);
std::optional<IndicatorRow> get_indicator(soci::session& s, long long id);
long long insert_indicator(soci::session& s, const IndicatorRow& r);
void update_indicator(soci::session& s, const IndicatorRow& r);
void set_indicator_years(soci::session& s, long long indicator_id, const std::vector<IndicatorYear>& years);
void set_indicator_actual(soci::session& s, long long indicator_id, int year, double actual);
// The plan an indicator belongs to.
std::optional<long long> plan_of_indicator(soci::session& s, long long indicator_id);
// Names of the sources an indicator may point to; nullopt when there is no such record.
std::optional<std::string> bm_group_name(soci::session& s, long long id);
std::optional<std::string> pl_indicator_name(soci::session& s, long long id);
// The planning goal a planning indicator belongs to (its values are read through planning/app get_goal).
std::optional<long long> pl_indicator_goal(soci::session& s, long long id);
// The planning plan a planning indicator's goal belongs to (its access is asked of planning/app).
struct PlIndicatorPlan {
  std::optional<long long> strategic_plan_id, operational_plan_id;
};
std::optional<PlIndicatorPlan> pl_indicator_plan(soci::session& s, long long id);

// ---- comments ----

struct CommentRow {
  long long id = 0;
  long long plan_id = 0;
  std::optional<long long> node_id;
  std::string node_code, node_title;
  long long author_user_id = 0;
  std::string author_name;
  long long author_org_id = 0;
  std::string author_org_name, author_org_type;
  std::string text, status = "open", answer;
  long long answered_by = 0, answered_at = 0, created_at = 0;
};
// A plan's comments, of these organisations only when orgs is set.
std::vector<CommentRow> list_plan_comments(soci::session& s, long long plan_id,
                                           const std::optional<std::vector<long long>>& orgs);
std::optional<CommentRow> get_comment(soci::session& s, long long id);
long long insert_comment(soci::session& s, const CommentRow& r);
void answer_plan_comment(soci::session& s, long long id, const std::string& status, const std::string& answer,
                         long long by, long long at);
struct CommentCounts {
  int total = 0, open = 0;
};
// The plan's comments counted; with `orgs`, only those of these authoring organisations (what a municipality or a
// provider sees of them).
CommentCounts count_comments(soci::session& s, long long plan_id,
                             const std::optional<std::vector<long long>>& orgs = std::nullopt);

// ---- action plans ----

struct ActionPlanRow {
  long long id = 0;
  long long plan_id = 0;
  int year = 0;
  std::string status = "draft", approved_on, evaluated_on, evaluation_summary;
  long long created_by = 0, created_at = 0, updated_at = 0;
  int items = 0;
};
std::vector<ActionPlanRow> list_action_plans(soci::session& s, long long plan_id);
std::optional<ActionPlanRow> get_action_plan(soci::session& s, long long id);
std::optional<ActionPlanRow> find_action_plan(soci::session& s, long long plan_id, int year);
long long insert_action_plan(soci::session& s, const ActionPlanRow& r);
void update_action_plan(soci::session& s, const ActionPlanRow& r);  // status, dates, summary

struct ItemRow {
  long long id = 0;
  long long action_plan_id = 0;
  long long node_id = 0;
  std::string node_code, node_title, node_level;
  std::string what, responsible, due;
  std::optional<double> budget;
  std::string result, result_text, evidence;
  std::optional<long long> carried_from_item_id;
  int position = 0;
};
std::vector<ItemRow> list_items(soci::session& s, long long action_plan_id);
long long insert_item(soci::session& s, const ItemRow& r);
void update_item(soci::session& s, const ItemRow& r);  // node, texts, budget, position
void set_item_result(soci::session& s, long long id, const std::string& result, const std::string& result_text,
                     const std::string& evidence);
void delete_item(soci::session& s, long long id);

}  // namespace kvalis::network::store::sprss_repo
