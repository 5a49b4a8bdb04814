#include "network/core/sprss_plan.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"

namespace kvalis::network {

namespace {

template <class E, std::size_t N>
std::optional<E> parse_of(std::string_view s, const std::array<E, N>& all) {
  for (E e : all)
    if (to_string(e) == s) return e;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(SprssStatus s) {
  switch (s) {
    case SprssStatus::draft:
      return "draft";
    case SprssStatus::comments:
      return "comments";
    case SprssStatus::approved:
      return "approved";
  }
  return "draft";
}
std::optional<SprssStatus> parse_sprss_status(std::string_view s) {
  return parse_of(s, std::array{SprssStatus::draft, SprssStatus::comments, SprssStatus::approved});
}

std::string_view to_string(NodeLevel l) {
  switch (l) {
    case NodeLevel::priority:
      return "priority";
    case NodeLevel::goal:
      return "goal";
    case NodeLevel::measure:
      return "measure";
    case NodeLevel::activity:
      return "activity";
  }
  return "priority";
}
std::optional<NodeLevel> parse_node_level(std::string_view s) {
  return parse_of(s, std::array{NodeLevel::priority, NodeLevel::goal, NodeLevel::measure, NodeLevel::activity});
}
std::optional<NodeLevel> child_level(NodeLevel l) {
  switch (l) {
    case NodeLevel::priority:
      return NodeLevel::goal;
    case NodeLevel::goal:
      return NodeLevel::measure;
    case NodeLevel::measure:
      return NodeLevel::activity;
    case NodeLevel::activity:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string_view to_string(PlanCommentStatus s) {
  switch (s) {
    case PlanCommentStatus::open:
      return "open";
    case PlanCommentStatus::accepted:
      return "accepted";
    case PlanCommentStatus::partly:
      return "partly";
    case PlanCommentStatus::rejected:
      return "rejected";
  }
  return "open";
}
std::optional<PlanCommentStatus> parse_plan_comment_status(std::string_view s) {
  return parse_of(s, std::array{PlanCommentStatus::open, PlanCommentStatus::accepted, PlanCommentStatus::partly,
                                PlanCommentStatus::rejected});
}

std::string_view to_string(ActionPlanStatus s) {
  switch (s) {
    case ActionPlanStatus::draft:
      return "draft";
    case ActionPlanStatus::approved:
      return "approved";
    case ActionPlanStatus::evaluated:
      return "evaluated";
  }
  return "draft";
}
std::optional<ActionPlanStatus> parse_action_plan_status(std::string_view s) {
  return parse_of(s, std::array{ActionPlanStatus::draft, ActionPlanStatus::approved, ActionPlanStatus::evaluated});
}

std::string_view to_string(ItemResult r) {
  switch (r) {
    case ItemResult::none:
      return "";
    case ItemResult::done:
      return "done";
    case ItemResult::partly:
      return "partly";
    case ItemResult::not_done:
      return "not";
  }
  return "";
}
std::optional<ItemResult> parse_item_result(std::string_view s) {
  return parse_of(s, std::array{ItemResult::none, ItemResult::done, ItemResult::partly, ItemResult::not_done});
}

std::string_view to_string(IndicatorSource s) {
  switch (s) {
    case IndicatorSource::benchmark:
      return "benchmark";
    case IndicatorSource::planning:
      return "planning";
    case IndicatorSource::manual:
      return "manual";
  }
  return "manual";
}
std::optional<IndicatorSource> parse_indicator_source(std::string_view s) {
  return parse_of(s, std::array{IndicatorSource::benchmark, IndicatorSource::planning, IndicatorSource::manual});
}

Status check_plan_years(int year_from, int year_to) {
  if (year_from < 2000 || year_from > 2100)
    return invalid("year_from", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}});
  if (year_to < 2000 || year_to > 2100)
    return invalid("year_to", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}});
  if (year_to < year_from) return invalid("year_to", "network.plan.years_order");
  if (year_to - year_from >= 10) return invalid("year_to", "network.plan.years_span");
  return ok_status();
}

bool plan_editable(SprssStatus s) { return s != SprssStatus::approved; }

Status check_send(SprssStatus s, const std::string& comments_until, const std::string& today) {
  if (s == SprssStatus::approved) return conflict("status", "network.plan.approved");
  if (auto st = check_date("comments_until", comments_until, true); !st) return st;
  if (comments_until < today) return invalid("comments_until", "network.plan.comments_until_past");
  return ok_status();
}

Status check_approve(SprssStatus s, const std::string& approved_on) {
  if (s == SprssStatus::approved) return conflict("status", "network.plan.approved");
  return check_date("approved_on", approved_on, true);
}

Status check_comment(SprssStatus s, const std::string& comments_until, const std::string& today,
                     const std::string& text) {
  if (s != SprssStatus::comments) return conflict("status", "network.plan.not_in_comments");
  if (!comments_until.empty() && today > comments_until)
    return conflict("comments_until", "network.plan.comments_closed");
  return check_text("text", text, 4000, true);
}

Status check_answer(SprssStatus plan, std::optional<PlanCommentStatus> status, const std::string& answer) {
  if (plan == SprssStatus::approved) return conflict("status", "network.plan.approved");
  if (!status || *status == PlanCommentStatus::open) return invalid("status", "network.comment.answer_status");
  if ((*status == PlanCommentStatus::partly || *status == PlanCommentStatus::rejected) && trim(answer).empty())
    return invalid("answer", "network.comment.reason_required");
  return check_text("answer", answer, 4000, false);
}

Status check_node_place(NodeLevel level, std::optional<NodeLevel> parent_level) {
  if (level == NodeLevel::priority) {
    if (parent_level) return invalid("parent_id", "network.node.priority_root");
    return ok_status();
  }
  if (!parent_level) return invalid("parent_id", "network.node.parent_required");
  if (child_level(*parent_level) != level)
    return invalid("parent_id", "network.node.parent_level",
                   {{"level", std::string(to_string(level))}, {"parent", std::string(to_string(*parent_level))}});
  return ok_status();
}

std::vector<std::string> node_codes(const std::vector<TreeNode>& nodes) {
  // siblings by parent, ordered by position then id
  std::map<std::optional<long long>, std::vector<std::size_t>> children;
  for (std::size_t i = 0; i < nodes.size(); ++i) children[nodes[i].parent_id].push_back(i);
  for (auto& [parent, list] : children)
    std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      if (nodes[a].position != nodes[b].position) return nodes[a].position < nodes[b].position;
      return nodes[a].id < nodes[b].id;
    });
  std::vector<std::string> codes(nodes.size());
  std::vector<std::pair<std::optional<long long>, std::string>> stack{{std::nullopt, ""}};
  while (!stack.empty()) {
    auto [parent, prefix] = stack.back();
    stack.pop_back();
    auto it = children.find(parent);
    if (it == children.end()) continue;
    int n = 0;
    for (std::size_t i : it->second) {
      ++n;
      codes[i] = !nodes[i].code.empty() ? nodes[i].code : (prefix.empty() ? "" : prefix + ".") + std::to_string(n);
      stack.emplace_back(nodes[i].id, codes[i]);
    }
  }
  return codes;
}

