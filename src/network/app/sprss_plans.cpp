#include "network/app/sprss_plans.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "benchmark/app/groups.hpp"
#include "benchmark/app/rounds.hpp"
#include "network/app/network_years.hpp"
#include "planning/app/plans.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

using kvalis::store::now_epoch;
using kvalis::store::activity_log::append;

namespace {

Error missing() { return not_found("network.not_found"); }
Error not_allowed() { return forbidden("network.region.required"); }
void bump(soci::session& s) { kvalis::store::data_versions::bump(s, "network"); }

bool region_reader(NetworkRole r) { return r == NetworkRole::manager || r == NetworkRole::region_staff; }

bool sees_plan(NetworkRole role, SprssStatus status) {
  if (region_reader(role)) return true;
  if (role == NetworkRole::provider || role == NetworkRole::municipality) return status != SprssStatus::draft;
  return false;
}

SprssStatus status_of(const srepo::PlanRow& p) { return parse_sprss_status(p.status).value_or(SprssStatus::draft); }

struct PlanAccess {
  srepo::PlanRow plan;
  NetworkScope scope;
};

Result<PlanAccess> visible_plan(soci::session& s, const accounts::Caller& caller, long long id) {
  auto plan = srepo::get_plan(s, id);
  if (!plan) return missing();
  auto scope = scope_of_region(s, caller, plan->region_org_id);
  if (!scope || !sees_plan(scope->role, status_of(*plan))) return missing();
  return PlanAccess{*plan, *scope};
}

Result<PlanAccess> managed_plan(soci::session& s, const accounts::Caller& caller, long long id, bool editable = true) {
  auto a = visible_plan(s, caller, id);
  if (!a) return a.error();
  if (!a->scope.can_manage()) return not_allowed();
  if (editable && !plan_editable(status_of(a->plan))) return conflict("status", "network.plan.approved");
  return a;
}

// The organisations of the caller that may comment on a plan of the region.
std::vector<long long> commenters(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  std::vector<long long> out;
  for (long long org : commenting_orgs_of(caller.principal, region_code)) {
    bool provider = false;
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_id == org && m.organisation_type == accounts::OrganisationType::provider) provider = true;
    if (!provider || nrepo::provides_in_region(s, org, region_code)) out.push_back(org);
  }
  return out;
}

std::vector<long long> own_orgs(const accounts::Caller& caller) {
  std::vector<long long> out;
  for (const auto& m : caller.principal.memberships) out.push_back(m.organisation_id);
  return out;
}

// The comments a caller sees (and counts): the region's readers all of them, everyone else its own organisations'.
std::optional<std::vector<long long>> comment_filter(const accounts::Caller& caller, NetworkRole role) {
  if (region_reader(role)) return std::nullopt;
  return own_orgs(caller);
}

std::vector<CodeName> names_of(soci::session& s, const std::string& catalogue, const std::string& joined) {
  std::vector<CodeName> out;
  const auto codes = split_codes(joined);
  const auto names = nrepo::catalogue_names(s, catalogue, codes);
  for (const auto& c : codes) out.push_back({c, names.count(c) ? names.at(c) : c});
  return out;
}

// The indicator with the names of its source and its actual values per year of the plan: those of the source
// (benchmarking here; planning after the transaction, see with_planning_actuals) and those typed at the
// action plans' evaluations ("manual"). A manual value of a year does not replace the source's value of that
// year: both are listed, each with its source, and the plan page shows them side by side (the source is the
// evidence; the evaluation's figure is what the region recorded, possibly for a different definition).
IndicatorView indicator_view(soci::session& s, const srepo::IndicatorRow& i, int year_from, int year_to,
                             bool region_reader) {
  IndicatorView v{i, "", "", {}};
  if (i.source == "benchmark" && i.bm_group_id) {
    if (auto src = benchmark_source(s, *i.bm_group_id, i.bm_indicator_code, year_from, year_to, region_reader)) {
      v.source_name = src->group_name;
      v.source_indicator_name = src->indicator_name;
      v.actuals = std::move(src->actuals);
    }
  }
  if (i.source == "planning" && i.pl_indicator_id)
    v.source_name = srepo::pl_indicator_name(s, *i.pl_indicator_id).value_or("");
  for (const auto& y : i.years)
    if (y.actual) v.actuals.push_back({y.year, y.actual, "manual", false, "", std::nullopt, false});
  return v;
}

// The planning values of a planning indicator (planning/app reads in its own transaction, so after ours).
void with_planning_actuals(kvalis::store::Database& db, IndicatorView& v, int year_from, int year_to) {
  const auto& i = v.indicator;
  if (i.source != "planning" || !i.pl_indicator_id) return;
  const long long pl_id = *i.pl_indicator_id;
  const auto goal = db.read([&](soci::session& s) { return srepo::pl_indicator_goal(s, pl_id); });
  if (!goal) return;
  auto src = planning_source(db, *goal, pl_id, year_from, year_to);
  if (!src) return;
  v.source_indicator_name = src->indicator_name;
  v.actuals.insert(v.actuals.begin(), src->actuals.begin(), src->actuals.end());
}

