// The service list's state (filters, sort, page) ⇄ URL query string ⇄ API query.
// The URL is the single source of truth so that a link reproduces the view.
import type { Query } from '../../api/client';
import type { ServiceFormCode } from './types';
import {
  DEFAULT_PAGE_SIZE,
  parseEnum,
  parseId,
  parsePage,
  parsePageSize,
  parseText,
  toSearchString,
  type AntOrder,
  fromAntOrder,
} from '../../lib/listParams';

export const SERVICE_FORMS: readonly ServiceFormCode[] = ['pob', 'amb', 'ter'];
export const SERVICE_STATUSES = ['active', 'ended', 'all'] as const;
export type ServiceStatusFilter = (typeof SERVICE_STATUSES)[number];
export const SERVICE_SORTS = ['name', 'kind', 'provider', 'capacity', 'registered_from'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export interface ServiceFilters {
  kind?: string;
  /** Provider organisation id (organisation detail → its services); the API's `provider_id`. */
  provider?: number;
  territory?: string;
  region?: string;
  target_group?: string;
  form?: ServiceFormCode;
  q?: string;
  status: ServiceStatusFilter;
  sort?: ServiceSort;
  order?: 'asc' | 'desc';
  page: number;
  page_size: number;
}

/** The list shows active services unless the user asks otherwise. */
export const DEFAULT_STATUS: ServiceStatusFilter = 'active';

export function parseServiceFilters(search: string | URLSearchParams): ServiceFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sort = parseEnum(p.get('sort'), SERVICE_SORTS);
  return {
    kind: parseText(p.get('kind')),
    provider: parseId(p.get('provider')),
    territory: parseText(p.get('territory')),
    region: parseText(p.get('region')),
    target_group: parseText(p.get('target_group')),
    form: parseEnum(p.get('form'), SERVICE_FORMS),
    q: parseText(p.get('q')),
    status: parseEnum(p.get('status'), SERVICE_STATUSES) ?? DEFAULT_STATUS,
    sort,
    order: sort ? (parseEnum(p.get('order'), ['asc', 'desc'] as const) ?? 'asc') : undefined,
    page: parsePage(p.get('page')),
    page_size: parsePageSize(p.get('page_size')),
  };
}

/** The URL query string for a state; defaults are left out so links stay short. */
export function serviceFiltersToSearch(f: ServiceFilters): string {
  return toSearchString([
    ['kind', f.kind],
    ['provider', f.provider],
    ['territory', f.territory],
    ['region', f.region],
    ['target_group', f.target_group],
    ['form', f.form],
    ['q', f.q],
    ['status', f.status === DEFAULT_STATUS ? undefined : f.status],
    ['sort', f.sort],
    ['order', f.sort ? f.order : undefined],
    ['page', f.page > 1 ? f.page : undefined],
    ['page_size', f.page_size !== DEFAULT_PAGE_SIZE ? f.page_size : undefined],
  ]);
}

/** The query of GET /api/services for a state (page and size overridable for the export loop). */
export function serviceApiQuery(f: ServiceFilters, page = f.page, pageSize = f.page_size): Query {
  return {
    kind: f.kind,
    provider_id: f.provider,
    territory: f.territory,
    region: f.region,
    target_group: f.target_group,
    form: f.form,
    q: f.q,
    status: f.status,
    sort: f.sort,
    order: f.sort ? f.order : undefined,
    page,
    page_size: pageSize,
  };
}

export type ServiceFilterPatch = Partial<Omit<ServiceFilters, 'page' | 'page_size' | 'sort' | 'order'>>;

/** A changed filter starts again at page 1. Empty strings clear a filter. */
export function applyFilterPatch(f: ServiceFilters, patch: ServiceFilterPatch): ServiceFilters {
  const next: ServiceFilters = { ...f, page: 1 };
  for (const [k, v] of Object.entries(patch) as Array<[keyof ServiceFilterPatch, unknown]>) {
    if (k === 'status') next.status = (v as ServiceStatusFilter | undefined) ?? DEFAULT_STATUS;
    else (next as unknown as Record<string, unknown>)[k] = v === '' || v === null ? undefined : v;
  }
  return next;
}

export function clearFilters(f: ServiceFilters): ServiceFilters {
  return { status: DEFAULT_STATUS, page: 1, page_size: f.page_size, sort: f.sort, order: f.order };
}

export function hasActiveFilters(f: ServiceFilters): boolean {
  return Boolean(
    f.kind || f.provider || f.territory || f.region || f.target_group || f.form || f.q || f.status !== DEFAULT_STATUS,
  );
}

/**
 * Why the services list is empty: the filter matches nothing (noMatch), or without any filter the caller
 * sees no registry services at all. Only regions, municipal offices and providers see services (an audit
 * body sees none: noAccess, it finds the services it audits when it creates an audit); a provider may just
 * have none registered yet (none).
 */
export function servicesEmptyReason(
  filtersActive: boolean,
  user: { platform_admin: boolean; memberships: { organisation_type: string }[] },
): 'noMatch' | 'noAccess' | 'none' {
  if (filtersActive) return 'noMatch';
  if (user.platform_admin) return 'none';
  const sees = user.memberships.some(
    (m) =>
      m.organisation_type === 'region' || m.organisation_type === 'municipality' || m.organisation_type === 'provider',
  );
  return sees ? 'none' : 'noAccess';
}

/** Table column keys that the server can sort by. */
export const SORTABLE_SERVICE_COLUMNS: Record<string, ServiceSort> = {
  name: 'name',
  kind: 'kind',
  provider: 'provider',
  capacity: 'capacity',
  registered_from: 'registered_from',
};

/**
 * Applies an antd Table change (page, page size, sorter) to the state: a new sort or page size
 * starts at page 1; otherwise only the page moves.
 */
export function applyTableChange(
  f: ServiceFilters,
  page: number,
  pageSize: number,
  columnKey: string | undefined,
  order: AntOrder | undefined,
): ServiceFilters {
  const dir = fromAntOrder(order);
  const sort = columnKey && dir ? SORTABLE_SERVICE_COLUMNS[columnKey] : undefined;
  const nextOrder = sort ? dir : undefined;
  if (sort !== f.sort || nextOrder !== f.order) return { ...f, sort, order: nextOrder, page: 1 };
  if (pageSize !== f.page_size) return { ...f, page: 1, page_size: pageSize };
  return { ...f, page };
}
