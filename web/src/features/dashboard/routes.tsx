// The dashboard feature: the role dashboard on the home page.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { messages } from './i18n';
import { helpMessages } from './help';

type PageModule = typeof import('./pages/DashboardPage');
let loaded: PageModule | undefined;

/** The page's code (app/startup.ts asks for it early when the app opens on the dashboard). */
export const loadDashboardPage = (): Promise<PageModule> => import('./pages/DashboardPage').then((m) => (loaded = m));

// Once loaded, the module is handed to React.lazy by a thenable that answers at once: the page then renders in the
// same pass as the shell, without showing the loading state in between.
const DashboardPage = lazy(() =>
  loaded
    ? ({ then: (resolve: (m: PageModule) => void) => resolve(loaded!) } as Promise<PageModule>)
    : loadDashboardPage(),
);

export const dashboardFeature: Feature = {
  id: 'dashboard',
  firstLoad: true,
  routes: [{ path: '', element: <DashboardPage /> }],
  nav: [{ key: 'dashboard', path: '/', section: 'main' }],
  messages: { cs: { ...messages.cs, ...helpMessages.cs }, en: { ...messages.en, ...helpMessages.en } },
};
