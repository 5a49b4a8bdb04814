#include "quality/app/care_ospod.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/care_common.hpp"
#include "quality/core/care_input.hpp"

namespace kvalis::quality::app {
namespace {

namespace repo = store::quality_care_repo;

Error office_missing() { return care_missing("quality.care.office.not_found"); }
Error snapshot_missing() { return care_missing("not_found"); }

// The office with the caller's rights; not found when the caller may not read it.
Result<OfficeAccess> load_office(soci::session& s, const accounts::Principal& p, long long id) {
  auto org = repo::get_org(s, id);
  if (!org || org->type != "municipality") return office_missing();
  OfficeAccess o{*org, care::ospod_rights(p, {org->id, org->region_code}), false};
  if (!o.rights.read) return office_missing();
  o.can_set_norm = care::may_set_staffing_norm(p, {org->id, org->region_code});
  return o;
}

OfficeProcedures procedures_of(soci::session& s, const OfficeAccess& office) {
  OfficeProcedures out{office, format_date(store::now_epoch()), {}};
  std::map<int, std::vector<repo::ProcedureRow>> by_standard;
  for (auto& p : repo::list_procedures(s, office.office.id)) by_standard[p.standard_number].push_back(std::move(p));
  for (const auto& st : repo::ospod_standards(s)) {
    StandardProcedures d{st, std::move(by_standard[st.number]), {}};
    std::vector<care::ProcedureVersion> versions;
    for (const auto& p : d.versions) versions.push_back({p.version, p.approved_on, p.effective_from});
    d.in_force_version = care::version_in_force(versions, out.today);
    out.standards.push_back(std::move(d));
  }
  return out;
}

OfficeStaffing staffing_of(soci::session& s, const OfficeAccess& office) {
  OfficeStaffing out{office, repo::get_norm(s, office.office.id), {}};
  const care::StaffingNorm n{out.norm.max_cases_per_fte, out.norm.max_children_per_fte};
  for (auto& snap : repo::list_snapshots(s, office.office.id)) {
    std::vector<double> fte;
    for (const auto& w : snap.workers) fte.push_back(w.fte);
    auto ratio = care::staffing_ratio(snap.cases, snap.children, fte, n);
    out.snapshots.push_back({std::move(snap), ratio});
  }
  return out;
}

Status check_procedure(const ProcedureInput& in) {
  for (auto st :
       {care::check_line("title", in.title, 300, true), care::check_text("content", in.content, 100000, false),
        care::check_date("approved_on", in.approved_on, true),
        care::check_line("approved_by", in.approved_by, 200, false),
        care::check_date("effective_from", in.effective_from, true),
        care::check_text("change_note", in.change_note, 2000, false)})
    if (!st) return st;
  if (in.effective_from < in.approved_on)
    return invalid("effective_from", "quality.care.date.before", {{"value", in.approved_on}});
  return ok_status();
}

Status check_snapshot(const SnapshotInput& in) {
  for (auto st : {care::check_date("as_of", in.as_of, true), care::check_count("cases", in.cases, 1000000),
                  care::check_count("children", in.children, 10000000), care::check_text("note", in.note, 2000, false)})
    if (!st) return st;
  if (in.workers.size() > 500) return invalid("workers", "field.too_long", {{"max", "500"}});
  for (std::size_t i = 0; i < in.workers.size(); ++i) {
    const std::string base = "workers[" + std::to_string(i) + "]";
    const auto& w = in.workers[i];
    if (auto st = care::check_line(base + ".name", w.name, 200, false); !st) return st;
    if (auto st = care::check_line(base + ".job", w.job, 200, true); !st) return st;
    if (!(w.fte > 0) || w.fte > 1.5)
      return invalid(base + ".fte", "field.out_of_range", {{"min", "0,01"}, {"max", "1,5"}});
  }
  return ok_status();
}

repo::SnapshotRow snapshot_row(const SnapshotInput& in) {
  repo::SnapshotRow r;
  r.as_of = in.as_of;
  r.cases = in.cases;
  r.children = in.children;
  r.note = in.note;
  r.workers = in.workers;
  return r;
}

Error duplicate_snapshot(const std::string& as_of) {
  return Error{ErrorCode::conflict, "as_of", "quality.care.staffing.duplicate", {{"value", as_of}}};
}

Status check_norm(const std::string& field, const std::optional<double>& v) {
  if (v && (!(*v > 0) || *v > 1e7)) return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "10000000"}});
  return ok_status();
}

}  // namespace

