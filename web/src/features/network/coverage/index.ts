// Placeholder until the coverage part lands (its helper replaces this file): the coverage rounds, the coverage
// form and upload, the coverage map and the minimal form, as routes and tabs of the network section.
import type { FeatureRoute } from '../../../app/feature';
import type { MessageTable } from '../../../app/feature';

/** Paths relative to /network. */
export const COVERAGE_ROUTES: readonly FeatureRoute[] = [];
/** Tabs of the network section this part adds: path relative to /network and the i18n key of the label. */
export const COVERAGE_TABS: readonly { path: string; labelKey: string; permission?: string }[] = [];
/** Texts of this part, merged at the root of the translation table (top-level key `networkCoverage`). */
export const coverageMessages: { cs: MessageTable; en: MessageTable } = { cs: {}, en: {} };
