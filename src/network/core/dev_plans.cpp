#include "network/core/dev_plans.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

namespace kvalis::network {
namespace {

// One table per enum: the code, the Czech and the English name.
template <class E>
struct Named {
  E value;
  std::string_view code, cs, en;
};

constexpr std::array kStatuses = {
    Named<DevPlanStatus>{DevPlanStatus::draft, "draft", "rozpracovaný", "draft"},
    Named<DevPlanStatus>{DevPlanStatus::submitted, "submitted", "podaný", "submitted"},
    Named<DevPlanStatus>{DevPlanStatus::evaluated, "evaluated", "hodnocený", "evaluated"},
    Named<DevPlanStatus>{DevPlanStatus::decided, "decided", "rozhodnutý", "decided"},
};
constexpr std::array kActions = {
    Named<DevAction>{DevAction::edit, "edit", "upravit", "edit"},
    Named<DevAction>{DevAction::submit, "submit", "podat", "submit"},
    Named<DevAction>{DevAction::return_, "return", "vrátit", "return"},
    Named<DevAction>{DevAction::evaluate, "evaluate", "hodnotit", "evaluate"},
    Named<DevAction>{DevAction::decide, "decide", "rozhodnout", "decide"},
    Named<DevAction>{DevAction::read, "read", "číst", "read"},
    Named<DevAction>{DevAction::read_evaluation, "read_evaluation", "číst hodnocení", "read the evaluation"},
};
constexpr std::array kActors = {
    Named<DevActor>{DevActor::region_manager, "region_manager", "", ""},
    Named<DevActor>{DevActor::region_reader, "region_reader", "", ""},
    Named<DevActor>{DevActor::provider_editor, "provider_editor", "", ""},
    Named<DevActor>{DevActor::provider_reader, "provider_reader", "", ""},
    Named<DevActor>{DevActor::other, "other", "", ""},
};
constexpr std::array kDecisions = {
    Named<DevDecision>{DevDecision::support, "support", "podpořit", "support"},
    Named<DevDecision>{DevDecision::partly, "partly", "podpořit částečně", "support partly"},
    Named<DevDecision>{DevDecision::not_support, "not_support", "nepodpořit", "do not support"},
};
constexpr std::array kIntentionDecisions = {
    Named<IntentionDecision>{IntentionDecision::none, "", "", ""},
    Named<IntentionDecision>{IntentionDecision::support, "support", "podpořen", "supported"},
    Named<IntentionDecision>{IntentionDecision::not_support, "not_support", "nepodpořen", "not supported"},
};
constexpr std::array kTypes = {
    Named<IntentionType>{IntentionType::capacity, "capacity", "změna kapacity", "capacity change"},
    Named<IntentionType>{IntentionType::new_form, "new_form", "nová forma služby", "new form of service"},
    Named<IntentionType>{IntentionType::new_territory, "new_territory", "nové území", "new territory"},
    Named<IntentionType>{IntentionType::staffing, "staffing", "personální zajištění", "staffing"},
    Named<IntentionType>{IntentionType::quality, "quality", "zvýšení kvality", "quality improvement"},
    Named<IntentionType>{IntentionType::other, "other", "jiný záměr", "other intention"},
};
constexpr std::array kCategories = {
    Named<DevCostCategory>{DevCostCategory::personnel, "personnel", "osobní náklady", "personnel costs"},
    Named<DevCostCategory>{DevCostCategory::operating, "operating", "provozní náklady", "operating costs"},
    Named<DevCostCategory>{DevCostCategory::investment, "investment", "investice", "investment"},
};
constexpr std::array kOutcomes = {
    Named<EffectOutcome>{EffectOutcome::proposed, "proposed", "", ""},
    Named<EffectOutcome>{EffectOutcome::no_year, "no_year", "", ""},
    Named<EffectOutcome>{EffectOutcome::year_approved, "year_approved", "", ""},
    Named<EffectOutcome>{EffectOutcome::not_in_network, "not_in_network", "", ""},
    Named<EffectOutcome>{EffectOutcome::unit_mismatch, "unit_mismatch", "", ""},
};

template <class E, std::size_t N>
const Named<E>& named(const std::array<Named<E>, N>& table, E v) {
  for (const auto& n : table)
    if (n.value == v) return n;
  return table.front();
}

template <class E, std::size_t N>
std::optional<E> parse_in(const std::array<Named<E>, N>& table, std::string_view text) {
  for (const auto& n : table)
    if (n.code == text) return n.value;
  return std::nullopt;
}

std::string at(const std::string& field, std::size_t i, const char* name) {
  return field + "[" + std::to_string(i) + "]." + name;
}

bool region(DevActor a) { return a == DevActor::region_manager || a == DevActor::region_reader; }
bool provider(DevActor a) { return a == DevActor::provider_editor || a == DevActor::provider_reader; }

}  // namespace

std::string_view to_string(DevPlanStatus v) { return named(kStatuses, v).code; }
std::string_view to_string(DevAction v) { return named(kActions, v).code; }
std::string_view to_string(DevActor v) { return named(kActors, v).code; }
std::string_view to_string(DevDecision v) { return named(kDecisions, v).code; }
std::string_view to_string(IntentionDecision v) { return named(kIntentionDecisions, v).code; }
std::string_view to_string(IntentionType v) { return named(kTypes, v).code; }
std::string_view to_string(DevCostCategory v) { return named(kCategories, v).code; }
std::string_view to_string(EffectOutcome v) { return named(kOutcomes, v).code; }
std::optional<DevPlanStatus> parse_dev_plan_status(std::string_view t) { return parse_in(kStatuses, t); }
std::optional<DevAction> parse_dev_action(std::string_view t) { return parse_in(kActions, t); }
std::optional<DevActor> parse_dev_actor(std::string_view t) { return parse_in(kActors, t); }
std::optional<DevDecision> parse_dev_decision(std::string_view t) { return parse_in(kDecisions, t); }
std::optional<IntentionDecision> parse_intention_decision(std::string_view t) {
  return parse_in(kIntentionDecisions, t);
}
std::optional<IntentionType> parse_intention_type(std::string_view t) { return parse_in(kTypes, t); }
std::optional<DevCostCategory> parse_dev_cost_category(std::string_view t) { return parse_in(kCategories, t); }

const std::vector<DevCostCategory>& dev_cost_categories() {
  static const std::vector<DevCostCategory> all = {DevCostCategory::personnel, DevCostCategory::operating,
                                                   DevCostCategory::investment};
  return all;
}

std::string_view status_name(DevPlanStatus v, bool en) { return en ? named(kStatuses, v).en : named(kStatuses, v).cs; }
std::string_view decision_name(DevDecision v, bool en) {
  return en ? named(kDecisions, v).en : named(kDecisions, v).cs;
}
std::string_view intention_type_name(IntentionType v, bool en) {
  return en ? named(kTypes, v).en : named(kTypes, v).cs;
}
std::string_view dev_category_name(DevCostCategory v, bool en) {
  return en ? named(kCategories, v).en : named(kCategories, v).cs;
}

std::string_view network_decision_name(std::string_view kind, bool en) {
  if (kind == "include") return en ? "inclusion in the network" : "zařazení do sítě";
  if (kind == "change") return en ? "change of capacity" : "změna kapacity";
  if (kind == "remove") return en ? "removal from the network" : "vyřazení ze sítě";
  return kind;
}

// ---- who may do what -------------------------------------------------------------------------------------

Status dev_action_allowed(DevPlanStatus status, DevAction action, DevActor actor, const DevPlanFacts& facts) {
  const Error missing = not_found("network.not_found");
  // Seeing the plan at all: the provider's members always, the region once it was submitted.
  const bool sees = provider(actor) || (region(actor) && (facts.ever_submitted || status != DevPlanStatus::draft));
  if (!sees) return missing;
  switch (action) {
    case DevAction::read:
      return ok_status();
    case DevAction::read_evaluation:
      if (region(actor) || status == DevPlanStatus::decided) return ok_status();
      return forbidden("network.dev.evaluation_hidden");
    case DevAction::edit:
    case DevAction::submit:
      if (actor != DevActor::provider_editor) return forbidden("network.dev.provider_required");
      if (status != DevPlanStatus::draft) return conflict("status", "network.dev.not_draft");
      if (action == DevAction::submit && facts.intentions <= 0)
        return invalid("intentions", "network.dev.no_intentions");
      return ok_status();
    case DevAction::return_:
    case DevAction::evaluate:
      if (actor != DevActor::region_manager) return forbidden("network.region.required");
      if (status != DevPlanStatus::submitted && status != DevPlanStatus::evaluated)
        return conflict("status",
                        status == DevPlanStatus::decided ? "network.dev.decided" : "network.dev.not_submitted");
      return ok_status();
    case DevAction::decide:
      if (actor != DevActor::region_manager) return forbidden("network.region.required");
      if (status == DevPlanStatus::decided) return conflict("status", "network.dev.decided");
      if (status != DevPlanStatus::evaluated || !facts.evaluated)
        return conflict("status", "network.dev.not_evaluated");
      return ok_status();
  }
  return missing;
}

std::vector<DevAction> allowed_dev_actions(DevPlanStatus status, DevActor actor, const DevPlanFacts& facts) {
  std::vector<DevAction> out;
  for (auto a : {DevAction::edit, DevAction::submit, DevAction::return_, DevAction::evaluate, DevAction::decide})
    if (dev_action_allowed(status, a, actor, facts)) out.push_back(a);
  return out;
}

// ---- intentions ------------------------------------------------------------------------------------------

Status check_dev_plan_years(int year_from, int year_to) {
  if (year_from < 2000 || year_from > 2100) return invalid("year_from", "network.dev.year_range");
  if (year_to < year_from || year_to > 2100) return invalid("year_to", "network.dev.year_order");
  if (year_to - year_from > 2) return invalid("year_to", "network.dev.three_years");
  return ok_status();
}

Status check_intention(const std::string& field, const IntentionFacts& in, int year_from, int year_to) {
  if (in.description.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid(field + ".description", "network.dev.required");
  if (in.from_year < year_from || in.from_year > year_to)
    return invalid(field + ".from_year", "network.dev.year_outside",
                   {{"from", std::to_string(year_from)}, {"to", std::to_string(year_to)}});
  if (!in.answers_something) return invalid(field + ".answers", "network.dev.answers_required");
  switch (in.type) {
    case IntentionType::capacity:
      if (!in.capacity_delta || *in.capacity_delta == 0 || !std::isfinite(*in.capacity_delta))
        return invalid(field + ".capacity_delta", "network.dev.capacity_required");
      if (std::fabs(*in.capacity_delta) > kMaxCapacityDelta)
        return invalid(field + ".capacity_delta", "network.dev.capacity_range");
      if (in.capacity_unit.empty()) return invalid(field + ".capacity_unit", "network.dev.required");
      break;
    case IntentionType::new_form:
      if (in.form_code.empty()) return invalid(field + ".form_code", "network.dev.required");
      break;
    case IntentionType::new_territory:
      if (in.territory_code.empty()) return invalid(field + ".territory_code", "network.dev.required");
      break;
    case IntentionType::staffing:
      if (!in.fte_delta || *in.fte_delta == 0 || !std::isfinite(*in.fte_delta))
        return invalid(field + ".fte_delta", "network.dev.fte_required");
      if (std::fabs(*in.fte_delta) > kMaxFteDelta) return invalid(field + ".fte_delta", "network.dev.fte_range");
      break;
    case IntentionType::quality:
    case IntentionType::other:
      break;
  }
  std::set<std::pair<int, DevCostCategory>> seen;
  for (std::size_t i = 0; i < in.costs.size(); ++i) {
    const auto& c = in.costs[i];
    const std::string f = field + ".costs[" + std::to_string(i) + "]";
    if (c.year < year_from || c.year > year_to)
      return invalid(f + ".year", "network.dev.year_outside",
                     {{"from", std::to_string(year_from)}, {"to", std::to_string(year_to)}});
    if (!std::isfinite(c.amount) || c.amount < 0) return invalid(f + ".amount", "network.dev.amount_negative");
    if (c.amount > kMaxAmount) return invalid(f + ".amount", "network.dev.amount_range");
    if (!seen.insert({c.year, c.category}).second) return invalid(f + ".category", "network.dev.cost_repeated");
  }
  return ok_status();
}

// ---- evaluation ------------------------------------------------------------------------------------------

Status check_criterion(const std::string& code, double weight, int scale_max) {
  if (code.empty()) return invalid("code", "network.dev.required");
  if (!std::isfinite(weight) || weight <= 0 || weight > 1000) return invalid("weight", "network.dev.weight_range");
  if (scale_max < 1 || scale_max > 100) return invalid("scale_max", "network.dev.scale_range");
  return ok_status();
}

Result<double> weighted_score(const std::vector<Criterion>& criteria, const std::vector<CriterionScore>& scores) {
  if (criteria.empty()) return invalid("scores", "network.dev.no_criteria");
  std::map<long long, std::size_t> given;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const auto& sc = scores[i];
    const Criterion* c = nullptr;
    for (const auto& k : criteria)
      if (k.id == sc.criterion_id) c = &k;
    if (!c) return invalid(at("scores", i, "criterion_id"), "network.dev.criterion_unknown");
    if (!given.emplace(sc.criterion_id, i).second)
      return invalid(at("scores", i, "criterion_id"), "network.dev.criterion_repeated");
    if (sc.score < 0 || sc.score > c->scale_max)
      return invalid(at("scores", i, "score"), "network.dev.score_range", {{"max", std::to_string(c->scale_max)}});
    if (sc.reason.find_first_not_of(" \t\r\n") == std::string::npos)
      return invalid(at("scores", i, "reason"), "network.dev.reason_required");
  }
  double sum = 0, weights = 0;
  for (const auto& c : criteria) {
    auto it = given.find(c.id);
    if (it == given.end()) return invalid("scores", "network.dev.criterion_missing", {{"value", c.code}});
    sum += static_cast<double>(scores[it->second].score) / c.scale_max * c.weight;
    weights += c.weight;
  }
  if (weights <= 0) return invalid("scores", "network.dev.no_criteria");
  return std::round(sum / weights * 100.0 * 100.0) / 100.0;
}

// ---- decision --------------------------------------------------------------------------------------------

Result<std::vector<IntentionChoice>> decide_intentions(DevDecision decision, const std::vector<long long>& ids,
                                                       const std::vector<IntentionChoice>& given,
                                                       const std::string& reason) {
  if (decision != DevDecision::support && reason.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid("reason", "network.dev.reason_required");
  if (ids.empty()) return invalid("intentions", "network.dev.no_intentions");
  std::map<long long, IntentionDecision> chosen;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto& g = given[i];
    if (std::find(ids.begin(), ids.end(), g.id) == ids.end())
      return invalid(at("intentions", i, "id"), "network.dev.intention_unknown");
    if (!chosen.emplace(g.id, g.decision).second)
      return invalid(at("intentions", i, "id"), "network.dev.intention_repeated");
    if (g.decision == IntentionDecision::none)
      return invalid(at("intentions", i, "decision"), "network.dev.intention_decision");
    if (decision == DevDecision::support && g.decision != IntentionDecision::support)
      return invalid(at("intentions", i, "decision"), "network.dev.contradicts_support");
    if (decision == DevDecision::not_support && g.decision != IntentionDecision::not_support)
      return invalid(at("intentions", i, "decision"), "network.dev.contradicts_not_support");
  }
  std::vector<IntentionChoice> out;
  int supported = 0, refused = 0;
  for (long long id : ids) {
    IntentionDecision d = IntentionDecision::none;
    if (auto it = chosen.find(id); it != chosen.end())
      d = it->second;
    else if (decision == DevDecision::support)
      d = IntentionDecision::support;
    else if (decision == DevDecision::not_support)
      d = IntentionDecision::not_support;
    else
      return invalid("intentions", "network.dev.intention_missing", {{"value", std::to_string(id)}});
    (d == IntentionDecision::support ? supported : refused)++;
    out.push_back({id, d});
  }
  if (decision == DevDecision::partly && (supported == 0 || refused == 0))
    return invalid("decision", "network.dev.partly_needs_both");
  return out;
}

// ---- demand and effect -----------------------------------------------------------------------------------

std::vector<DemandYear> plan_demand(const std::vector<IntentionMoney>& intentions, int year_from, int year_to,
                                    bool supported_only) {
  std::vector<DemandYear> out;
  for (int y = year_from; y <= year_to; ++y) out.push_back({y, 0, 0, 0});
  for (const auto& i : intentions) {
    if (supported_only && i.decision != IntentionDecision::support) continue;
    for (const auto& c : i.costs) {
      if (c.year < year_from || c.year > year_to) continue;
      auto& d = out[static_cast<std::size_t>(c.year - year_from)];
      (c.category == DevCostCategory::personnel   ? d.personnel
       : c.category == DevCostCategory::operating ? d.operating
                                                  : d.investment) += c.amount;
    }
  }
  return out;
}

std::vector<ProposedDecision> network_effect(const std::vector<CapacityIntention>& intentions,
                                             const std::map<int, NetworkYearFacts>& years) {
  std::map<int, NetworkYearFacts> state = years;  // intentions of the same year build on each other
  std::vector<ProposedDecision> out;
  for (const auto& i : intentions) {
    ProposedDecision p;
    p.intention_id = i.id;
    p.year = i.from_year;
    p.capacity_unit = i.capacity_unit;
    auto it = state.find(i.from_year);
    if (it == state.end() || !it->second.exists) {
      p.outcome = EffectOutcome::no_year;
    } else if (!it->second.draft) {
      p.outcome = EffectOutcome::year_approved;
    } else if (!it->second.in_network) {
      if (i.capacity_delta <= 0) {
        p.outcome = EffectOutcome::not_in_network;
      } else {
        p.kind = "include";
        p.capacity_after = i.capacity_delta;
        it->second.in_network = true;
        it->second.capacity = i.capacity_delta;
        it->second.capacity_unit = i.capacity_unit;
      }
    } else if (!it->second.capacity_unit.empty() && it->second.capacity_unit != i.capacity_unit) {
      p.outcome = EffectOutcome::unit_mismatch;
      p.capacity_before = it->second.capacity;
    } else {
      const double before = it->second.capacity;
      const double after = before + i.capacity_delta;
      p.capacity_before = before;
      p.kind = after <= 0 ? "remove" : "change";
      p.capacity_after = after <= 0 ? 0 : after;
      it->second.capacity = p.capacity_after;
      it->second.in_network = after > 0;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace kvalis::network
