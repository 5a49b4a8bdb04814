// The notifications feature: the list page (the bell in the header links to it) and its texts.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { messages } from './i18n';

const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));

export const notificationsFeature: Feature = {
  id: 'notifications',
  routes: [{ path: 'notifications', element: <NotificationsPage /> }],
  nav: [],
  messages,
};
