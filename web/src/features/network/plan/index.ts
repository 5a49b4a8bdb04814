// The network year by year and the medium-term plan (SPRSS) as routes, tabs and texts the network section
// (web/src/features/network) includes.
export { PLAN_ROUTES } from './routes';
export { planMessages } from './i18n';

/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
export const PLAN_TABS: readonly { path: string; labelKey: string; permission?: string }[] = [
  { path: 'years', labelKey: 'networkPlan.tabs.years' },
  { path: 'entrustments', labelKey: 'networkPlan.tabs.entrustments' },
  { path: 'plans', labelKey: 'networkPlan.tabs.plans' },
];
