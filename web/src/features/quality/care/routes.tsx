// The care part of the quality module (OSPOD, supervision and consultations, transformation), under
// /quality/care/: QUALITY_ROUTES mounts `care/*` and CareSection renders CARE_ROUTES. Its texts (i18n.ts,
// key `qualityCare`) are registered with the quality feature.
import { lazy } from 'react';
import { Navigate } from 'react-router-dom';
import type { FeatureRoute } from '../../../app/feature';

const OspodPage = lazy(() => import('./pages/OspodPage'));
const SupervisionPage = lazy(() => import('./pages/SupervisionPage'));
const TransformationPage = lazy(() => import('./pages/TransformationPage'));
const PlanPage = lazy(() => import('./pages/PlanPage'));
const IndicatorsPage = lazy(() => import('./pages/IndicatorsPage'));

/** Paths relative to /quality/care. */
export const CARE_ROUTES: readonly FeatureRoute[] = [
  { path: 'ospod', element: <OspodPage /> },
  { path: 'supervision', element: <SupervisionPage /> },
  { path: 'transformation', element: <TransformationPage /> },
  { path: 'transformation/indicators', element: <IndicatorsPage /> },
  { path: 'transformation/:planId', element: <PlanPage /> },
  { path: '*', element: <Navigate to="supervision" replace /> },
];
