#include "network/app/dev_plans.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "network/app/cards.hpp"
#include "network/core/portal.hpp"
#include "network/core/sprss_plan.hpp"
#include "network/store/sprss_repo.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {
namespace {

using accounts::OrganisationType;
using accounts::Principal;
using accounts::Role;

const Error kNotFound = not_found("network.not_found");

// ---- who the caller is towards a plan ----

DevActor actor_for(const Principal& p, long long region_org_id, long long provider_org_id) {
  if (p.platform_admin) return DevActor::region_manager;
  DevActor best = DevActor::other;
  auto rank = [](DevActor a) {
    switch (a) {
      case DevActor::region_manager:
        return 4;
      case DevActor::region_reader:
        return 3;
      case DevActor::provider_editor:
        return 2;
      case DevActor::provider_reader:
        return 1;
      case DevActor::other:
        return 0;
    }
    return 0;
  };
  auto keep = [&](DevActor a) {
    if (rank(a) > rank(best)) best = a;
  };
  for (const auto& m : p.memberships) {
    if (m.role == Role::evaluator) continue;
    if (m.organisation_id == region_org_id)
      keep(m.role == Role::admin || m.role == Role::manager ? DevActor::region_manager : DevActor::region_reader);
    if (m.organisation_id == provider_org_id)
      keep(m.role == Role::admin || m.role == Role::manager || m.role == Role::worker ? DevActor::provider_editor
                                                                                      : DevActor::provider_reader);
  }
  return best;
}

std::vector<long long> provider_orgs(const Principal& p) {
  std::vector<long long> out;
  for (const auto& m : p.memberships)
    if (m.organisation_type == OrganisationType::provider && m.role != Role::evaluator)
      out.push_back(m.organisation_id);
  return out;
}

struct Loaded {
  devrepo::PlanRow plan;
  DevActor actor = DevActor::other;
  DevPlanFacts facts;
};

DevPlanFacts facts_of(soci::session& s, const devrepo::PlanRow& p) {
  DevPlanFacts f;
  f.intentions = static_cast<int>(devrepo::intentions(s, p.id).size());
  f.ever_submitted = p.submitted_at > 0;
  auto e = devrepo::evaluation(s, p.id);
  f.evaluated = e && e->total_score.has_value();
  return f;
}

// A plan the caller may see (an unknown plan and one the caller may not see are both not found).
Result<Loaded> readable(soci::session& s, const Principal& p, long long id) {
  auto plan = devrepo::get_plan(s, id);
  if (!plan) return kNotFound;
  Loaded l{*plan, actor_for(p, plan->region_org_id, plan->provider_org_id), facts_of(s, *plan)};
  if (auto st = dev_action_allowed(l.plan.status, DevAction::read, l.actor, l.facts); !st) return st.error();
  return l;
}

Result<Loaded> allowed(soci::session& s, const Principal& p, long long id, DevAction action) {
  auto l = readable(s, p, id);
  if (!l) return l.error();
  if (auto st = dev_action_allowed(l->plan.status, action, l->actor, l->facts); !st) return st.error();
  return l;
}

void changed(soci::session& s, const accounts::Caller& caller, const std::string& action, const devrepo::PlanRow& p,
             const std::string& detail) {
  kvalis::store::activity_log::append(s, caller.activity(action, "nw_dev_plan", p.id, p.region_org_id, detail));
  kvalis::store::data_versions::bump(s, "network");
}

std::vector<IntentionMoney> money_of(const std::vector<devrepo::IntentionRow>& rows) {
  std::vector<IntentionMoney> out;
  for (const auto& i : rows) out.push_back({i.id, i.decision, i.costs});
  return out;
}

// The SPRSS code of each linked node as the plan shows it: a node without a code of its own is numbered from
// its place in the tree (network/core/sprss_plan.hpp node_codes).
void fill_node_codes(soci::session& s, std::vector<devrepo::IntentionRow>& intentions) {
  std::map<long long, std::map<long long, std::string>> codes_of_plan;  // plan → node → code
  for (auto& i : intentions) {
    if (!i.plan_node_id || !i.plan_node_code.empty()) continue;
    const auto node = store::sprss_repo::get_node(s, *i.plan_node_id);
    if (!node) continue;
    auto it = codes_of_plan.find(node->plan_id);
    if (it == codes_of_plan.end()) {
      const auto rows = store::sprss_repo::list_nodes(s, node->plan_id);
      std::vector<TreeNode> tree;
      for (const auto& n : rows)
        tree.push_back(
            {n.id, n.parent_id, parse_node_level(n.level).value_or(NodeLevel::priority), n.code, n.position});
      const auto codes = node_codes(tree);
      std::map<long long, std::string> by_id;
      for (std::size_t k = 0; k < rows.size() && k < codes.size(); ++k) by_id[rows[k].id] = codes[k];
      it = codes_of_plan.emplace(node->plan_id, std::move(by_id)).first;
    }
    if (auto c = it->second.find(*i.plan_node_id); c != it->second.end()) i.plan_node_code = c->second;
  }
}

DevPlanDetail detail_of(soci::session& s, const Loaded& l) {
  DevPlanDetail d;
  d.plan = l.plan;
  d.actor = l.actor;
  d.intentions = devrepo::intentions(s, l.plan.id);
  fill_node_codes(s, d.intentions);
  const auto money = money_of(d.intentions);
  d.costs = plan_demand(money, l.plan.year_from, l.plan.year_to, false);
  if (l.plan.status == DevPlanStatus::decided) d.demand = plan_demand(money, l.plan.year_from, l.plan.year_to, true);
  if (dev_action_allowed(l.plan.status, DevAction::read_evaluation, l.actor, l.facts)) {
    if (auto e = devrepo::evaluation(s, l.plan.id)) {
      EvaluationView v;
      v.total_score = e->total_score;
      v.decision = e->decision;
      v.decision_reason = e->decision_reason;
      v.decided_on = e->decided_on;
      v.effect_note = e->effect_note;
      v.evaluated_at = e->evaluated_at;
      v.decided_at = e->decided_at;
      std::map<long long, devrepo::ScoreRow> scores;
      for (const auto& sc : e->scores) scores[sc.criterion_id] = sc;
      for (const auto& c : devrepo::criteria(s, l.plan.region_org_id, false)) {
        auto it = scores.find(c.id);
        if (!c.active && it == scores.end()) continue;
        v.scores.push_back({c, it == scores.end() ? std::nullopt : std::optional<devrepo::ScoreRow>(it->second)});
      }
      d.evaluation = std::move(v);
    } else if (l.actor == DevActor::region_manager || l.actor == DevActor::region_reader) {
      EvaluationView v;  // the criteria to score, none scored yet
      for (const auto& c : devrepo::criteria(s, l.plan.region_org_id, true)) v.scores.push_back({c, std::nullopt});
      d.evaluation = std::move(v);
    }
  }
  d.effect.recorded = devrepo::decisions_of_plan(s, l.plan.id);
  d.allowed = allowed_dev_actions(l.plan.status, l.actor, l.facts);
  return d;
}

Result<DevPlanDetail> reload(soci::session& s, const Principal& p, long long id) {
  auto l = readable(s, p, id);
  if (!l) return l.error();
  return detail_of(s, *l);
}

// ---- input checks ----

Status check_header(const std::string& title, const std::string& summary) {
  if (auto st = check_line("title", title, 300, true); !st) return st;
  return check_text("summary", summary, 8000, false);
}

Result<std::vector<devrepo::IntentionRow>> intentions_of(soci::session& s, const devrepo::PlanRow& plan,
                                                         const std::vector<IntentionInput>& list) {
  std::vector<devrepo::IntentionRow> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& in = list[i];
    const std::string field = "intentions[" + std::to_string(i) + "]";
    devrepo::IntentionRow row;
    auto type = parse_intention_type(in.type);
    if (!type) return invalid(field + ".type", "network.dev.type_unknown", {{"value", in.type}});
    row.type = *type;
    if (auto st = check_text(field + ".description", in.description, 4000, true); !st) return st.error();
    if (auto st = check_text(field + ".answers_text", in.answers_text, 4000, false); !st) return st.error();
    if (auto st = check_line(field + ".capacity_unit", in.capacity_unit, 40, false); !st) return st.error();
    row.description = in.description;
    row.capacity_delta = in.capacity_delta;
    row.capacity_unit = in.capacity_unit;
    row.form_code = in.form_code;
    row.territory_code = in.territory_code;
    row.fte_delta = in.fte_delta;
    row.from_year = in.from_year;
    row.need_area_id = in.need_area_id;
    row.finding_id = in.finding_id;
    row.plan_node_id = in.plan_node_id;
    row.answers_text = in.answers_text;
    IntentionFacts f;
    f.type = row.type;
    f.description = in.description;
    f.capacity_delta = in.capacity_delta;
    f.capacity_unit = in.capacity_unit;
    f.form_code = in.form_code;
    f.territory_code = in.territory_code;
    f.fte_delta = in.fte_delta;
    f.from_year = in.from_year;
    f.answers_something =
        in.need_area_id || in.finding_id || in.answers_text.find_first_not_of(" \t\r\n") != std::string::npos;
    for (std::size_t c = 0; c < in.costs.size(); ++c) {
      auto category = parse_dev_cost_category(in.costs[c].category);
      if (!category)
        return invalid(field + ".costs[" + std::to_string(c) + "].category", "network.dev.category_unknown",
                       {{"value", in.costs[c].category}});
      f.costs.push_back({in.costs[c].year, *category, in.costs[c].amount});
    }
    if (auto st = check_intention(field, f, plan.year_from, plan.year_to); !st) return st.error();
    row.costs = f.costs;
    if (in.need_area_id && !devrepo::need_area_of_region(s, *in.need_area_id, plan.region_org_id))
      return invalid(field + ".need_area_id", "network.dev.need_unknown",
                     {{"value", std::to_string(*in.need_area_id)}});
    if (in.finding_id && !devrepo::finding_of_service(s, *in.finding_id, plan.service_id))
      return invalid(field + ".finding_id", "network.dev.finding_unknown", {{"value", std::to_string(*in.finding_id)}});
    if (in.plan_node_id && !devrepo::plan_node_of_region(s, *in.plan_node_id, plan.region_org_id))
      return invalid(field + ".plan_node_id", "network.dev.node_unknown",
                     {{"value", std::to_string(*in.plan_node_id)}});
    if (!in.form_code.empty() && !devrepo::catalogue_has(s, "service_forms", in.form_code))
      return invalid(field + ".form_code", "network.dev.form_unknown", {{"value", in.form_code}});
    if (!in.territory_code.empty() && !devrepo::catalogue_has(s, "territories", in.territory_code))
      return invalid(field + ".territory_code", "network.dev.territory_unknown", {{"value", in.territory_code}});
    out.push_back(std::move(row));
  }
  return out;
}

