#pragma once
// Writing the organisations, providers and services of one source (the demo region) inside the caller's
// transaction, so that several modules' data can be written together and roll back together. The
// registry export has its own use case (registry_import.hpp).
#include <memory>
#include <string>

#include "platform/core/result.hpp"
#include "registry/core/model.hpp"

namespace soci {
class session;
}

namespace kvalis::registry::app {

class SourceWriter {
 public:
  SourceWriter(soci::session& s, long long now, std::string source);
  ~SourceWriter();
  SourceWriter(const SourceWriter&) = delete;
  SourceWriter& operator=(const SourceWriter&) = delete;

  // A public body (region, municipal office, audit body), found by IČO or, without one, by type and name
  // among this source's rows: updated, or created (created is then set).
  long long public_body(const Organisation& o, bool* created = nullptr);
  // A provider by IČO with every field (also founder and ORP, which a registry import does not carry). An
  // IČO held by an organisation of another source (e.g. a registry import) is an error
  // (organisation.ico_of_other_source) and nothing is written.
  Result<long long> provider(const Provider& p, bool* created = nullptr);
  // Inserts or replaces a service and all its parts; returns its id.
  long long service(long long provider_id, const Service& svc, bool* created = nullptr);
  // Ends this source's services not written by this writer; returns how many.
  int end_services_not_seen(const std::string& ended_on);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kvalis::registry::app
