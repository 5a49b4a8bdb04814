// The planning feature under /planning: strategy, operational plans, goals and evaluations, the plan cycle, due
// work, clients with their individual plans, ladders, the impact report and the regional outcomes.
// The shell mounts `planning/*` for holders of planning.read; PlanningSection renders PLANNING_ROUTES below the
// planning tabs, the client pages only for holders of clients.work.
import { lazy } from 'react';
import type { Feature, FeatureRoute } from '../../app/feature';

const PlanningSection = lazy(() => import('./components/PlanningSection'));
const StrategyPage = lazy(() => import('./pages/StrategyPage'));
const StrategicPlanPage = lazy(() => import('./pages/StrategicPlanPage'));
const OperationalPlansPage = lazy(() => import('./pages/OperationalPlansPage'));
const OperationalPlanPage = lazy(() => import('./pages/OperationalPlanPage'));
const GoalPage = lazy(() => import('./pages/GoalPage'));
const EvaluationPage = lazy(() => import('./pages/EvaluationPage'));
const DuePage = lazy(() => import('./pages/DuePage'));
const ClientsPage = lazy(() => import('./pages/ClientsPage'));
const ClientPage = lazy(() => import('./pages/ClientPage'));
const ServicesPage = lazy(() => import('./pages/ServicesPage'));
const LaddersPage = lazy(() => import('./pages/LaddersPage'));
const LadderPage = lazy(() => import('./pages/LadderPage'));
const ImpactPage = lazy(() => import('./pages/ImpactPage'));
const RegionalPage = lazy(() => import('./pages/RegionalPage'));
const NotFoundPage = lazy(() => import('../system/pages/NotFoundPage'));

/** Paths relative to /planning. */
export const PLANNING_ROUTES: readonly FeatureRoute[] = [
  { path: '', element: <StrategyPage /> },
  { path: 'strategic/:id', element: <StrategicPlanPage /> },
  { path: 'operational', element: <OperationalPlansPage /> },
  { path: 'operational/:id', element: <OperationalPlanPage /> },
  { path: 'goals/:id', element: <GoalPage /> },
  { path: 'evaluations/:id', element: <EvaluationPage /> },
  { path: 'due', element: <DuePage /> },
  { path: 'clients', element: <ClientsPage />, permission: 'clients.work' },
  { path: 'clients/:id', element: <ClientPage />, permission: 'clients.work' },
  { path: 'services', element: <ServicesPage />, permission: 'clients.work' },
  { path: 'ladders', element: <LaddersPage /> },
  { path: 'ladders/:id', element: <LadderPage /> },
  { path: 'impact', element: <ImpactPage /> },
  { path: 'regional', element: <RegionalPage /> },
  { path: '*', element: <NotFoundPage /> },
];

export const planningFeature: Feature = {
  id: 'planning',
  routes: [{ path: 'planning/*', element: <PlanningSection />, permission: 'planning.read' }],
  nav: [{ key: 'planning', path: '/planning', section: 'modules', permission: 'planning.read' }],
  // Only the feature's own pages use its texts (and its help panel's): fetched with them, not with the first
  // download.
  messages: () =>
    Promise.all([import('./i18n'), import('./help')]).then(([m, h]) => ({
      cs: { ...m.messages.cs, ...h.helpMessages.cs },
      en: { ...m.messages.en, ...h.helpMessages.en },
    })),
};
