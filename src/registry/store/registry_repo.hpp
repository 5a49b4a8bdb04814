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
#include "registry/core/filters.hpp"
#include "registry/core/model.hpp"

namespace kvalis::store::registry_repo {

// ---- organisations ----------------------------------------------------------------------------

using OrganisationRow = registry::Organisation;
using OrganisationQuery = registry::OrganisationQuery;
std::vector<OrganisationRow> list_organisations(soci::session& s, const OrganisationQuery& q, long long& total);
std::optional<OrganisationRow> get_organisation(soci::session& s, long long id);
bool organisation_visible(soci::session& s, const accounts::VisibilityScope& scope, long long id);
long long insert_organisation(soci::session& s, const OrganisationRow& o, const std::string& source);
void update_organisation(soci::session& s, const OrganisationRow& o);
std::optional<long long> find_organisation_by_ico(soci::session& s, const std::string& ico);
// The organisation holding an IČO and the source that wrote it (registry, demo, manual).
struct OrganisationSource {
  long long id = 0;
  std::string source;
};
std::optional<OrganisationSource> find_organisation_source(soci::session& s, const std::string& ico);
// An office without an IČO of its own (a municipal department), by type and name among one source's rows.
std::optional<long long> find_office(soci::session& s, const std::string& type, const std::string& name,
                                     const std::string& source);

// ---- services ---------------------------------------------------------------------------------

using ServiceQuery = registry::ServiceQuery;
using ServiceSummaryRow = registry::ServiceSummary;
std::vector<ServiceSummaryRow> list_services(soci::session& s, const ServiceQuery& q, long long& total);

using ServiceDetailRow = registry::ServiceDetail;
std::optional<ServiceDetailRow> get_service(soci::session& s, long long id);

// ---- writing ----------------------------------------------------------------------------------

// Upserts providers (by IČO) and services (by registry identifier) with prepared statements; one
// instance per transaction.
//
// Batched (the registry import): new providers, services and all their parts are held and written with
// multi-row INSERTs (platform/store/bulk_insert), ids taken ahead (store::IdSource), so a national file
// costs a few hundred round trips on PostgreSQL instead of one per row; flush() writes what is held and
// must be called before anything reads or refers to the rows written. Not batched (the demo, which refers to
// each row at once), every row is written when given.
class RegistryWriter {
 public:
  RegistryWriter(soci::session& s, long long now, std::string source, bool batched = false);
  ~RegistryWriter();
  void flush();

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
  struct Batches;
  void write_parts(const registry::Service& svc);
  soci::session& s_;
  long long now_;
  std::string source_;
  std::map<std::string, long long> provider_ids_;  // by IČO
  std::map<std::string, long long> service_ids_;   // by registry id
  std::set<std::string> seen_;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<Batches> batches_;  // only when batched
};

}  // namespace kvalis::store::registry_repo
