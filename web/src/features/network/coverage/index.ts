// The coverage part of the network section: the coverage rounds, the coverage form and its upload, the coverage
// map and the minimal form of a service, as routes and tabs the section (web/src/features/network) includes.
export { COVERAGE_ROUTES } from './routes';
export { coverageMessages } from './i18n';

/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
// Rounds and the minimal form concern the region and the providers; municipalities and audit bodies read the map;
// evaluators read published cards only (the network section's `audiencesOf`).
export const COVERAGE_TABS: readonly {
  path: string;
  labelKey: string;
  permission?: string;
  audience?: readonly ('region' | 'provider' | 'municipality' | 'audit' | 'evaluator')[];
}[] = [
  { path: 'coverage', labelKey: 'networkCoverage.tabs.rounds', audience: ['region', 'provider'] },
  {
    path: 'coverage/map',
    labelKey: 'networkCoverage.tabs.map',
    audience: ['region', 'provider', 'municipality', 'audit'],
  },
  { path: 'minimal', labelKey: 'networkCoverage.tabs.minimal', audience: ['region', 'provider'] },
];