Status check_criterion_input(const CriterionInput& in) {
  if (auto st = check_line("code", in.code, 40, true); !st) return st;
  if (auto st = check_line("name_cs", in.name_cs, 300, true); !st) return st;
  if (auto st = check_line("name_en", in.name_en, 300, false); !st) return st;
  if (auto st = check_text("description", in.description, 4000, false); !st) return st;
  if (in.evidence != "" && in.evidence != "coverage" && in.evidence != "benchmark" && in.evidence != "audit")
    return invalid("evidence", "network.dev.evidence_unknown");
  return check_criterion(in.code, in.weight, in.scale_max);
}

Result<RegionRef> managed_region(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  auto region = region_of(s, caller, region_code);
  if (!region) return region.error();
  if (!manages_region(caller, *region)) return forbidden("network.region.required");
  return region;
}

}  // namespace

// ---- criteria ----

Result<CriteriaList> list_dev_criteria(kvalis::store::Database& db, const accounts::Caller& caller,
                                       const std::string& region_code) {
  return db.read([&](soci::session& s) -> Result<CriteriaList> {
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    const bool staff = region_staff(caller, *region);
    bool provider = false;
    if (!staff)
      for (long long org : provider_orgs(caller.principal))
        for (const auto& p : devrepo::list_plans(s, {region->org_id, {org}, std::nullopt, std::nullopt, false}))
          provider = provider || p.provider_org_id == org;
    // A provider reads the criteria of a region it has plans in or whose services it runs.
    if (!staff && !provider) {
      for (const auto& m : caller.principal.memberships)
        provider =
            provider || (m.organisation_type == OrganisationType::provider && m.region_code == region->region_code);
    }
    if (!staff && !provider) return forbidden("network.region.required");
    return CriteriaList{region->org_id, region->name, manages_region(caller, *region),
                        devrepo::criteria(s, region->org_id, !staff)};
  });
}

