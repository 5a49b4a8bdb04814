#pragma once
// Writes the demo region (demo_region.hpp) into a migrated database, idempotently: organisations are
// found by IČO (municipal offices, which have none, by type and name among demo data), services by their
// registry identifier, users by login. Running it again rewrites the same rows and resets the demo
// users' passwords; nothing is duplicated.
#include <soci/soci.h>

#include <map>
#include <string>

#include "demo/demo_region.hpp"

namespace kvalis::demo {

// Ids of what the demo wrote, so that later modules (benchmarking, audits, planning) can add their own
// demo data beside it.
struct DemoContext {
  long long region_id = 0;         // Královéhradecký kraj (type region)
  long long ospod_id = 0;          // OSPOD office in Náchod (type municipality, ORP 5209)
  long long municipality_id = 0;   // social department of Trutnov (type municipality, ORP 5214)
  long long audit_body_id = 0;     // auditing and consulting body (type audit_body)
  long long main_provider_id = 0;  // provider whose staff hold the provider logins
  std::map<std::string, long long>
      organisations;  // every organisation by key (region, municipalities, audit body, providers)
  std::map<std::string, long long> providers;        // by provider key, e.g. "charita-kladske-pomezi"
  std::map<std::string, long long> services;         // by service key, e.g. "charita-kladske-pomezi/4/hronov"
  std::map<std::string, std::string> service_kinds;  // service key → kind code, for choosing peers
  std::map<std::string, long long> users;            // by login

  // What this run changed.
  int organisations_created = 0;
  int services_created = 0;
  int services_ended = 0;  // demo services of an earlier version no longer generated
  int users_created = 0;
};

// Writes everything in the caller's transaction (Database::write), bumps the data versions "registry"
// and "accounts" and appends one audit-log entry "demo.refresh". Throws std::runtime_error when a
// provider's IČO belongs to an organisation the demo did not create (e.g. from a registry import);
// the caller's transaction then rolls back and nothing is written.
DemoContext write_demo_region(soci::session& s, const DemoRegion& region, long long now);

}  // namespace kvalis::demo
