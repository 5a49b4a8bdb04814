import { DEFAULT_PAGE_SIZE, parsePage, parsePageSize, parseText, toSearchString } from '../../lib/listParams';

export interface UserFilters {
  q?: string;
  page: number;
  page_size: number;
}

export function parseUserFilters(search: string | URLSearchParams): UserFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  return { q: parseText(p.get('q')), page: parsePage(p.get('page')), page_size: parsePageSize(p.get('page_size')) };
}

export function userFiltersToSearch(f: UserFilters): string {
  return toSearchString([
    ['q', f.q],
    ['page', f.page > 1 ? f.page : undefined],
    ['page_size', f.page_size !== DEFAULT_PAGE_SIZE ? f.page_size : undefined],
  ]);
}
