#pragma once
// JSON shapes of the regional network year by year (PLAN13_SPEC [netyears]): years, entries with the
// entrustment act in force and the year's decisions, decisions, a service's history, entrustment acts and the
// comparisons with the registry and with need coverage. Schema names start with "Nwy" (netyears) so that the
// other parts of the network module cannot collide with them.
#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::http::dto {

struct NwyCodeName {
  static constexpr const char* kSchemaName = "NwyCodeName";
  std::string code;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(NwyCodeName, (), (code, name))

struct NwyCapacity {
  static constexpr const char* kSchemaName = "NwyCapacity";
  std::string unit;
  std::string unit_name;
  double capacity = 0;
};
BOOST_DESCRIBE_STRUCT(NwyCapacity, (), (unit, unit_name, capacity))

struct NwyYear {
  static constexpr const char* kSchemaName = "NwyYear";
  long long id = 0;
  int year = 0;
  std::string status;  // draft | approved
  int services = 0;
  std::vector<NwyCapacity> capacity_by_unit;
  std::string approved_on;
  std::string approved_by_text;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwyYear, (),
                      (id, year, status, services, capacity_by_unit, approved_on, approved_by_text, can_manage))

struct NwyYearList {
  static constexpr const char* kSchemaName = "NwyYearList";
  std::vector<NwyYear> items;
};
BOOST_DESCRIBE_STRUCT(NwyYearList, (), (items))

struct NwyYearInput {
  static constexpr const char* kSchemaName = "NwyYearInput";
  int year = 0;
  std::optional<std::string> region;  // region code; default the caller's region
};
BOOST_DESCRIBE_STRUCT(NwyYearInput, (), (year, region))

struct NwyApproveInput {
  static constexpr const char* kSchemaName = "NwyApproveInput";
  std::string approved_on;
  std::optional<std::string> approved_by_text;
};
BOOST_DESCRIBE_STRUCT(NwyApproveInput, (), (approved_on, approved_by_text))

struct NwyActRef {
  static constexpr const char* kSchemaName = "NwyActRef";
  long long id = 0;
  std::string act_number;
  std::string valid_from;
  std::string valid_to;
  std::string status;
};
BOOST_DESCRIBE_STRUCT(NwyActRef, (), (id, act_number, valid_from, valid_to, status))

struct NwyDecision {
  static constexpr const char* kSchemaName = "NwyDecision";
  long long id = 0;
  long long network_year_id = 0;
  int year = 0;
  long long service_id = 0;
  std::string service_name;
  std::string kind;  // include | change | remove
  std::string kind_name;
  std::string decided_on;
  std::string reason;
  std::string decided_by_text;
  std::optional<double> capacity_before;
  std::optional<double> capacity_after;
  std::string capacity_unit;
  std::optional<long long> dev_intention_id;
  std::vector<NwyCodeName> territories_before;  // a change of the territories (include: only after)
  std::vector<NwyCodeName> territories_after;
};
BOOST_DESCRIBE_STRUCT(NwyDecision, (),
                      (id, network_year_id, year, service_id, service_name, kind, kind_name, decided_on, reason,
                       decided_by_text, capacity_before, capacity_after, capacity_unit, dev_intention_id,
                       territories_before, territories_after))

struct NwyDecisionInput {
  static constexpr const char* kSchemaName = "NwyDecisionInput";
  long long service_id = 0;
  std::string kind;
  std::string decided_on;
  std::string reason;
  std::optional<std::string> decided_by_text;
  std::optional<double> capacity_after;
  std::optional<std::string> capacity_unit;
  std::optional<std::vector<std::string>> territories_after;  // ORP codes the entry covers after the decision
};
BOOST_DESCRIBE_STRUCT(NwyDecisionInput, (),
                      (service_id, kind, decided_on, reason, decided_by_text, capacity_after, capacity_unit,
                       territories_after))

struct NwyEntry {
  static constexpr const char* kSchemaName = "NwyEntry";
  long long service_id = 0;
  std::string service_name;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::string kind_name;
  double capacity = 0;
  std::string capacity_unit;
  std::string capacity_unit_name;
  std::optional<double> fte;
  std::vector<NwyCodeName> territories;
  std::optional<NwyActRef> entrustment;
  std::vector<NwyDecision> decisions_this_year;
};
BOOST_DESCRIBE_STRUCT(NwyEntry, (),
                      (service_id, service_name, provider_id, provider_name, kind_code, kind_name, capacity,
                       capacity_unit, capacity_unit_name, fte, territories, entrustment, decisions_this_year))

struct NwyYearDetail {
  static constexpr const char* kSchemaName = "NwyYearDetail";
  long long id = 0;
  int year = 0;
  std::string status;
  std::string approved_on;
  std::string approved_by_text;
  std::string region_code;
  std::string region_name;
  std::optional<int> previous_year;
  std::vector<NwyCapacity> capacity_by_unit;
  std::vector<NwyEntry> entries;
  std::vector<NwyDecision> decisions;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwyYearDetail, (),
                      (id, year, status, approved_on, approved_by_text, region_code, region_name, previous_year,
                       capacity_by_unit, entries, decisions, can_manage))

struct NwyHistoryYear {
  static constexpr const char* kSchemaName = "NwyHistoryYear";
  long long network_year_id = 0;
  int year = 0;
  std::string status;
  bool in_network = false;
  std::optional<double> capacity;
  std::string capacity_unit;
  std::vector<NwyDecision> decisions;
  std::optional<NwyActRef> entrustment;
};
BOOST_DESCRIBE_STRUCT(NwyHistoryYear, (),
                      (network_year_id, year, status, in_network, capacity, capacity_unit, decisions, entrustment))

struct NwyEntrustment {
  static constexpr const char* kSchemaName = "NwyEntrustment";
  long long id = 0;
  long long service_id = 0;
  std::string service_name;
  long long provider_id = 0;
  std::string provider_name;
  std::string act_number;
  std::string issued_on;
  std::string valid_from;
  std::string valid_to;
  std::optional<double> capacity;
  std::string capacity_unit;
  std::vector<NwyCodeName> forms;
  std::vector<NwyCodeName> territories;
  std::string scope;
  std::string status;  // valid | amended | revoked
  std::string note;
};
BOOST_DESCRIBE_STRUCT(NwyEntrustment, (),
                      (id, service_id, service_name, provider_id, provider_name, act_number, issued_on, valid_from,
                       valid_to, capacity, capacity_unit, forms, territories, scope, status, note))

struct NwyEntrustmentList {
  static constexpr const char* kSchemaName = "NwyEntrustmentList";
  std::vector<NwyEntrustment> items;
};
BOOST_DESCRIBE_STRUCT(NwyEntrustmentList, (), (items))

struct NwyEntrustmentInput {
  static constexpr const char* kSchemaName = "NwyEntrustmentInput";
  std::optional<long long> service_id;  // create: required
  std::string act_number;
  std::string issued_on;
  std::string valid_from;
  std::string valid_to;
  std::optional<double> capacity;
  std::optional<std::string> capacity_unit;
  std::optional<std::vector<std::string>> forms;
  std::optional<std::vector<std::string>> territories;
  std::optional<std::string> scope;
  std::optional<std::string> status;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(NwyEntrustmentInput, (),
                      (service_id, act_number, issued_on, valid_from, valid_to, capacity, capacity_unit, forms,
                       territories, scope, status, note))

struct NwyHistory {
  static constexpr const char* kSchemaName = "NwyHistory";
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string kind_name;
  std::string registry_status;
  std::string region_name;
  std::vector<NwyHistoryYear> years;
  std::string kind_code;
  std::vector<NwyEntrustment> entrustments;
};
BOOST_DESCRIBE_STRUCT(NwyHistory, (),
                      (service_id, service_name, provider_name, kind_name, kind_code, registry_status, region_name,
                       years, entrustments))

struct NwyRegistryService {
  static constexpr const char* kSchemaName = "NwyRegistryService";
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string kind_name;
  double registered_capacity = 0;
  std::string registered_unit;
  std::string kind_code;
};
BOOST_DESCRIBE_STRUCT(NwyRegistryService, (),
                      (service_id, service_name, provider_name, kind_name, kind_code, registered_capacity,
                       registered_unit))

struct NwyNotRegistered {
  static constexpr const char* kSchemaName = "NwyNotRegistered";
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string kind_name;
  double capacity = 0;
  std::string capacity_unit;
  std::string registry_status;  // ended | other_region | unknown
  std::string registry_status_name;
  std::string ended_on;
};
BOOST_DESCRIBE_STRUCT(NwyNotRegistered, (),
                      (service_id, service_name, provider_name, kind_name, capacity, capacity_unit, registry_status,
                       registry_status_name, ended_on))

struct NwyMismatch {
  static constexpr const char* kSchemaName = "NwyMismatch";
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string kind_name;
  std::string reason;  // capacity_below | unit_differs
  std::string reason_name;
  double network_capacity = 0;
  std::string network_unit;
  double registered_capacity = 0;
  std::string registered_unit;
};
BOOST_DESCRIBE_STRUCT(NwyMismatch, (),
                      (service_id, service_name, provider_name, kind_name, reason, reason_name, network_capacity,
                       network_unit, registered_capacity, registered_unit))

struct NwyRegistryDiff {
  static constexpr const char* kSchemaName = "NwyRegistryDiff";
  long long network_year_id = 0;
  int year = 0;
  std::vector<NwyRegistryService> not_in_network;
  std::vector<NwyNotRegistered> not_registered;
  std::vector<NwyMismatch> capacity_mismatch;
};
BOOST_DESCRIBE_STRUCT(NwyRegistryDiff, (), (network_year_id, year, not_in_network, not_registered, capacity_mismatch))

struct NwyNeed {
  static constexpr const char* kSchemaName = "NwyNeed";
  long long id = 0;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(NwyNeed, (), (id, name))

struct NwyRoundRef {
  static constexpr const char* kSchemaName = "NwyRoundRef";
  long long id = 0;
  std::string title;
  std::string period_from;
  std::string period_to;
};
BOOST_DESCRIBE_STRUCT(NwyRoundRef, (), (id, title, period_from, period_to))

struct NwyGap {
  static constexpr const char* kSchemaName = "NwyGap";
  std::string territory_code;
  std::string territory_name;
  long long need_area_id = 0;
  std::string need_name;
  int network_services = 0;
  int outside_network = 0;
};
BOOST_DESCRIBE_STRUCT(NwyGap, (),
                      (territory_code, territory_name, need_area_id, need_name, network_services, outside_network))

struct NwyCoverageDiff {
  static constexpr const char* kSchemaName = "NwyCoverageDiff";
  long long network_year_id = 0;
  int year = 0;
  std::optional<NwyRoundRef> round;
  std::vector<NwyNeed> needs;
  std::vector<NwyCodeName> territories;
  std::vector<NwyGap> gaps;
};
BOOST_DESCRIBE_STRUCT(NwyCoverageDiff, (), (network_year_id, year, round, needs, territories, gaps))

}  // namespace kvalis::http::dto
