// Routes of the quality module under /quality (audit side here; care/* is the care part's own router).
import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { QualityTabs } from './components/QualityTabs';

const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const AuditsPage = lazy(() => import('./pages/AuditsPage'));
const AuditDetailPage = lazy(() => import('./pages/AuditDetailPage'));
const ActionsPage = lazy(() => import('./pages/ActionsPage'));
const ActionDetailPage = lazy(() => import('./pages/ActionDetailPage'));
const StandardsPage = lazy(() => import('./pages/StandardsPage'));
const StandardSetPage = lazy(() => import('./pages/StandardSetPage'));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage'));
const CareRoutes = lazy(() => import('../quality/care/CareRoutes'));
const NotFoundPage = lazy(() => import('../system/pages/NotFoundPage'));

function QualityLayout() {
  return (
    <div data-testid="quality-section">
      <QualityTabs />
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}

export default function QualityRoutes() {
  return (
    <Routes>
      <Route element={<QualityLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="audits" element={<AuditsPage />} />
        <Route path="audits/:id" element={<AuditDetailPage />} />
        <Route path="actions" element={<ActionsPage />} />
        <Route path="actions/:id" element={<ActionDetailPage />} />
        <Route path="standards" element={<StandardsPage />} />
        <Route path="standards/:id" element={<StandardSetPage />} />
        <Route path="templates" element={<TemplatesPage />} />
        <Route path="care/*" element={<CareRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
