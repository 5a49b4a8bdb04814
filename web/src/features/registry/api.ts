// Server calls of the registry module (catalogues, organisations, services) and their query hooks.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import type { Catalogues, Organisation, OrganisationType, ServiceDetail, ServiceSummary } from './types';
import type { Page } from '../../api/types';
import { MAX_PAGE_SIZE } from '../../api/types';
import { fetchAllPages, type Progress } from '../../lib/paging';
import { organisationApiQuery, type OrganisationFilters } from './organisationFilters';
import { serviceApiQuery, type ServiceFilters } from './serviceFilters';

export const registryKeys = {
  catalogues: ['catalogues'] as const,
  organisations: (f: OrganisationFilters) => ['organisations', f] as const,
  organisationSearch: (q: string, type?: OrganisationType) => ['organisations', 'search', q, type ?? null] as const,
  organisation: (id: number) => ['organisation', id] as const,
  services: (f: ServiceFilters) => ['services', f] as const,
  service: (id: number) => ['service', id] as const,
  count: (what: string, query: object) => ['count', what, query] as const,
};

export function fetchCatalogues(): Promise<Catalogues> {
  return apiFetch<Catalogues>('/api/catalogues');
}

export function fetchOrganisations(f: OrganisationFilters): Promise<Page<Organisation>> {
  return apiFetch<Page<Organisation>>('/api/organisations', { query: organisationApiQuery(f) });
}

export function fetchOrganisation(id: number): Promise<Organisation> {
  return apiFetch<Organisation>(`/api/organisations/${id}`);
}

export function fetchServices(f: ServiceFilters): Promise<Page<ServiceSummary>> {
  return apiFetch<Page<ServiceSummary>>('/api/services', { query: serviceApiQuery(f) });
}

export function fetchService(id: number): Promise<ServiceDetail> {
  return apiFetch<ServiceDetail>(`/api/services/${id}`);
}

/** Every service matching the filters, 200 per request, for the CSV export. */
export function fetchAllServices(
  f: ServiceFilters,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<ServiceSummary[]> {
  return fetchAllPages(
    (page, pageSize) =>
      apiFetch<Page<ServiceSummary>>('/api/services', { query: serviceApiQuery(f, page, pageSize), signal }),
    MAX_PAGE_SIZE,
    onProgress,
    signal,
  );
}

/** Number of matching rows, asking for a single item. */
async function countOf(path: string, query: Record<string, string | undefined>): Promise<number> {
  const res = await apiFetch<Page<unknown>>(path, { query: { ...query, page: 1, page_size: 1 } });
  return res.total;
}

// ---- hooks ----

export function useCatalogues() {
  return useQuery({ queryKey: registryKeys.catalogues, queryFn: fetchCatalogues, staleTime: 60 * 60 * 1000 });
}

export function useOrganisations(f: OrganisationFilters) {
  return useQuery({
    queryKey: registryKeys.organisations(f),
    queryFn: () => fetchOrganisations(f),
    placeholderData: keepPreviousData,
  });
}

/** Organisation picker: first 20 matches of a text, optionally of one type. */
export function useOrganisation(id: number) {
  return useQuery({ queryKey: registryKeys.organisation(id), queryFn: () => fetchOrganisation(id), enabled: id > 0 });
}

export function useServices(f: ServiceFilters, enabled = true) {
  return useQuery({
    queryKey: registryKeys.services(f),
    queryFn: () => fetchServices(f),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useService(id: number) {
  return useQuery({ queryKey: registryKeys.service(id), queryFn: () => fetchService(id), enabled: id > 0 });
}

export function useServiceCount(status: 'active' | 'all', enabled = true) {
  const query = { status };
  return useQuery({
    queryKey: registryKeys.count('services', query),
    queryFn: () => countOf('/api/services', query),
    enabled,
  });
}

export function useOrganisationCount(type: OrganisationType | undefined, enabled = true) {
  const query = { type };
  return useQuery({
    queryKey: registryKeys.count('organisations', query),
    queryFn: () => countOf('/api/organisations', query),
    enabled,
  });
}
