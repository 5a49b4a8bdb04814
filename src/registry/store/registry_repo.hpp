#pragma once
// Organisations and registered services: reads for the API, and a writer with prepared statements
// shared by the registry import and the demo region.
#include <soci/soci.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "registry/core/model.hpp"

namespace kvalis::store::registry_repo {

// ---- organisations ----------------------------------------------------------------------------

struct OrganisationRow {
  long long id = 0;
  std::string type;
  std::string name;
  std::string ico;
  std::string legal_form_code;
  std::string founder;
  std::string region_code;
  std::string territory_code;
  std::string address;
  long long service_count = 0;
};

struct OrganisationQuery {
  std::string type;
  std::string q;
  accounts::VisibilityScope scope;
  int limit = 50;
  int offset = 0;
};
std::vector<OrganisationRow> list_organisations(soci::session& s, const OrganisationQuery& q, long long& total);
std::optional<OrganisationRow> get_organisation(soci::session& s, long long id);
bool organisation_visible(soci::session& s, const accounts::VisibilityScope& scope, long long id);
long long insert_organisation(soci::session& s, const OrganisationRow& o, const std::string& source);
void update_organisation(soci::session& s, const OrganisationRow& o);
std::optional<long long> find_organisation_by_ico(soci::session& s, const std::string& ico);

// ---- services ---------------------------------------------------------------------------------

struct ServiceQuery {
  std::string kind;
  std::string territory;
  std::string region;
  std::string target_group;
  std::string form;
  std::string q;
  std::string status = "active";  // active, ended, all
  std::string sort = "name";      // name, kind, provider, capacity, registered_from
  bool descending = false;
  long long provider_id = 0;
  accounts::VisibilityScope scope;
  int limit = 50;
  int offset = 0;
};

struct ServiceSummaryRow {
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
std::vector<ServiceSummaryRow> list_services(soci::session& s, const ServiceQuery& q, long long& total);

struct ServiceDetailRow {
  ServiceSummaryRow summary;
  registry::Service service;
};
std::optional<ServiceDetailRow> get_service(soci::session& s, long long id);

long long data_version(soci::session& s, const std::string& scope);
void bump_data_version(soci::session& s, const std::string& scope);

// ---- writing ----------------------------------------------------------------------------------

// Upserts providers (by IČO) and services (by registry identifier) with prepared statements; one
// instance per transaction.
class RegistryWriter {
 public:
  RegistryWriter(soci::session& s, long long now, std::string source);
  ~RegistryWriter();

  // Returns the provider's id; created is set when it was new.
  long long provider(const registry::Provider& p, bool* created = nullptr);
  // Inserts or replaces a service and all its parts; returns its id.
  long long service(long long provider_id, const registry::Service& svc, bool* created = nullptr);
  // Ends services of this writer's source that were not written in this run (an import that no longer
  // lists them); returns how many were ended.
  int end_services_not_seen(const std::string& ended_on);
  const std::set<std::string>& seen() const { return seen_; }
  bool exists(const std::string& registry_id) const { return service_ids_.count(registry_id) > 0; }

 private:
  struct Statements;
  soci::session& s_;
  long long now_;
  std::string source_;
  std::map<std::string, long long> provider_ids_;  // by IČO
  std::map<std::string, long long> service_ids_;   // by registry id
  std::set<std::string> seen_;
  std::unique_ptr<Statements> st_;
};

}  // namespace kvalis::store::registry_repo
