#pragma once
// Who may read, score and manage an audit, and in which capacity someone moves a corrective action.
// Pure: the facts about the audit come from storage, the principal from the session.
//
// Read: the platform administrator; members of the audited organisation (a provider sees only its own
// audits); the audit team; administrators and managers of the conducting organisation; members of a
// region organisation whose region the audited service (or organisation) lies in.
// Score (assessments, findings, evidence) while the audit is a draft: the team; administrators and
// managers of the conducting organisation; for a self-assessment or an internal audit also the audited
// organisation's members who may assess (not read-only).
// Manage (header, team, close and reopen): the team leader, administrators and managers of the conducting
// organisation, the platform administrator.
// Corrective actions: the audited organisation's staff move them as the provider; the team and the
// conducting organisation's managers from outside the audited organisation verify them as auditors, the
// region's staff (not read-only) as the region.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"
#include "quality/core/actions.hpp"

namespace kvalis::quality {

// An audit's state: a draft is scored; a closed one has its verdict, total and per-standard results
// recorded (reopened, it is a draft again).
enum class AuditStatus { kDraft, kClosed };
std::string_view to_string(AuditStatus status);  // draft, closed
std::optional<AuditStatus> parse_audit_status(std::string_view text);

// Audit types and methods as stored and sent.
const std::vector<std::string>& audit_types();    // self_assessment, internal, external, process, inspection_*
const std::vector<std::string>& audit_methods();  // document_study, interviews_users, …

struct AuditFacts {
  long long audited_org_id = 0;
  long long conducted_by_org_id = 0;
  std::string region_code;       // of the audited service, else of the audited organisation
  bool self_assessment = false;  // type self_assessment or internal
  bool closed = false;
  std::vector<long long> team;  // user ids
  long long leader = 0;         // user id of the leader, 0 if none
};

struct AuditRights {
  bool read = false;
  bool score = false;                  // assessments, findings and evidence (drafts only)
  bool manage = false;                 // header, team, close, reopen
  bool plan_actions = false;           // add and edit corrective actions (also after close)
  std::vector<ActorKind> actor_kinds;  // how the caller may move corrective actions
  bool may(ActorKind kind) const;
};

AuditRights audit_rights(const accounts::Principal& principal, const AuditFacts& facts);

// The actor kind a transition is recorded under: the first of the caller's kinds that allows it.
std::optional<ActorKind> actor_for(const AuditRights& rights, ActionStatus from, ActionStatus to,
                                   std::string_view note);
// Every status the caller may move an action to, in any of their capacities.
std::vector<ActionStatus> allowed_for(const AuditRights& rights, ActionStatus from);

// Who conducts which type of audit:
// - a self-assessment and an internal audit: the audited organisation itself;
// - an external and a process audit: an audit body (of any registered service: the public registry is what
//   an audit body sees) or a region (of services and organisations in its region), never a provider or a
//   municipality;
// - a state-inspection record (inspection_basic, _followup, _notice; §97–§99 zákona č. 108/2006 Sb.): the
//   region of the audited service, recorded by its staff or by the platform administrator.
struct ConductFacts {
  std::string type;  // audit type code
  long long audited_org_id = 0;
  std::string audited_region_code;  // of the audited service, else of the audited organisation
  bool by_service = true;           // the target was given as service_id (else audited_org_id)
  long long conductor_org_id = 0;
  accounts::OrganisationType conductor_type = accounts::OrganisationType::provider;
  std::string conductor_region_code;
};

// May the caller act as the conducting organisation: its administrators and managers, the auditors of an
// audit body, the platform administrator.
bool may_act_as_conductor(const accounts::Principal& principal, long long organisation_id);

// Whether the conducting organisation fits the audit's type and target; the error names the field
// (conducted_by_org_id, or service_id / audited_org_id when the target is outside a region's reach).
Status check_conductor(const ConductFacts& facts);

// Creating an audit: the caller acts as the conductor (may_act_as_conductor), and check_conductor.
Status check_new_audit(const accounts::Principal& principal, const ConductFacts& facts);

// The conducting organisation when a new audit names none: the audited organisation for a self-assessment
// and an internal audit; else the first organisation the caller may act for as conductor: an audit body
// (not for a state inspection), a region of the audited target, any region; else the audited organisation
// (check_new_audit then says what is wrong with it).
long long default_conductor(const accounts::Principal& principal, const std::string& type, long long audited_org_id,
                            const std::string& audited_region_code);

// What a change of an audit needs, in the order the checks are made; the error is "status"
// (quality.audit.closed / quality.audit.not_closed) or auth.forbidden.
enum class AuditChange {
  kScore,         // assessments and evidence of the audit
  kEditFindings,  // create or change a finding
  kDeleteFinding,
  kEditHeader,  // title, place, summary
  kEditPlan,    // type, team, methods, dates: only while a draft
  kClose,
  kReopen,
};
Status check_audit_change(AuditChange change, const AuditRights& rights, AuditStatus status);

}  // namespace kvalis::quality
