// The network year by year and the medium-term plan (SPRSS) as routes, tabs and texts the network section
// (web/src/features/network) includes.
import type { Audience } from '../network';

export { PLAN_ROUTES } from './routes';
export { planMessages } from './i18n';

// Audit bodies see nothing of the network of years, its acts or the SPRSS (PLAN13_SPEC "Access", the server's
// NetworkRole::none): no tab whose page could only be empty.
const READERS = ['region', 'provider', 'municipality', 'evaluator'] as const;

/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
export const PLAN_TABS: readonly {
  path: string;
  labelKey: string;
  permission?: string;
  audience?: readonly Audience[];
}[] = [
  { path: 'years', labelKey: 'networkPlan.tabs.years', audience: READERS },
  { path: 'entrustments', labelKey: 'networkPlan.tabs.entrustments', audience: READERS },
  { path: 'plans', labelKey: 'networkPlan.tabs.plans', audience: READERS },
];
