// Server call of the dashboard and its query hook.
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import type { Dashboard } from './types';

export const dashboardKeys = { mine: ['dashboard'] as const };

export const fetchDashboard = () => apiFetch<Dashboard>('/api/dashboard');

export function useDashboard() {
  return useQuery({ queryKey: dashboardKeys.mine, queryFn: fetchDashboard });
}
