#include "quality/core/audit_access.hpp"

#include <algorithm>

namespace kvalis::quality {
namespace {

using accounts::member_of;
using accounts::region_member;
using accounts::Role;

void add(std::vector<ActorKind>& v, ActorKind k) {
  if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
}

}  // namespace

bool AuditRights::may(ActorKind kind) const {
  return std::find(actor_kinds.begin(), actor_kinds.end(), kind) != actor_kinds.end();
}

AuditRights audit_rights(const accounts::Principal& p, const AuditFacts& f) {
  AuditRights r;
  const bool on_team = p.user_id != 0 && std::find(f.team.begin(), f.team.end(), p.user_id) != f.team.end();
  const bool leader = p.user_id != 0 && f.leader == p.user_id;
  const bool conductor_manager = member_of(p, f.conducted_by_org_id, {Role::admin, Role::manager});
  const bool audited_member = member_of(p, f.audited_org_id);
  const bool audited_assessor =
      member_of(p, f.audited_org_id, {Role::admin, Role::manager, Role::worker, Role::auditor});
  const bool audited_manager = member_of(p, f.audited_org_id, {Role::admin, Role::manager});
  const bool region = region_member(p, f.region_code);
  const bool region_writer = region_member(p, f.region_code, {Role::admin, Role::manager, Role::worker, Role::auditor});

  r.read = p.platform_admin || audited_member || on_team || conductor_manager || region;
  if (!r.read) return r;
  const bool assessor = p.platform_admin || on_team || conductor_manager || (f.self_assessment && audited_assessor);
  r.score = assessor && !f.closed;
  r.manage = p.platform_admin || leader || conductor_manager || (f.self_assessment && audited_manager);
  r.plan_actions = assessor || audited_manager;
  if (audited_assessor) add(r.actor_kinds, ActorKind::kProvider);
  // Verifying is for someone outside the audited organisation: its own staff on the team of a
  // self-assessment, or its managers conducting it, act as the provider.
  const bool outside = !audited_member;
  if (p.platform_admin || (outside && (on_team || conductor_manager))) add(r.actor_kinds, ActorKind::kAuditor);
  if (region_writer) add(r.actor_kinds, ActorKind::kRegion);
  return r;
}

std::optional<ActorKind> actor_for(const AuditRights& rights, ActionStatus from, ActionStatus to,
                                   std::string_view note) {
  for (auto k : rights.actor_kinds)
    if (!check_transition(from, to, k, note)) return k;
  return std::nullopt;
}

std::vector<ActionStatus> allowed_for(const AuditRights& rights, ActionStatus from) {
  std::vector<ActionStatus> out;
  for (auto k : rights.actor_kinds)
    for (auto s : allowed_transitions(from, k))
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  std::sort(out.begin(), out.end());
  return out;
}

bool may_act_as_conductor(const accounts::Principal& p, long long org_id) {
  if (p.platform_admin) return true;
  return std::any_of(p.memberships.begin(), p.memberships.end(), [&](const accounts::Membership& m) {
    return m.organisation_id == org_id &&
           (m.role == Role::admin || m.role == Role::manager ||
            (m.role == Role::auditor && m.organisation_type == accounts::OrganisationType::audit_body));
  });
}

Status check_conductor(const ConductFacts& f) {
  using accounts::OrganisationType;
  const std::string conductor = "conducted_by_org_id";
  if (f.type == "self_assessment" || f.type == "internal") {
    if (f.conductor_org_id != f.audited_org_id) return invalid(conductor, "quality.audit.conductor_not_audited");
    return ok_status();
  }
  const bool in_region = f.conductor_type == OrganisationType::region && !f.conductor_region_code.empty() &&
                         f.conductor_region_code == f.audited_region_code;
  const std::string target = f.by_service ? "service_id" : "audited_org_id";
  if (f.type == "external" || f.type == "process") {
    if (f.conductor_type == OrganisationType::audit_body) return ok_status();
    if (f.conductor_type != OrganisationType::region) return invalid(conductor, "quality.audit.conductor_not_external");
    if (!in_region) return invalid(target, "quality.audit.conductor_other_region");
    return ok_status();
  }
  if (f.type == "inspection_basic" || f.type == "inspection_followup" || f.type == "inspection_notice") {
    if (f.conductor_type != OrganisationType::region) return invalid(conductor, "quality.audit.conductor_not_region");
    if (!in_region) return invalid(target, "quality.audit.conductor_other_region");
    return ok_status();
  }
  return invalid("type", "quality.audit.type_invalid", {{"value", f.type}});
}

Status check_new_audit(const accounts::Principal& p, const ConductFacts& f) {
  if (!may_act_as_conductor(p, f.conductor_org_id))
    return invalid("conducted_by_org_id", "quality.audit.conductor_invalid");
  return check_conductor(f);
}

std::string_view to_string(AuditStatus status) { return status == AuditStatus::kClosed ? "closed" : "draft"; }

std::optional<AuditStatus> parse_audit_status(std::string_view text) {
  if (text == "draft") return AuditStatus::kDraft;
  if (text == "closed") return AuditStatus::kClosed;
  return std::nullopt;
}

const std::vector<std::string>& audit_types() {
  static const std::vector<std::string> kTypes = {"self_assessment",  "internal",         "external",
                                                  "process",          "inspection_basic", "inspection_followup",
                                                  "inspection_notice"};
  return kTypes;
}

const std::vector<std::string>& audit_methods() {
  static const std::vector<std::string> kMethods = {"document_study", "interviews_users", "interviews_staff",
                                                    "observation",    "records_review",   "accompanying"};
  return kMethods;
}

long long default_conductor(const accounts::Principal& p, const std::string& type, long long audited_org_id,
                            const std::string& audited_region) {
  using accounts::OrganisationType;
  if (type == "self_assessment" || type == "internal") return audited_org_id;
  const bool inspection = type.rfind("inspection_", 0) == 0;
  auto first = [&](OrganisationType t, bool same_region) -> long long {
    for (const auto& m : p.memberships)
      if (m.organisation_type == t && (!same_region || m.region_code == audited_region) &&
          may_act_as_conductor(p, m.organisation_id))
        return m.organisation_id;
    return 0;
  };
  for (long long id : {inspection ? 0 : first(OrganisationType::audit_body, false),
                       first(OrganisationType::region, true), first(OrganisationType::region, false)})
    if (id) return id;
  return audited_org_id;
}

Status check_audit_change(AuditChange change, const AuditRights& r, AuditStatus status) {
  const bool closed = status == AuditStatus::kClosed;
  const Error closed_error = invalid("status", "quality.audit.closed");
  const Error forbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};
  switch (change) {
    case AuditChange::kScore:
      if (closed) return closed_error;
      return r.score ? ok_status() : Status(forbidden);
    case AuditChange::kEditFindings:
      if (closed) return closed_error;  // reopen to change findings
      return r.score || r.manage ? ok_status() : Status(forbidden);
    case AuditChange::kDeleteFinding:
      if (r.score) return ok_status();
      return closed ? closed_error : forbidden;
    case AuditChange::kEditHeader:
      return r.manage ? ok_status() : Status(forbidden);
    case AuditChange::kEditPlan:
      if (!r.manage) return forbidden;
      return closed ? Status(closed_error) : ok_status();
    case AuditChange::kClose:
      if (!r.manage) return forbidden;
      return closed ? Status(closed_error) : ok_status();
    case AuditChange::kReopen:
      if (!r.manage) return forbidden;
      return closed ? ok_status() : Status(invalid("status", "quality.audit.not_closed"));
  }
  return forbidden;
}

}  // namespace kvalis::quality