Status check_node_code(const std::string& code) {
  if (code.size() > 20) return invalid("code", "field.too_long", {{"max", "20"}});
  for (char c : code) {
    const bool ok = (c >= '0' && c <= '9') || c == '.' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!ok) return invalid("code", "network.node.code_chars", {{"value", code}});
  }
  return ok_status();
}

Status check_indicator(const IndicatorCheck& in, int plan_from, int plan_to) {
  if (in.source == IndicatorSource::benchmark) {
    if (!in.has_bm_group) return invalid("bm_group_id", "field.required");
    if (in.bm_indicator_code.empty()) return invalid("bm_indicator_code", "field.required");
  }
  if (in.source == IndicatorSource::planning && !in.has_pl_indicator)
    return invalid("pl_indicator_id", "field.required");
  std::vector<int> seen;
  for (std::size_t i = 0; i < in.years.size(); ++i) {
    const int y = in.years[i];
    const std::string field = "years[" + std::to_string(i) + "].year";
    if (y < plan_from || y > plan_to)
      return invalid(
          field, "network.indicator.year_outside",
          {{"value", std::to_string(y)}, {"from", std::to_string(plan_from)}, {"to", std::to_string(plan_to)}});
    if (std::find(seen.begin(), seen.end(), y) != seen.end())
      return invalid(field, "network.indicator.year_twice", {{"value", std::to_string(y)}});
    seen.push_back(y);
  }
  return ok_status();
}

