#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct CodeName {
  static constexpr const char* kSchemaName = "CodeName";
  std::string code;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(CodeName, (), (code, name))

struct CatalogueEntry {
  static constexpr const char* kSchemaName = "CatalogueEntry";
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string parent_code;
  std::string paragraph;
  std::string source_act;
  std::string valid_from;
  std::string valid_to;
};
BOOST_DESCRIBE_STRUCT(CatalogueEntry, (),
                      (code, name_cs, name_en, parent_code, paragraph, source_act, valid_from, valid_to))

struct ServiceKindEntry {
  static constexpr const char* kSchemaName = "ServiceKindEntry";
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string paragraph;
  std::string group;
  std::vector<std::string> forms;
  std::string source_act;
  std::string valid_from;
};
BOOST_DESCRIBE_STRUCT(ServiceKindEntry, (), (code, name_cs, name_en, paragraph, group, forms, source_act, valid_from))

struct CatalogueSet {
  static constexpr const char* kSchemaName = "Catalogues";
  std::vector<ServiceKindEntry> service_kinds;
  std::vector<CatalogueEntry> target_groups;
  std::vector<CatalogueEntry> age_groups;
  std::vector<CatalogueEntry> forms;
  std::vector<CatalogueEntry> capacity_types;
  std::vector<CatalogueEntry> regions;
  std::vector<CatalogueEntry> territories;
  std::vector<CatalogueEntry> legal_forms;
};
BOOST_DESCRIBE_STRUCT(CatalogueSet, (),
                      (service_kinds, target_groups, age_groups, forms, capacity_types, regions, territories,
                       legal_forms))

struct Organisation {
  static constexpr const char* kSchemaName = "Organisation";
  long long id = 0;
  std::string type;
  std::string name;
  std::string ico;
  std::string legal_form_code;
  std::string legal_form_name;
  std::string founder;
  std::string region_code;
  std::string territory_code;
  std::string address;
  long long service_count = 0;
};
BOOST_DESCRIBE_STRUCT(Organisation, (),
                      (id, type, name, ico, legal_form_code, legal_form_name, founder, region_code, territory_code,
                       address, service_count))

struct OrganisationList {
  static constexpr const char* kSchemaName = "OrganisationList";
  std::vector<Organisation> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(OrganisationList, (), (items, total, page, page_size))

struct OrganisationInput {
  static constexpr const char* kSchemaName = "OrganisationInput";
  std::optional<std::string> type;
  std::optional<std::string> name;
  std::optional<std::string> ico;
  std::optional<std::string> legal_form_code;
  std::optional<std::string> founder;
  std::optional<std::string> region_code;
  std::optional<std::string> territory_code;
  std::optional<std::string> address;
};
BOOST_DESCRIBE_STRUCT(OrganisationInput, (),
                      (type, name, ico, legal_form_code, founder, region_code, territory_code, address))

struct ServiceSummary {
  static constexpr const char* kSchemaName = "ServiceSummary";
  long long id = 0;
  std::string registry_id;
  std::string name;
  std::string kind_code;
  std::string kind_name;
  long long provider_id = 0;
  std::string provider_name;
  std::vector<std::string> forms;
  long long capacity_total = 0;
  std::string capacity_unit;
  std::vector<std::string> territory_codes;
  std::string region_code;
  std::string status;
  std::string registered_from;
  std::string ended_on;
};
BOOST_DESCRIBE_STRUCT(ServiceSummary, (),
                      (id, registry_id, name, kind_code, kind_name, provider_id, provider_name, forms, capacity_total,
                       capacity_unit, territory_codes, region_code, status, registered_from, ended_on))

struct ServiceList {
  static constexpr const char* kSchemaName = "ServiceList";
  std::vector<ServiceSummary> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(ServiceList, (), (items, total, page, page_size))

struct CapacityDto {
  static constexpr const char* kSchemaName = "Capacity";
  long long count = 0;
  std::string type;
  std::string type_name;
  std::string description;
};
BOOST_DESCRIBE_STRUCT(CapacityDto, (), (count, type, type_name, description))

struct ServiceFormDto {
  static constexpr const char* kSchemaName = "ServiceForm";
  std::string form;
  std::string form_name;
  bool continuous = false;
  std::vector<CapacityDto> capacities;
};
BOOST_DESCRIBE_STRUCT(ServiceFormDto, (), (form, form_name, continuous, capacities))

struct FacilityDto {
  static constexpr const char* kSchemaName = "Facility";
  long long id = 0;
  std::string name;
  std::optional<std::string> address;
  bool secret = false;
  long long capacity = 0;
  std::string territory_code;
  std::string from;
  std::string to;
};
BOOST_DESCRIBE_STRUCT(FacilityDto, (), (id, name, address, secret, capacity, territory_code, from, to))

struct ContactsDto {
  static constexpr const char* kSchemaName = "Contacts";
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::vector<std::string> webs;
};
BOOST_DESCRIBE_STRUCT(ContactsDto, (), (emails, phones, webs))

struct ServiceDetail {
  static constexpr const char* kSchemaName = "ServiceDetail";
  long long id = 0;
  std::string registry_id;
  std::string name;
  std::string kind_code;
  std::string kind_name;
  std::string kind_paragraph;
  long long provider_id = 0;
  std::string provider_name;
  long long capacity_total = 0;
  std::string capacity_unit;
  std::string region_code;
  std::string region_name;
  std::string status;
  std::string registered_from;
  std::string ended_on;
  std::vector<std::string> territory_codes;
  std::vector<ServiceFormDto> forms;
  std::vector<CodeName> target_groups;
  std::vector<CodeName> age_groups;
  std::string age_note;
  std::vector<FacilityDto> facilities;
  ContactsDto contacts;
  std::vector<CodeName> territories;
};
BOOST_DESCRIBE_STRUCT(ServiceDetail, (),
                      (id, registry_id, name, kind_code, kind_name, kind_paragraph, provider_id, provider_name,
                       capacity_total, capacity_unit, region_code, region_name, status, registered_from, ended_on,
                       territory_codes, forms, target_groups, age_groups, age_note, facilities, contacts, territories))

}  // namespace kvalis::http::dto
