// The coverage part's pages under /network (the network section's router renders them below its tabs).
import { lazy } from 'react';
import type { FeatureRoute } from '../../../app/feature';

const RoundsPage = lazy(() => import('./pages/RoundsPage'));
const RoundPage = lazy(() => import('./pages/RoundPage'));
const SubmissionPage = lazy(() => import('./pages/SubmissionPage'));
const MapPage = lazy(() => import('./pages/MapPage'));
const MinimalFormsPage = lazy(() => import('./pages/MinimalFormsPage'));
const MinimalFormPage = lazy(() => import('./pages/MinimalFormPage'));

/** Paths relative to /network. */
export const COVERAGE_ROUTES: readonly FeatureRoute[] = [
  { path: 'coverage', element: <RoundsPage /> },
  { path: 'coverage/rounds/:id', element: <RoundPage /> },
  { path: 'coverage/submissions/:id', element: <SubmissionPage /> },
  { path: 'coverage/map', element: <MapPage /> },
  { path: 'minimal', element: <MinimalFormsPage /> },
  { path: 'minimal/:id', element: <MinimalFormPage /> },
];