std::vector<OfficeAccess> list_offices(store::Database& db, const accounts::Caller& caller) {
  const auto& p = caller.principal;
  std::vector<OfficeAccess> out;
  db.read([&](soci::session& s) {
    for (auto& o : repo::list_offices(s, care_scope(p))) {
      const auto r = care::ospod_rights(p, {o.id, o.region_code});
      if (!r.read) continue;
      const bool norm = care::may_set_staffing_norm(p, {o.id, o.region_code});
      out.push_back({std::move(o), r, norm});
    }
  });
  return out;
}

Result<OfficeProcedures> get_procedures(soci::session& s, const accounts::Caller& caller, long long office_id) {
  auto office = load_office(s, caller.principal, office_id);
  if (!office) return office.error();
  return procedures_of(s, *office);
}

Result<OfficeProcedures> get_procedures(store::Database& db, const accounts::Caller& caller, long long office_id) {
  return db.read([&](soci::session& s) { return get_procedures(s, caller, office_id); });
}

Result<OfficeProcedures> add_procedure_version(soci::session& s, const accounts::Caller& caller, long long office_id,
                                               const ProcedureInput& given) {
  ProcedureInput in = given;
  if (in.effective_from.empty()) in.effective_from = in.approved_on;
  if (auto st = check_procedure(in); !st) return st.error();
  auto office = load_office(s, caller.principal, office_id);
  if (!office) return office.error();
  if (!office->rights.write) return care_forbidden();
  const auto standards = repo::ospod_standards(s);
  if (std::none_of(standards.begin(), standards.end(), [&](const auto& st) { return st.number == in.standard_number; }))
    return invalid("standard_number", "quality.care.standard.unknown", {{"value", std::to_string(in.standard_number)}});
  repo::ProcedureRow p;
  p.office_org_id = office->office.id;
  p.standard_number = in.standard_number;
  p.title = in.title;
  p.content = in.content;
  p.approved_on = in.approved_on;
  p.approved_by = in.approved_by;
  p.effective_from = in.effective_from;
  p.change_note = in.change_note;
  p.created_by = caller.principal.user_id;
  p.created_at = store::now_epoch();
  p = repo::insert_procedure(s, p);
  store::activity_log::append(
      s, caller.activity("quality.care.procedure.create", "qc_ospod_procedure", p.id, p.office_org_id,
                         "standard " + std::to_string(p.standard_number) + " v" + std::to_string(p.version)));
  return procedures_of(s, *office);
}

Result<OfficeProcedures> add_procedure_version(store::Database& db, const accounts::Caller& caller, long long office_id,
                                               const ProcedureInput& in) {
  return db.write([&](soci::session& s) { return add_procedure_version(s, caller, office_id, in); });
}

Result<OfficeStaffing> get_staffing(soci::session& s, const accounts::Caller& caller, long long office_id) {
  auto office = load_office(s, caller.principal, office_id);
  if (!office) return office.error();
  return staffing_of(s, *office);
}

Result<OfficeStaffing> get_staffing(store::Database& db, const accounts::Caller& caller, long long office_id) {
  return db.read([&](soci::session& s) { return get_staffing(s, caller, office_id); });
}

