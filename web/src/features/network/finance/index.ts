// Providers' development plans with the region's evaluation and the evidence panel, and the financing of the
// network (model, budgets, subsidy lines, outlook, what-if, Excel), as routes, tabs and texts the network section
// (web/src/features/network) includes.
import type { Audience } from '../network';

export { FINANCE_ROUTES } from './routes';
export { financeMessages } from './i18n';
export { PlanDemandCard } from './components/PlanDemandCardLazy';

/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
export const FINANCE_TABS: readonly {
  path: string;
  labelKey: string;
  permission?: string;
  audience?: readonly Audience[];
}[] = [
  { path: 'dev-plans', labelKey: 'networkFinance.tabs.devPlans', audience: ['region', 'provider'] },
  // The region's criteria: a municipality's manager also holds network.manage but reads no development plans.
  {
    path: 'dev-criteria',
    labelKey: 'networkFinance.tabs.criteria',
    permission: 'network.manage',
    audience: ['region', 'provider'],
  },
  { path: 'finance', labelKey: 'networkFinance.tabs.finance', audience: ['region', 'provider'] },
];
