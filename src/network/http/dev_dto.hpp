#pragma once
// DTOs of providers' development plans and the region's criteria (PLAN13_SPEC [devplans]).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct NwDevCriterion {
  static constexpr const char* kSchemaName = "NwDevCriterion";
  long long id = 0;
  std::string code, name, name_cs, name_en, description;
  std::string evidence;  // '' | coverage | benchmark | audit: what the evidence panel shows for it
  double weight = 0;
  int scale_max = 5;
  int position = 0;
  bool active = true;
};
BOOST_DESCRIBE_STRUCT(NwDevCriterion, (),
                      (id, code, name, name_cs, name_en, description, evidence, weight, scale_max, position, active))

struct NwDevCriterionList {
  static constexpr const char* kSchemaName = "NwDevCriterionList";
  long long region_org_id = 0;
  std::string region_name;
  bool can_manage = false;
  std::vector<NwDevCriterion> items;
};
BOOST_DESCRIBE_STRUCT(NwDevCriterionList, (), (region_org_id, region_name, can_manage, items))

struct NwDevCriterionInput {
  static constexpr const char* kSchemaName = "NwDevCriterionInput";
  std::optional<std::string> region;  // region code; default the caller's region (create only)
  std::string code, name_cs;
  std::optional<std::string> name_en, description, evidence;
  double weight = 0;
  std::optional<int> scale_max, position;
  std::optional<bool> active;
};
BOOST_DESCRIBE_STRUCT(NwDevCriterionInput, (),
                      (region, code, name_cs, name_en, description, evidence, weight, scale_max, position, active))

struct NwDevPlanSummary {
  static constexpr const char* kSchemaName = "NwDevPlanSummary";
  long long id = 0, service_id = 0, provider_id = 0;
  std::string service_name, provider_name, kind_code, kind_name;
  int year_from = 0, year_to = 0;
  std::string years;  // "2026–2028"
  std::string title, status, status_name;
  double total_cost = 0;
  std::optional<double> score;          // once the caller may read the evaluation
  std::string decision, decision_name;  // '' until decided (or hidden)
};
BOOST_DESCRIBE_STRUCT(NwDevPlanSummary, (),
                      (id, service_id, provider_id, service_name, provider_name, kind_code, kind_name, year_from,
                       year_to, years, title, status, status_name, total_cost, score, decision, decision_name))

struct NwDevPlanList {
  static constexpr const char* kSchemaName = "NwDevPlanList";
  std::vector<NwDevPlanSummary> items;
};
BOOST_DESCRIBE_STRUCT(NwDevPlanList, (), (items))

struct NwDevPlanInput {
  static constexpr const char* kSchemaName = "NwDevPlanInput";
  long long service_id = 0;
  int year_from = 0, year_to = 0;
  std::string title;
  std::optional<std::string> summary;
};
BOOST_DESCRIBE_STRUCT(NwDevPlanInput, (), (service_id, year_from, year_to, title, summary))

struct NwDevCost {
  static constexpr const char* kSchemaName = "NwDevCost";
  int year = 0;
  std::string category, category_name;
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NwDevCost, (), (year, category, category_name, amount))

struct NwDevCostInput {
  static constexpr const char* kSchemaName = "NwDevCostInput";
  int year = 0;
  std::string category;  // personnel | operating | investment
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NwDevCostInput, (), (year, category, amount))