// Every node of the plan with its computed code, depth first in sibling order.
std::vector<NodeView> tree_of(soci::session& s, long long plan_id, bool region_reader) {
  const auto rows = srepo::list_nodes(s, plan_id);
  const auto plan = srepo::get_plan(s, plan_id);
  const int year_from = plan ? plan->year_from : 0, year_to = plan ? plan->year_to : 0;
  std::vector<TreeNode> tree;
  for (const auto& n : rows)
    tree.push_back({n.id, n.parent_id, parse_node_level(n.level).value_or(NodeLevel::priority), n.code, n.position});
  const auto codes = node_codes(tree);
  std::map<long long, std::vector<IndicatorView>> indicators;
  for (const auto& i : srepo::list_indicators(s, plan_id))
    indicators[i.node_id].push_back(indicator_view(s, i, year_from, year_to, region_reader));
  std::map<std::optional<long long>, std::vector<std::size_t>> children;
  for (std::size_t i = 0; i < rows.size(); ++i) children[rows[i].parent_id].push_back(i);  // rows are in position order
  std::vector<NodeView> out;
  std::function<void(std::optional<long long>)> walk = [&](std::optional<long long> parent) {
    auto it = children.find(parent);
    if (it == children.end()) return;
    for (std::size_t i : it->second) {
      const auto& n = rows[i];
      NodeView v;
      v.node = n;
      v.code = codes[i];
      v.kinds = names_of(s, "service_kinds", n.kinds);
      v.target_groups = names_of(s, "target_groups", n.target_groups);
      v.territories = names_of(s, "territories", n.territories);
      if (auto ind = indicators.find(n.id); ind != indicators.end()) v.indicators = ind->second;
      out.push_back(std::move(v));
      walk(n.id);
    }
  };
  walk(std::nullopt);
  return out;
}

// The computed code of every node of a plan, by node id.
std::map<long long, std::string> codes_of(soci::session& s, long long plan_id) {
  const auto rows = srepo::list_nodes(s, plan_id);
  std::vector<TreeNode> tree;
  for (const auto& n : rows)
    tree.push_back({n.id, n.parent_id, parse_node_level(n.level).value_or(NodeLevel::priority), n.code, n.position});
  const auto codes = node_codes(tree);
  std::map<long long, std::string> out;
  for (std::size_t i = 0; i < rows.size(); ++i) out[rows[i].id] = codes[i];
  return out;
}

void name_node(const std::map<long long, std::string>& codes, srepo::CommentRow& c) {
  if (c.node_id)
    if (auto it = codes.find(*c.node_id); it != codes.end()) c.node_code = it->second;
}

PlanDetail detail_of(soci::session& s, const accounts::Caller& caller, const PlanAccess& a) {
  PlanDetail d;
  d.plan = a.plan;
  d.links = srepo::links_from_json(a.plan.analysis_links);
  d.coverage_round = nrepo::latest_locked_round(s, a.plan.region_org_id);
  if (auto groups = benchmark::app::list_groups(s, caller, 200, 0))
    for (const auto& g : groups->items) {
      if (g.group.region_org_id != a.plan.region_org_id) continue;
      auto rounds = benchmark::app::list_rounds(s, caller, g.group.id);
      if (!rounds) continue;
      for (const auto& r : *rounds)
        if (r.status == benchmark::RoundStatus::locked)
          d.benchmark_rounds.push_back({r.id, r.name, g.group.name, r.period_year});
    }
  std::sort(d.benchmark_rounds.begin(), d.benchmark_rounds.end(),
            [](const BenchmarkRoundRef& x, const BenchmarkRoundRef& y) {
              return x.period_year != y.period_year ? x.period_year > y.period_year : x.id > y.id;
            });
  d.nodes = tree_of(s, a.plan.id, region_reader(a.scope.role));
  d.action_plans = srepo::list_action_plans(s, a.plan.id);
  d.comments = srepo::count_comments(s, a.plan.id, comment_filter(caller, a.scope.role));
  d.can_manage = a.scope.can_manage() && plan_editable(status_of(a.plan));
  d.can_comment =
      status_of(a.plan) == SprssStatus::comments && !commenters(s, caller, a.scope.region.region_code).empty();
  return d;
}

Status check_plan_input(const PlanInput& in) {
  for (auto st :
       {check_line("title", in.title, 300, true), check_text("vision", in.vision, 8000, false),
        check_text("analysis_text", in.analysis_text, 50000, false), check_plan_years(in.year_from, in.year_to)})
    if (!st) return st;
  for (std::size_t i = 0; i < in.links.size(); ++i) {
    const auto& l = in.links[i];
    const std::string at = "links[" + std::to_string(i) + "].";
    if (l.kind != "coverage_map" && l.kind != "benchmark_round" && l.kind != "audit_overview" && l.kind != "other")
      return invalid(at + "kind", "network.plan.link_kind", {{"value", l.kind}});
    if (auto st = check_line(at + "label", l.label, 300, true); !st) return st;
    if (auto st = check_line(at + "url", l.url, 1000, false); !st) return st;
  }
  return ok_status();
}

}  // namespace

// ---- plans ----

Result<std::vector<PlanSummary>> list_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code) {
  return db.read([&](soci::session& s) { return list_plans(s, caller, region_code); });
}

