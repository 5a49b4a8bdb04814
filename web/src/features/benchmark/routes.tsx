// The benchmarking feature: working groups, methodologies, rounds, forms, comparison, DEA and good practices.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { helpMessages } from './help';

const BenchmarkPage = lazy(() => import('./pages/BenchmarkPage'));
const GroupDetailPage = lazy(() => import('./pages/GroupDetailPage'));
const MethodologyPage = lazy(() => import('./pages/MethodologyPage'));
const RoundPage = lazy(() => import('./pages/RoundPage'));
const FormPage = lazy(() => import('./pages/FormPage'));
const ComparisonPage = lazy(() => import('./pages/ComparisonPage'));
const DeaPage = lazy(() => import('./pages/DeaPage'));
const GoodPracticesPage = lazy(() => import('./pages/GoodPracticesPage'));
const GoodPracticePage = lazy(() => import('./pages/GoodPracticePage'));

const permission = 'benchmark.read';

export const benchmarkFeature: Feature = {
  id: 'benchmark',
  routes: [
    { path: 'benchmarking', element: <BenchmarkPage />, permission },
    { path: 'benchmarking/groups/:id', element: <GroupDetailPage />, permission },
    { path: 'benchmarking/methodologies/:id', element: <MethodologyPage />, permission },
    { path: 'benchmarking/rounds/:id', element: <RoundPage />, permission },
    { path: 'benchmarking/rounds/:id/services/:serviceId', element: <FormPage />, permission },
    { path: 'benchmarking/rounds/:id/comparison', element: <ComparisonPage />, permission },
    { path: 'benchmarking/rounds/:id/dea', element: <DeaPage />, permission },
    { path: 'benchmarking/good-practices', element: <GoodPracticesPage />, permission },
    { path: 'benchmarking/good-practices/:id', element: <GoodPracticePage />, permission },
  ],
  nav: [{ key: 'benchmarking', path: '/benchmarking', section: 'modules', permission }],
  // The help panel is in the shell; the rest comes before any page but the dashboard (other modules' pages use it).
  messages: helpMessages,
  laterMessages: () => import('./i18n').then((m) => m.messages),
};
