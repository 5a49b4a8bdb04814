#pragma once
// DTOs of the evidence panel of a service (issue 13 item 5, PLAN13_SPEC [devplans]).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct NwEvidenceService {
  static constexpr const char* kSchemaName = "NwEvidenceService";
  long long id = 0, provider_id = 0;
  std::string name, provider_name, kind_code, kind_name;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceService, (), (id, provider_id, name, provider_name, kind_code, kind_name))

struct NwEvidencePoint {
  static constexpr const char* kSchemaName = "NwEvidencePoint";
  long long round_id = 0;
  std::string round;
  int period = 0;
  std::optional<double> value, peer_median, peer_q1, peer_q3;
  std::optional<long long> peers;
};
BOOST_DESCRIBE_STRUCT(NwEvidencePoint, (), (round_id, round, period, value, peer_median, peer_q1, peer_q3, peers))

struct NwEvidenceIndicator {
  static constexpr const char* kSchemaName = "NwEvidenceIndicator";
  long long group_id = 0;
  std::string group, code, indicator, unit, direction, direction_name;
  std::vector<NwEvidencePoint> trend;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceIndicator, (),
                      (group_id, group, code, indicator, unit, direction, direction_name, trend))

struct NwEvidenceAction {
  static constexpr const char* kSchemaName = "NwEvidenceAction";
  long long id = 0;
  std::string text, due_date, status, status_name, due_state;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceAction, (), (id, text, due_date, status, status_name, due_state))

struct NwEvidenceAudit {
  static constexpr const char* kSchemaName = "NwEvidenceAudit";
  long long id = 0;
  std::string title, date, verdict, verdict_name;
  std::optional<double> total_percent;
  std::vector<NwEvidenceAction> open_actions;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceAudit, (), (id, title, date, verdict, verdict_name, total_percent, open_actions))

struct NwEvidenceNeed {
  static constexpr const char* kSchemaName = "NwEvidenceNeed";
  long long need_area_id = 0;
  std::string name, mode, mode_name;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceNeed, (), (need_area_id, name, mode, mode_name))

struct NwEvidenceCoverage {
  static constexpr const char* kSchemaName = "NwEvidenceCoverage";
  std::optional<long long> round_id;
  std::string round;
  bool submitted = false;
  std::vector<NwEvidenceNeed> needs;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceCoverage, (), (round_id, round, submitted, needs))

struct NwEvidenceMinimal {
  static constexpr const char* kSchemaName = "NwEvidenceMinimal";
  long long minimal_form_id = 0;
  int required = 0, met = 0;
  std::vector<std::string> missing;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceMinimal, (), (minimal_form_id, required, met, missing))

struct NwEvidenceEntrustment {
  static constexpr const char* kSchemaName = "NwEvidenceEntrustment";
  std::string act_number, valid_from, valid_to;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceEntrustment, (), (act_number, valid_from, valid_to))

struct NwEvidenceNetwork {
  static constexpr const char* kSchemaName = "NwEvidenceNetwork";
  bool in_network = false;
  std::optional<int> year;
  std::optional<double> capacity;
  std::string capacity_unit;
  std::optional<NwEvidenceEntrustment> entrustment;
};
BOOST_DESCRIBE_STRUCT(NwEvidenceNetwork, (), (in_network, year, capacity, capacity_unit, entrustment))

struct NwEvidence {
  static constexpr const char* kSchemaName = "NwEvidence";
  NwEvidenceService service;
  std::vector<NwEvidenceIndicator> indicators;
  std::optional<NwEvidenceAudit> last_audit;
  NwEvidenceCoverage coverage;
  std::optional<NwEvidenceMinimal> minimal_check;
  NwEvidenceNetwork network;
};
BOOST_DESCRIBE_STRUCT(NwEvidence, (), (service, indicators, last_audit, coverage, minimal_check, network))

}  // namespace kvalis::http::dto
