// The registry feature: organisations and services.
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { messages } from './i18n';
import { helpMessages } from './help';

const OrganisationsPage = lazy(() => import('./pages/OrganisationsPage'));
const OrganisationDetailPage = lazy(() => import('./pages/OrganisationDetailPage'));
const ServicesPage = lazy(() => import('./pages/ServicesPage'));
const ServiceDetailPage = lazy(() => import('./pages/ServiceDetailPage'));

export const registryFeature: Feature = {
  id: 'registry',
  routes: [
    { path: 'organisations', element: <OrganisationsPage />, permission: 'organisations.read' },
    { path: 'organisations/:id', element: <OrganisationDetailPage />, permission: 'organisations.read' },
    { path: 'services', element: <ServicesPage />, permission: 'services.read' },
    { path: 'services/:id', element: <ServiceDetailPage />, permission: 'services.read' },
  ],
  nav: [
    { key: 'organisations', path: '/organisations', section: 'main', permission: 'organisations.read' },
    { key: 'services', path: '/services', section: 'main', permission: 'services.read' },
  ],
  messages: { cs: { ...messages.cs, ...helpMessages.cs }, en: { ...messages.en, ...helpMessages.en } },
};
