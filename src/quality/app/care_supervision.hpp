#pragma once
// Use cases of consultations and supervisions (quality module, care part): what a provider's staff, an
// audit body or a region records and reads, each one transaction that loads, checks the access and input
// rules of quality/core (care_access, care_input, care_supervision) and writes with its activity entry.
// The HTTP handlers and the demo call these alike.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/core/care_input.hpp"
#include "quality/core/care_supervision.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::quality::app {

namespace care_repo = store::quality_care_repo;

struct SupervisionInput {
  long long provider_org_id = 0;
  std::optional<long long> service_id;
  std::optional<long long> recorded_by_org_id;  // default: the provider, or the caller's audit body
  care::SupervisionKind kind = care::SupervisionKind::supervision;
  care::SupervisionForm form = care::SupervisionForm::individual;
  std::string supervisor;
  std::string held_on;
  double hours = 0;
  std::string topics;
  std::string note;
  std::vector<care::Participant> participants;
  std::optional<std::vector<long long>> finding_ids;  // absent: none
};

struct SupervisionRecord {
  care_repo::SupervisionRow row;
  bool can_edit = false;
};

struct SupervisionFilter {
  std::optional<long long> provider_org_id;
  int year = 0;                               // 0: every year
  std::optional<care::SupervisionKind> kind;  // absent: both
};

std::vector<SupervisionRecord> list_supervisions(store::Database& db, const accounts::Caller& caller,
                                                 const SupervisionFilter& filter);
std::vector<SupervisionRecord> list_supervisions(soci::session& s, const accounts::Caller& caller,
                                                 const SupervisionFilter& filter);
Result<SupervisionRecord> get_supervision(store::Database& db, const accounts::Caller& caller, long long id);
Result<SupervisionRecord> record_supervision(store::Database& db, const accounts::Caller& caller,
                                             const SupervisionInput& in);
Result<SupervisionRecord> record_supervision(soci::session& s, const accounts::Caller& caller,
                                             const SupervisionInput& in);
Result<SupervisionRecord> update_supervision(store::Database& db, const accounts::Caller& caller, long long id,
                                             const SupervisionInput& in);
Result<SupervisionRecord> update_supervision(soci::session& s, const accounts::Caller& caller, long long id,
                                             const SupervisionInput& in);
Status delete_supervision(store::Database& db, const accounts::Caller& caller, long long id);

// A provider's records of a year the caller may read (for the hours and the export); not found when the
// caller sees none of the provider, so that provider ids cannot be probed.
struct ProviderRecords {
  care_repo::OrgRef provider;
  int year = 0;
  std::optional<care::SupervisionKind> kind;
  std::vector<care_repo::SupervisionRow> rows;
};
Result<ProviderRecords> provider_records(store::Database& db, const accounts::Caller& caller, long long provider_org_id,
                                         int year, std::optional<care::SupervisionKind> kind);
care::HoursSummary hours_of(const ProviderRecords& records);

// Findings of the provider's audits the caller may read (to link a record to); not found when the caller
// does not see the provider.
Result<std::vector<care_repo::FindingRef>> provider_findings(store::Database& db, const accounts::Caller& caller,
                                                             long long provider_org_id);
std::vector<care_repo::FindingRef> provider_findings(soci::session& s, const accounts::Caller& caller,
                                                     long long provider_org_id);

// The providers the caller may record consultations and supervisions for and read (care::sees_provider),
// with those of records the caller reads; text: only names containing it (case and diacritics ignored).
std::vector<care_repo::OrgRef> supervision_providers(store::Database& db, const accounts::Caller& caller,
                                                     const std::string& text, std::size_t limit);

}  // namespace kvalis::quality::app
