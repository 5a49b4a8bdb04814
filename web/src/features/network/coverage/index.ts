// The coverage part of the network section: the coverage rounds, the coverage form and its upload, the coverage
// map and the minimal form of a service, as routes and tabs the section (web/src/features/network) includes.
export { COVERAGE_ROUTES } from './routes';
export { coverageMessages } from './i18n';

/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
export const COVERAGE_TABS: readonly { path: string; labelKey: string; permission?: string }[] = [
  { path: 'coverage', labelKey: 'networkCoverage.tabs.rounds' },
  { path: 'coverage/map', labelKey: 'networkCoverage.tabs.map' },
  { path: 'minimal', labelKey: 'networkCoverage.tabs.minimal' },
];
