// The dashboard feature: the role dashboard on the home page.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { messages } from './i18n';
import { helpMessages } from './help';

const DashboardPage = lazy(() => import('./pages/DashboardPage'));

export const dashboardFeature: Feature = {
  id: 'dashboard',
  firstLoad: true,
  routes: [{ path: '', element: <DashboardPage /> }],
  nav: [{ key: 'dashboard', path: '/', section: 'main' }],
  messages: { cs: { ...messages.cs, ...helpMessages.cs }, en: { ...messages.en, ...helpMessages.en } },
};
