#pragma once
// The medium-term plan of a region (střednědobý plán rozvoje sociálních služeb, SPRSS; issue 13 item 2):
// the proposal part as a tree priority → goal → measure → activity with its codes, the plan's states and
// comment period, the answers to comments, indicators with targets per year, and one-year action plans whose
// evaluation is carried into the next year (items not done or done partly are proposed again, with
// carried_from). Pure functions: no storage, no HTTP.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::network {

// ---- states ----

enum class SprssStatus { draft, comments, approved };
std::string_view to_string(SprssStatus s);
std::optional<SprssStatus> parse_sprss_status(std::string_view s);

enum class NodeLevel { priority, goal, measure, activity };
std::string_view to_string(NodeLevel l);
std::optional<NodeLevel> parse_node_level(std::string_view s);
// The level a node's children have; nullopt for an activity (a leaf).
std::optional<NodeLevel> child_level(NodeLevel l);

enum class PlanCommentStatus { open, accepted, partly, rejected };
std::string_view to_string(PlanCommentStatus s);
std::optional<PlanCommentStatus> parse_plan_comment_status(std::string_view s);

enum class ActionPlanStatus { draft, approved, evaluated };
std::string_view to_string(ActionPlanStatus s);
std::optional<ActionPlanStatus> parse_action_plan_status(std::string_view s);

enum class ItemResult { none, done, partly, not_done };
std::string_view to_string(ItemResult r);  // "", "done", "partly", "not"
std::optional<ItemResult> parse_item_result(std::string_view s);

enum class IndicatorSource { benchmark, planning, manual };
std::string_view to_string(IndicatorSource s);
std::optional<IndicatorSource> parse_indicator_source(std::string_view s);

// ---- the plan ----

// The plan's years: year_from <= year_to, at most 10 years, within 2000..2100; errors name the field.
Status check_plan_years(int year_from, int year_to);
// Whether the tree, texts and indicators may still change (draft and comments: yes; approved: no).
bool plan_editable(SprssStatus s);
// Sending for comments: from draft (or again from comments with a new date), comments_until a valid date not
// before today. Approving: from draft or comments.
Status check_send(SprssStatus s, const std::string& comments_until, const std::string& today);
Status check_approve(SprssStatus s, const std::string& approved_on);
// A comment: the plan is in comments and today is not after comments_until; text required.
Status check_comment(SprssStatus s, const std::string& comments_until, const std::string& today,
                     const std::string& text);
// An answer: accepted, partly or rejected; a reason (answer) required for partly and rejected; the plan not
// approved yet.
Status check_answer(SprssStatus plan, std::optional<PlanCommentStatus> status, const std::string& answer);

// ---- the tree ----

// Where a new node may go: a priority at the root, every other level under its parent level.
Status check_node_place(NodeLevel level, std::optional<NodeLevel> parent_level);

// A node as the code numbering sees it.
struct TreeNode {
  long long id = 0;
  std::optional<long long> parent_id;
  NodeLevel level = NodeLevel::priority;
  std::string code;  // given by the region, or "" (numbered from positions)
  int position = 0;
};
// The code of every node, in the input's order: a given code is kept; otherwise the parent's code, a dot
// and the node's number among its siblings (by position, then id), from 1 ("1", "1.2", "1.2.3").
std::vector<std::string> node_codes(const std::vector<TreeNode>& nodes);

// A code a region writes: digits and dots (or letters, for e.g. "A.1"), at most 20 characters.
Status check_node_code(const std::string& code);

// ---- indicators ----

// Years of targets within the plan's years; a benchmark indicator names its group and code, a planning one
// its indicator.
struct IndicatorCheck {
  IndicatorSource source = IndicatorSource::manual;
  bool has_bm_group = false;
  std::string bm_indicator_code;
  bool has_pl_indicator = false;
  std::vector<int> years;
};
Status check_indicator(const IndicatorCheck& in, int plan_from, int plan_to);

// ---- action plans ----

// The year of an action plan lies within the plan's years.
Status check_action_plan_year(int year, int plan_from, int plan_to);
// Only a draft action plan changes its items; approving needs at least one item; evaluating needs an
// approved plan.
Status check_action_plan_edit(ActionPlanStatus s);
Status check_action_plan_approve(ActionPlanStatus s, std::size_t items);

struct ItemEvaluation {
  long long item_id = 0;
  ItemResult result = ItemResult::none;
  std::string result_text;
};
// Every item has a result (done, partly, not); partly and not need a text saying what is missing.
// items: the ids of the plan's items; errors name items[i].result / items[i].result_text / items.
Status check_evaluation(ActionPlanStatus s, const std::vector<long long>& items,
                        const std::vector<ItemEvaluation>& evaluation);

// An item of an evaluated action plan, as carrying over sees it.
struct ActionItem {
  long long id = 0;
  long long node_id = 0;
  std::string what, responsible, due;
  std::optional<double> budget;
  ItemResult result = ItemResult::none;
  std::string result_text;
};
// What the next year's plan takes over: every item not done or done partly (in order), with its measure,
// text, responsible and budget, the due date moved by a year, and carried_from = the item. Items already
// carried (their ids in already_carried) are left out.
struct CarriedItem {
  long long carried_from = 0;
  long long node_id = 0;
  std::string what, responsible, due;
  std::optional<double> budget;
};
std::vector<CarriedItem> carry_over(const std::vector<ActionItem>& evaluated,
                                    const std::vector<long long>& already_carried);
// "2025-06-30" → "2026-06-30" (29 February → 28 February); "" stays "".
std::string next_year_date(const std::string& date);

}  // namespace kvalis::network