Result<std::vector<PlanSummary>> list_plans(soci::session& s, const accounts::Caller& caller,
                                            const std::string& region_code) {
  auto scope = network_scope(s, caller, region_code);
  if (!scope) return scope.error();
  std::vector<PlanSummary> out;
  for (auto& p : srepo::list_plans(s, scope->region.id)) {
    if (!sees_plan(scope->role, status_of(p))) continue;
    PlanSummary sum;
    sum.comments = srepo::count_comments(s, p.id, comment_filter(caller, scope->role));
    sum.action_plans = static_cast<int>(srepo::list_action_plans(s, p.id).size());
    sum.can_manage = scope->can_manage() && plan_editable(status_of(p));
    sum.plan = std::move(p);
    out.push_back(std::move(sum));
  }
  return out;
}

Result<PlanDetail> get_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  auto d = db.read([&](soci::session& s) -> Result<PlanDetail> {
    auto a = visible_plan(s, caller, id);
    if (!a) return a.error();
    return detail_of(s, caller, *a);
  });
  if (d)
    for (auto& n : d->nodes)
      for (auto& v : n.indicators) with_planning_actuals(db, v, d->plan.year_from, d->plan.year_to);
  return d;
}

Result<PlanDetail> create_plan(soci::session& s, const accounts::Caller& caller, const std::string& region_code,
                               const PlanInput& in) {
  auto scope = network_scope(s, caller, region_code);
  if (!scope) return scope.error();
  if (!scope->can_manage()) return not_allowed();
  if (auto st = check_plan_input(in); !st) return st.error();
  const long long now = now_epoch();
  srepo::PlanRow r;
  r.region_org_id = scope->region.id;
  r.title = trim(in.title);
  r.year_from = in.year_from;
  r.year_to = in.year_to;
  r.vision = in.vision;
  r.analysis_text = in.analysis_text;
  r.analysis_links = srepo::links_to_json(in.links);
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = now;
  r.id = srepo::insert_plan(s, r);
  append(s, caller.activity("network.plan.create", "nw_plans", r.id, r.region_org_id, r.title));
  bump(s);
  return detail_of(s, caller, {*srepo::get_plan(s, r.id), *scope});
}

Result<PlanDetail> create_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, const PlanInput& in) {
  return db.write([&](soci::session& s) { return create_plan(s, caller, region_code, in); });
}

Result<PlanDetail> update_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                               const PlanInput& in) {
  return db.write([&](soci::session& s) -> Result<PlanDetail> {
    auto a = managed_plan(s, caller, id);
    if (!a) return a.error();
    if (auto st = check_plan_input(in); !st) return st.error();
    auto& r = a->plan;
    r.title = trim(in.title);
    r.year_from = in.year_from;
    r.year_to = in.year_to;
    r.vision = in.vision;
    r.analysis_text = in.analysis_text;
    r.analysis_links = srepo::links_to_json(in.links);
    r.updated_at = now_epoch();
    srepo::update_plan(s, r);
    append(s, caller.activity("network.plan.update", "nw_plans", r.id, r.region_org_id, r.title));
    bump(s);
    return detail_of(s, caller, *a);
  });
}

Result<PlanDetail> send_plan(soci::session& s, const accounts::Caller& caller, long long id,
                             const std::string& comments_until, const std::string& today) {
  auto a = managed_plan(s, caller, id, false);
  if (!a) return a.error();
  if (auto st = check_send(status_of(a->plan), comments_until, today); !st) return st.error();
  a->plan.status = std::string(to_string(SprssStatus::comments));
  a->plan.comments_until = comments_until;
  a->plan.updated_at = now_epoch();
  srepo::update_plan(s, a->plan);
  append(s, caller.activity("network.plan.send", "nw_plans", id, a->plan.region_org_id, comments_until));
  bump(s);
  return detail_of(s, caller, *a);
}

Result<PlanDetail> send_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                             const std::string& comments_until, const std::string& today) {
  return db.write([&](soci::session& s) { return send_plan(s, caller, id, comments_until, today); });
}

Result<PlanDetail> approve_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                const ApprovePlanInput& in) {
  auto a = managed_plan(s, caller, id, false);
  if (!a) return a.error();
  if (auto st = check_approve(status_of(a->plan), in.approved_on); !st) return st.error();
  if (auto st = check_line("approved_by_text", in.approved_by_text, 300, false); !st) return st.error();
  a->plan.status = std::string(to_string(SprssStatus::approved));
  a->plan.approved_on = in.approved_on;
  a->plan.approved_by_text = in.approved_by_text;
  a->plan.updated_at = now_epoch();
  srepo::update_plan(s, a->plan);
  append(s, caller.activity("network.plan.approve", "nw_plans", id, a->plan.region_org_id, in.approved_on));
  bump(s);
  return detail_of(s, caller, *a);
}

Result<PlanDetail> approve_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const ApprovePlanInput& in) {
  return db.write([&](soci::session& s) { return approve_plan(s, caller, id, in); });
}

// ---- the tree ----

