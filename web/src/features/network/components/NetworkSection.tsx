// The network section: the tabs (the cards part's and the coverage part's) and the region picker above the page
// of the current /network/… path (NETWORK_ROUTES).
import { Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { featureRoutes } from '../../../app/featureRoutes';
import { NETWORK_ROUTES } from '../routes';
import { NetworkTabs } from './NetworkTabs';

function NetworkLayout() {
  return (
    <div data-testid="network-section">
      <NetworkTabs />
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}

export default function NetworkSection() {
  return (
    <Routes>
      <Route element={<NetworkLayout />}>{featureRoutes(NETWORK_ROUTES)}</Route>
    </Routes>
  );
}
