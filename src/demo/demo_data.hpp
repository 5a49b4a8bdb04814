#pragma once
// Fixed tables of the demo region (internal to src/demo): places, kinds of service with their forms,
// capacities and target groups, and the providers with what each of them offers where.
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::demo::data {

struct Street {
  const char* name;
  const char* postcode;  // PSČ, five digits
};

// A real municipality of the region with its ČSÚ code and the ORP it belongs to. Codes, postcodes and
// most streets were read in the region's open data (fire, police and ambulance stations, 2022).
struct Town {
  const char* key;
  const char* name;
  const char* municipality_code;
  const char* territory_code;  // ORP, catalogues/territories.csv
  int max_house_number;
  std::vector<Street> streets;
};
const std::vector<Town>& towns();
const Town& town(std::string_view key);  // throws std::out_of_range for an unknown key

// ORPs whose territory touches this one, and the ORPs of the same district (okres).
const std::vector<std::string>& neighbour_territories(const std::string& territory_code);
const std::vector<std::string>& district_territories(const std::string& territory_code);
const std::vector<std::string>& all_territories();

// Who a kind of service is for: the base of the service's name, target groups and age groups
// (registry codes CilovaSkupinaOsoby, VekovaSkupinaOsoby).
struct Audience {
  const char* label;
  std::vector<const char*> target_groups;
  std::vector<const char*> age_groups;
};

// A form the kind may take (catalogues/service_kinds.csv, column forms) with its usual unit of
// capacity and the range of the instant capacity.
struct FormSpec {
  const char* form_code;
  const char* capacity_type;
  int min;
  int max;
  bool continuous;
};

enum class Reach {
  own,         // the ORP where the service sits
  neighbours,  // and one or two neighbouring ORPs (field services)
  district,    // every ORP of its district
  region,      // the whole region (helplines, telecare, early intervention)
};

struct KindTemplate {
  int code;  // DruhSocialniSluzby
  std::vector<Audience> audiences;
  std::vector<FormSpec> forms;
  const char* default_forms;  // "ter", "amb;ter", ...
  Reach reach;
  bool second_facility;  // sheltered housing: two households
};
const KindTemplate& kind(int code);  // throws std::out_of_range for a kind without a template

// What a provider offers in one place. forms, name and audience override the kind's defaults.
struct Offer {
  int kind;
  const char* town;
  const char* forms = nullptr;
  const char* name = nullptr;
  int audience = 0;
  bool secret = false;             // utajená adresa of the residential facility
  const char* ended_on = nullptr;  // service no longer provided (registration ended)
  int reach_override = -1;         // a Reach value, when the kind's default does not fit
};

struct ProviderSpec {
  const char* key;
  const char* name;
  const char* legal_form_code;  // FormaPravniSubjektivity
  const char* founder;          // zřizovatel of a contributory organisation
  const char* town;             // seat
  std::vector<Offer> offers;
};
const std::vector<ProviderSpec>& providers();

struct PersonSpec {
  const char* login;
  const char* display_name;
  const char* email_local;
  const char* organisation_key;  // empty: platform administrator
  const char* role;
};
const std::vector<PersonSpec>& people();

}  // namespace kvalis::demo::data
