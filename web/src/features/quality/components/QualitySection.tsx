// The quality section: the quality tabs above the page of the current /quality/… path (QUALITY_ROUTES).
import { Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { featureRoutes } from '../../../app/featureRoutes';
import { QUALITY_ROUTES } from '../routes';
import { QualityTabs } from './QualityTabs';

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

export default function QualitySection() {
  return (
    <Routes>
      <Route element={<QualityLayout />}>{featureRoutes(QUALITY_ROUTES)}</Route>
    </Routes>
  );
}
