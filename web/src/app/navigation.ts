// The side navigation: which items a user sees, and which item a path belongs to.

export type NavSection = 'main' | 'modules' | 'admin';
export type NavIcon =
  | 'dashboard' | 'organisations' | 'services' | 'planning' | 'quality' | 'benchmarking' | 'network' | 'people'
  | 'users' | 'auditLog';

export interface NavItem {
  key: NavIcon;
  path: string;
  section: NavSection;
  /** Shown only to users holding this permission (CurrentUser.permissions). */
  permission?: string;
  /** A module to come: the route shows the "coming soon" page. */
  comingSoon?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/', section: 'main' },
  { key: 'organisations', path: '/organisations', section: 'main', permission: 'organisations.read' },
  { key: 'services', path: '/services', section: 'main', permission: 'services.read' },
  { key: 'planning', path: '/planning', section: 'modules', comingSoon: true },
  { key: 'quality', path: '/quality', section: 'modules', permission: 'quality.read' },
  { key: 'benchmarking', path: '/benchmarking', section: 'modules', permission: 'benchmark.read' },
  { key: 'network', path: '/network', section: 'modules', comingSoon: true },
  { key: 'people', path: '/people', section: 'modules', comingSoon: true },
  { key: 'users', path: '/admin/users', section: 'admin', permission: 'users.manage' },
  { key: 'auditLog', path: '/admin/audit-log', section: 'admin', permission: 'audit_log.read' },
];

export function hasPermission(permissions: readonly string[] | undefined, permission: string | undefined): boolean {
  return !permission || (permissions ?? []).includes(permission);
}

export function visibleNavItems(permissions: readonly string[] | undefined): NavItem[] {
  return NAV_ITEMS.filter((i) => hasPermission(permissions, i.permission));
}

/** The item whose path is the longest prefix of the pathname ("/services/12" → services). */
export function navKeyForPath(pathname: string): NavIcon | undefined {
  let best: NavItem | undefined;
  for (const item of NAV_ITEMS) {
    const match = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (match && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}

export const COMING_SOON_MODULES = NAV_ITEMS.filter((i) => i.comingSoon);
