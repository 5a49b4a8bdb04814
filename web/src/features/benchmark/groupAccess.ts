// Who may found a working group, as the server decides: the platform administrator, or an administrator
// or manager of a region (the group belongs to a region). A provider's manager holds benchmark.manage
// for its own forms but was offered a "new group" dialog that could only fail.
import type { Membership } from '../../api/types';

type Member = Pick<Membership, 'role' | 'organisation_type'>;

export function managesRegion(m: Member): boolean {
  return m.organisation_type === 'region' && (m.role === 'admin' || m.role === 'manager');
}

export function mayCreateGroup(
  user: { platform_admin: boolean; memberships: readonly Member[] },
  canManage: boolean,
): boolean {
  return canManage && (user.platform_admin || user.memberships.some(managesRegion));
}
