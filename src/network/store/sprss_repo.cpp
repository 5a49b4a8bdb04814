#include "network/store/sprss_repo.hpp"

#include <boost/json.hpp>

#include <map>

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::sprss_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::count_rows;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

// ---- links ----

std::string links_to_json(const std::vector<AnalysisLink>& links) {
  boost::json::array a;
  for (const auto& l : links) {
    boost::json::object o;
    o["kind"] = l.kind;
    if (l.ref_id) o["ref_id"] = *l.ref_id;
    o["label"] = l.label;
    o["url"] = l.url;
    a.push_back(std::move(o));
  }
  return boost::json::serialize(a);
}

std::vector<AnalysisLink> links_from_json(const std::string& text) {
  std::vector<AnalysisLink> out;
  if (text.empty()) return out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array()) {
    if (!item.is_object()) continue;
    const auto& o = item.as_object();
    AnalysisLink l;
    auto str = [&](const char* key) {
      auto it = o.find(key);
      return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
    };
    l.kind = str("kind");
    l.label = str("label");
    l.url = str("url");
    if (auto it = o.find("ref_id"); it != o.end() && it->value().is_int64()) l.ref_id = it->value().as_int64();
    out.push_back(std::move(l));
  }
  return out;
}

// ---- plans ----

namespace {

constexpr const char* kPlanColumns =
    "SELECT p.id, p.region_org_id, o.name, o.region_code, p.title, p.year_from, p.year_to, p.status, p.vision, "
    "p.analysis_text, p.analysis_links, p.comments_until, p.approved_on, p.approved_by_text, p.created_by, "
    "p.created_at, p.updated_at FROM nw_plans p JOIN organisations o ON o.id = p.region_org_id";

std::vector<PlanRow> load_plans(soci::session& s, const Filter& f) {
  std::vector<PlanRow> out;
  for_each_row(s, kPlanColumns + f.where() + " ORDER BY p.year_from DESC, p.id DESC", f, [&](const soci::row& r) {
    PlanRow p;
    p.id = as_ll(r, 0);
    p.region_org_id = as_ll(r, 1);
    p.region_name = as_str(r, 2);
    p.region_code = as_str(r, 3);
    p.title = as_str(r, 4);
    p.year_from = as_int(r, 5);
    p.year_to = as_int(r, 6);
    p.status = as_str(r, 7);
    p.vision = as_str(r, 8);
    p.analysis_text = as_str(r, 9);
    p.analysis_links = as_str(r, 10);
    p.comments_until = as_str(r, 11);
    p.approved_on = as_str(r, 12);
    p.approved_by_text = as_str(r, 13);
    p.created_by = as_ll(r, 14);
    p.created_at = as_ll(r, 15);
    p.updated_at = as_ll(r, 16);
    out.push_back(std::move(p));
  });
  return out;
}

}  // namespace

std::vector<PlanRow> list_plans(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("p.region_org_id = ?", {region_org_id});
  return load_plans(s, f);
}