namespace {

Status check_node_input(soci::session& s, const NodeInput& in) {
  for (auto st : {check_line("title", in.title, 300, true), check_text("description", in.description, 8000, false),
                  check_line("responsible", in.responsible, 300, false), check_node_code(in.code)})
    if (!st) return st;
  for (const auto& [field, catalogue, codes] : {std::tuple{"kinds", "service_kinds", &in.kinds},
                                                std::tuple{"target_groups", "target_groups", &in.target_groups},
                                                std::tuple{"territories", "territories", &in.territories}}) {
    const auto names = nrepo::catalogue_names(s, catalogue, *codes);
    for (const auto& c : *codes)
      if (!names.count(c)) return invalid(field, "field.unknown_code", {{"value", c}});
  }
  if (in.position && (*in.position < 0 || *in.position > 10000))
    return invalid("position", "field.out_of_range", {{"min", "0"}, {"max", "10000"}});
  return ok_status();
}

NodeView node_view(soci::session& s, long long plan_id, long long node_id) {
  for (auto& v : tree_of(s, plan_id, true))
    if (v.node.id == node_id) return v;
  return {};
}

void subtree(const std::vector<srepo::NodeRow>& nodes, long long root, std::vector<long long>& out) {
  out.push_back(root);
  for (const auto& n : nodes)
    if (n.parent_id == root) subtree(nodes, n.id, out);
}

struct NodeAccess {
  srepo::NodeRow node;
  PlanAccess plan;
};
Result<NodeAccess> managed_node(soci::session& s, const accounts::Caller& caller, long long node_id) {
  auto node = srepo::get_node(s, node_id);
  if (!node) return missing();
  auto a = managed_plan(s, caller, node->plan_id);
  if (!a) return a.error();
  return NodeAccess{*node, *a};
}

}  // namespace

Result<NodeView> add_node(soci::session& s, const accounts::Caller& caller, long long plan_id, const NodeInput& in) {
  auto a = managed_plan(s, caller, plan_id);
  if (!a) return a.error();
  auto level = parse_node_level(in.level);
  if (!level) return invalid("level", "field.invalid_value", {{"value", in.level}});
  std::optional<NodeLevel> parent_level;
  if (in.parent_id) {
    auto parent = srepo::get_node(s, *in.parent_id);
    if (!parent || parent->plan_id != plan_id) return invalid("parent_id", "network.not_found");
    parent_level = parse_node_level(parent->level);
  }
  if (auto st = check_node_place(*level, parent_level); !st) return st.error();
  if (auto st = check_node_input(s, in); !st) return st.error();
  srepo::NodeRow r;
  r.plan_id = plan_id;
  r.parent_id = in.parent_id;
  r.level = std::string(to_string(*level));
  r.code = in.code;
  r.title = trim(in.title);
  r.description = in.description;
  r.responsible = in.responsible;
  r.kinds = join_codes(in.kinds);
  r.target_groups = join_codes(in.target_groups);
  r.territories = join_codes(in.territories);
  r.position = in.position.value_or(srepo::next_position(s, plan_id, in.parent_id));
  r.id = srepo::insert_node(s, r);
  append(s, caller.activity("network.plan.node.create", "nw_plan_nodes", r.id, a->plan.region_org_id, r.title));
  bump(s);
  return node_view(s, plan_id, r.id);
}

Result<NodeView> add_node(kvalis::store::Database& db, const accounts::Caller& caller, long long plan_id,
                          const NodeInput& in) {
  return db.write([&](soci::session& s) { return add_node(s, caller, plan_id, in); });
}

Result<NodeView> update_node(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id,
                             const NodeInput& in) {
  return db.write([&](soci::session& s) -> Result<NodeView> {
    auto n = managed_node(s, caller, node_id);
    if (!n) return n.error();
    if (!in.level.empty() && in.level != n->node.level)
      return invalid("level", "field.invalid_value", {{"value", in.level}});
    if (in.parent_id && in.parent_id != n->node.parent_id)
      return invalid("parent_id", "field.invalid_value", {{"value", std::to_string(*in.parent_id)}});
    if (auto st = check_node_input(s, in); !st) return st.error();
    auto& r = n->node;
    r.code = in.code;
    r.title = trim(in.title);
    r.description = in.description;
    r.responsible = in.responsible;
    r.kinds = join_codes(in.kinds);
    r.target_groups = join_codes(in.target_groups);
    r.territories = join_codes(in.territories);
    if (in.position) r.position = *in.position;
    srepo::update_node(s, r);
    append(s, caller.activity("network.plan.node.update", "nw_plan_nodes", r.id, n->plan.plan.region_org_id, r.title));
    bump(s);
    return node_view(s, r.plan_id, r.id);
  });
}

Status delete_node(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id) {
  return db.write([&](soci::session& s) -> Status {
    auto n = managed_node(s, caller, node_id);
    if (!n) return n.error();
    std::vector<long long> ids;
    subtree(srepo::list_nodes(s, n->node.plan_id), node_id, ids);
    if (srepo::items_of_nodes(s, ids) > 0) return conflict("id", "network.node.in_action_plan");
    srepo::delete_node(s, node_id);
    append(s, caller.activity("network.plan.node.delete", "nw_plan_nodes", node_id, n->plan.plan.region_org_id,
                              n->node.title));
    bump(s);
    return ok_status();
  });
}

// ---- indicators ----

