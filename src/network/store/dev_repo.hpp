#pragma once
// Storage of providers' development plans (network module, issue 13 item 3): plans, their intentions with
// costs per year and category, the region's criteria, evaluations with scores per criterion, and the
// proposed network decisions of supported capacity intentions (written into nw_network_years /
// nw_network_entries / nw_network_decisions directly: the schema of migration 0010 is the contract with the
// network-years part). Also the few facts the evidence panel reads straight from the schema (the service's
// network entry and entrustment act in force).
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "network/core/dev_plans.hpp"

namespace kvalis::network::store::dev_repo {

struct ServiceRow {
  long long id = 0, provider_id = 0;
  std::string name, provider_name, kind_code, kind_name, region_code, forms, capacity_unit;
  long long capacity = 0;
  bool active = true;
};
std::optional<ServiceRow> service(soci::session& s, long long id);
// The region organisation of a region code.
std::optional<long long> region_org_of(soci::session& s, const std::string& region_code);

struct PlanRow {
  long long id = 0, region_org_id = 0, service_id = 0, provider_org_id = 0;
  int year_from = 0, year_to = 0;
  std::string title, summary;
  DevPlanStatus status = DevPlanStatus::draft;
  long long submitted_at = 0, submitted_by = 0;
  std::string region_note;
  long long created_by = 0, created_at = 0, updated_at = 0;
  std::string service_name, provider_name, kind_code, kind_name;
  std::string kind_name_en;        // the kind's English name (empty when the catalogue has none)
  long long service_capacity = 0;  // registered
  std::string service_capacity_unit;
  // From the evaluation, when there is one.
  std::optional<double> score;
  std::string decision;
  double total_cost = 0;  // of every intention
};
struct PlanFilter {
  long long region_org_id = 0;          // 0: any
  std::vector<long long> provider_ids;  // non-empty: only these providers' plans
  std::optional<DevPlanStatus> status;
  std::optional<long long> service_id;
  bool submitted_only = false;  // only plans submitted at least once
};
std::vector<PlanRow> list_plans(soci::session& s, const PlanFilter& f);
std::optional<PlanRow> get_plan(soci::session& s, long long id);
long long insert_plan(soci::session& s, const PlanRow& p, long long now);
void update_plan(soci::session& s, long long id, const std::string& title, const std::string& summary, long long now);
void set_status(soci::session& s, long long id, DevPlanStatus status, long long now);
void set_submitted(soci::session& s, long long id, long long user_id, long long now);
void set_region_note(soci::session& s, long long id, const std::string& note, long long now);
// Whether another plan of the service overlaps the years.
bool overlapping_plan(soci::session& s, long long service_id, int year_from, int year_to, long long except_id);

struct IntentionRow {
  long long id = 0, dev_plan_id = 0;
  IntentionType type = IntentionType::other;
  std::string description;
  std::optional<double> capacity_delta;
  std::string capacity_unit, form_code, territory_code;
  std::optional<double> fte_delta;
  int from_year = 0;
  std::optional<long long> need_area_id, finding_id, plan_node_id;
  std::string answers_text;
  IntentionDecision decision = IntentionDecision::none;
  int position = 0;
  std::vector<IntentionCost> costs;
  // Names for the UI.
  std::string need_name_cs, need_name_en, finding_text, plan_node_code, plan_node_title, form_name, territory_name;
};
std::vector<IntentionRow> intentions(soci::session& s, long long plan_id);
// Replaces every intention of a plan (and their costs).
void replace_intentions(soci::session& s, long long plan_id, const std::vector<IntentionRow>& rows);
void set_intention_decision(soci::session& s, long long intention_id, IntentionDecision d);

// Existence checks of what an intention refers to.
bool need_area_of_region(soci::session& s, long long need_area_id, long long region_org_id);
bool finding_of_service(soci::session& s, long long finding_id, long long service_id);
// A measure or an activity of one of the region's SPRSS plans (an intention links only to those).
bool plan_node_of_region(soci::session& s, long long node_id, long long region_org_id);
bool catalogue_has(soci::session& s, const std::string& catalogue, const std::string& code);

struct CriterionRow {
  long long id = 0, region_org_id = 0;
  std::string code, name_cs, name_en, description, evidence;
  double weight = 0;
  int scale_max = 5;
  int position = 0;
  bool active = true;
};
std::vector<CriterionRow> criteria(soci::session& s, long long region_org_id, bool active_only);
std::optional<CriterionRow> get_criterion(soci::session& s, long long id);
std::optional<long long> criterion_by_code(soci::session& s, long long region_org_id, const std::string& code);
long long insert_criterion(soci::session& s, const CriterionRow& c);
void update_criterion(soci::session& s, const CriterionRow& c);

struct ScoreRow {
  long long criterion_id = 0;
  int score = 0;
  std::string reason;
};
struct EvaluationRow {
  long long id = 0, dev_plan_id = 0;
  std::optional<double> total_score;
  std::string decision, decision_reason, decided_on, effect_note;
  long long evaluated_by = 0, evaluated_at = 0, decided_by = 0, decided_at = 0;
  std::vector<ScoreRow> scores;
};
std::optional<EvaluationRow> evaluation(soci::session& s, long long plan_id);
// Writes the scores and the total (replacing earlier scores).
void save_evaluation(soci::session& s, long long plan_id, double total, const std::vector<ScoreRow>& scores,
                     long long user_id, long long now);
void save_decision(soci::session& s, long long plan_id, DevDecision d, const std::string& reason,
                   const std::string& decided_on, const std::string& effect_note, long long user_id, long long now);

// ---- the network (schema of migration 0010, written by the network-years part too) ----

struct NetworkYear {
  long long id = 0;
  int year = 0;
  bool draft = true;
};
std::optional<NetworkYear> network_year(soci::session& s, long long region_org_id, int year);
// The latest year of the region's network up to `year` (else the earliest later one).
std::optional<NetworkYear> network_year_near(soci::session& s, long long region_org_id, int year);
struct NetworkEntry {
  long long id = 0;
  double capacity = 0;
  std::string capacity_unit;
};
std::optional<NetworkEntry> network_entry(soci::session& s, long long year_id, long long service_id);
struct NetworkDecision {
  long long region_org_id = 0, network_year_id = 0, service_id = 0;
  std::string kind, decided_on, reason, decided_by_text;
  std::optional<double> capacity_before;
  double capacity_after = 0;
  std::string capacity_unit;
  long long dev_intention_id = 0;
};
// Records the decision and applies it to the year's entries (include adds the service with its registered
// territories, change sets the capacity, remove drops the entry). Returns the decision's id.
long long record_network_decision(soci::session& s, const NetworkDecision& d, long long user_id, long long now);
struct RecordedDecision {
  long long id = 0, dev_intention_id = 0;
  int year = 0;
  std::string kind;
  std::optional<double> capacity_before, capacity_after;
  std::string capacity_unit, decided_on;
};
// The network decisions that answer intentions of a plan.
std::vector<RecordedDecision> decisions_of_plan(soci::session& s, long long plan_id);

struct Entrustment {
  std::string act_number, valid_from, valid_to;
};
// The act in force on the date (valid or amended), latest first.
std::optional<Entrustment> entrustment_in_force(soci::session& s, long long service_id, const std::string& date);

// ---- the region's development demand ----

struct DemandLine {
  long long dev_plan_id = 0, service_id = 0;
  std::string service_name, provider_name, plan_title;
  int year = 0;
  DevCostCategory category = DevCostCategory::operating;
  double amount = 0;
};
// The costs of every supported intention of the region's decided plans, by plan, year and category.
std::vector<DemandLine> supported_demand(soci::session& s, long long region_org_id,
                                         const std::vector<long long>& provider_ids);

}  // namespace kvalis::network::store::dev_repo
