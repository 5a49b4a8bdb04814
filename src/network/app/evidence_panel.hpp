#pragma once
// The evidence panel of a service (issue 13 item 5): what a planning decision needs beside it, one click away
// from a network decision, a development-plan evaluation or a subsidy line: the service's benchmark indicators
// over the rounds against its peers (benchmark/app service_scores), its last closed audit with the actions
// still open (quality/app), the needs it covers as it answered the latest locked coverage round
// (network/app coverage), its check against the minimal form of its kind (network/app minimal) and its place
// in the network (the network year and the entrustment act in force).
//
// Who: the region's staff and the members of the service's provider; anyone else gets not found. Each part
// is read with the caller's own rights in its module, so nothing shows that the caller could not read there.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

struct EvidenceService {
  long long id = 0, provider_id = 0, region_org_id = 0;
  std::string name, provider_name, kind_code, kind_name, region_code;
};
struct EvidencePoint {
  long long round_id = 0;
  std::string round;  // the round's name
  int period = 0;     // the round's reference year
  std::optional<double> value, peer_median, peer_q1, peer_q3;
  std::optional<long long> peers;  // services in the peer group
};
struct EvidenceIndicator {
  long long group_id = 0;
  std::string group, code, indicator, indicator_en, unit, direction;
  std::vector<EvidencePoint> trend;  // oldest round first
};
struct EvidenceAction {
  long long id = 0;
  std::string text, due_date, status, due_state;
};
struct EvidenceAudit {
  long long id = 0;
  std::string title, date, verdict;
  std::optional<double> total_percent;
  std::vector<EvidenceAction> open_actions;  // not yet verified
};
struct EvidenceNeed {
  long long need_area_id = 0;
  std::string name_cs, name_en, mode;  // direct | mediated | referred | none ('' not answered)
};
struct EvidenceCoverage {
  std::optional<long long> round_id;
  std::string round;
  bool submitted = false;
  std::vector<EvidenceNeed> needs;
};
struct EvidenceMinimal {
  long long minimal_form_id = 0;
  int required = 0, met = 0;
  std::vector<std::string> missing_cs, missing_en;
};
struct EvidenceEntrustment {
  std::string act_number, valid_from, valid_to;
};
struct EvidenceNetwork {
  bool in_network = false;
  std::optional<int> year;  // the network year read (this year's, else the nearest)
  std::optional<double> capacity;
  std::string capacity_unit;
  std::optional<EvidenceEntrustment> entrustment;
};
struct EvidencePanel {
  EvidenceService service;
  std::vector<EvidenceIndicator> indicators;
  std::optional<EvidenceAudit> last_audit;
  EvidenceCoverage coverage;
  std::optional<EvidenceMinimal> minimal_check;
  EvidenceNetwork network;
};

Result<EvidencePanel> evidence_panel(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id);

}  // namespace kvalis::network::app
