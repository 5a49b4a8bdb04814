// The people section: the people tabs above the page of the current /people/… path (PEOPLE_ROUTES).
import { Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { featureRoutes } from '../../../app/featureRoutes';
import { PEOPLE_ROUTES } from '../routes';
import { PeopleTabs } from './PeopleTabs';

function PeopleLayout() {
  return (
    <div data-testid="people-section">
      <PeopleTabs />
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}

export default function PeopleSection() {
  return (
    <Routes>
      <Route element={<PeopleLayout />}>{featureRoutes(PEOPLE_ROUTES)}</Route>
    </Routes>
  );
}
