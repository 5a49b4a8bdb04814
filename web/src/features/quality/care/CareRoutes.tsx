// The care part of the quality module, mounted by the web shell at /quality/care/*.
import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import { Navigate, Route, Routes } from 'react-router-dom';

const OspodPage = lazy(() => import('./pages/OspodPage'));
const SupervisionPage = lazy(() => import('./pages/SupervisionPage'));
const TransformationPage = lazy(() => import('./pages/TransformationPage'));
const PlanPage = lazy(() => import('./pages/PlanPage'));
const IndicatorsPage = lazy(() => import('./pages/IndicatorsPage'));

export default function CareRoutes() {
  return (
    <Suspense fallback={<Skeleton active />}>
      <Routes>
        <Route path="ospod" element={<OspodPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="transformation" element={<TransformationPage />} />
        <Route path="transformation/indicators" element={<IndicatorsPage />} />
        <Route path="transformation/:planId" element={<PlanPage />} />
        <Route path="*" element={<Navigate to="supervision" replace />} />
      </Routes>
    </Suspense>
  );
}
