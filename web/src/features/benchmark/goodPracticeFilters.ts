// Good-practice search ⇄ URL ⇄ API query.
import type { Query } from '../../api/client';
import { parsePage, parsePageSize, parseText, toSearchString } from '../../lib/listParams';

export interface GoodPracticeFilters {
  q?: string;
  kind?: string;
  /** An indicator code (or id). */
  indicator?: string;
  page: number;
  page_size: number;
}

export function parseGoodPracticeFilters(search: string): GoodPracticeFilters {
  const p = new URLSearchParams(search);
  return {
    q: parseText(p.get('q')),
    kind: parseText(p.get('kind')),
    indicator: parseText(p.get('indicator')),
    page: parsePage(p.get('page')),
    page_size: parsePageSize(p.get('page_size'), 20),
  };
}

export function goodPracticeFiltersToSearch(f: GoodPracticeFilters): string {
  return toSearchString([
    ['q', f.q],
    ['kind', f.kind],
    ['indicator', f.indicator],
    ['page', f.page > 1 ? f.page : undefined],
    ['page_size', f.page_size !== 20 ? f.page_size : undefined],
  ]);
}

export function goodPracticeApiQuery(f: GoodPracticeFilters): Query {
  return { q: f.q, kind: f.kind, indicator: f.indicator, page: f.page, page_size: f.page_size };
}
