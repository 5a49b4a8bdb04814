// What the first page needs, asked for while the rest of the app's code is still being evaluated, not after the app
// has rendered (main.tsx imports this module before App): the session check and, when the app opens on the start
// page ("/"), the dashboard's code and data, all at once; once the session says who is signed in, the
// notifications of the header's bell. Otherwise each waits for the one before it: code, session, shell, dashboard
// code, dashboard data. A visitor who turns out not to be signed in costs one more 401 (the dashboard's), and a
// user whose language is not the one the page started in has these asked for again in that language.
import { fetchSession } from '../features/accounts/api';
import { dashboardKeys, prefetchDashboard } from '../features/dashboard/api';
import { loadDashboardPage } from '../features/dashboard/routes';
import { fetchNotifications, notificationKeys } from '../features/notifications/api';
import i18n, { normaliseLanguage } from '../i18n';
import { queryClient } from './queryClient';
import type { EarlySession } from './SessionContext';

const language = normaliseLanguage(i18n.language);
const onStartPage = typeof window !== 'undefined' && window.location.pathname === '/';

/** GET /api/session, started once when the app starts; SessionProvider takes it for its first check. */
export const sessionAtStart: EarlySession = { promise: fetchSession() };

const loads: Promise<unknown>[] = [
  sessionAtStart.promise.then(
    (session) => {
      sessionAtStart.answer = { session };
      const user = session?.user;
      if (user && normaliseLanguage(user.language) === language)
        void queryClient.prefetchQuery({ queryKey: notificationKeys.list, queryFn: fetchNotifications });
      else if (onStartPage) queryClient.removeQueries({ queryKey: dashboardKeys.mine });
    },
    () => queryClient.removeQueries({ queryKey: dashboardKeys.mine }),
  ),
];
if (onStartPage) loads.push(loadDashboardPage(), prefetchDashboard(queryClient));

/** Resolves when all of the above are in (failed ones included), or after `ms` at the latest. */
export function settledWithin(ms: number): Promise<void> {
  return Promise.race([
    Promise.allSettled(loads).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}
