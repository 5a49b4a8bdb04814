#pragma once
// DTOs of the minimal form of a service (NETWORK_SPEC [minimal]).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct NwMinimalFormSummary {
  static constexpr const char* kSchemaName = "NwMinimalFormSummary";
  long long id = 0;
  std::string kind_code, kind_name, status, valid_from;
  std::optional<long long> basis_round;
  std::string basis_round_title;
  int needs_required = 0, services_checked = 0, services_meeting = 0;
};
BOOST_DESCRIBE_STRUCT(NwMinimalFormSummary, (),
                      (id, kind_code, kind_name, status, valid_from, basis_round, basis_round_title, needs_required,
                       services_checked, services_meeting))

struct NwMinimalFormList {
  static constexpr const char* kSchemaName = "NwMinimalFormList";
  long long region_org_id = 0;
  std::string region_code, region_name;
  bool can_manage = false;
  std::vector<NwMinimalFormSummary> items;
};
BOOST_DESCRIBE_STRUCT(NwMinimalFormList, (), (region_org_id, region_code, region_name, can_manage, items))

struct NwMinimalNeed {
  static constexpr const char* kSchemaName = "NwMinimalNeed";
  long long need_area_id = 0;
  std::string code, name, name_cs, name_en;
  bool required = false;
  double share_direct = 0;  // 0..1 of the services that answered in the basis round
  int services_answered = 0, services_direct = 0;
};
BOOST_DESCRIBE_STRUCT(NwMinimalNeed, (),
                      (need_area_id, code, name, name_cs, name_en, required, share_direct, services_answered,
                       services_direct))

struct NwMinimalForm {
  static constexpr const char* kSchemaName = "NwMinimalForm";
  long long id = 0, region_org_id = 0;
  std::string region_name, kind_code, kind_name, status, valid_from, note;
  std::optional<long long> basis_round;
  std::string basis_round_title;
  std::optional<std::string> set_at;
  int needs_required = 0, services_checked = 0, services_meeting = 0;
  bool can_manage = false;
  std::vector<NwMinimalNeed> needs;
};
BOOST_DESCRIBE_STRUCT(NwMinimalForm, (),
                      (id, region_org_id, region_name, kind_code, kind_name, status, valid_from, note, basis_round,
                       basis_round_title, set_at, needs_required, services_checked, services_meeting, can_manage,
                       needs))

struct NwMinimalFormInput {
  static constexpr const char* kSchemaName = "NwMinimalFormInput";
  std::optional<std::string> region;  // region code; default the caller's region
  std::string kind_code;
  long long basis_round_id = 0;
};
BOOST_DESCRIBE_STRUCT(NwMinimalFormInput, (), (region, kind_code, basis_round_id))

struct NwMinimalFormChange {
  static constexpr const char* kSchemaName = "NwMinimalFormChange";
  std::optional<std::vector<long long>> required;  // need area ids every service must meet directly
  std::optional<std::string> valid_from;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(NwMinimalFormChange, (), (required, valid_from, note))

struct NwMissingNeed {
  static constexpr const char* kSchemaName = "NwMissingNeed";
  long long need_area_id = 0;
  std::string name;
  std::optional<long long> action_id;
};
BOOST_DESCRIBE_STRUCT(NwMissingNeed, (), (need_area_id, name, action_id))

struct NwServiceCheck {
  static constexpr const char* kSchemaName = "NwServiceCheck";
  long long minimal_form_id = 0, service_id = 0, provider_id = 0;
  std::string service_name, provider_name, kind_code;
  std::optional<long long> round_id;
  bool answered = false, meets = false;
  int required = 0, met = 0;
  std::vector<NwMissingNeed> missing;
  double share_met = 0;  // 0..1
};
BOOST_DESCRIBE_STRUCT(NwServiceCheck, (),
                      (minimal_form_id, service_id, provider_id, service_name, provider_name, kind_code, round_id,
                       answered, meets, required, met, missing, share_met))

struct NwServiceCheckList {
  static constexpr const char* kSchemaName = "NwServiceCheckList";
  std::vector<NwServiceCheck> items;
};
BOOST_DESCRIBE_STRUCT(NwServiceCheckList, (), (items))

struct NwGapActionsInput {
  static constexpr const char* kSchemaName = "NwGapActionsInput";
  long long service_id = 0;
  std::optional<std::vector<long long>> need_area_ids;  // default: every missing need
  std::string due_date;
  std::string owner;
};
BOOST_DESCRIBE_STRUCT(NwGapActionsInput, (), (service_id, need_area_ids, due_date, owner))

struct NwGapAction {
  static constexpr const char* kSchemaName = "NwGapAction";
  long long need_area_id = 0;
  std::string need_name;
  long long action_id = 0;
  bool created = false;
};
BOOST_DESCRIBE_STRUCT(NwGapAction, (), (need_area_id, need_name, action_id, created))

struct NwGapActions {
  static constexpr const char* kSchemaName = "NwGapActions";
  long long minimal_form_id = 0, service_id = 0;
  std::optional<long long> audit_id;
  std::vector<NwGapAction> items;
};
BOOST_DESCRIBE_STRUCT(NwGapActions, (), (minimal_form_id, service_id, audit_id, items))

}  // namespace kvalis::http::dto