namespace in_session {

Result<devrepo::CriterionRow> create_dev_criterion(soci::session& s, const accounts::Caller& caller,
                                                   long long region_org_id, const CriterionInput& in) {
  if (auto st = check_criterion_input(in); !st) return st.error();
  if (devrepo::criterion_by_code(s, region_org_id, in.code))
    return Error{ErrorCode::conflict, "code", "network.dev.criterion_code_taken", {{"value", in.code}}};
  devrepo::CriterionRow c{0,           region_org_id, in.code,      in.name_cs, in.name_en, in.description,
                          in.evidence, in.weight,     in.scale_max, 0,          in.active};
  c.position = in.position.value_or(static_cast<int>(devrepo::criteria(s, region_org_id, false).size()) + 1);
  c.id = devrepo::insert_criterion(s, c);
  kvalis::store::activity_log::append(
      s, caller.activity("network.dev.criterion.create", "nw_dev_criterion", c.id, region_org_id, c.code));
  kvalis::store::data_versions::bump(s, "network");
  return c;
}

}  // namespace in_session

Result<devrepo::CriterionRow> create_dev_criterion(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const std::string& region_code, const CriterionInput& in) {
  return db.write([&](soci::session& s) -> Result<devrepo::CriterionRow> {
    auto region = managed_region(s, caller, region_code);
    if (!region) return region.error();
    return in_session::create_dev_criterion(s, caller, region->org_id, in);
  });
}

