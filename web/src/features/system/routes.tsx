// The system feature: the audit log, the pages of modules to come and the "not found" page.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import type { ComingSoonModule } from './pages/ComingSoonPage';
import { messages } from './i18n';

const AuditLogPage = lazy(() => import('./pages/AuditLogPage'));
const ComingSoonPage = lazy(() => import('./pages/ComingSoonPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export const systemFeature: Feature = {
  id: 'system',
  routes: [
    { path: 'admin/audit-log', element: <AuditLogPage />, permission: 'audit_log.read' },
    { path: '*', element: <NotFoundPage /> },
  ],
  nav: [{ key: 'auditLog', path: '/admin/audit-log', section: 'admin', permission: 'audit_log.read' }],
  messages,
};

/** A module to come: its navigation entry and a page saying what it will do (texts in comingSoon.*). */
export function comingSoonFeature(module: Exclude<ComingSoonModule, 'quality'>): Feature {
  return {
    id: module,
    routes: [{ path: module, element: <ComingSoonPage module={module} /> }],
    nav: [{ key: module, path: `/${module}`, section: 'modules', comingSoon: true }],
    messages: { cs: {}, en: {} },
  };
}
