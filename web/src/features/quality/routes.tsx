// The quality feature under /quality: the audit side here, the care part (care/routes.tsx) under /quality/care.
// The shell mounts `quality/*`; QualitySection renders QUALITY_ROUTES below the quality tabs.
import { lazy } from 'react';
import type { Feature, FeatureRoute } from '../../app/feature';
import { messages } from './i18n';
import { messages as careMessages } from './care/i18n';
import { helpMessages } from './help';

const QualitySection = lazy(() => import('./components/QualitySection'));
const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const AuditsPage = lazy(() => import('./pages/AuditsPage'));
const AuditDetailPage = lazy(() => import('./pages/AuditDetailPage'));
const ActionsPage = lazy(() => import('./pages/ActionsPage'));
const ActionDetailPage = lazy(() => import('./pages/ActionDetailPage'));
const StandardsPage = lazy(() => import('./pages/StandardsPage'));
const StandardSetPage = lazy(() => import('./pages/StandardSetPage'));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage'));
const CareSection = lazy(() => import('./care/components/CareSection'));
const NotFoundPage = lazy(() => import('../system/pages/NotFoundPage'));

/** Paths relative to /quality. */
export const QUALITY_ROUTES: readonly FeatureRoute[] = [
  { path: '', element: <OverviewPage /> },
  { path: 'audits', element: <AuditsPage /> },
  { path: 'audits/:id', element: <AuditDetailPage /> },
  { path: 'actions', element: <ActionsPage /> },
  { path: 'actions/:id', element: <ActionDetailPage /> },
  { path: 'standards', element: <StandardsPage /> },
  { path: 'standards/:id', element: <StandardSetPage /> },
  { path: 'templates', element: <TemplatesPage /> },
  { path: 'care/*', element: <CareSection /> },
  { path: '*', element: <NotFoundPage /> },
];

export const qualityFeature: Feature = {
  id: 'quality',
  routes: [{ path: 'quality/*', element: <QualitySection />, permission: 'quality.read' }],
  nav: [{ key: 'quality', path: '/quality', section: 'modules', permission: 'quality.read' }],
  messages: {
    cs: { ...messages.cs, ...careMessages.cs, ...helpMessages.cs },
    en: { ...messages.en, ...careMessages.en, ...helpMessages.en },
  },
};