namespace {

// A planning indicator of a plan the caller reads in the planning module (the region: plans of organisations of
// its region).
bool planning_indicator_readable(soci::session& s, const accounts::Caller& caller, long long id) {
  const auto where = srepo::pl_indicator_plan(s, id);
  if (!where) return false;
  if (where->operational_plan_id)
    return planning::app::get_operational_plan(s, caller, *where->operational_plan_id).ok();
  if (where->strategic_plan_id)
    for (const auto& p : planning::app::list_strategic_plans(s, caller, std::nullopt))
      if (p.id == *where->strategic_plan_id) return true;
  return false;
}

Status check_indicator_input(soci::session& s, const accounts::Caller& caller, const IndicatorInput& in,
                             const srepo::PlanRow& plan) {
  auto source = parse_indicator_source(in.source);
  if (!source) return invalid("source", "field.invalid_value", {{"value", in.source}});
  if (in.direction != "higher" && in.direction != "lower")
    return invalid("direction", "field.invalid_value", {{"value", in.direction}});
  for (auto st : {check_line("name", in.name, 300, true), check_line("unit", in.unit, 50, false),
                  check_line("bm_indicator_code", in.bm_indicator_code, 100, false)})
    if (!st) return st;
  IndicatorCheck c;
  c.source = *source;
  c.has_bm_group = in.bm_group_id.has_value();
  c.bm_indicator_code = in.bm_indicator_code;
  c.has_pl_indicator = in.pl_indicator_id.has_value();
  for (const auto& y : in.years) c.years.push_back(y.year);
  if (auto st = check_indicator(c, plan.year_from, plan.year_to); !st) return st;
  if (*source == IndicatorSource::benchmark) {
    // A working group of the plan's region, and an indicator of its methodologies.
    auto group = benchmark::app::get_group(s, accounts::system_caller(), *in.bm_group_id);
    if (!group || group->group.region_org_id != plan.region_org_id)
      return invalid("bm_group_id", "network.indicator.source_unknown", {{"value", std::to_string(*in.bm_group_id)}});
    if (!benchmark_indicator_known(s, *in.bm_group_id, in.bm_indicator_code))
      return invalid("bm_indicator_code", "network.indicator.source_unknown", {{"value", in.bm_indicator_code}});
  }
  if (*source == IndicatorSource::planning && !planning_indicator_readable(s, caller, *in.pl_indicator_id))
    return invalid("pl_indicator_id", "network.indicator.source_unknown",
                   {{"value", std::to_string(*in.pl_indicator_id)}});
  return ok_status();
}

// with_planning_actuals over the years of the indicator's plan.
void with_planning_years(kvalis::store::Database& db, IndicatorView& v) {
  const auto plan = db.read([&](soci::session& s) -> std::optional<srepo::PlanRow> {
    auto id = srepo::plan_of_indicator(s, v.indicator.id);
    return id ? srepo::get_plan(s, *id) : std::nullopt;
  });
  if (plan) with_planning_actuals(db, v, plan->year_from, plan->year_to);
}

void fill(srepo::IndicatorRow& r, const IndicatorInput& in) {
  r.source = in.source;
  r.bm_group_id = in.source == "benchmark" ? in.bm_group_id : std::nullopt;
  r.bm_indicator_code = in.source == "benchmark" ? in.bm_indicator_code : "";
  r.pl_indicator_id = in.source == "planning" ? in.pl_indicator_id : std::nullopt;
  r.name = trim(in.name);
  r.unit = in.unit;
  r.direction = in.direction;
  r.baseline = in.baseline;
  r.years = in.years;
}

}  // namespace

Result<IndicatorView> add_indicator(soci::session& s, const accounts::Caller& caller, long long node_id,
                                    const IndicatorInput& in) {
  auto n = managed_node(s, caller, node_id);
  if (!n) return n.error();
  if (auto st = check_indicator_input(s, caller, in, n->plan.plan); !st) return st.error();
  srepo::IndicatorRow r;
  r.node_id = node_id;
  fill(r, in);
  for (const auto& i : srepo::list_indicators(s, n->node.plan_id))
    if (i.node_id == node_id) r.position = std::max(r.position, i.position + 1);
  r.id = srepo::insert_indicator(s, r);
  srepo::set_indicator_years(s, r.id, r.years);
  append(s, caller.activity("network.plan.indicator.create", "nw_plan_indicators", r.id, n->plan.plan.region_org_id,
                            r.name));
  bump(s);
  return indicator_view(s, *srepo::get_indicator(s, r.id), n->plan.plan.year_from, n->plan.plan.year_to, true);
}

Result<IndicatorView> add_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long node_id,
                                    const IndicatorInput& in) {
  auto v = db.write([&](soci::session& s) { return add_indicator(s, caller, node_id, in); });
  if (v) with_planning_years(db, *v);
  return v;
}

Result<IndicatorView> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                       const IndicatorInput& in) {
  auto v = db.write([&](soci::session& s) -> Result<IndicatorView> {
    auto r = srepo::get_indicator(s, id);
    if (!r) return missing();
    auto n = managed_node(s, caller, r->node_id);
    if (!n) return n.error();
    if (auto st = check_indicator_input(s, caller, in, n->plan.plan); !st) return st.error();
    fill(*r, in);
    srepo::update_indicator(s, *r);
    srepo::set_indicator_years(s, id, r->years);
    append(s, caller.activity("network.plan.indicator.update", "nw_plan_indicators", id, n->plan.plan.region_org_id,
                              r->name));
    bump(s);
    return indicator_view(s, *srepo::get_indicator(s, id), n->plan.plan.year_from, n->plan.plan.year_to, true);
  });
  if (v) with_planning_years(db, *v);
  return v;
}

// ---- comments ----

