// The planning section: the planning tabs above the page of the current /planning/… path (PLANNING_ROUTES).
import { Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { featureRoutes } from '../../../app/featureRoutes';
import { PLANNING_ROUTES } from '../routes';
import { PlanningTabs } from './PlanningTabs';

function PlanningLayout() {
  return (
    <div data-testid="planning-section">
      <PlanningTabs />
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}

export default function PlanningSection() {
  return (
    <Routes>
      <Route element={<PlanningLayout />}>{featureRoutes(PLANNING_ROUTES)}</Route>
    </Routes>
  );
}
