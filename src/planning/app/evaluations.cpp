// Use cases of evaluations (planning module): the draft of computed values, recording an evaluation with its
// participants and values (clients_n as the evidence of client-level numbers), evidence links and files, the
// plan cycle (closing a year, deriving the next plan) and the evaluations due.
#include <algorithm>
#include <map>
#include <set>

#include "planning/app/outcomes_rollup.hpp"
#include "planning/app/plans.hpp"
#include "planning/app/plans_internal.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "quality/core/evidence.hpp"

namespace kvalis::planning::app {

using namespace detail;

namespace {

Period year_period(int year) { return {std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"}; }

Period default_period(const repo::GoalRow& g, soci::session& s) {
  if (g.operational_year) return year_period(g.operational_year);
  if (g.strategic_plan_id)
    if (auto p = repo::get_strategic_plan(s, *g.strategic_plan_id))
      return {std::to_string(p->year_from) + "-01-01", std::to_string(p->year_to) + "-12-31"};
  return year_period(std::atoi(format_date(kvalis::store::now_epoch()).substr(0, 4).c_str()));
}

EvaluationDetail evaluation_detail(soci::session& s, const accounts::Principal& p, const repo::EvaluationRow& e,
                                   const GoalAccess& access) {
  EvaluationDetail d;
  d.evaluation = e;
  d.goal = summary_of(s, access.goal);
  d.can_manage = access.owner.rights.manage;
  OutcomeCalculator calc(s, access.goal.organisation_id);
  const bool own = owns_goal(s, p, access.goal, calc);
  for (const auto& v : e.values) {
    EvaluationValueView view{v, "", "", std::nullopt, std::nullopt};
    if (auto ind = repo::get_indicator(s, v.indicator_id)) {
      view.name = ind->name;
      view.unit = ind->unit;
      view.target = ind->target;
      view.value.value = visible_value(*ind, v, own);
      view.on_target = indicator_on_target(*ind, view.value.value);
    }
    d.values.push_back(std::move(view));
  }
  // A client taking part is named only to the staff of the service: everyone else (the organisation's other
  // staff, the region, an external evaluator) sees that a client took part, not who.
  if (!own)
    for (auto& part : d.evaluation.participants)
      if (part.kind == "client") part.name.clear(), part.role.clear();
  d.evidence = repo::evidence_of(s, e.id);
  return d;
}

// The latest value recorded by hand for the indicator within the period.
std::optional<double> latest_recorded(soci::session& s, long long indicator_id, const Period& p) {
  std::optional<double> out;
  for (const auto& v : repo::values_of_indicators(s, {indicator_id}))
    if (v.held_on >= p.from && v.held_on <= p.to && v.value) out = v.value;
  return out;
}

}  // namespace

Result<std::vector<DraftValue>> evaluation_draft(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long goal_id, std::optional<Period> period) {
  const auto benchmark = benchmark_lookup(db, caller);
  return db.read([&](soci::session& s) -> Result<std::vector<DraftValue>> {
    auto access = readable_goal(s, caller.principal, goal_id);
    if (!access) return access.error();
    if (!access->owner.rights.manage) return not_allowed();
    const Period p = period ? *period : default_period(access->goal, s);
    OutcomeCalculator calc(s, access->goal.organisation_id);
    std::vector<DraftValue> out;
    for (const auto& ind : repo::indicators_of(s, {goal_id})) {
      if (ind.source == "manual") {
        out.push_back({ind.id, latest_recorded(s, ind.id, p), std::nullopt});
        continue;
      }
      const auto v = calc.compute(ind, access->goal, p, benchmark);
      out.push_back({ind.id, v.value, v.clients_n});
    }
    return out;
  });
}

Result<EvaluationDetail> create_evaluation(soci::session& s, const BenchmarkLookup& benchmark,
                                           const accounts::Caller& caller, long long goal_id,
                                           const EvaluationInput& in) {
  auto access = writable_goal(s, caller.principal, goal_id);
  if (!access) return access.error();
  if (in.kind != "interim" && in.kind != "closing") return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  for (auto st :
       {kvalis::check_date("held_on", in.held_on, true), kvalis::check_date("period_from", in.period_from, true),
        kvalis::check_date("period_to", in.period_to, true),
        kvalis::check_text("conclusion", in.conclusion, 20000, false)})
    if (!st) return st.error();
  if (in.period_from > in.period_to)
    return invalid("period_to", "planning.plans.period_invalid", {{"from", in.period_from}, {"to", in.period_to}});
  if (in.kind == "interim" && in.result != EvaluationResult::none)
    return invalid("result", "planning.plans.evaluation.result_interim");
  if (in.kind == "closing" && in.result == EvaluationResult::none)
    return invalid("result", "planning.plans.evaluation.result_required");
  if (auto st = check_participants(in.participants, "participants"); !st) return st.error();
  const auto indicators = repo::indicators_of(s, {goal_id});
  repo::EvaluationRow e;
  e.goal_id = goal_id;
  e.kind = in.kind;
  e.held_on = in.held_on;
  e.period_from = in.period_from;
  e.period_to = in.period_to;
  e.result = std::string(to_string(in.result));
  e.conclusion = in.conclusion;
  e.participants = in.participants;
  e.created_by = caller.principal.user_id;
  e.created_at = kvalis::store::now_epoch();
  OutcomeCalculator calc(s, access->goal.organisation_id);
  const Period period{in.period_from, in.period_to};
  std::set<long long> seen;
  std::vector<const repo::IndicatorRow*> recorded;
  for (std::size_t i = 0; i < in.values.size(); ++i) {
    const auto& v = in.values[i];
    const std::string base = "values[" + std::to_string(i) + "]";
    auto it = std::find_if(indicators.begin(), indicators.end(), [&](const auto& x) { return x.id == v.indicator_id; });
    if (it == indicators.end())
      return invalid(base + ".indicator_id", "planning.plans.value.indicator_invalid",
                     {{"value", std::to_string(v.indicator_id)}});
    if (!seen.insert(v.indicator_id).second)
      return invalid(base + ".indicator_id", "planning.plans.value.duplicate",
                     {{"value", std::to_string(v.indicator_id)}});
    if (auto st = kvalis::check_text(base + ".note", v.note, 2000, false); !st) return st.error();
    repo::ValueRow row;
    row.indicator_id = v.indicator_id;
    row.note = v.note;
    if (it->source == "manual") {
      if (!v.value) return invalid(base + ".value", "planning.plans.value.required", {{"name", it->name}});
      row.value = v.value;
    } else {
      const auto computed = calc.compute(*it, access->goal, period, benchmark);
      row.value = v.value ? v.value : computed.value;
      row.clients_n = computed.clients_n;
    }
    e.values.push_back(std::move(row));
    recorded.push_back(&*it);
  }
  e.id = repo::insert_evaluation(s, e);
  const long long now = kvalis::store::now_epoch();
  for (const auto* ind : recorded) repo::set_next_due(s, ind->id, add_months(in.held_on, ind->schedule_months), now);
  kvalis::store::activity_log::append(s, caller.activity("planning.evaluation.create", "pl_evaluation", e.id,
                                                         access->goal.organisation_id, e.kind + " " + e.held_on));
  return evaluation_detail(s, caller.principal, *repo::get_evaluation(s, e.id), *access);
}

Result<EvaluationDetail> create_evaluation(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long goal_id, const EvaluationInput& in) {
  const auto benchmark = benchmark_lookup(db, caller);
  return db.write([&](soci::session& s) { return create_evaluation(s, benchmark, caller, goal_id, in); });
}

Result<EvaluationDetail> get_evaluation(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<EvaluationDetail> {
    auto e = repo::get_evaluation(s, id);
    if (!e) return missing("evaluation");
    auto access = readable_goal(s, caller.principal, e->goal_id);
    if (!access) return missing("evaluation");
    return evaluation_detail(s, caller.principal, *e, *access);
  });
}

// ---- evidence ----

namespace {

// The evaluation and its goal, for adding or removing evidence: readers are refused, others not found.
Result<GoalAccess> evidence_access(soci::session& s, const accounts::Principal& p, long long evaluation_id) {
  auto e = repo::get_evaluation(s, evaluation_id);
  if (!e) return missing("evaluation");
  auto access = readable_goal(s, p, e->goal_id);
  if (!access) return missing("evaluation");
  if (!access->owner.rights.manage) return not_allowed();
  return access;
}

}  // namespace

Result<repo::EvidenceRow> add_evidence_link(soci::session& s, const accounts::Caller& caller, long long evaluation_id,
                                            const std::string& label, const std::string& url) {
  auto access = evidence_access(s, caller.principal, evaluation_id);
  if (!access) return access.error();
  for (auto st : {kvalis::check_line("label", label, 300, true), kvalis::check_line("url", url, 2000, true)})
    if (!st) return st.error();
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
    return invalid("url", "planning.plans.evidence.url_invalid");
  repo::EvidenceRow r;
  r.evaluation_id = evaluation_id;
  r.kind = "link";
  r.label = label;
  r.url = url;
  r.created_by = caller.principal.user_id;
  r.created_at = kvalis::store::now_epoch();
  r.id = repo::insert_evidence(s, r, "");
  kvalis::store::activity_log::append(
      s, caller.activity("planning.evidence.create", "pl_evidence", r.id, access->goal.organisation_id, label));
  return *repo::get_evidence(s, r.id);
}

Result<repo::EvidenceRow> add_evidence_link(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long evaluation_id, const std::string& label, const std::string& url) {
  return db.write([&](soci::session& s) { return add_evidence_link(s, caller, evaluation_id, label, url); });
}

Result<repo::EvidenceRow> add_evidence_file(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long evaluation_id, const std::string& file_name,
                                            const std::string& data) {
  return db.write([&](soci::session& s) -> Result<repo::EvidenceRow> {
    auto access = evidence_access(s, caller.principal, evaluation_id);
    if (!access) return access.error();
    if (auto st = quality::check_evidence_name(file_name); !st) return st.error();
    auto type = quality::check_evidence_file(file_name, data);
    if (!type) return type.error();
    repo::EvidenceRow r;
    r.evaluation_id = evaluation_id;
    r.kind = "file";
    r.label = file_name;
    r.file_name = file_name;
    r.content_type = (*type)->content_type;
    r.size_bytes = static_cast<long long>(data.size());
    r.sha256 = quality::sha256_hex(data);
    r.created_by = caller.principal.user_id;
    r.created_at = kvalis::store::now_epoch();
    r.id = repo::insert_evidence(s, r, quality::to_base64(data));
    kvalis::store::activity_log::append(
        s, caller.activity("planning.evidence.create", "pl_evidence", r.id, access->goal.organisation_id, file_name));
    return *repo::get_evidence(s, r.id);
  });
}

Result<EvidenceFile> read_evidence_file(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long evidence_id) {
  return db.write([&](soci::session& s) -> Result<EvidenceFile> {
    auto ev = repo::get_evidence(s, evidence_id);
    if (!ev || ev->kind != "file") return missing("evidence");
    auto e = repo::get_evaluation(s, ev->evaluation_id);
    if (!e) return missing("evidence");
    auto access = readable_goal(s, caller.principal, e->goal_id);
    if (!access) return missing("evidence");
    kvalis::store::activity_log::append(s, caller.activity("planning.evidence.read", "pl_evidence", ev->id,
                                                           access->goal.organisation_id, ev->file_name));
    return EvidenceFile{ev->file_name, ev->content_type, quality::from_base64(repo::evidence_file(s, ev->id))};
  });
}

Status delete_evidence(kvalis::store::Database& db, const accounts::Caller& caller, long long evidence_id) {
  return db.write([&](soci::session& s) -> Status {
    auto ev = repo::get_evidence(s, evidence_id);
    if (!ev) return missing("evidence");
    auto e = repo::get_evaluation(s, ev->evaluation_id);
    if (!e) return missing("evidence");
    auto readable = readable_goal(s, caller.principal, e->goal_id);
    if (!readable) return missing("evidence");
    if (!readable->owner.rights.manage) return not_allowed();
    repo::delete_evidence(s, ev->id);
    kvalis::store::activity_log::append(s, caller.activity("planning.evidence.delete", "pl_evidence", ev->id,
                                                           readable->goal.organisation_id, ev->label));
    return ok_status();
  });
}

// ---- the plan cycle ----

Result<OperationalPlanDetail> close_operational_plan(soci::session& s, const BenchmarkLookup& benchmark,
                                                     const accounts::Caller& caller, long long id,
                                                     const CloseInput& in) {
  auto plan = repo::get_operational_plan(s, id);
  if (!plan) return missing("operational_plan");
  const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
  if (!rights.read) return missing("operational_plan");
  if (!rights.manage) return not_allowed();
  if (plan->state == "closed") return conflict("", "planning.plans.close.not_open");
  if (auto st = kvalis::check_date("held_on", in.held_on, true); !st) return st.error();
  std::vector<repo::GoalRow> goals;
  for (auto& g : repo::goals_of_operational_plan(s, id))
    if (g.state != "dropped") goals.push_back(std::move(g));
  std::map<long long, const CloseGoalInput*> given;
  for (std::size_t i = 0; i < in.evaluations.size(); ++i) {
    const auto& x = in.evaluations[i];
    const std::string base = "evaluations[" + std::to_string(i) + "]";
    if (std::none_of(goals.begin(), goals.end(), [&](const auto& g) { return g.id == x.goal_id; }))
      return invalid(base + ".goal_id", "planning.plans.close.goal_unknown", {{"value", std::to_string(x.goal_id)}});
    if (given.count(x.goal_id))
      return invalid(base + ".goal_id", "field.invalid_value", {{"value", std::to_string(x.goal_id)}});
    if (auto st = kvalis::check_text(base + ".conclusion", x.conclusion, 20000, false); !st) return st.error();
    if (auto st = check_participants(x.participants, base + ".participants"); !st) return st.error();
    given[x.goal_id] = &x;
  }
  std::vector<std::pair<long long, EvaluationResult>> results;
  for (const auto& g : goals) {
    auto it = given.find(g.id);
    results.emplace_back(g.id, it == given.end() ? EvaluationResult::none : it->second->result);
  }
  if (const auto without = goals_without_result(results); !without.empty()) {
    std::string names;
    for (long long gid : without)
      for (const auto& g : goals)
        if (g.id == gid) names += (names.empty() ? "" : ", ") + (g.code.empty() ? g.title : g.code + " " + g.title);
    return invalid("evaluations", "planning.plans.close.missing_results", {{"goals", names}});
  }
  const Period period = year_period(plan->year);
  OutcomeCalculator calc(s, plan->organisation_id);
  const long long now = kvalis::store::now_epoch();
  for (const auto& g : goals) {
    const auto& x = *given.at(g.id);
    repo::EvaluationRow e;
    e.goal_id = g.id;
    e.kind = "closing";
    e.held_on = in.held_on;
    e.period_from = period.from;
    e.period_to = period.to;
    e.result = std::string(to_string(x.result));
    e.conclusion = x.conclusion;
    e.participants = x.participants;
    e.created_by = caller.principal.user_id;
    e.created_at = now;
    for (const auto& ind : repo::indicators_of(s, {g.id})) {
      repo::ValueRow v;
      v.indicator_id = ind.id;
      if (ind.source == "manual") {
        v.value = latest_recorded(s, ind.id, period);
        if (!v.value) continue;
      } else {
        const auto c = calc.compute(ind, g, period, benchmark);
        v.value = c.value;
        v.clients_n = c.clients_n;
      }
      e.values.push_back(std::move(v));
    }
    e.id = repo::insert_evaluation(s, e);
    repo::set_goal_state(s, g.id, std::string(to_string(state_after(x.result))), now);
  }
  repo::close_operational_plan(s, id, now, caller.principal.user_id);
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(
      s, caller.activity("planning.operational_plan.close", "pl_operational_plan", id, plan->organisation_id,
                         std::to_string(plan->year) + " " + plan->title));
  return operational_detail(s, *repo::get_operational_plan(s, id), true);
}

Result<OperationalPlanDetail> close_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     long long id, const CloseInput& in) {
  const auto benchmark = benchmark_lookup(db, caller);
  return db.write([&](soci::session& s) { return close_operational_plan(s, benchmark, caller, id, in); });
}

Result<OperationalPlanDetail> derive_operational_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                                      const DeriveInput& in) {
  auto plan = repo::get_operational_plan(s, id);
  if (!plan) return missing("operational_plan");
  const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
  if (!rights.read) return missing("operational_plan");
  if (!rights.manage) return not_allowed();
  if (plan->state != "closed") return conflict("", "planning.plans.derive.not_closed");
  if (auto derived = repo::plan_derived_from(s, id)) {
    Error e = conflict("", "planning.plans.derive.already");
    e.params = {{"value", std::to_string(*derived)}};
    return e;
  }
  if (auto st = kvalis::check_line("title", in.title, 300, true); !st) return st.error();
  if (in.year <= plan->year || in.year > 2100)
    return invalid("year", "planning.plans.derive.year_invalid", {{"value", std::to_string(plan->year)}});
  std::vector<repo::GoalRow> goals;
  for (auto& g : repo::goals_of_operational_plan(s, id))
    if (g.state != "dropped") goals.push_back(std::move(g));
  std::vector<long long> goal_ids;
  for (const auto& g : goals) goal_ids.push_back(g.id);
  std::vector<CarryDecision> decisions;
  for (std::size_t i = 0; i < in.decisions.size(); ++i) {
    const auto& d = in.decisions[i];
    const std::string base = "decisions[" + std::to_string(i) + "]";
    if (d.title)
      if (auto st = kvalis::check_line(base + ".title", *d.title, 300, true); !st) return st.error();
    if (d.description)
      if (auto st = kvalis::check_text(base + ".description", *d.description, 20000, false); !st) return st.error();
    decisions.push_back({d.goal_id, d.carry, d.reason});
  }
  auto checked = check_carry(goal_ids, decisions);
  if (!checked) return checked.error();
  const long long now = kvalis::store::now_epoch();
  repo::OperationalPlanRow r;
  r.organisation_id = plan->organisation_id;
  r.service_id = plan->service_id;
  r.strategic_plan_id = plan->strategic_plan_id;
  r.year = in.year;
  r.title = in.title;
  r.derived_from_id = plan->id;
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = now;
  r.id = repo::insert_operational_plan(s, r);
  std::map<long long, long long> copied;          // old goal → new goal (carried or revised)
  std::map<long long, long long> dropped_copies;  // old goal → its dropped copy in the new plan
  std::map<long long, std::string> dropped_codes;
  int position = 0;
  for (const auto& g : goals) {  // objectives before service goals
    const auto dit =
        std::find_if(in.decisions.begin(), in.decisions.end(), [&](const auto& d) { return d.goal_id == g.id; });
    const auto& d = *dit;
    repo::GoalRow n = g;
    n.id = 0;
    n.operational_plan_id = r.id;
    n.position = ++position;
    n.origin_goal_id = g.id;
    n.carry = std::string(to_string(d.carry));
    n.carry_reason = d.reason;
    n.state = d.carry == Carry::drop ? "dropped" : "active";
    if (d.carry == Carry::revise) {
      if (d.title) n.title = *d.title;
      if (d.description) n.description = *d.description;
    }
    if (g.parent_goal_id && d.carry == Carry::drop) {
      // A dropped goal's copy stays under its parent's copy in the new plan (carried or dropped too), never
      // under the old plan's objective; a strategic parent is shared by both plans and stays as it is.
      if (auto it = copied.find(*g.parent_goal_id); it != copied.end())
        n.parent_goal_id = it->second;
      else if (auto dc = dropped_copies.find(*g.parent_goal_id); dc != dropped_copies.end())
        n.parent_goal_id = dc->second;
    }
    if (g.parent_goal_id && d.carry != Carry::drop) {
      if (auto it = copied.find(*g.parent_goal_id); it != copied.end()) {
        n.parent_goal_id = it->second;
      } else if (auto dt = dropped_codes.find(*g.parent_goal_id); dt != dropped_codes.end()) {
        n.parent_goal_id = std::nullopt;
        n.unlinked_reason = "Nadřazený cíl " + dt->second + " byl při odvození plánu zrušen.";
      }
    }
    n.created_by = caller.principal.user_id;
    n.created_at = n.updated_at = now;
    n.id = repo::insert_goal(s, n);
    if (d.carry == Carry::drop) {
      dropped_codes[g.id] = g.code.empty() ? g.title : g.code;
      dropped_copies[g.id] = n.id;
      continue;
    }
    copied[g.id] = n.id;
    const auto indicators = repo::indicators_of(s, {g.id});
    std::vector<long long> ids;
    for (const auto& i : indicators) ids.push_back(i.id);
    const auto values = repo::values_of_indicators(s, ids);
    for (auto ind : indicators) {
      std::optional<double> last;
      for (const auto& v : values)
        if (v.indicator_id == ind.id && v.value) last = v.value;
      if (last) ind.baseline = last;
      ind.goal_id = n.id;
      ind.next_due_on = add_days(add_months(std::to_string(in.year) + "-01-01", ind.schedule_months), -1);
      repo::insert_indicator(s, ind, now);
    }
  }
  kvalis::store::data_versions::bump(s, "planning");  // the outcomes may change
  kvalis::store::activity_log::append(s, caller.activity("planning.operational_plan.derive", "pl_operational_plan",
                                                         r.id, r.organisation_id, "from " + std::to_string(plan->id)));
  return operational_detail(s, *repo::get_operational_plan(s, r.id), true);
}

Result<OperationalPlanDetail> derive_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      long long id, const DeriveInput& in) {
  return db.write([&](soci::session& s) { return derive_operational_plan(s, caller, id, in); });
}

Result<std::vector<DueItem>> due_evaluations(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long organisation_id, const std::string& today) {
  return db.read([&](soci::session& s) -> Result<std::vector<DueItem>> {
    if (!owner_of(s, caller.principal, organisation_id)) return missing("organisation");
    std::vector<DueItem> out;
    for (auto& row : repo::due_indicators(s, organisation_id, add_days(today, 30))) {
      const auto state = due_state(row.indicator.next_due_on, today);
      if (state == DueState::later) continue;
      out.push_back({std::move(row.indicator), std::move(row.goal), state});
    }
    return out;
  });
}

}  // namespace kvalis::planning::app