Result<OfficeStaffing> record_staffing(soci::session& s, const accounts::Caller& caller, long long office_id,
                                       const SnapshotInput& in) {
  if (auto st = check_snapshot(in); !st) return st.error();
  auto office = load_office(s, caller.principal, office_id);
  if (!office) return office.error();
  if (!office->rights.write) return care_forbidden();
  if (repo::snapshot_exists(s, office->office.id, in.as_of)) return duplicate_snapshot(in.as_of);
  auto r = snapshot_row(in);
  r.office_org_id = office->office.id;
  r.id = repo::insert_snapshot(s, r, caller.principal.user_id);
  store::activity_log::append(
      s, caller.activity("quality.care.staffing.create", "qc_staffing_snapshot", r.id, r.office_org_id, r.as_of));
  return staffing_of(s, *office);
}

Result<OfficeStaffing> record_staffing(store::Database& db, const accounts::Caller& caller, long long office_id,
                                       const SnapshotInput& in) {
  return db.write([&](soci::session& s) { return record_staffing(s, caller, office_id, in); });
}

Result<OfficeStaffing> correct_staffing(soci::session& s, const accounts::Caller& caller, long long office_id,
                                        long long snapshot_id, const SnapshotInput& in) {
  if (auto st = check_snapshot(in); !st) return st.error();
  auto office = load_office(s, caller.principal, office_id);
  if (!office) return office.error();
  auto old = repo::get_snapshot(s, snapshot_id);
  if (!old || old->office_org_id != office->office.id) return snapshot_missing();
  if (!office->rights.write) return care_forbidden();
  if (repo::snapshot_exists(s, office->office.id, in.as_of, old->id)) return duplicate_snapshot(in.as_of);
  auto r = snapshot_row(in);
  r.id = old->id;
  r.office_org_id = old->office_org_id;
  repo::update_snapshot(s, r);
  store::activity_log::append(
      s, caller.activity("quality.care.staffing.update", "qc_staffing_snapshot", r.id, r.office_org_id, r.as_of));
  return staffing_of(s, *office);
}

Result<OfficeStaffing> correct_staffing(store::Database& db, const accounts::Caller& caller, long long office_id,
                                        long long snapshot_id, const SnapshotInput& in) {
  return db.write([&](soci::session& s) { return correct_staffing(s, caller, office_id, snapshot_id, in); });
}

Status delete_staffing(store::Database& db, const accounts::Caller& caller, long long office_id,
                       long long snapshot_id) {
  return db.write([&](soci::session& s) -> Status {
    auto office = load_office(s, caller.principal, office_id);
    if (!office) return office.error();
    auto old = repo::get_snapshot(s, snapshot_id);
    if (!old || old->office_org_id != office->office.id) return snapshot_missing();
    if (!office->rights.write) return care_forbidden();
    repo::delete_snapshot(s, old->id);
    store::activity_log::append(s, caller.activity("quality.care.staffing.delete", "qc_staffing_snapshot", old->id,
                                                   old->office_org_id, old->as_of));
    return ok_status();
  });
}

Result<OfficeStaffing> set_staffing_norm(store::Database& db, const accounts::Caller& caller, long long office_id,
                                         const NormInput& in) {
  for (auto st :
       {check_norm("max_cases_per_fte", in.max_cases_per_fte),
        check_norm("max_children_per_fte", in.max_children_per_fte), care::check_text("source", in.source, 500, false)})
    if (!st) return st.error();
  return db.write([&](soci::session& s) -> Result<OfficeStaffing> {
    auto office = load_office(s, caller.principal, office_id);
    if (!office) return office.error();
    if (!office->can_set_norm) return care_forbidden();
    const repo::NormRow n{in.max_cases_per_fte, in.max_children_per_fte, in.source, 0};
    repo::put_norm(s, office->office.id, n, caller.principal.user_id);
    store::activity_log::append(s, caller.activity("quality.care.staffing.norm", "qc_staffing_norm", office->office.id,
                                                   office->office.id, n.source));
    return staffing_of(s, *office);
  });
}

}  // namespace kvalis::quality::app
