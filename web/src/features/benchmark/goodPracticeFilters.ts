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

/** The indicators a practice is linked to, each once (a practice links one indicator in several rounds). */
export function practiceIndicatorNames(
  links: readonly { indicator_id?: number | null; indicator_name?: string | null }[],
): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const l of links) {
    if (!l.indicator_name) continue;
    const key = l.indicator_id != null ? `id:${l.indicator_id}` : `name:${l.indicator_name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(l.indicator_name);
  }
  return names;
}