Result<std::vector<PlanCommentView>> list_plan_comments(kvalis::store::Database& db, const accounts::Caller& caller,
                                                        long long plan_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<PlanCommentView>> {
    auto a = visible_plan(s, caller, plan_id);
    if (!a) return a.error();
    const auto mine = own_orgs(caller);
    const auto filter = comment_filter(caller, a->scope.role);
    std::vector<PlanCommentView> out;
    const auto codes = codes_of(s, plan_id);
    for (auto& c : srepo::list_plan_comments(s, plan_id, filter)) {
      name_node(codes, c);
      const bool own = std::find(mine.begin(), mine.end(), c.author_org_id) != mine.end();
      out.push_back({std::move(c), own});
    }
    return out;
  });
}

Result<PlanCommentView> add_plan_comment(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                         const PlanCommentInput& in, const std::string& today) {
  auto a = visible_plan(s, caller, plan_id);
  if (!a) return a.error();
  const auto orgs = commenters(s, caller, a->scope.region.region_code);
  if (orgs.empty()) return forbidden("network.comment.not_allowed");
  long long org = orgs.front();
  if (in.organisation_id) {
    if (std::find(orgs.begin(), orgs.end(), *in.organisation_id) == orgs.end())
      return invalid("organisation_id", "network.comment.not_allowed");
    org = *in.organisation_id;
  }
  if (auto st = check_comment(status_of(a->plan), a->plan.comments_until, today, in.text); !st) {
    Error e = st.error();
    if (e.message_key == "network.plan.comments_closed") e.params = {{"value", a->plan.comments_until}};
    return e;
  }
  if (in.node_id) {
    auto node = srepo::get_node(s, *in.node_id);
    if (!node || node->plan_id != plan_id) return invalid("node_id", "network.not_found");
  }
  srepo::CommentRow r;
  r.plan_id = plan_id;
  r.node_id = in.node_id;
  r.author_user_id = caller.principal.user_id;
  r.author_org_id = org;
  r.text = in.text;
  r.created_at = now_epoch();
  r.id = srepo::insert_comment(s, r);
  append(s, caller.activity("network.plan.comment", "nw_plan_comments", r.id, org, shorten(in.text, 80)));
  bump(s);
  auto saved = *srepo::get_comment(s, r.id);
  name_node(codes_of(s, plan_id), saved);
  return PlanCommentView{saved, true};
}

Result<PlanCommentView> add_plan_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long plan_id,
                                         const PlanCommentInput& in, const std::string& today) {
  return db.write([&](soci::session& s) { return add_plan_comment(s, caller, plan_id, in, today); });
}

Result<PlanCommentView> answer_plan_comment(soci::session& s, const accounts::Caller& caller, long long id,
                                            const std::string& status, const std::string& answer) {
  auto c = srepo::get_comment(s, id);
  if (!c) return missing();
  auto a = visible_plan(s, caller, c->plan_id);
  if (!a || !region_reader(a->scope.role)) return missing();
  if (!a->scope.can_manage()) return not_allowed();
  const auto parsed = parse_plan_comment_status(status);
  if (auto st = check_answer(status_of(a->plan), parsed, answer); !st) return st.error();
  srepo::answer_plan_comment(s, id, status, trim(answer), caller.principal.user_id, now_epoch());
  append(s, caller.activity("network.plan.comment.answer", "nw_plan_comments", id, a->plan.region_org_id, status));
  bump(s);
  auto saved = *srepo::get_comment(s, id);
  name_node(codes_of(s, c->plan_id), saved);
  return PlanCommentView{saved, false};
}

Result<PlanCommentView> answer_plan_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const std::string& status, const std::string& answer) {
  return db.write([&](soci::session& s) { return answer_plan_comment(s, caller, id, status, answer); });
}

// ---- action plans ----

namespace {

ActionPlanStatus ap_status(const srepo::ActionPlanRow& a) {
  return parse_action_plan_status(a.status).value_or(ActionPlanStatus::draft);
}

ActionPlanDetail action_detail(soci::session& s, const srepo::ActionPlanRow& ap, const PlanAccess& a) {
  ActionPlanDetail d;
  d.action_plan = ap;
  d.plan = a.plan;
  d.previous = srepo::find_action_plan(s, ap.plan_id, ap.year - 1);
  std::map<long long, srepo::ItemRow> earlier;
  if (d.previous)
    for (auto& i : srepo::list_items(s, d.previous->id)) earlier[i.id] = i;
  const auto codes = codes_of(s, ap.plan_id);
  for (auto& i : srepo::list_items(s, ap.id)) {
    if (auto it = codes.find(i.node_id); it != codes.end()) i.node_code = it->second;
    ItemView v{i, std::nullopt};
    if (i.carried_from_item_id) {
      if (auto it = earlier.find(*i.carried_from_item_id); it != earlier.end()) v.carried_from = it->second;
    }
    d.items.push_back(std::move(v));
  }
  d.can_manage = a.scope.can_manage() && ap_status(ap) != ActionPlanStatus::evaluated;
  return d;
}

struct ActionAccess {
  srepo::ActionPlanRow ap;
  PlanAccess plan;
};
Result<ActionAccess> visible_action_plan(soci::session& s, const accounts::Caller& caller, long long id) {
  auto ap = srepo::get_action_plan(s, id);
  if (!ap) return missing();
  auto a = visible_plan(s, caller, ap->plan_id);
  if (!a) return a.error();
  return ActionAccess{*ap, *a};
}
Result<ActionAccess> managed_action_plan(soci::session& s, const accounts::Caller& caller, long long id) {
  auto a = visible_action_plan(s, caller, id);
  if (!a) return a.error();
  if (!a->plan.scope.can_manage()) return not_allowed();
  return a;
}

}  // namespace

