// Who may conduct an audit, as the server decides (quality::may_act_as_conductor): an administrator or
// a manager of the conducting organisation, or an auditor of an audit body.
import type { Membership } from '../../api/types';
import type { AUDIT_TYPES } from './filters';

type Member = Pick<Membership, 'role' | 'organisation_type'>;

export function mayConduct(m: Member): boolean {
  return m.role === 'admin' || m.role === 'manager' || (m.role === 'auditor' && m.organisation_type === 'audit_body');
}

/** The type a new audit starts with: an audit body runs external audits, the others assess themselves. */
export function defaultAuditType(memberships: readonly Member[]): (typeof AUDIT_TYPES)[number] {
  const conducting = memberships.filter(mayConduct);
  if (conducting.length && conducting.every((m) => m.organisation_type === 'audit_body')) return 'external';
  return 'self_assessment';
}