Result<devrepo::CriterionRow> update_dev_criterion(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   long long id, const CriterionInput& in) {
  return db.write([&](soci::session& s) -> Result<devrepo::CriterionRow> {
    auto c = devrepo::get_criterion(s, id);
    if (!c) return kNotFound;
    // Criteria are no secret (providers read them): anyone but the region's managers is refused alike.
    if (!manages_region(caller, RegionRef{c->region_org_id, "", ""})) return forbidden("network.region.required");
    if (auto st = check_criterion_input(in); !st) return st.error();
    if (auto other = devrepo::criterion_by_code(s, c->region_org_id, in.code); other && *other != id)
      return Error{ErrorCode::conflict, "code", "network.dev.criterion_code_taken", {{"value", in.code}}};
    devrepo::CriterionRow row{id,           c->region_org_id,
                              in.code,      in.name_cs,
                              in.name_en,   in.description,
                              in.evidence,  in.weight,
                              in.scale_max, in.position.value_or(c->position),
                              in.active};
    devrepo::update_criterion(s, row);
    kvalis::store::activity_log::append(
        s, caller.activity("network.dev.criterion.update", "nw_dev_criterion", id, c->region_org_id, row.code));
    kvalis::store::data_versions::bump(s, "network");
    return row;
  });
}

// ---- plans ----

Result<std::vector<DevPlanSummary>> list_dev_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const DevPlanQuery& q) {
  return db.read([&](soci::session& s) -> Result<std::vector<DevPlanSummary>> {
    devrepo::PlanFilter f;
    f.status = q.status;
    f.service_id = q.service_id;
    const auto own = provider_orgs(caller.principal);
    bool staff = false;
    auto region = reading_region(s, caller, q.region_code);
    if (region && region_staff(caller, *region)) {
      staff = true;
      f.region_org_id = region->org_id;
      f.submitted_only = true;
    } else if (!q.region_code.empty() && !region) {
      return region.error();
    } else {
      if (own.empty()) return std::vector<DevPlanSummary>{};
      f.provider_ids = own;
      if (!q.region_code.empty()) f.region_org_id = region->org_id;
    }
    std::vector<DevPlanSummary> out;
    for (auto& p : devrepo::list_plans(s, f)) {
      // A region member who also runs a provider sees its own drafts too; others' drafts stay hidden.
      const DevActor actor = actor_for(caller.principal, p.region_org_id, p.provider_org_id);
      const DevPlanFacts facts{1, p.submitted_at > 0, p.score.has_value()};
      if (!dev_action_allowed(p.status, DevAction::read, actor, facts)) continue;
      const bool visible = static_cast<bool>(dev_action_allowed(p.status, DevAction::read_evaluation, actor, facts));
      out.push_back({std::move(p), visible});
    }
    if (staff && !own.empty()) {
      // The caller's own providers' drafts in the region (never submitted) as well.
      devrepo::PlanFilter mine = f;
      mine.submitted_only = false;
      mine.provider_ids = own;
      for (auto& p : devrepo::list_plans(s, mine))
        if (p.submitted_at == 0) out.push_back({std::move(p), false});
    }
    return out;
  });
}

