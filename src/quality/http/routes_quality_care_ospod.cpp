// Quality module, care part — OSPOD (issue 5 item 6): an OSPOD office's written procedures per OSPOD
// standard with versions (a new version keeps the old ones; the one in force is computed by
// quality/core/care_ospod.hpp), and its staffing standard: snapshots over time of cases, children and
// workers' FTE, with the ratio compared against a norm the office or its region sets as data.
// OSPOD self-assessments are audits of the audit side (type self_assessment, set OSPOD). The handlers
// parse, call one use case of quality/app/care_ospod.hpp and map the result.
//
// Read: the office's members and its region. Write: the office's administrators and managers; the norm
// also the region's. Others get 404.
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "quality/app/care_ospod.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "quality/http/routes.hpp"
#include "quality/http/routes_quality_care.hpp"

namespace kvalis::http::care {
namespace {

namespace qapp = quality::app;
namespace qc = quality::care;

const Error kOfficeMissing{ErrorCode::not_found, {}, "quality.care.office.not_found", {}};
const Error kSnapshotMissing{ErrorCode::not_found, {}, "not_found", {}};

// ---- mapping --------------------------------------------------------------------------------------------

dto::QcProcedures procedures_dto(const qapp::OfficeProcedures& p) {
  dto::QcProcedures out;
  out.office_org_id = p.access.office.id;
  out.office_name = p.access.office.name;
  out.can_edit = p.access.rights.write;
  out.today = p.today;
  for (const auto& st : p.standards) {
    dto::QcStandardProcedures d;
    d.standard_number = st.standard.number;
    d.standard_name = st.standard.name;
    d.in_force_version = st.in_force_version;
    for (const auto& v : st.versions)
      d.versions.push_back({v.id, v.version, v.title, v.content, v.approved_on, v.approved_by, v.effective_from,
                            v.change_note, d.in_force_version == v.version, format_timestamp(v.created_at)});
    out.standards.push_back(std::move(d));
  }
  return out;
}

dto::QcRatio ratio_dto(const qc::RatioCheck& c) {
  return {c.ratio, c.norm, std::string(qc::to_string(c.state)), c.fte_needed};
}

dto::QcStaffing staffing_dto(const qapp::OfficeStaffing& st) {
  dto::QcStaffing out;
  out.office_org_id = st.access.office.id;
  out.office_name = st.access.office.name;
  out.can_edit = st.access.rights.write;
  out.can_set_norm = st.access.can_set_norm;
  const auto& norm = st.norm;
  out.norm = {norm.max_cases_per_fte, norm.max_children_per_fte, norm.source,
              norm.max_cases_per_fte || norm.max_children_per_fte,
              norm.updated_at ? std::optional<std::string>(format_timestamp(norm.updated_at)) : std::nullopt};
  for (const auto& x : st.snapshots) {
    dto::QcSnapshot d;
    d.id = x.snapshot.id;
    d.as_of = x.snapshot.as_of;
    d.cases = x.snapshot.cases;
    d.children = x.snapshot.children;
    d.note = x.snapshot.note;
    for (const auto& w : x.snapshot.workers) d.workers.push_back({w.name, w.job, w.fte});
    d.total_fte = x.ratio.total_fte;
    d.cases_ratio = ratio_dto(x.ratio.cases);
    d.children_ratio = ratio_dto(x.ratio.children);
    out.snapshots.push_back(std::move(d));
  }
  return out;
}

qapp::SnapshotInput snapshot_input(const dto::QcSnapshotInput& in) {
  qapp::SnapshotInput out{in.as_of, in.cases, in.children, in.note.value_or(""), {}};
  for (const auto& w : in.workers) out.workers.push_back({w.name, w.job, w.fte});
  return out;
}

// The body of type Body and the office of the path, then f(office, body).
template <class Body, class F>
Response with_office_body(Context& ctx, F&& f) {
  auto body = body_as<Body>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto office = ctx.path_id("org_id");
  if (!office) return error_response(kOfficeMissing, ctx.lang);
  return f(*office, std::get<Body>(body));
}

// ---- handlers -------------------------------------------------------------------------------------------

Response list_offices(Context& ctx) {
  dto::QcOfficeList out;
  for (const auto& o : qapp::list_offices(ctx.db(), caller_of(ctx)))
    out.items.push_back({o.office.id, o.office.name, o.office.region_code, o.rights.write, o.can_set_norm});
  return dto_response(out);
}

Response get_procedures(Context& ctx) {
  auto office = ctx.path_id("org_id");
  if (!office) return error_response(kOfficeMissing, ctx.lang);
  return answer_as(ctx, qapp::get_procedures(ctx.db(), caller_of(ctx), *office), procedures_dto);
}

Response create_procedure(Context& ctx) {
  return with_office_body<dto::QcProcedureInput>(ctx, [&](long long office, const dto::QcProcedureInput& in) {
    const qapp::ProcedureInput p{in.standard_number,          in.title,
                                 in.content.value_or(""),     in.approved_on,
                                 in.approved_by.value_or(""), in.effective_from.value_or(in.approved_on),
                                 in.change_note.value_or("")};
    return answer_as(ctx, qapp::add_procedure_version(ctx.db(), caller_of(ctx), office, p), procedures_dto, 201);
  });
}

Response get_staffing(Context& ctx) {
  auto office = ctx.path_id("org_id");
  if (!office) return error_response(kOfficeMissing, ctx.lang);
  return answer_as(ctx, qapp::get_staffing(ctx.db(), caller_of(ctx), *office), staffing_dto);
}

Response create_snapshot(Context& ctx) {
  return with_office_body<dto::QcSnapshotInput>(ctx, [&](long long office, const dto::QcSnapshotInput& in) {
    return answer_as(ctx, qapp::record_staffing(ctx.db(), caller_of(ctx), office, snapshot_input(in)), staffing_dto,
                     201);
  });
}

Response update_snapshot(Context& ctx) {
  return with_office_body<dto::QcSnapshotInput>(ctx, [&](long long office, const dto::QcSnapshotInput& in) {
    auto id = ctx.path_id("id");
    if (!id) return error_response(kSnapshotMissing, ctx.lang);
    return answer_as(ctx, qapp::correct_staffing(ctx.db(), caller_of(ctx), office, *id, snapshot_input(in)),
                     staffing_dto);
  });
}

Response delete_snapshot(Context& ctx) {
  auto office = ctx.path_id("org_id");
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSnapshotMissing, ctx.lang);
  if (!office) return error_response(kOfficeMissing, ctx.lang);
  return answer(ctx, qapp::delete_staffing(ctx.db(), caller_of(ctx), *office, *id));
}

Response put_norm(Context& ctx) {
  return with_office_body<dto::QcNormInput>(ctx, [&](long long office, const dto::QcNormInput& in) {
    const qapp::NormInput n{in.max_cases_per_fte, in.max_children_per_fte, in.source.value_or("")};
    return answer_as(ctx, qapp::set_staffing_norm(ctx.db(), caller_of(ctx), office, n), staffing_dto);
  });
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
