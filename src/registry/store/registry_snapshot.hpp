#pragma once
// What the database already holds of the registry, read once before an import with a few bulk queries
// (no per-row SELECTs), so that unchanged providers and services are not rewritten and a re-import of
// the same file changes nothing.
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "registry/core/model.hpp"

namespace kvalis::importers {

struct StoredService {
  long long id = 0;
  std::string status;
  std::string source;
  std::string region_code;
  std::uint64_t fingerprint = 0;  // service_fingerprint of the stored rows
};

struct StoredProvider {
  long long id = 0;
  std::string name;
  std::string legal_form_code;
  std::string region_code;
  std::string address;
};

struct RegistrySnapshot {
  std::unordered_map<std::string, StoredService> services;    // by registry identifier
  std::unordered_map<std::string, StoredProvider> providers;  // by IČO
};

RegistrySnapshot load_registry_snapshot(soci::session& s);

// A hash of everything RegistryWriter::service stores for a service (forms with capacities, groups,
// territories, facilities, contacts) and of its provider's IČO. Target and age groups and territories
// are compared as sets.
std::uint64_t service_fingerprint(const registry::Service& s, std::string_view provider_ico);

// Whether a provider row differs from what RegistryWriter::provider would write.
bool provider_differs(const StoredProvider& stored, const registry::Provider& p);

// Marks services ended (status ended, ended_on) with one prepared statement.
class ServiceEnder {
 public:
  ServiceEnder(soci::session& s, long long now);
  ~ServiceEnder();
  void end(long long service_id, const std::string& ended_on);

 private:
  struct Statement;
  std::unique_ptr<Statement> st_;
};

}  // namespace kvalis::importers