namespace in_session {

Result<DevPlanDetail> get_dev_plan(soci::session& s, const accounts::Caller& caller, long long id) {
  return reload(s, caller.principal, id);
}

std::optional<long long> find_dev_plan(soci::session& s, long long service_id, int year_from) {
  devrepo::PlanFilter f;
  f.service_id = service_id;
  for (const auto& p : devrepo::list_plans(s, f))
    if (p.year_from == year_from) return p.id;
  return std::nullopt;
}

Result<DevPlanDetail> create_dev_plan(soci::session& s, const accounts::Caller& caller, const DevPlanInput& in,
                                      long long now) {
  auto sv = devrepo::service(s, in.service_id);
  auto region = sv ? devrepo::region_org_of(s, sv->region_code) : std::nullopt;
  const DevActor actor = sv ? actor_for(caller.principal, region.value_or(0), sv->provider_id) : DevActor::other;
  // Someone who may not even see the service learns nothing about it; the region's staff and the provider's
  // readers see it but write no plan.
  if (actor == DevActor::other) return invalid("service_id", "network.dev.service_unknown");
  if (actor != DevActor::provider_editor && !caller.principal.platform_admin)
    return forbidden("network.dev.provider_required");
  if (!sv->active) return invalid("service_id", "network.dev.service_inactive");
  if (!region) return invalid("service_id", "network.dev.service_without_region");
  if (auto st = check_dev_plan_years(in.year_from, in.year_to); !st) return st.error();
  if (auto st = check_header(in.title, in.summary); !st) return st.error();
  if (devrepo::overlapping_plan(s, sv->id, in.year_from, in.year_to, 0))
    return Error{ErrorCode::conflict, "year_from", "network.dev.plan_overlaps", {}};
  devrepo::PlanRow p;
  p.region_org_id = *region;
  p.service_id = sv->id;
  p.provider_org_id = sv->provider_id;
  p.year_from = in.year_from;
  p.year_to = in.year_to;
  p.title = in.title;
  p.summary = in.summary;
  p.created_by = caller.principal.user_id;
  p.id = devrepo::insert_plan(s, p, now);
  changed(s, caller, "network.dev.create", p, sv->name);
  return reload(s, caller.principal, p.id);
}

Result<DevPlanDetail> update_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                      const DevPlanChange& in, long long now) {
  auto l = allowed(s, caller.principal, id, DevAction::edit);
  if (!l) return l.error();
  const std::string title = in.title.value_or(l->plan.title), summary = in.summary.value_or(l->plan.summary);
  if (auto st = check_header(title, summary); !st) return st.error();
  if (in.intentions) {
    auto rows = intentions_of(s, l->plan, *in.intentions);
    if (!rows) return rows.error();
    devrepo::replace_intentions(s, id, *rows);
  }
  devrepo::update_plan(s, id, title, summary, now);
  changed(s, caller, "network.dev.update", l->plan, title);
  return reload(s, caller.principal, id);
}

Result<DevPlanDetail> submit_dev_plan(soci::session& s, const accounts::Caller& caller, long long id, long long now) {
  auto l = allowed(s, caller.principal, id, DevAction::submit);
  if (!l) return l.error();
  devrepo::set_submitted(s, id, caller.principal.user_id, now);
  changed(s, caller, "network.dev.submit", l->plan, l->plan.title);
  return reload(s, caller.principal, id);
}

