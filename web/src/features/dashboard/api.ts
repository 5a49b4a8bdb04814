// Server call of the dashboard and its query hook.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import type { Dashboard } from './types';

export const dashboardKeys = { mine: ['dashboard'] as const };

export const fetchDashboard = () => apiFetch<Dashboard>('/api/dashboard');

export function useDashboard() {
  return useQuery({ queryKey: dashboardKeys.mine, queryFn: fetchDashboard });
}

/**
 * Fills the dashboard's query before anyone is known to be signed in (app/startup.ts): a 401 here is no reason to
 * leave the page (the session check decides that), and the query is dropped again when the session is not one.
 */
export function prefetchDashboard(qc: QueryClient): Promise<void> {
  return qc.prefetchQuery({
    queryKey: dashboardKeys.mine,
    queryFn: () => apiFetch<Dashboard>('/api/dashboard', { skipAuthRedirect: true }),
  });
}
