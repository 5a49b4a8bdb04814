// The coverage map's filters ⇄ the URL query string (a link reproduces the view).
import { parseId, parseText, toSearchString } from '../../../lib/listParams';
import type { CoverageMapFilters } from './types';

export function parseMapFilters(search: string): CoverageMapFilters {
  const p = new URLSearchParams(search);
  return {
    round: parseId(p.get('round')),
    kind: parseText(p.get('kind')),
    target_group: parseText(p.get('target_group')),
    need: parseId(p.get('need')),
  };
}

export function mapFiltersToSearch(f: CoverageMapFilters): string {
  return toSearchString([
    ['round', f.round],
    ['kind', f.kind],
    ['target_group', f.target_group],
    ['need', f.need],
  ]);
}
