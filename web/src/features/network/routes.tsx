// The network feature under /network: the service cards of the region (versions, comments, comparison), meetings
// per kind, need areas and basic activities, the portal settings, and the coverage part's pages (COVERAGE_ROUTES).
// The shell mounts `network/*` for holders of network.read; NetworkSection renders NETWORK_ROUTES below the tabs.
import { lazy } from 'react';
import type { Feature, FeatureRoute } from '../../app/feature';
// The parts' routes, not their index (./coverage and the others), which also carries their texts.
import { COVERAGE_ROUTES } from './coverage/routes';
import { PLAN_ROUTES } from './plan/routes';
import { FINANCE_ROUTES } from './finance/routes';

const NetworkSection = lazy(() => import('./components/NetworkSection'));
const CardsPage = lazy(() => import('./pages/CardsPage'));
const CardPage = lazy(() => import('./pages/CardPage'));
const VersionPage = lazy(() => import('./pages/VersionPage'));
const ComparePage = lazy(() => import('./pages/ComparePage'));
const MyCommentsPage = lazy(() => import('./pages/MyCommentsPage'));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/MeetingPage'));
const NeedAreasPage = lazy(() => import('./pages/NeedAreasPage'));
const ActivitiesPage = lazy(() => import('./pages/ActivitiesPage'));
const PortalSettingsPage = lazy(() => import('./pages/PortalSettingsPage'));
const NotFoundPage = lazy(() => import('../system/pages/NotFoundPage'));

/** The cards part's paths, relative to /network. */
export const CARD_ROUTES: readonly FeatureRoute[] = [
  { path: '', element: <CardsPage /> },
  { path: 'cards/:id', element: <CardPage /> },
  { path: 'versions/:id', element: <VersionPage /> },
  { path: 'versions/:id/compare', element: <ComparePage /> },
  { path: 'comments', element: <MyCommentsPage />, permission: 'network.respond' },
  { path: 'meetings', element: <MeetingsPage /> },
  { path: 'meetings/:id', element: <MeetingPage /> },
  { path: 'needs', element: <NeedAreasPage /> },
  { path: 'activities', element: <ActivitiesPage /> },
  { path: 'portal', element: <PortalSettingsPage />, permission: 'network.manage' },
];

/** Paths relative to /network: the cards part's, the coverage part's, then "not found". */
export const NETWORK_ROUTES: readonly FeatureRoute[] = [
  ...CARD_ROUTES,
  ...COVERAGE_ROUTES,
  ...PLAN_ROUTES,
  ...FINANCE_ROUTES,
  { path: '*', element: <NotFoundPage /> },
];

export const networkFeature: Feature = {
  id: 'network',
  routes: [{ path: 'network/*', element: <NetworkSection />, permission: 'network.read' }],
  nav: [{ key: 'network', path: '/network', section: 'modules', permission: 'network.read' }],
  // Only the feature's own pages use its texts (and its help panel's): fetched with them, not with the first
  // download.
  messages: () =>
    Promise.all([import('./i18n'), import('./help')]).then(([m, h]) => ({
      cs: { ...m.messages.cs, ...h.helpMessages.cs },
      en: { ...m.messages.en, ...h.helpMessages.en },
    })),
};
