#pragma once
// SQL of the minimal form of a service (tables nw_minimal_forms, nw_minimal_form_needs, nw_gap_actions) and the
// reads it needs of regions, services, coverage rounds, their answers and the cards' needs (0009_network.sql).
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "network/core/minimal.hpp"

namespace kvalis::network::store::minimal_repo {

struct RegionRow {
  long long org_id = 0;
  std::string region_code;
  std::string name;
};
std::vector<RegionRow> regions(soci::session& s);
std::optional<RegionRow> region_by_org(soci::session& s, long long org_id);
// Region codes of the active services of these organisations.
std::vector<std::string> service_region_codes(soci::session& s, const std::vector<long long>& org_ids);

struct FormRow {
  long long id = 0;
  long long region_org_id = 0;
  std::string kind_code;
  std::string kind_name;
  std::optional<long long> basis_round_id;
  std::string basis_round_title;
  MinimalFormStatus status = MinimalFormStatus::draft;
  std::string valid_from;
  std::string note;
  long long set_at = 0;
  long long created_at = 0;
  std::vector<long long> needs;  // required need areas
};
std::vector<FormRow> list_forms(soci::session& s, long long region_org_id);
std::optional<FormRow> get_form(soci::session& s, long long id);
std::optional<long long> form_of_kind(soci::session& s, long long region_org_id, const std::string& kind_code,
                                      MinimalFormStatus status);
long long insert_form(soci::session& s, const FormRow& f, long long user_id, long long now);
void update_form(soci::session& s, const FormRow& f, long long now);
void replace_needs(soci::session& s, long long form_id, const std::vector<long long>& needs);
void mark_set(soci::session& s, long long form_id, long long user_id, long long now);
// Every other set form of the region's kind becomes superseded.
void supersede_others(soci::session& s, long long region_org_id, const std::string& kind_code, long long except_id,
                      long long now);

struct RoundRow {
  long long id = 0;
  long long region_org_id = 0;
  std::string title;
  std::string period_from;
  std::string period_to;
  std::string kinds;  // ';4;13;'
  std::string status;
};
std::optional<RoundRow> get_round(soci::session& s, long long id);
// The locked round of the region with the latest period.
std::optional<long long> latest_locked_round(soci::session& s, long long region_org_id);

struct NeedRow {
  long long need_area_id = 0;
  std::string code;
  std::string name_cs;
  std::string name_en;
};
// The needs of the card versions the round's forms of this kind were answered against, in card order.
std::vector<NeedRow> round_needs(soci::session& s, long long round_id, const std::string& kind_code);
std::map<long long, NeedRow> need_names(soci::session& s, const std::vector<long long>& ids);

// How each service of the kind answered in the round (submitted forms only).
std::vector<ServiceCoverage> round_coverage(soci::session& s, long long round_id, const std::string& kind_code);

struct ServiceRow {
  long long id = 0;
  std::string name;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::string region_code;
  bool active = false;
};
std::vector<ServiceRow> services_of_kind(soci::session& s, const std::string& region_code, const std::string& kind_code);
std::optional<ServiceRow> get_service(soci::session& s, long long id);

// Each service's latest submitted answer in a locked round of the region (rounds whose period starts on or
// before `until`, YYYY-MM-DD; '' = any), as coverage and the round it came from.
std::map<long long, std::pair<ServiceCoverage, long long>> latest_coverage(soci::session& s, long long region_org_id,
                                                                           const std::string& kind_code,
                                                                           const std::string& until);

// (service, need) -> q_actions id raised from the form.
std::map<std::pair<long long, long long>, long long> gap_actions(soci::session& s, long long form_id);
void insert_gap_action(soci::session& s, long long form_id, long long service_id, long long need_area_id,
                       long long action_id, long long user_id, long long now);

std::string kind_name(soci::session& s, const std::string& kind_code);

}  // namespace kvalis::network::store::minimal_repo