Result<std::vector<srepo::ActionPlanRow>> list_action_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                            long long plan_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<srepo::ActionPlanRow>> {
    auto a = visible_plan(s, caller, plan_id);
    if (!a) return a.error();
    return srepo::list_action_plans(s, plan_id);
  });
}

Result<ActionPlanDetail> create_action_plan(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                            int year) {
  auto a = visible_plan(s, caller, plan_id);
  if (!a) return a.error();
  if (!a->scope.can_manage()) return not_allowed();
  if (auto st = check_action_plan_year(year, a->plan.year_from, a->plan.year_to); !st) return st.error();
  if (srepo::find_action_plan(s, plan_id, year)) return conflict("year", "network.action_plan.exists");
  srepo::ActionPlanRow r;
  r.plan_id = plan_id;
  r.year = year;
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = now_epoch();
  r.id = srepo::insert_action_plan(s, r);
  append(s, caller.activity("network.action_plan.create", "nw_action_plans", r.id, a->plan.region_org_id,
                            std::to_string(year)));
  bump(s);
  return action_detail(s, *srepo::get_action_plan(s, r.id), *a);
}

Result<ActionPlanDetail> create_action_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long plan_id, int year) {
  return db.write([&](soci::session& s) { return create_action_plan(s, caller, plan_id, year); });
}

Result<ActionPlanDetail> get_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<ActionPlanDetail> {
    auto a = visible_action_plan(s, caller, id);
    if (!a) return a.error();
    return action_detail(s, a->ap, a->plan);
  });
}

Result<ActionPlanDetail> update_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                            const std::vector<ItemInput>& items) {
  auto a = managed_action_plan(s, caller, id);
  if (!a) return a.error();
  if (auto st = check_action_plan_edit(ap_status(a->ap)); !st) return st.error();
  std::map<long long, srepo::NodeRow> nodes;
  for (auto& n : srepo::list_nodes(s, a->ap.plan_id)) nodes[n.id] = n;
  auto existing = srepo::list_items(s, id);
  std::set<long long> kept;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& in = items[i];
    const std::string at = "items[" + std::to_string(i) + "].";
    auto node = nodes.find(in.node_id);
    if (node == nodes.end() || (node->second.level != "measure" && node->second.level != "activity"))
      return invalid(at + "node_id", "network.action_plan.item_node");
    for (auto st : {check_text(at + "what", in.what, 4000, true),
                    check_line(at + "responsible", in.responsible, 300, false), check_date(at + "due", in.due, false)})
      if (!st) return st.error();
    if (in.budget && *in.budget < 0)
      return invalid(at + "budget", "field.out_of_range", {{"min", "0"}, {"max", "1e12"}});
    srepo::ItemRow r;
    if (in.id) {
      auto it = std::find_if(existing.begin(), existing.end(), [&](const srepo::ItemRow& x) { return x.id == *in.id; });
      if (it == existing.end() || kept.count(*in.id))
        return invalid(at + "id", "network.action_plan.item_unknown", {{"value", std::to_string(*in.id)}});
      r = *it;
      kept.insert(*in.id);
    }
    r.action_plan_id = id;
    r.node_id = in.node_id;
    r.what = in.what;
    r.responsible = in.responsible;
    r.due = in.due;
    r.budget = in.budget;
    r.position = static_cast<int>(i + 1);
    if (in.id)
      srepo::update_item(s, r);
    else
      srepo::insert_item(s, r);
  }
  for (const auto& e : existing)
    if (!kept.count(e.id)) srepo::delete_item(s, e.id);
  a->ap.updated_at = now_epoch();
  srepo::update_action_plan(s, a->ap);
  append(s, caller.activity("network.action_plan.update", "nw_action_plans", id, a->plan.plan.region_org_id,
                            std::to_string(items.size())));
  bump(s);
  return action_detail(s, *srepo::get_action_plan(s, id), a->plan);
}

Result<ActionPlanDetail> update_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const std::vector<ItemInput>& items) {
  return db.write([&](soci::session& s) { return update_action_plan(s, caller, id, items); });
}

Result<ActionPlanDetail> approve_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                             const std::string& approved_on) {
  auto a = managed_action_plan(s, caller, id);
  if (!a) return a.error();
  if (auto st = check_action_plan_approve(ap_status(a->ap), static_cast<std::size_t>(a->ap.items)); !st)
    return st.error();
  if (auto st = check_date("approved_on", approved_on, true); !st) return st.error();
  a->ap.status = std::string(to_string(ActionPlanStatus::approved));
  a->ap.approved_on = approved_on;
  a->ap.updated_at = now_epoch();
  srepo::update_action_plan(s, a->ap);
  append(s, caller.activity("network.action_plan.approve", "nw_action_plans", id, a->plan.plan.region_org_id,
                            approved_on));
  bump(s);
  return action_detail(s, *srepo::get_action_plan(s, id), a->plan);
}

