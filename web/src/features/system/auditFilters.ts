// Audit log list state ⇄ URL ⇄ API query.
import type { Query } from '../../api/client';
import { DEFAULT_PAGE_SIZE, parseId, parsePage, parsePageSize, parseText, toSearchString } from '../../lib/listParams';

export interface AuditFilters {
  action?: string;
  user_id?: number;
  from?: string;
  to?: string;
  page: number;
  page_size: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string | null): string | undefined {
  return value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export function parseAuditFilters(search: string | URLSearchParams): AuditFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  let from = parseDate(p.get('from'));
  let to = parseDate(p.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    action: parseText(p.get('action')),
    user_id: parseId(p.get('user_id')),
    from,
    to,
    page: parsePage(p.get('page')),
    page_size: parsePageSize(p.get('page_size')),
  };
}

export function auditFiltersToSearch(f: AuditFilters): string {
  return toSearchString([
    ['action', f.action],
    ['user_id', f.user_id],
    ['from', f.from],
    ['to', f.to],
    ['page', f.page > 1 ? f.page : undefined],
    ['page_size', f.page_size !== DEFAULT_PAGE_SIZE ? f.page_size : undefined],
  ]);
}

export function auditApiQuery(f: AuditFilters): Query {
  return { action: f.action, user_id: f.user_id, from: f.from, to: f.to, page: f.page, page_size: f.page_size };
}

/** An audit entry's free-form detail as one line of text. */
export function auditDetailText(detail: unknown): string {
  if (detail === null || detail === undefined || detail === '') return '';
  if (typeof detail === 'string') return detail;
  if (typeof detail === 'object' && !Array.isArray(detail)) {
    return Object.entries(detail as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
      .join(', ');
  }
  return JSON.stringify(detail);
}