Result<DevPlanDetail> evaluate_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                        const std::vector<ScoreInput>& scores, long long now) {
  auto l = allowed(s, caller.principal, id, DevAction::evaluate);
  if (!l) return l.error();
  std::vector<Criterion> criteria;
  for (const auto& c : devrepo::criteria(s, l->plan.region_org_id, true))
    criteria.push_back({c.id, c.code, c.weight, c.scale_max});
  std::vector<CriterionScore> given;
  std::vector<devrepo::ScoreRow> rows;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (auto st = check_text("scores[" + std::to_string(i) + "].reason", scores[i].reason, 4000, true); !st)
      return st.error();
    given.push_back({scores[i].criterion_id, scores[i].score, scores[i].reason});
    rows.push_back({scores[i].criterion_id, scores[i].score, scores[i].reason});
  }
  auto total = weighted_score(criteria, given);
  if (!total) return total.error();
  devrepo::save_evaluation(s, id, *total, rows, caller.principal.user_id, now);
  devrepo::set_status(s, id, DevPlanStatus::evaluated, now);
  changed(s, caller, "network.dev.evaluate", l->plan, std::to_string(*total));
  return reload(s, caller.principal, id);
}

Result<DevPlanDetail> decide_dev_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                      const DevDecisionInput& in, long long now) {
  auto l = allowed(s, caller.principal, id, DevAction::decide);
  if (!l) return l.error();
  auto decision = parse_dev_decision(in.decision);
  if (!decision) return invalid("decision", "network.dev.decision_unknown");
  if (auto st = check_date("decided_on", in.decided_on, true); !st) return st.error();
  if (auto st = check_text("reason", in.reason, 4000, false); !st) return st.error();
  if (auto st = check_line("decided_by_text", in.decided_by_text, 300, false); !st) return st.error();
  auto intentions = devrepo::intentions(s, id);
  std::vector<long long> ids;
  for (const auto& i : intentions) ids.push_back(i.id);
  auto choices = decide_intentions(*decision, ids, in.intentions, in.reason);
  if (!choices) return choices.error();
  for (std::size_t i = 0; i < intentions.size(); ++i) {
    intentions[i].decision = (*choices)[i].decision;
    devrepo::set_intention_decision(s, intentions[i].id, intentions[i].decision);
  }

  // The effect on the network: supported capacity intentions become proposed decisions of the year they start.
  std::vector<CapacityIntention> capacity;
  std::map<int, NetworkYearFacts> years;
  std::map<int, long long> year_ids;
  for (const auto& i : intentions) {
    if (i.type != IntentionType::capacity || i.decision != IntentionDecision::support || !i.capacity_delta) continue;
    capacity.push_back({i.id, i.from_year, *i.capacity_delta, i.capacity_unit});
    if (years.count(i.from_year)) continue;
    NetworkYearFacts f;
    if (auto y = devrepo::network_year(s, l->plan.region_org_id, i.from_year)) {
      f.exists = true;
      f.draft = y->draft;
      year_ids[i.from_year] = y->id;
      if (auto e = devrepo::network_entry(s, y->id, l->plan.service_id)) {
        f.in_network = true;
        f.capacity = e->capacity;
        f.capacity_unit = e->capacity_unit;
      }
    }
    years[i.from_year] = f;
  }
  const auto proposed = network_effect(capacity, years);
  std::string effect;
  for (const auto& p : proposed) {
    std::string key = "network.dev.effect_" + std::string(to_string(p.outcome));
    std::vector<std::pair<std::string, std::string>> params = {
        {"year", std::to_string(p.year)},
        {"kind", std::string(network_decision_name(p.kind))},
        {"after", capacity_words(p.capacity_after, p.capacity_unit, false)}};
    effect += (effect.empty() ? "" : "\n") + translate(key, Lang::cs, params);
    if (p.outcome != EffectOutcome::proposed) continue;
    devrepo::NetworkDecision d;
    d.region_org_id = l->plan.region_org_id;
    d.network_year_id = year_ids[p.year];
    d.service_id = l->plan.service_id;
    d.kind = p.kind;
    d.decided_on = in.decided_on;
    d.reason = "Rozvojový plán „" + l->plan.title + "“: " + std::string(decision_name(*decision)) +
               (in.reason.empty() ? "" : ". " + in.reason);
    d.decided_by_text = in.decided_by_text;
    d.capacity_before = p.capacity_before;
    d.capacity_after = p.capacity_after;
    d.capacity_unit = p.capacity_unit;
    d.dev_intention_id = p.intention_id;
    devrepo::record_network_decision(s, d, caller.principal.user_id, now);
  }
  devrepo::save_decision(s, id, *decision, in.reason, in.decided_on, effect, caller.principal.user_id, now);
  devrepo::set_status(s, id, DevPlanStatus::decided, now);
  changed(s, caller, "network.dev.decide", l->plan, std::string(to_string(*decision)));
  auto out = reload(s, caller.principal, id);
  if (out) out->effect.proposed = proposed;
  return out;
}

}  // namespace in_session

