// The planning tabs: which a user sees (by permission and membership) and which a path belongs to.
export interface PlanningTab {
  key: 'strategy' | 'operational' | 'due' | 'clients' | 'services' | 'ladders' | 'impact' | 'regional';
  path: string;
  /** Pages under other prefixes that belong to the tab. */
  also?: readonly string[];
}

export const PLANNING_TABS: readonly PlanningTab[] = [
  { key: 'strategy', path: '/planning', also: ['/planning/strategic', '/planning/goals', '/planning/evaluations'] },
  { key: 'operational', path: '/planning/operational' },
  { key: 'due', path: '/planning/due' },
  { key: 'clients', path: '/planning/clients' },
  { key: 'services', path: '/planning/services' },
  { key: 'ladders', path: '/planning/ladders' },
  { key: 'impact', path: '/planning/impact' },
  { key: 'regional', path: '/planning/regional' },
];

export interface TabUser {
  permissions: readonly string[];
  platform_admin: boolean;
  memberships: readonly { organisation_type: string; role: string }[];
}

/**
 * Whether a user works with clients: holds clients.work through a provider membership (admin, manager, worker).
 * Not the platform administrator nor region staff: client records belong to the service's staff.
 */
export function worksWithClients(user: TabUser): boolean {
  return (
    user.permissions.includes('clients.work') &&
    !user.platform_admin &&
    user.memberships.some((m) => m.organisation_type !== 'region' && ['admin', 'manager', 'worker'].includes(m.role))
  );
}

/**
 * Client pages for those who work with clients; service staff for the provider's admins and managers; the
 * regional outcomes for region staff and the platform administrator; the rest for every reader of plans.
 */
export function visibleTabs(user: TabUser): PlanningTab[] {
  const works = worksWithClients(user);
  const manages = user.memberships.some(
    (m) => m.organisation_type !== 'region' && (m.role === 'admin' || m.role === 'manager'),
  );
  const region = user.platform_admin || user.memberships.some((m) => m.organisation_type === 'region');
  return PLANNING_TABS.filter((tab) => {
    if (tab.key === 'clients') return works;
    if (tab.key === 'services') return works && manages;
    if (tab.key === 'regional') return region;
    return true;
  });
}

/** The tab of a path: the longest matching prefix ("/planning/goals/3" → strategy). */
export function planningTabForPath(pathname: string): PlanningTab['key'] {
  let best: { key: PlanningTab['key']; len: number } = { key: 'strategy', len: 0 };
  for (const tab of PLANNING_TABS) {
    for (const p of [tab.path, ...(tab.also ?? [])]) {
      if ((pathname === p || pathname.startsWith(`${p}/`)) && p.length > best.len)
        best = { key: tab.key, len: p.length };
    }
  }
  return best.key;
}