struct NwDevIntention {
  static constexpr const char* kSchemaName = "NwDevIntention";
  long long id = 0;
  std::string type, type_name, description;
  std::optional<double> capacity_delta;
  std::string capacity_unit, form_code, form_name, territory_code, territory_name;
  std::optional<double> fte_delta;
  int from_year = 0;
  std::optional<long long> need_area_id;
  std::string need_name;
  std::optional<long long> finding_id;
  std::string finding_text;
  std::optional<long long> plan_node_id;
  std::string plan_node_code, plan_node_title, answers_text;
  std::string decision, decision_name;  // '' | support | not_support (once decided, for those who see it)
  std::vector<NwDevCost> costs;
  double total = 0;
};
BOOST_DESCRIBE_STRUCT(NwDevIntention, (),
                      (id, type, type_name, description, capacity_delta, capacity_unit, form_code, form_name,
                       territory_code, territory_name, fte_delta, from_year, need_area_id, need_name, finding_id,
                       finding_text, plan_node_id, plan_node_code, plan_node_title, answers_text, decision,
                       decision_name, costs, total))

struct NwDevIntentionInput {
  static constexpr const char* kSchemaName = "NwDevIntentionInput";
  std::string type;  // capacity | new_form | new_territory | staffing | quality | other
  std::string description;
  std::optional<double> capacity_delta;
  std::optional<std::string> capacity_unit, form_code, territory_code;
  std::optional<double> fte_delta;
  int from_year = 0;
  std::optional<long long> need_area_id, finding_id, plan_node_id;
  std::optional<std::string> answers_text;
  std::optional<std::vector<NwDevCostInput>> costs;
};
BOOST_DESCRIBE_STRUCT(NwDevIntentionInput, (),
                      (type, description, capacity_delta, capacity_unit, form_code, territory_code, fte_delta,
                       from_year, need_area_id, finding_id, plan_node_id, answers_text, costs))

struct NwDevPlanChange {
  static constexpr const char* kSchemaName = "NwDevPlanChange";
  std::optional<std::string> title, summary;
  std::optional<std::vector<NwDevIntentionInput>> intentions;  // the whole list, replacing the plan's
};
BOOST_DESCRIBE_STRUCT(NwDevPlanChange, (), (title, summary, intentions))

struct NwDevYear {
  static constexpr const char* kSchemaName = "NwDevYear";
  int year = 0;
  double personnel = 0, operating = 0, investment = 0, total = 0;
};
BOOST_DESCRIBE_STRUCT(NwDevYear, (), (year, personnel, operating, investment, total))

