// This part's pages under /network (the network section's router renders them below its tabs).
import { lazy } from 'react';
import type { FeatureRoute } from '../../../app/feature';

const YearsPage = lazy(() => import('./pages/YearsPage'));
const YearPage = lazy(() => import('./pages/YearPage'));
const ServiceHistoryPage = lazy(() => import('./pages/ServiceHistoryPage'));
const EntrustmentsPage = lazy(() => import('./pages/EntrustmentsPage'));
const PlansPage = lazy(() => import('./pages/PlansPage'));
const PlanPage = lazy(() => import('./pages/PlanPage'));
const ActionPlanPage = lazy(() => import('./pages/ActionPlanPage'));

/** Paths relative to /network. */
export const PLAN_ROUTES: readonly FeatureRoute[] = [
  { path: 'years', element: <YearsPage /> },
  { path: 'years/:id', element: <YearPage /> },
  { path: 'years/service/:id', element: <ServiceHistoryPage /> },
  { path: 'entrustments', element: <EntrustmentsPage /> },
  { path: 'plans', element: <PlansPage /> },
  { path: 'plans/:id', element: <PlanPage /> },
  { path: 'plans/action/:id', element: <ActionPlanPage /> },
];
