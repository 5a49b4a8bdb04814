// Organisation list state ⇄ URL ⇄ API query.
import type { Query } from '../../api/client';
import type { OrganisationType } from './types';
import {
  DEFAULT_PAGE_SIZE,
  parseEnum,
  parsePage,
  parsePageSize,
  parseText,
  toSearchString,
} from '../../lib/listParams';

export const ORGANISATION_TYPES: readonly OrganisationType[] = ['region', 'municipality', 'provider', 'audit_body'];

export interface OrganisationFilters {
  type?: OrganisationType;
  q?: string;
  page: number;
  page_size: number;
}

export function parseOrganisationFilters(search: string | URLSearchParams): OrganisationFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    type: parseEnum(p.get('type'), ORGANISATION_TYPES),
    q: parseText(p.get('q')),
    page: parsePage(p.get('page')),
    page_size: parsePageSize(p.get('page_size')),
  };
}

export function organisationFiltersToSearch(f: OrganisationFilters): string {
  return toSearchString([
    ['type', f.type],
    ['q', f.q],
    ['page', f.page > 1 ? f.page : undefined],
    ['page_size', f.page_size !== DEFAULT_PAGE_SIZE ? f.page_size : undefined],
  ]);
}

export function organisationApiQuery(f: OrganisationFilters): Query {
  return { type: f.type, q: f.q, page: f.page, page_size: f.page_size };
}