Result<ActionPlanDetail> approve_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const std::string& approved_on) {
  return db.write([&](soci::session& s) { return approve_action_plan(s, caller, id, approved_on); });
}

Result<ActionPlanDetail> evaluate_action_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                              const EvaluationInput& in) {
  auto a = managed_action_plan(s, caller, id);
  if (!a) return a.error();
  const auto items = srepo::list_items(s, id);
  std::vector<long long> ids;
  for (const auto& i : items) ids.push_back(i.id);
  std::vector<ItemEvaluation> evaluation;
  for (std::size_t i = 0; i < in.items.size(); ++i) {
    auto result = parse_item_result(in.items[i].result);
    if (!result)
      return invalid("items[" + std::to_string(i) + "].result", "field.invalid_value", {{"value", in.items[i].result}});
    evaluation.push_back({in.items[i].id, *result, in.items[i].result_text});
  }
  if (auto st = check_evaluation(ap_status(a->ap), ids, evaluation); !st) return st.error();
  if (auto st = check_date("evaluated_on", in.evaluated_on, true); !st) return st.error();
  if (auto st = check_text("summary", in.summary, 8000, false); !st) return st.error();
  for (std::size_t i = 0; i < in.items.size(); ++i)
    if (auto st = check_text("items[" + std::to_string(i) + "].evidence", in.items[i].evidence, 4000, false); !st)
      return st.error();
  std::set<long long> plan_indicators;
  for (const auto& ind : srepo::list_indicators(s, a->ap.plan_id)) plan_indicators.insert(ind.id);
  for (std::size_t i = 0; i < in.indicators.size(); ++i)
    if (!plan_indicators.count(in.indicators[i].indicator_id))
      return invalid("indicators[" + std::to_string(i) + "].indicator_id", "network.not_found");
  for (const auto& e : in.items) srepo::set_item_result(s, e.id, e.result, e.result_text, e.evidence);
  for (const auto& ind : in.indicators) srepo::set_indicator_actual(s, ind.indicator_id, a->ap.year, ind.actual);
  a->ap.status = std::string(to_string(ActionPlanStatus::evaluated));
  a->ap.evaluated_on = in.evaluated_on;
  a->ap.evaluation_summary = in.summary;
  a->ap.updated_at = now_epoch();
  srepo::update_action_plan(s, a->ap);
  append(s, caller.activity("network.action_plan.evaluate", "nw_action_plans", id, a->plan.plan.region_org_id,
                            in.evaluated_on));
  bump(s);
  return action_detail(s, *srepo::get_action_plan(s, id), a->plan);
}

Result<ActionPlanDetail> evaluate_action_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                              const EvaluationInput& in) {
  return db.write([&](soci::session& s) { return evaluate_action_plan(s, caller, id, in); });
}

Result<ActionPlanDetail> carry_from_previous(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                             int year) {
  auto a = visible_plan(s, caller, plan_id);
  if (!a) return a.error();
  if (!a->scope.can_manage()) return not_allowed();
  if (auto st = check_action_plan_year(year, a->plan.year_from, a->plan.year_to); !st) return st.error();
  auto previous = srepo::find_action_plan(s, plan_id, year - 1);
  if (!previous || ap_status(*previous) != ActionPlanStatus::evaluated) {
    auto e = conflict("year", "network.action_plan.previous_missing");
    e.params = {{"value", std::to_string(year - 1)}};
    return e;
  }
  auto target = srepo::find_action_plan(s, plan_id, year);
  if (target && ap_status(*target) != ActionPlanStatus::draft)
    return conflict("status", "network.action_plan.not_draft");
  const long long now = now_epoch();
  if (!target) {
    srepo::ActionPlanRow r;
    r.plan_id = plan_id;
    r.year = year;
    r.created_by = caller.principal.user_id;
    r.created_at = r.updated_at = now;
    r.id = srepo::insert_action_plan(s, r);
    target = r;
  }
  std::vector<ActionItem> evaluated;
  for (const auto& i : srepo::list_items(s, previous->id))
    evaluated.push_back({i.id, i.node_id, i.what, i.responsible, i.due, i.budget,
                         parse_item_result(i.result).value_or(ItemResult::none), i.result_text});
  const auto current = srepo::list_items(s, target->id);
  std::vector<long long> already;
  int position = 0;
  for (const auto& i : current) {
    if (i.carried_from_item_id) already.push_back(*i.carried_from_item_id);
    position = std::max(position, i.position);
  }
  const auto carried = carry_over(evaluated, already);
  for (const auto& c : carried) {
    srepo::ItemRow r;
    r.action_plan_id = target->id;
    r.node_id = c.node_id;
    r.what = c.what;
    r.responsible = c.responsible;
    r.due = c.due;
    r.budget = c.budget;
    r.carried_from_item_id = c.carried_from;
    r.position = ++position;
    srepo::insert_item(s, r);
  }
  append(s, caller.activity("network.action_plan.carry", "nw_action_plans", target->id, a->plan.region_org_id,
                            std::to_string(carried.size())));
  bump(s);
  return action_detail(s, *srepo::get_action_plan(s, target->id), *a);
}

Result<ActionPlanDetail> carry_from_previous(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long plan_id, int year) {
  return db.write([&](soci::session& s) { return carry_from_previous(s, caller, plan_id, year); });
}

}  // namespace kvalis::network::app
