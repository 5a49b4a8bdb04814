// The people feature under /people: staff and the education requirement, the region's aggregates, the training
// catalogue and sessions, cooperation with partner bodies and funded projects. The shell mounts `people/*` for
// holders of people.read; PeopleSection renders PEOPLE_ROUTES below the people tabs.
import { lazy } from 'react';
import type { Feature, FeatureRoute } from '../../app/feature';

const PeopleSection = lazy(() => import('./components/PeopleSection'));
const StaffPage = lazy(() => import('./pages/StaffPage'));
const WorkerPage = lazy(() => import('./pages/WorkerPage'));
const RegionalPage = lazy(() => import('./pages/RegionalPage'));
const CataloguePage = lazy(() => import('./pages/CataloguePage'));
const ModulePage = lazy(() => import('./pages/ModulePage'));
const SessionsPage = lazy(() => import('./pages/SessionsPage'));
const SessionPage = lazy(() => import('./pages/SessionPage'));
const CooperationPage = lazy(() => import('./pages/CooperationPage'));
const MeetingPage = lazy(() => import('./pages/MeetingPage'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage'));
const ProjectPage = lazy(() => import('./pages/ProjectPage'));
const NotFoundPage = lazy(() => import('../system/pages/NotFoundPage'));

/** Paths relative to /people. */
export const PEOPLE_ROUTES: readonly FeatureRoute[] = [
  { path: '', element: <StaffPage /> },
  { path: 'workers/:id', element: <WorkerPage /> },
  { path: 'regional', element: <RegionalPage /> },
  { path: 'training', element: <CataloguePage /> },
  { path: 'training/:id', element: <ModulePage /> },
  { path: 'sessions', element: <SessionsPage /> },
  { path: 'sessions/:id', element: <SessionPage /> },
  { path: 'cooperation', element: <CooperationPage /> },
  { path: 'cooperation/meetings/:id', element: <MeetingPage /> },
  { path: 'projects', element: <ProjectsPage /> },
  { path: 'projects/:id', element: <ProjectPage /> },
  { path: '*', element: <NotFoundPage /> },
];

export const peopleFeature: Feature = {
  id: 'people',
  routes: [{ path: 'people/*', element: <PeopleSection />, permission: 'people.read' }],
  nav: [{ key: 'people', path: '/people', section: 'modules', permission: 'people.read' }],
  // Only the feature's own pages use its texts (and its help panel's): fetched with them, not with the first
  // download.
  messages: () =>
    Promise.all([import('./i18n'), import('./help')]).then(([m, h]) => ({
      cs: { ...m.messages.cs, ...h.helpMessages.cs },
      en: { ...m.messages.en, ...h.helpMessages.en },
    })),
};
