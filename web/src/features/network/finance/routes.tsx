// This part's pages under /network (the network section's router renders them below its tabs).
import { lazy } from 'react';
import type { FeatureRoute } from '../../../app/feature';

const DevPlansPage = lazy(() => import('./pages/DevPlansPage'));
const DevPlanPage = lazy(() => import('./pages/DevPlanPage'));
const CriteriaPage = lazy(() => import('./pages/CriteriaPage'));
const OutlookPage = lazy(() => import('./pages/OutlookPage'));
const LinesPage = lazy(() => import('./pages/LinesPage'));
const ModelsPage = lazy(() => import('./pages/ModelsPage'));
const ModelPage = lazy(() => import('./pages/ModelPage'));
const BudgetPage = lazy(() => import('./pages/BudgetPage'));

/** Paths relative to /network. */
export const FINANCE_ROUTES: readonly FeatureRoute[] = [
  { path: 'dev-plans', element: <DevPlansPage /> },
  { path: 'dev-plans/:id', element: <DevPlanPage /> },
  { path: 'dev-criteria', element: <CriteriaPage />, permission: 'network.manage' },
  { path: 'finance', element: <OutlookPage /> },
  { path: 'finance/lines', element: <LinesPage /> },
  { path: 'finance/models', element: <ModelsPage /> },
  { path: 'finance/models/:id', element: <ModelPage /> },
  { path: 'finance/budget', element: <BudgetPage /> },
];
