#pragma once
// Use cases of an OSPOD office (quality module, care part): written procedures per OSPOD standard with
// versions, and the staffing standard (snapshots of cases, children and workers' FTE against a norm the
// office or its region sets). Each is one transaction that loads, checks the rules of quality/core
// (care_access, care_input, care_ospod) and writes with its activity entry; HTTP and the demo call these.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/core/care_access.hpp"
#include "quality/core/care_ospod.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::quality::app {

namespace care_repo = store::quality_care_repo;

struct OfficeAccess {
  care_repo::OrgRef office;
  care::CareRights rights;
  bool can_set_norm = false;
};

struct StandardProcedures {
  care_repo::StandardRef standard;
  std::vector<care_repo::ProcedureRow> versions;  // newest first
  std::optional<int> in_force_version;
};

struct OfficeProcedures {
  OfficeAccess access;
  std::string today;
  std::vector<StandardProcedures> standards;
};

struct SnapshotWithRatio {
  care_repo::SnapshotRow snapshot;
  care::StaffingRatio ratio;
};

struct OfficeStaffing {
  OfficeAccess access;
  care_repo::NormRow norm;
  std::vector<SnapshotWithRatio> snapshots;  // by as_of
};

struct ProcedureInput {
  int standard_number = 0;
  std::string title, content, approved_on, approved_by, effective_from, change_note;  // effective_from "" = approved_on
};

struct SnapshotInput {
  std::string as_of;
  std::optional<long long> cases, children;
  std::string note;
  std::vector<care_repo::StaffWorkerRow> workers;
};

struct NormInput {
  std::optional<double> max_cases_per_fte, max_children_per_fte;
  std::string source;
};

std::vector<OfficeAccess> list_offices(store::Database& db, const accounts::Caller& caller);
Result<OfficeProcedures> get_procedures(store::Database& db, const accounts::Caller& caller, long long office_id);
Result<OfficeProcedures> get_procedures(soci::session& s, const accounts::Caller& caller, long long office_id);
Result<OfficeProcedures> add_procedure_version(store::Database& db, const accounts::Caller& caller, long long office_id,
                                               const ProcedureInput& in);
Result<OfficeProcedures> add_procedure_version(soci::session& s, const accounts::Caller& caller, long long office_id,
                                               const ProcedureInput& in);

Result<OfficeStaffing> get_staffing(store::Database& db, const accounts::Caller& caller, long long office_id);
Result<OfficeStaffing> get_staffing(soci::session& s, const accounts::Caller& caller, long long office_id);
Result<OfficeStaffing> record_staffing(store::Database& db, const accounts::Caller& caller, long long office_id,
                                       const SnapshotInput& in);
Result<OfficeStaffing> record_staffing(soci::session& s, const accounts::Caller& caller, long long office_id,
                                       const SnapshotInput& in);
Result<OfficeStaffing> correct_staffing(store::Database& db, const accounts::Caller& caller, long long office_id,
                                        long long snapshot_id, const SnapshotInput& in);
Result<OfficeStaffing> correct_staffing(soci::session& s, const accounts::Caller& caller, long long office_id,
                                        long long snapshot_id, const SnapshotInput& in);
Status delete_staffing(store::Database& db, const accounts::Caller& caller, long long office_id, long long snapshot_id);
Result<OfficeStaffing> set_staffing_norm(store::Database& db, const accounts::Caller& caller, long long office_id,
                                         const NormInput& in);

}  // namespace kvalis::quality::app
