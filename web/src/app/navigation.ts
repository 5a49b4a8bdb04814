// The side navigation: which items a user sees, and which item a path belongs to.
import { FEATURES } from './features';

export type NavSection = 'main' | 'modules' | 'admin';
export type NavIcon =
  | 'dashboard'
  | 'organisations'
  | 'services'
  | 'planning'
  | 'quality'
  | 'benchmarking'
  | 'network'
  | 'people'
  | 'users'
  | 'auditLog';

export interface NavItem {
  key: NavIcon;
  path: string;
  section: NavSection;
  /** Shown only to users holding this permission (CurrentUser.permissions). */
  permission?: string;
  /** A module to come: the route shows the "coming soon" page. */
  comingSoon?: boolean;
}

const SECTION_ORDER: readonly NavSection[] = ['main', 'modules', 'admin'];

/** Each feature's entries (web/src/app/features.ts), section by section in the order of the features. */
export const NAV_ITEMS: readonly NavItem[] = SECTION_ORDER.flatMap((section) =>
  FEATURES.flatMap((f) => f.nav).filter((i) => i.section === section),
);

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
