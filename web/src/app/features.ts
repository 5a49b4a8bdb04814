// Every feature of the app, in the order of the side navigation. The router (App.tsx), the navigation
// (navigation.ts) and the translation tables (web/src/i18n) are all built from this one list: a new module adds
// its web/src/features/<module>/routes.tsx here and nowhere else.
import type { Feature } from './feature';
import { accountsFeature } from '../features/accounts/routes';
import { benchmarkFeature } from '../features/benchmark/routes';
import { dashboardFeature } from '../features/dashboard/routes';
import { networkFeature } from '../features/network/routes';
import { notificationsFeature } from '../features/notifications/routes';
import { peopleFeature } from '../features/people/routes';
import { planningFeature } from '../features/planning/routes';
import { qualityFeature } from '../features/quality/routes';
import { registryFeature } from '../features/registry/routes';
import { systemFeature } from '../features/system/routes';

export const FEATURES: readonly Feature[] = [
  dashboardFeature,
  registryFeature,
  planningFeature,
  qualityFeature,
  benchmarkFeature,
  networkFeature,
  peopleFeature,
  accountsFeature,
  systemFeature,
  notificationsFeature,
];
