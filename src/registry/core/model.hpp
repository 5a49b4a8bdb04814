#pragma once
// Organisations and registered social services (registr poskytovatelů sociálních služeb, §78–§85
// zákona č. 108/2006 Sb.) as plain structs.
#include <string>
#include <utility>
#include <vector>

namespace kvalis::registry {

struct Address {
  std::string street;
  std::string house_number;        // číslo domovní (popisné / evidenční)
  std::string orientation_number;  // číslo orientační
  std::string municipality_code;   // obec (ČSÚ code)
  std::string municipality_name;
  std::string postcode;
  std::string address_point_code;  // kód adresního místa (RÚIAN)
  std::string region_code;         // kraj, registry code
  std::string district_code;       // okres
  std::string format() const;      // "Street 12/3, 500 02 Municipality"
};

struct Capacity {
  int count = 0;
  std::string type_code;  // klient, kontakt, interv, luzka, hovor
  std::string description;
};

struct ServiceForm {
  std::string form_code;    // pob, amb, ter
  bool continuous = false;  // nepřetržité poskytování
  std::vector<Capacity> capacities;
};

struct Facility {
  std::string name;
  Address address;
  bool secret = false;  // utajená adresa: shown only to the provider
  int capacity = 0;
  std::string territory_code;  // ORP where the facility lies, when known
  std::string provided_from;
  std::string provided_to;
};

struct Contact {
  std::string kind;  // email, phone, web
  std::string value;
  std::string note;
};

// A provider organisation as the registry knows it. Names of natural persons (statutory bodies,
// providers who are natural persons' contacts) are never stored.
struct Provider {
  std::string ico;
  std::string name;
  std::string legal_form_code;
  std::string founder;
  std::string region_code;
  std::string territory_code;
  std::string address;
};

struct Service {
  std::string registry_id;       // identifikátor služby
  std::string registry_item_id;  // the export's internal id
  std::string name;
  std::string kind_code;  // DruhSocialniSluzby code
  std::string region_code;
  std::string status = "active";  // active / ended
  std::string registered_from;
  std::string ended_on;
  std::string age_note;
  std::vector<ServiceForm> forms;
  std::vector<std::string> target_groups;
  std::vector<std::string> age_groups;
  std::vector<std::string> territories;  // ORP codes where the service operates
  std::vector<Facility> facilities;
  std::vector<Contact> contacts;
};

// An organisation: a provider (from the registry, by IČO), a region (kraj), a municipal office (its ORP)
// or an audit body. Names of natural persons are never stored.
struct Organisation {
  long long id = 0;
  std::string type;  // region, municipality, provider, audit_body (accounts::OrganisationType)
  std::string name;
  std::string ico;
  std::string legal_form_code;
  std::string founder;
  std::string region_code;     // kraj, registry code
  std::string territory_code;  // ORP, ČSÚ code
  std::string address;
  long long service_count = 0;  // active services it provides
};

// A service as lists show it.
struct ServiceSummary {
  long long id = 0;
  std::string registry_id;
  std::string name;
  std::string kind_code;
  long long provider_id = 0;
  std::string provider_name;
  std::string forms;  // ";amb;pob;"
  long long capacity_total = 0;
  std::string capacity_unit;
  std::string region_code;
  std::string status;
  std::string registered_from;
  std::string ended_on;
  std::vector<std::string> territory_codes;
};

// A service with everything the registry says about it.
struct ServiceDetail {
  ServiceSummary summary;
  Service service;
};

// The capacity shown in lists: the sum over forms of the most used capacity type (beds for residential
// services, clients for most others).
std::pair<int, std::string> headline_capacity(const Service& s);
// ";amb;pob;" (sorted, delimited) so that a form filter is an exact LIKE match on both databases.
std::string forms_key(const Service& s);

}  // namespace kvalis::registry