Result<DevPlanDetail> create_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                      const DevPlanInput& in) {
  return db.write(
      [&](soci::session& s) { return in_session::create_dev_plan(s, caller, in, kvalis::store::now_epoch()); });
}

Result<DevPlanDetail> get_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) { return reload(s, caller.principal, id); });
}

Result<DevPlanDetail> update_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const DevPlanChange& in) {
  return db.write(
      [&](soci::session& s) { return in_session::update_dev_plan(s, caller, id, in, kvalis::store::now_epoch()); });
}

Result<DevPlanDetail> submit_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write(
      [&](soci::session& s) { return in_session::submit_dev_plan(s, caller, id, kvalis::store::now_epoch()); });
}

Result<DevPlanDetail> return_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const std::string& note) {
  return db.write([&](soci::session& s) -> Result<DevPlanDetail> {
    auto l = allowed(s, caller.principal, id, DevAction::return_);
    if (!l) return l.error();
    if (auto st = check_text("note", note, 4000, true); !st) return st.error();
    const long long now = kvalis::store::now_epoch();
    devrepo::set_region_note(s, id, note, now);
    devrepo::set_status(s, id, DevPlanStatus::draft, now);
    changed(s, caller, "network.dev.return", l->plan, note);
    return reload(s, caller.principal, id);
  });
}

Result<DevPlanDetail> evaluate_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                        const std::vector<ScoreInput>& scores) {
  return db.write([&](soci::session& s) {
    return in_session::evaluate_dev_plan(s, caller, id, scores, kvalis::store::now_epoch());
  });
}

Result<DevPlanDetail> decide_dev_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                      const DevDecisionInput& in) {
  return db.write(
      [&](soci::session& s) { return in_session::decide_dev_plan(s, caller, id, in, kvalis::store::now_epoch()); });
}

// ---- demand ----

DevDemand dev_demand_of(const std::vector<devrepo::DemandLine>& lines, int year_from, int years) {
  DevDemand out;
  for (int y = 0; y < years; ++y) {
    out.years.push_back(year_from + y);
    out.totals.push_back({year_from + y, 0, 0, 0});
  }
  std::map<long long, std::size_t> by_plan;
  for (const auto& line : lines) {
    if (line.year < year_from || line.year >= year_from + years) continue;
    auto it = by_plan.find(line.dev_plan_id);
    if (it == by_plan.end()) {
      DemandService sv{line.dev_plan_id, line.service_id, line.service_name, line.provider_name, line.plan_title, {}};
      for (int y : out.years) sv.years.push_back({y, 0, 0, 0});
      out.services.push_back(std::move(sv));
      it = by_plan.emplace(line.dev_plan_id, out.services.size() - 1).first;
    }
    const auto index = static_cast<std::size_t>(line.year - year_from);
    for (auto* d : {&out.services[it->second].years[index], &out.totals[index]})
      (line.category == DevCostCategory::personnel   ? d->personnel
       : line.category == DevCostCategory::operating ? d->operating
                                                     : d->investment) += line.amount;
  }
  return out;
}

DevDemand supported_dev_demand(soci::session& s, long long region_org_id, int year_from, int years,
                               const std::vector<long long>& provider_ids) {
  return dev_demand_of(devrepo::supported_demand(s, region_org_id, provider_ids), year_from, years);
}

Result<DevDemand> dev_demand(kvalis::store::Database& db, const accounts::Caller& caller,
                             const std::string& region_code, int year_from, int years) {
  return db.read([&](soci::session& s) -> Result<DevDemand> {
    if (year_from < 2000 || year_from > 2100) return invalid("year_from", "network.dev.year_range");
    if (years < 1 || years > 10) return invalid("years", "network.dev.years_range");
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    if (region_staff(caller, *region)) return supported_dev_demand(s, region->org_id, year_from, years);
    const auto own = provider_orgs(caller.principal);
    if (own.empty()) return forbidden("network.region.required");
    return supported_dev_demand(s, region->org_id, year_from, years, own);
  });
}

}  // namespace kvalis::network::app
