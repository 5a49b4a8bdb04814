// Quality module, care part — OSPOD (issue 5 item 6): an OSPOD office's written procedures per OSPOD
// standard with versions (a new version keeps the old ones; the one in force is computed by
// core/quality/care_ospod.hpp), and its staffing standard: snapshots over time of cases, children and
// workers' FTE, with the ratio compared against a norm the office or its region sets as data.
// OSPOD self-assessments are audits of the audit side (type self_assessment, set OSPOD).
//
// Read: the office's members and its region. Write: the office's administrators and managers; the norm
// also the region's. Others get 404.
#include <algorithm>
#include <cmath>
#include <map>

#include "platform/core/dates.hpp"
#include "quality/core/care_ospod.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "quality/http/routes_quality_care.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http::care {
namespace {

namespace repo = store::quality_care_repo;
namespace qc = quality::care;

const Error kOfficeMissing{ErrorCode::not_found, {}, "quality.care.office.not_found", {}};
const Error kSnapshotMissing{ErrorCode::not_found, {}, "not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

struct Office {
  repo::OrgRef org;
  qc::CareRights rights;
  bool can_set_norm = false;
};

// The office of the path with the caller's rights; not found when the caller may not read it.
Result<Office> load_office(soci::session& s, const Context& ctx) {
  auto id = ctx.path_id("org_id");
  if (!id) return kOfficeMissing;
  auto org = repo::get_org(s, *id);
  if (!org || org->type != "municipality") return kOfficeMissing;
  Office o{*org, qc::ospod_rights(ctx.principal, {org->id, org->region_code}), false};
  if (!o.rights.read) return kOfficeMissing;
  o.can_set_norm = qc::may_set_staffing_norm(ctx.principal, {org->id, org->region_code});
  return o;
}

Response list_offices(Context& ctx) {
  dto::QcOfficeList out;
  ctx.db().read([&](soci::session& s) {
    for (const auto& o : repo::list_offices(s, scope_of(ctx.principal))) {
      const auto r = qc::ospod_rights(ctx.principal, {o.id, o.region_code});
      if (!r.read) continue;
      out.items.push_back({o.id, o.name, o.region_code, r.write,
                           qc::may_set_staffing_norm(ctx.principal, {o.id, o.region_code})});
    }
  });
  return dto_response(out);
}

// ---- procedures -------------------------------------------------------------------------------------

dto::QcProcedures procedures_dto(soci::session& s, const Office& office) {
  dto::QcProcedures out;
  out.office_org_id = office.org.id;
  out.office_name = office.org.name;
  out.can_edit = office.rights.write;
  out.today = today();
  std::map<int, std::vector<repo::ProcedureRow>> by_standard;
  for (auto& p : repo::list_procedures(s, office.org.id)) by_standard[p.standard_number].push_back(std::move(p));
  for (const auto& st : repo::ospod_standards(s)) {
    dto::QcStandardProcedures d;
    d.standard_number = st.number;
    d.standard_name = st.name;
    std::vector<qc::ProcedureVersion> versions;
    for (const auto& p : by_standard[st.number]) versions.push_back({p.version, p.approved_on, p.effective_from});
    d.in_force_version = qc::version_in_force(versions, out.today);
    for (const auto& p : by_standard[st.number])
      d.versions.push_back({p.id, p.version, p.title, p.content, p.approved_on, p.approved_by, p.effective_from,
                            p.change_note, d.in_force_version == p.version, format_timestamp(p.created_at)});
    out.standards.push_back(std::move(d));
  }
  return out;
}

Response get_procedures(Context& ctx) {
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::QcProcedures> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    return procedures_dto(s, *office);
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Response create_procedure(Context& ctx) {
  auto body = body_as<dto::QcProcedureInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcProcedureInput>(body);
  repo::ProcedureRow p;
  p.title = in.title;
  p.content = in.content.value_or("");
  p.approved_on = in.approved_on;
  p.approved_by = in.approved_by.value_or("");
  p.effective_from = in.effective_from.value_or(in.approved_on);
  p.change_note = in.change_note.value_or("");
  for (auto st : {check_line("title", p.title, 300, true), check_text("content", p.content, 100000, false),
                  check_date("approved_on", p.approved_on, true), check_line("approved_by", p.approved_by, 200, false),
                  check_date("effective_from", p.effective_from, true),
                  check_text("change_note", p.change_note, 2000, false)})
    if (!st) return error_response(st.error(), ctx.lang);
  if (p.effective_from < p.approved_on)
    return error_response(invalid("effective_from", "quality.care.date.before", {{"value", p.approved_on}}), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcProcedures> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    if (!office->rights.write) return kForbidden;
    const auto standards = repo::ospod_standards(s);
    if (std::none_of(standards.begin(), standards.end(), [&](const auto& st) { return st.number == in.standard_number; }))
      return invalid("standard_number", "quality.care.standard.unknown", {{"value", std::to_string(in.standard_number)}});
    p.office_org_id = office->org.id;
    p.standard_number = in.standard_number;
    p.created_by = ctx.principal.user_id;
    p.created_at = store::now_epoch();
    p = repo::insert_procedure(s, p);
    log_change(s, ctx, "quality.care.procedure.create", "qc_ospod_procedure", p.id, p.office_org_id,
               "standard " + std::to_string(p.standard_number) + " v" + std::to_string(p.version));
    return procedures_dto(s, *office);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

// ---- staffing ----------------------------------------------------------------------------------------

dto::QcRatio ratio_dto(const qc::RatioCheck& c) {
  return {c.ratio, c.norm, std::string(qc::to_string(c.state)), c.fte_needed};
}

dto::QcStaffing staffing_dto(soci::session& s, const Office& office) {
  dto::QcStaffing out;
  out.office_org_id = office.org.id;
  out.office_name = office.org.name;
  out.can_edit = office.rights.write;
  out.can_set_norm = office.can_set_norm;
  const auto norm = repo::get_norm(s, office.org.id);
  out.norm = {norm.max_cases_per_fte, norm.max_children_per_fte, norm.source,
              norm.max_cases_per_fte || norm.max_children_per_fte,
              norm.updated_at ? std::optional<std::string>(format_timestamp(norm.updated_at)) : std::nullopt};
  const qc::StaffingNorm n{norm.max_cases_per_fte, norm.max_children_per_fte};
  for (const auto& snap : repo::list_snapshots(s, office.org.id)) {
    dto::QcSnapshot d;
    d.id = snap.id;
    d.as_of = snap.as_of;
    d.cases = snap.cases;
    d.children = snap.children;
    d.note = snap.note;
    std::vector<double> fte;
    for (const auto& w : snap.workers) {
      d.workers.push_back({w.name, w.job, w.fte});
      fte.push_back(w.fte);
    }
    const auto ratio = qc::staffing_ratio(snap.cases, snap.children, fte, n);
    d.total_fte = ratio.total_fte;
    d.cases_ratio = ratio_dto(ratio.cases);
    d.children_ratio = ratio_dto(ratio.children);
    out.snapshots.push_back(std::move(d));
  }
  return out;
}

Response get_staffing(Context& ctx) {
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::QcStaffing> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    return staffing_dto(s, *office);
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Status apply_snapshot(const dto::QcSnapshotInput& in, repo::SnapshotRow& r) {
  if (auto st = check_date("as_of", in.as_of, true); !st) return st;
  if (auto st = check_count("cases", in.cases, 1000000); !st) return st;
  if (auto st = check_count("children", in.children, 10000000); !st) return st;
  r.as_of = in.as_of;
  r.cases = in.cases;
  r.children = in.children;
  r.note = in.note.value_or("");
  if (auto st = check_text("note", r.note, 2000, false); !st) return st;
  if (in.workers.size() > 500) return invalid("workers", "field.too_long", {{"max", "500"}});
  r.workers.clear();
  for (std::size_t i = 0; i < in.workers.size(); ++i) {
    const std::string base = "workers[" + std::to_string(i) + "]";
    const auto& w = in.workers[i];
    if (auto st = check_line(base + ".name", w.name, 200, false); !st) return st;
    if (auto st = check_line(base + ".job", w.job, 200, true); !st) return st;
    if (!(w.fte > 0) || w.fte > 1.5)
      return invalid(base + ".fte", "field.out_of_range", {{"min", "0,01"}, {"max", "1,5"}});
    r.workers.push_back({w.name, w.job, w.fte});
  }
  return ok_status();
}

Response create_snapshot(Context& ctx) {
  auto body = body_as<dto::QcSnapshotInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  repo::SnapshotRow r;
  if (auto st = apply_snapshot(std::get<dto::QcSnapshotInput>(body), r); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcStaffing> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    if (!office->rights.write) return kForbidden;
    if (repo::snapshot_exists(s, office->org.id, r.as_of))
      return Error{ErrorCode::conflict, "as_of", "quality.care.staffing.duplicate", {{"value", r.as_of}}};
    r.office_org_id = office->org.id;
    r.id = repo::insert_snapshot(s, r, ctx.principal.user_id);
    log_change(s, ctx, "quality.care.staffing.create", "qc_staffing_snapshot", r.id, r.office_org_id, r.as_of);
    return staffing_dto(s, *office);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_snapshot(Context& ctx) {
  auto body = body_as<dto::QcSnapshotInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSnapshotMissing, ctx.lang);
  repo::SnapshotRow r;
  if (auto st = apply_snapshot(std::get<dto::QcSnapshotInput>(body), r); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcStaffing> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    auto old = repo::get_snapshot(s, *id);
    if (!old || old->office_org_id != office->org.id) return kSnapshotMissing;
    if (!office->rights.write) return kForbidden;
    if (repo::snapshot_exists(s, office->org.id, r.as_of, old->id))
      return Error{ErrorCode::conflict, "as_of", "quality.care.staffing.duplicate", {{"value", r.as_of}}};
    r.id = old->id;
    r.office_org_id = old->office_org_id;
    repo::update_snapshot(s, r);
    log_change(s, ctx, "quality.care.staffing.update", "qc_staffing_snapshot", r.id, r.office_org_id, r.as_of);
    return staffing_dto(s, *office);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response delete_snapshot(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSnapshotMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    auto old = repo::get_snapshot(s, *id);
    if (!old || old->office_org_id != office->org.id) return kSnapshotMissing;
    if (!office->rights.write) return kForbidden;
    repo::delete_snapshot(s, old->id);
    log_change(s, ctx, "quality.care.staffing.delete", "qc_staffing_snapshot", old->id, old->office_org_id, old->as_of);
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

Status check_norm(const std::string& field, const std::optional<double>& v) {
  if (v && (!(*v > 0) || *v > 1e7)) return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "10000000"}});
  return ok_status();
}

Response put_norm(Context& ctx) {
  auto body = body_as<dto::QcNormInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcNormInput>(body);
  repo::NormRow n{in.max_cases_per_fte, in.max_children_per_fte, in.source.value_or(""), 0};
  for (auto st : {check_norm("max_cases_per_fte", n.max_cases_per_fte),
                  check_norm("max_children_per_fte", n.max_children_per_fte), check_text("source", n.source, 500, false)})
    if (!st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcStaffing> {
    auto office = load_office(s, ctx);
    if (!office) return office.error();
    if (!office->can_set_norm) return kForbidden;
    repo::put_norm(s, office->org.id, n, ctx.principal.user_id);
    log_change(s, ctx, "quality.care.staffing.norm", "qc_staffing_norm", office->org.id, office->org.id, n.source);
    return staffing_dto(s, *office);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

}  // namespace

void register_ospod_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/quality/care/ospod";
  t.add<void, dto::QcOfficeList>(Verb::get, base + "/offices", Permission::quality_read, list_offices, kTag,
                                 "OSPOD offices the caller may read");
  t.add<void, dto::QcProcedures>(Verb::get, base + "/{org_id}/procedures", Permission::quality_read, get_procedures,
                                 kTag, "Written procedures of an OSPOD office per OSPOD standard, all versions");
  t.add<dto::QcProcedureInput, dto::QcProcedures>(Verb::post, base + "/{org_id}/procedures", Permission::quality_manage,
                                                  create_procedure, kTag,
                                                  "A new version of the procedure for one OSPOD standard")
      .success_status = 201;
  t.add<void, dto::QcStaffing>(Verb::get, base + "/{org_id}/staffing", Permission::quality_read, get_staffing, kTag,
                               "Staffing history of an OSPOD office with ratios against the norm");
  t.add<dto::QcSnapshotInput, dto::QcStaffing>(Verb::post, base + "/{org_id}/staffing", Permission::quality_manage,
                                               create_snapshot, kTag, "Record the staffing as of a date")
      .success_status = 201;
  t.add<dto::QcSnapshotInput, dto::QcStaffing>(Verb::put, base + "/{org_id}/staffing/{id}", Permission::quality_manage,
                                               update_snapshot, kTag, "Correct a staffing snapshot");
  t.add<void, void>(Verb::delete_, base + "/{org_id}/staffing/{id}", Permission::quality_manage, delete_snapshot, kTag,
                    "Delete a staffing snapshot");
  t.add<dto::QcNormInput, dto::QcStaffing>(Verb::put, base + "/{org_id}/staffing-norm", Permission::quality_manage,
                                           put_norm, kTag,
                                           "Set the norm (cases and children per FTE) the staffing is compared with");
}

}  // namespace kvalis::http::care
