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
#include <vector>

#include "core/accounts/access.hpp"
#include "core/quality/actions.hpp"

namespace kvalis::quality {

struct AuditFacts {
  long long audited_org_id = 0;
  long long conducted_by_org_id = 0;
  std::string region_code;      // of the audited service, else of the audited organisation
  bool self_assessment = false; // type self_assessment or internal
  bool closed = false;
  std::vector<long long> team;  // user ids
  long long leader = 0;         // user id of the leader, 0 if none
};

struct AuditRights {
  bool read = false;
  bool score = false;   // assessments, findings and evidence (drafts only)
  bool manage = false;  // header, team, close, reopen
  bool plan_actions = false;  // add and edit corrective actions (also after close)
  std::vector<ActorKind> actor_kinds;  // how the caller may move corrective actions
  bool may(ActorKind kind) const;
};

AuditRights audit_rights(const accounts::Principal& principal, const AuditFacts& facts);

// The actor kind a transition is recorded under: the first of the caller's kinds that allows it.
std::optional<ActorKind> actor_for(const AuditRights& rights, ActionStatus from, ActionStatus to, std::string_view note);
// Every status the caller may move an action to, in any of their capacities.
std::vector<ActionStatus> allowed_for(const AuditRights& rights, ActionStatus from);

}  // namespace kvalis::quality