struct NwDevScore {
  static constexpr const char* kSchemaName = "NwDevScore";
  long long criterion_id = 0;
  std::string code, name, evidence;
  double weight = 0;
  int scale_max = 5;
  std::optional<int> score;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(NwDevScore, (), (criterion_id, code, name, evidence, weight, scale_max, score, reason))

struct NwDevEvaluation {
  static constexpr const char* kSchemaName = "NwDevEvaluation";
  std::optional<double> total_score;  // 0..100
  std::vector<NwDevScore> scores;
  std::string decision, decision_name, decision_reason, decided_on, effect_note;
  std::optional<std::string> evaluated_at, decided_at;
};
BOOST_DESCRIBE_STRUCT(NwDevEvaluation, (),
                      (total_score, scores, decision, decision_name, decision_reason, decided_on, effect_note,
                       evaluated_at, decided_at))

struct NwDevProposed {
  static constexpr const char* kSchemaName = "NwDevProposed";
  long long intention_id = 0;
  int year = 0;
  std::string kind, kind_name;
  std::optional<double> capacity_before;
  double capacity_after = 0;
  std::string capacity_unit;
  std::string outcome;  // proposed | no_year | year_approved | not_in_network | unit_mismatch
  std::string outcome_text;
};
BOOST_DESCRIBE_STRUCT(NwDevProposed, (),
                      (intention_id, year, kind, kind_name, capacity_before, capacity_after, capacity_unit, outcome,
                       outcome_text))

struct NwDevNetworkDecision {
  static constexpr const char* kSchemaName = "NwDevNetworkDecision";
  long long id = 0, intention_id = 0;
  int year = 0;
  std::string kind, kind_name;
  std::optional<double> capacity_before, capacity_after;
  std::string capacity_unit, decided_on;
};
BOOST_DESCRIBE_STRUCT(NwDevNetworkDecision, (),
                      (id, intention_id, year, kind, kind_name, capacity_before, capacity_after, capacity_unit,
                       decided_on))

struct NwDevEffect {
  static constexpr const char* kSchemaName = "NwDevEffect";
  std::vector<NwDevProposed> proposed;                  // the answer to the decision only
  std::vector<NwDevNetworkDecision> network_decisions;  // recorded in the network years
};
BOOST_DESCRIBE_STRUCT(NwDevEffect, (), (proposed, network_decisions))

struct NwDevPlan {
  static constexpr const char* kSchemaName = "NwDevPlan";
  long long id = 0, region_org_id = 0, service_id = 0, provider_id = 0;
  std::string service_name, provider_name, kind_code, kind_name;
  int year_from = 0, year_to = 0;
  long long service_capacity = 0;  // registered
  std::string service_capacity_unit;
  std::string title, summary, status, status_name, region_note;
  std::optional<std::string> submitted_at;
  double total_cost = 0;
  std::vector<NwDevIntention> intentions;
  std::vector<NwDevYear> costs;   // every intention, per year
  std::vector<NwDevYear> demand;  // the supported intentions per year (once decided)
  std::optional<NwDevEvaluation> evaluation;
  NwDevEffect effect;
  std::vector<std::string> allowed;  // edit, submit, return, evaluate, decide
};
BOOST_DESCRIBE_STRUCT(NwDevPlan, (),
                      (id, region_org_id, service_id, provider_id, service_name, provider_name, kind_code, kind_name,
                       year_from, year_to, service_capacity, service_capacity_unit, title, summary, status, status_name,
                       region_note, submitted_at, total_cost, intentions, costs, demand, evaluation, effect, allowed))

struct NwDevReturnInput {
  static constexpr const char* kSchemaName = "NwDevReturnInput";
  std::string note;
};
BOOST_DESCRIBE_STRUCT(NwDevReturnInput, (), (note))

struct NwDevScoreInput {
  static constexpr const char* kSchemaName = "NwDevScoreInput";
  long long criterion_id = 0;
  int score = 0;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(NwDevScoreInput, (), (criterion_id, score, reason))

struct NwDevEvaluationInput {
  static constexpr const char* kSchemaName = "NwDevEvaluationInput";
  std::vector<NwDevScoreInput> scores;
};
BOOST_DESCRIBE_STRUCT(NwDevEvaluationInput, (), (scores))

struct NwDevIntentionChoice {
  static constexpr const char* kSchemaName = "NwDevIntentionChoice";
  long long id = 0;
  std::string decision;  // support | not_support
};
BOOST_DESCRIBE_STRUCT(NwDevIntentionChoice, (), (id, decision))

struct NwDevDecisionInput {
  static constexpr const char* kSchemaName = "NwDevDecisionInput";
  std::string decision;  // support | partly | not_support
  std::optional<std::string> reason;
  std::optional<std::vector<NwDevIntentionChoice>> intentions;
  std::string decided_on;
  std::optional<std::string> decided_by_text;
};
BOOST_DESCRIBE_STRUCT(NwDevDecisionInput, (), (decision, reason, intentions, decided_on, decided_by_text))

struct NwDevDemandService {
  static constexpr const char* kSchemaName = "NwDevDemandService";
  long long dev_plan_id = 0, service_id = 0;
  std::string service_name, provider_name, plan_title;
  std::vector<NwDevYear> years;
};
BOOST_DESCRIBE_STRUCT(NwDevDemandService, (), (dev_plan_id, service_id, service_name, provider_name, plan_title, years))

struct NwDevDemand {
  static constexpr const char* kSchemaName = "NwDevDemand";
  std::vector<int> years;
  std::vector<NwDevYear> totals;
  std::vector<NwDevDemandService> services;
};
BOOST_DESCRIBE_STRUCT(NwDevDemand, (), (years, totals, services))

}  // namespace kvalis::http::dto
