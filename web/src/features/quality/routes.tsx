// The quality feature under /quality: the audit side here, the care part (care/routes.tsx) under /quality/care.
// The shell mounts `quality/*`; QualitySection renders QUALITY_ROUTES below the quality tabs.
import { lazy } from 'react';
import type { Feature, FeatureRoute } from '../../app/feature';
import { auditTypeCs, auditTypeEn } from './auditTypes';
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
  // The dashboard names audit types; the help panel is in the shell. The rest comes before any page but the dashboard.
  messages: {
    cs: { quality: { auditType: auditTypeCs }, ...helpMessages.cs },
    en: { quality: { auditType: auditTypeEn }, ...helpMessages.en },
  },
  laterMessages: () =>
    Promise.all([import('./i18n'), import('./care/i18n')]).then(([q, c]) => ({
      cs: { ...q.messages.cs, ...c.messages.cs },
      en: { ...q.messages.en, ...c.messages.en },
    })),
};