std::optional<PlanRow> get_plan(soci::session& s, long long id) {
  Filter f;
  f.add("p.id = ?", {id});
  auto list = load_plans(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_plan(soci::session& s, const PlanRow& r) {
  long long id = 0;
  s << "INSERT INTO nw_plans (region_org_id, title, year_from, year_to, status, vision, analysis_text, "
       "analysis_links, comments_until, approved_on, approved_by_text, created_by, created_at, updated_at) VALUES "
       "(:r, :t, :yf, :yt, :s, :v, :at, :al, :cu, :ao, :ab, :cb, :ca, :ua) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.title), soci::use(r.year_from), soci::use(r.year_to), soci::use(r.status),
      soci::use(r.vision), soci::use(r.analysis_text), soci::use(r.analysis_links), soci::use(r.comments_until),
      soci::use(r.approved_on), soci::use(r.approved_by_text), soci::use(r.created_by), soci::use(r.created_at),
      soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_plan(soci::session& s, const PlanRow& r) {
  s << "UPDATE nw_plans SET title = :t, year_from = :yf, year_to = :yt, status = :s, vision = :v, "
       "analysis_text = :at, analysis_links = :al, comments_until = :cu, approved_on = :ao, approved_by_text = :ab, "
       "updated_at = :ua WHERE id = :id",
      soci::use(r.title), soci::use(r.year_from), soci::use(r.year_to), soci::use(r.status), soci::use(r.vision),
      soci::use(r.analysis_text), soci::use(r.analysis_links), soci::use(r.comments_until), soci::use(r.approved_on),
      soci::use(r.approved_by_text), soci::use(r.updated_at), soci::use(r.id);
}

// ---- nodes ----

namespace {

constexpr const char* kNodeColumns =
    "SELECT id, plan_id, parent_id, level, code, title, description, responsible, kinds, target_groups, territories, "
    "position FROM nw_plan_nodes";

std::vector<NodeRow> load_nodes(soci::session& s, const Filter& f) {
  std::vector<NodeRow> out;
  for_each_row(s, kNodeColumns + f.where() + " ORDER BY position, id", f, [&](const soci::row& r) {
    NodeRow n;
    n.id = as_ll(r, 0);
    n.plan_id = as_ll(r, 1);
    n.parent_id = as_opt_ll(r, 2);
    n.level = as_str(r, 3);
    n.code = as_str(r, 4);
    n.title = as_str(r, 5);
    n.description = as_str(r, 6);
    n.responsible = as_str(r, 7);
    n.kinds = as_str(r, 8);
    n.target_groups = as_str(r, 9);
    n.territories = as_str(r, 10);
    n.position = as_int(r, 11);
    out.push_back(std::move(n));
  });
  return out;
}

}  // namespace

std::vector<NodeRow> list_nodes(soci::session& s, long long plan_id) {
  Filter f;
  f.add("plan_id = ?", {plan_id});
  return load_nodes(s, f);
}

std::optional<NodeRow> get_node(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  auto list = load_nodes(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_node(soci::session& s, const NodeRow& r) {
  long long id = 0;
  Nullable<long long> parent(r.parent_id);
  s << "INSERT INTO nw_plan_nodes (plan_id, parent_id, level, code, title, description, responsible, kinds, "
       "target_groups, territories, position) VALUES (:p, :pa, :l, :c, :t, :d, :r, :k, :tg, :te, :po) RETURNING id",
      soci::use(r.plan_id), soci::use(parent.value, parent.ind), soci::use(r.level), soci::use(r.code),
      soci::use(r.title), soci::use(r.description), soci::use(r.responsible), soci::use(r.kinds),
      soci::use(r.target_groups), soci::use(r.territories), soci::use(r.position), soci::into(id);
  return id;
}

void update_node(soci::session& s, const NodeRow& r) {
  s << "UPDATE nw_plan_nodes SET code = :c, title = :t, description = :d, responsible = :r, kinds = :k, "
       "target_groups = :tg, territories = :te, position = :po WHERE id = :id",
      soci::use(r.code), soci::use(r.title), soci::use(r.description), soci::use(r.responsible), soci::use(r.kinds),
      soci::use(r.target_groups), soci::use(r.territories), soci::use(r.position), soci::use(r.id);
}

void delete_node(soci::session& s, long long id) {
  // children first (the subtree), so that the same holds whether or not the database cascades
  std::vector<long long> children;
  Filter f;
  f.add("parent_id = ?", {id});
  for_each_row(s, "SELECT id FROM nw_plan_nodes" + f.where(), f,
               [&](const soci::row& r) { children.push_back(as_ll(r, 0)); });
  for (long long c : children) delete_node(s, c);
  s << "DELETE FROM nw_plan_indicator_years WHERE indicator_id IN (SELECT id FROM nw_plan_indicators WHERE "
       "node_id = :n)",
      soci::use(id);
  s << "DELETE FROM nw_plan_indicators WHERE node_id = :n", soci::use(id);
  s << "UPDATE nw_plan_comments SET node_id = NULL WHERE node_id = :n", soci::use(id);
  s << "DELETE FROM nw_plan_nodes WHERE id = :n", soci::use(id);
}

int next_position(soci::session& s, long long plan_id, std::optional<long long> parent_id) {
  Filter f;
  f.add("plan_id = ?", {plan_id});
  if (parent_id)
    f.add("parent_id = ?", {*parent_id});
  else
    f.add("parent_id IS NULL");
  int out = 0;
  for_each_row(s, "SELECT COALESCE(MAX(position), 0) FROM nw_plan_nodes" + f.where(), f,
               [&](const soci::row& r) { out = as_int(r, 0); });
  return out + 1;
}

long long items_of_nodes(soci::session& s, const std::vector<long long>& node_ids) {
  if (node_ids.empty()) return 0;
  Filter f;
  f.add("node_id IN (" + placeholders(node_ids.size()) + ")", std::vector<Param>(node_ids.begin(), node_ids.end()));
  return count_rows(s, "SELECT COUNT(*) FROM nw_action_plan_items" + f.where(), f);
}

// ---- indicators ----

namespace {

constexpr const char* kIndicatorColumns =
    "SELECT i.id, i.node_id, i.source, i.bm_group_id, i.bm_indicator_code, i.pl_indicator_id, i.name, i.unit, "
    "i.direction, i.baseline, i.position FROM nw_plan_indicators i JOIN nw_plan_nodes n ON n.id = i.node_id";

std::vector<IndicatorRow> load_indicators(soci::session& s, const Filter& f) {
  std::vector<IndicatorRow> out;
  std::map<long long, std::size_t> index;
  for_each_row(s, kIndicatorColumns + f.where() + " ORDER BY i.node_id, i.position, i.id", f, [&](const soci::row& r) {
    IndicatorRow i;
    i.id = as_ll(r, 0);
    i.node_id = as_ll(r, 1);
    i.source = as_str(r, 2);
    i.bm_group_id = as_opt_ll(r, 3);
    i.bm_indicator_code = as_str(r, 4);
    i.pl_indicator_id = as_opt_ll(r, 5);
    i.name = as_str(r, 6);
    i.unit = as_str(r, 7);
    i.direction = as_str(r, 8);
    i.baseline = as_opt_double(r, 9);
    i.position = as_int(r, 10);
    index[i.id] = out.size();
    out.push_back(std::move(i));
  });
  if (out.empty()) return out;
  for_each_row(s,
               "SELECT y.indicator_id, y.year, y.target, y.actual FROM nw_plan_indicator_years y JOIN "
               "nw_plan_indicators i ON i.id = y.indicator_id JOIN nw_plan_nodes n ON n.id = i.node_id" +
                   f.where() + " ORDER BY y.indicator_id, y.year",
               f, [&](const soci::row& r) {
                 auto it = index.find(as_ll(r, 0));
                 if (it == index.end()) return;
                 out[it->second].years.push_back({as_int(r, 1), as_opt_double(r, 2), as_opt_double(r, 3)});
               });
  return out;
}

}  // namespace

std::vector<IndicatorRow> list_indicators(soci::session& s, long long plan_id) {
  Filter f;
  f.add("n.plan_id = ?", {plan_id});
  return load_indicators(s, f);
}

std::optional<IndicatorRow> get_indicator(soci::session& s, long long id) {
  Filter f;
  f.add("i.id = ?", {id});
  auto list = load_indicators(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_indicator(soci::session& s, const IndicatorRow& r) {
  long long id = 0;
  Nullable<long long> group(r.bm_group_id), pl(r.pl_indicator_id);
  Nullable<double> baseline(r.baseline);
  s << "INSERT INTO nw_plan_indicators (node_id, source, bm_group_id, bm_indicator_code, pl_indicator_id, name, unit, "
       "direction, baseline, position) VALUES (:n, :s, :g, :c, :p, :na, :u, :d, :b, :po) RETURNING id",
      soci::use(r.node_id), soci::use(r.source), soci::use(group.value, group.ind), soci::use(r.bm_indicator_code),
      soci::use(pl.value, pl.ind), soci::use(r.name), soci::use(r.unit), soci::use(r.direction),
      soci::use(baseline.value, baseline.ind), soci::use(r.position), soci::into(id);
  return id;
}

void update_indicator(soci::session& s, const IndicatorRow& r) {
  Nullable<long long> group(r.bm_group_id), pl(r.pl_indicator_id);
  Nullable<double> baseline(r.baseline);
  s << "UPDATE nw_plan_indicators SET source = :s, bm_group_id = :g, bm_indicator_code = :c, pl_indicator_id = :p, "
       "name = :na, unit = :u, direction = :d, baseline = :b WHERE id = :id",
      soci::use(r.source), soci::use(group.value, group.ind), soci::use(r.bm_indicator_code),
      soci::use(pl.value, pl.ind), soci::use(r.name), soci::use(r.unit), soci::use(r.direction),
      soci::use(baseline.value, baseline.ind), soci::use(r.id);
}

void set_indicator_years(soci::session& s, long long indicator_id, const std::vector<IndicatorYear>& years) {
  s << "DELETE FROM nw_plan_indicator_years WHERE indicator_id = :i", soci::use(indicator_id);
  for (const auto& y : years) {
    Nullable<double> target(y.target), actual(y.actual);
    s << "INSERT INTO nw_plan_indicator_years (indicator_id, year, target, actual) VALUES (:i, :y, :t, :a)",
        soci::use(indicator_id), soci::use(y.year), soci::use(target.value, target.ind),
        soci::use(actual.value, actual.ind);
  }
}

void set_indicator_actual(soci::session& s, long long indicator_id, int year, double actual) {
  s << "INSERT INTO nw_plan_indicator_years (indicator_id, year, actual) VALUES (:i, :y, :a) "
       "ON CONFLICT (indicator_id, year) DO UPDATE SET actual = excluded.actual",
      soci::use(indicator_id), soci::use(year), soci::use(actual);
}

std::optional<long long> plan_of_indicator(soci::session& s, long long indicator_id) {
  Filter f;
  f.add("i.id = ?", {indicator_id});
  std::optional<long long> out;
  for_each_row(s, "SELECT n.plan_id FROM nw_plan_indicators i JOIN nw_plan_nodes n ON n.id = i.node_id" + f.where(), f,
               [&](const soci::row& r) { out = as_ll(r, 0); });
  return out;
}

std::optional<std::string> bm_group_name(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<std::string> out;
  for_each_row(s, "SELECT name FROM bm_groups" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

std::optional<std::string> pl_indicator_name(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<std::string> out;
  for_each_row(s, "SELECT name FROM pl_indicators" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

std::optional<PlIndicatorPlan> pl_indicator_plan(soci::session& s, long long id) {
  Filter f;
  f.add("i.id = ?", {id});
  std::optional<PlIndicatorPlan> out;
  for_each_row(s,
               "SELECT g.strategic_plan_id, g.operational_plan_id FROM pl_indicators i JOIN pl_goals g ON g.id = "
               "i.goal_id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 out = PlIndicatorPlan{as_opt_ll(r, 0), as_opt_ll(r, 1)};
               });
  return out;
}

std::optional<long long> pl_indicator_goal(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<long long> out;
  for_each_row(s, "SELECT goal_id FROM pl_indicators" + f.where(), f, [&](const soci::row& r) { out = as_ll(r, 0); });
  return out;
}

// ---- comments ----

namespace {

constexpr const char* kCommentColumns =
    "SELECT c.id, c.plan_id, c.node_id, COALESCE(n.code, ''), COALESCE(n.title, ''), c.author_user_id, "
    "u.display_name, c.author_org_id, o.name, o.type, c.text, c.status, c.answer, c.answered_by, c.answered_at, "
    "c.created_at FROM nw_plan_comments c JOIN users u ON u.id = c.author_user_id JOIN organisations o ON o.id = "
    "c.author_org_id LEFT JOIN nw_plan_nodes n ON n.id = c.node_id";

std::vector<CommentRow> load_comments(soci::session& s, const Filter& f) {
  std::vector<CommentRow> out;
  for_each_row(s, kCommentColumns + f.where() + " ORDER BY c.created_at, c.id", f, [&](const soci::row& r) {
    CommentRow c;
    c.id = as_ll(r, 0);
    c.plan_id = as_ll(r, 1);
    c.node_id = as_opt_ll(r, 2);
    c.node_code = as_str(r, 3);
    c.node_title = as_str(r, 4);
    c.author_user_id = as_ll(r, 5);
    c.author_name = as_str(r, 6);
    c.author_org_id = as_ll(r, 7);
    c.author_org_name = as_str(r, 8);
    c.author_org_type = as_str(r, 9);
    c.text = as_str(r, 10);
    c.status = as_str(r, 11);
    c.answer = as_str(r, 12);
    c.answered_by = as_ll(r, 13);
    c.answered_at = as_ll(r, 14);
    c.created_at = as_ll(r, 15);
    out.push_back(std::move(c));
  });
  return out;
}

}  // namespace

std::vector<CommentRow> list_plan_comments(soci::session& s, long long plan_id,
                                           const std::optional<std::vector<long long>>& orgs) {
  Filter f;
  f.add("c.plan_id = ?", {plan_id});
  if (orgs) {
    if (orgs->empty()) return {};
    f.add("c.author_org_id IN (" + placeholders(orgs->size()) + ")", std::vector<Param>(orgs->begin(), orgs->end()));
  }
  return load_comments(s, f);
}

std::optional<CommentRow> get_comment(soci::session& s, long long id) {
  Filter f;
  f.add("c.id = ?", {id});
  auto list = load_comments(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_comment(soci::session& s, const CommentRow& r) {
  long long id = 0;
  Nullable<long long> node(r.node_id);
  s << "INSERT INTO nw_plan_comments (plan_id, node_id, author_user_id, author_org_id, text, status, created_at) "
       "VALUES (:p, :n, :u, :o, :t, 'open', :c) RETURNING id",
      soci::use(r.plan_id), soci::use(node.value, node.ind), soci::use(r.author_user_id), soci::use(r.author_org_id),
      soci::use(r.text), soci::use(r.created_at), soci::into(id);
  return id;
}

void answer_plan_comment(soci::session& s, long long id, const std::string& status, const std::string& answer,
                         long long by, long long at) {
  s << "UPDATE nw_plan_comments SET status = :s, answer = :a, answered_by = :b, answered_at = :t WHERE id = :id",
      soci::use(status), soci::use(answer), soci::use(by), soci::use(at), soci::use(id);
}

CommentCounts count_comments(soci::session& s, long long plan_id, const std::optional<std::vector<long long>>& orgs) {
  Filter f;
  f.add("plan_id = ?", {plan_id});
  CommentCounts c;
  if (orgs) {
    if (orgs->empty()) return c;
    f.add("author_org_id IN (" + placeholders(orgs->size()) + ")", std::vector<Param>(orgs->begin(), orgs->end()));
  }
  for_each_row(s,
               "SELECT COUNT(*), COALESCE(SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), 0) FROM nw_plan_comments" +
                   f.where(),
               f, [&](const soci::row& r) {
                 c.total = as_int(r, 0);
                 c.open = as_int(r, 1);
               });
  return c;
}

// ---- action plans ----

namespace {

constexpr const char* kActionPlanColumns =
    "SELECT a.id, a.plan_id, a.year, a.status, a.approved_on, a.evaluated_on, a.evaluation_summary, a.created_by, "
    "a.created_at, a.updated_at, (SELECT COUNT(*) FROM nw_action_plan_items i WHERE i.action_plan_id = a.id) "
    "FROM nw_action_plans a";

std::vector<ActionPlanRow> load_action_plans(soci::session& s, const Filter& f) {
  std::vector<ActionPlanRow> out;
  for_each_row(s, kActionPlanColumns + f.where() + " ORDER BY a.year, a.id", f, [&](const soci::row& r) {
    ActionPlanRow a;
    a.id = as_ll(r, 0);
    a.plan_id = as_ll(r, 1);
    a.year = as_int(r, 2);
    a.status = as_str(r, 3);
    a.approved_on = as_str(r, 4);
    a.evaluated_on = as_str(r, 5);
    a.evaluation_summary = as_str(r, 6);
    a.created_by = as_ll(r, 7);
    a.created_at = as_ll(r, 8);
    a.updated_at = as_ll(r, 9);
    a.items = as_int(r, 10);
    out.push_back(std::move(a));
  });
  return out;
}

}  // namespace

std::vector<ActionPlanRow> list_action_plans(soci::session& s, long long plan_id) {
  Filter f;
  f.add("a.plan_id = ?", {plan_id});
  return load_action_plans(s, f);
}

std::optional<ActionPlanRow> get_action_plan(soci::session& s, long long id) {
  Filter f;
  f.add("a.id = ?", {id});
  auto list = load_action_plans(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

std::optional<ActionPlanRow> find_action_plan(soci::session& s, long long plan_id, int year) {
  Filter f;
  f.add("a.plan_id = ?", {plan_id}).add("a.year = ?", {static_cast<long long>(year)});
  auto list = load_action_plans(s, f);
  if (list.empty()) return std::nullopt;
  return list.front();
}

long long insert_action_plan(soci::session& s, const ActionPlanRow& r) {
  long long id = 0;
  s << "INSERT INTO nw_action_plans (plan_id, year, status, approved_on, evaluated_on, evaluation_summary, "
       "created_by, created_at, updated_at) VALUES (:p, :y, :s, :ao, :eo, :es, :cb, :ca, :ua) RETURNING id",
      soci::use(r.plan_id), soci::use(r.year), soci::use(r.status), soci::use(r.approved_on), soci::use(r.evaluated_on),
      soci::use(r.evaluation_summary), soci::use(r.created_by), soci::use(r.created_at), soci::use(r.updated_at),
      soci::into(id);
  return id;
}

void update_action_plan(soci::session& s, const ActionPlanRow& r) {
  s << "UPDATE nw_action_plans SET status = :s, approved_on = :ao, evaluated_on = :eo, evaluation_summary = :es, "
       "updated_at = :ua WHERE id = :id",
      soci::use(r.status), soci::use(r.approved_on), soci::use(r.evaluated_on), soci::use(r.evaluation_summary),
      soci::use(r.updated_at), soci::use(r.id);
}

std::vector<ItemRow> list_items(soci::session& s, long long action_plan_id) {
  Filter f;
  f.add("i.action_plan_id = ?", {action_plan_id});
  std::vector<ItemRow> out;
  for_each_row(s,
               "SELECT i.id, i.action_plan_id, i.node_id, n.code, n.title, n.level, i.what, i.responsible, i.due, "
               "i.budget, i.result, i.result_text, i.evidence, i.carried_from_item_id, i.position FROM "
               "nw_action_plan_items i JOIN nw_plan_nodes n ON n.id = i.node_id" +
                   f.where() + " ORDER BY i.position, i.id",
               f, [&](const soci::row& r) {
                 ItemRow i;
                 i.id = as_ll(r, 0);
                 i.action_plan_id = as_ll(r, 1);
                 i.node_id = as_ll(r, 2);
                 i.node_code = as_str(r, 3);
                 i.node_title = as_str(r, 4);
                 i.node_level = as_str(r, 5);
                 i.what = as_str(r, 6);
                 i.responsible = as_str(r, 7);
                 i.due = as_str(r, 8);
                 i.budget = as_opt_double(r, 9);
                 i.result = as_str(r, 10);
                 i.result_text = as_str(r, 11);
                 i.evidence = as_str(r, 12);
                 i.carried_from_item_id = as_opt_ll(r, 13);
                 i.position = as_int(r, 14);
                 out.push_back(std::move(i));
               });
  return out;
}

long long insert_item(soci::session& s, const ItemRow& r) {
  long long id = 0;
  Nullable<double> budget(r.budget);
  Nullable<long long> carried(r.carried_from_item_id);
  s << "INSERT INTO nw_action_plan_items (action_plan_id, node_id, what, responsible, due, budget, result, "
       "result_text, evidence, carried_from_item_id, position) VALUES (:a, :n, :w, :r, :d, :b, :re, :rt, :e, :c, :p) "
       "RETURNING id",
      soci::use(r.action_plan_id), soci::use(r.node_id), soci::use(r.what), soci::use(r.responsible), soci::use(r.due),
      soci::use(budget.value, budget.ind), soci::use(r.result), soci::use(r.result_text), soci::use(r.evidence),
      soci::use(carried.value, carried.ind), soci::use(r.position), soci::into(id);
  return id;
}

void update_item(soci::session& s, const ItemRow& r) {
  Nullable<double> budget(r.budget);
  s << "UPDATE nw_action_plan_items SET node_id = :n, what = :w, responsible = :r, due = :d, budget = :b, "
       "position = :p WHERE id = :id",
      soci::use(r.node_id), soci::use(r.what), soci::use(r.responsible), soci::use(r.due),
      soci::use(budget.value, budget.ind), soci::use(r.position), soci::use(r.id);
}

void set_item_result(soci::session& s, long long id, const std::string& result, const std::string& result_text,
                     const std::string& evidence) {
  s << "UPDATE nw_action_plan_items SET result = :r, result_text = :t, evidence = :e WHERE id = :id", soci::use(result),
      soci::use(result_text), soci::use(evidence), soci::use(id);
}

void delete_item(soci::session& s, long long id) {
  s << "DELETE FROM nw_action_plan_items WHERE id = :id", soci::use(id);
}

}  // namespace kvalis::network::store::sprss_repo