Status check_action_plan_year(int year, int plan_from, int plan_to) {
  if (year < plan_from || year > plan_to)
    return invalid(
        "year", "network.action_plan.year_outside",
        {{"value", std::to_string(year)}, {"from", std::to_string(plan_from)}, {"to", std::to_string(plan_to)}});
  return ok_status();
}

Status check_action_plan_edit(ActionPlanStatus s) {
  if (s != ActionPlanStatus::draft) return conflict("status", "network.action_plan.not_draft");
  return ok_status();
}

Status check_action_plan_approve(ActionPlanStatus s, std::size_t items) {
  if (s != ActionPlanStatus::draft) return conflict("status", "network.action_plan.not_draft");
  if (items == 0) return invalid("items", "network.action_plan.empty");
  return ok_status();
}

Status check_evaluation(ActionPlanStatus s, const std::vector<long long>& items,
                        const std::vector<ItemEvaluation>& evaluation) {
  if (s != ActionPlanStatus::approved) return conflict("status", "network.action_plan.not_approved");
  std::vector<long long> seen;
  for (std::size_t i = 0; i < evaluation.size(); ++i) {
    const auto& e = evaluation[i];
    const std::string at = "items[" + std::to_string(i) + "].";
    if (std::find(items.begin(), items.end(), e.item_id) == items.end() ||
        std::find(seen.begin(), seen.end(), e.item_id) != seen.end())
      return invalid(at + "id", "network.action_plan.item_unknown", {{"value", std::to_string(e.item_id)}});
    seen.push_back(e.item_id);
    if (e.result == ItemResult::none) return invalid(at + "result", "field.required");
    if ((e.result == ItemResult::partly || e.result == ItemResult::not_done) && trim(e.result_text).empty())
      return invalid(at + "result_text", "network.action_plan.result_text_required");
    if (auto st = check_text(at + "result_text", e.result_text, 4000, false); !st) return st;
  }
  if (seen.size() != items.size())
    return invalid("items", "network.action_plan.items_missing",
                   {{"count", std::to_string(items.size() - seen.size())}});
  return ok_status();
}

std::string next_year_date(const std::string& date) {
  if (date.size() != 10 || !is_valid_date(date)) return date;
  const int year = std::stoi(date.substr(0, 4)) + 1;
  std::string out = std::to_string(year) + date.substr(4);
  if (!is_valid_date(out)) out = std::to_string(year) + "-02-28";
  return out;
}

std::vector<CarriedItem> carry_over(const std::vector<ActionItem>& evaluated,
                                    const std::vector<long long>& already_carried) {
  std::vector<CarriedItem> out;
  for (const auto& item : evaluated) {
    if (item.result != ItemResult::partly && item.result != ItemResult::not_done) continue;
    if (std::find(already_carried.begin(), already_carried.end(), item.id) != already_carried.end()) continue;
    out.push_back({item.id, item.node_id, item.what, item.responsible, next_year_date(item.due), item.budget});
  }
  return out;
}

}  // namespace kvalis::network
