// List state of the audits and actions pages ⇄ URL query string ⇄ API query (the URL is the truth).
import type { Query } from '../../api/client';
import { parseEnum, parsePage, parseText, toSearchString } from '../../lib/listParams';

/** A positive integer id from the URL, else undefined. */
export function parseId(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export const AUDIT_TYPES = [
  'self_assessment',
  'internal',
  'external',
  'process',
  'inspection_basic',
  'inspection_followup',
  'inspection_notice',
] as const;
export const AUDIT_METHODS = [
  'document_study',
  'interviews_users',
  'interviews_staff',
  'observation',
  'records_review',
  'accompanying',
] as const;
export const AUDIT_STATUSES = ['draft', 'closed'] as const;
export const VERDICTS = ['pass', 'fail', 'incomplete'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

export interface AuditFilters {
  type?: (typeof AUDIT_TYPES)[number];
  status?: (typeof AUDIT_STATUSES)[number];
  verdict?: (typeof VERDICTS)[number];
  q?: string;
  service?: number; // audits of one service (links from the service detail)
  page: number;
}

export function parseAuditFilters(search: string): AuditFilters {
  const p = new URLSearchParams(search);
  return {
    type: parseEnum(p.get('type'), AUDIT_TYPES),
    status: parseEnum(p.get('status'), AUDIT_STATUSES),
    verdict: parseEnum(p.get('verdict'), VERDICTS),
    q: parseText(p.get('q')),
    service: parseId(p.get('service_id')),
    page: parsePage(p.get('page')),
  };
}

export function serializeAuditFilters(f: AuditFilters): string {
  return toSearchString([
    ['type', f.type],
    ['status', f.status],
    ['verdict', f.verdict],
    ['q', f.q],
    ['service_id', f.service],
    ['page', f.page > 1 ? f.page : undefined],
  ]);
}

export function auditApiQuery(f: AuditFilters, pageSize = 50): Query {
  return {
    type: f.type,
    status: f.status,
    verdict: f.verdict,
    q: f.q,
    service_id: f.service,
    page: f.page,
    page_size: pageSize,
  };
}

export interface ActionFilters {
  status?: (typeof ACTION_STATUSES)[number];
  overdue: boolean;
  service?: number; // actions of audits of one service
  page: number;
}

export function parseActionFilters(search: string): ActionFilters {
  const p = new URLSearchParams(search);
  return {
    status: parseEnum(p.get('status'), ACTION_STATUSES),
    overdue: p.get('overdue') === '1',
    service: parseId(p.get('service_id')),
    page: parsePage(p.get('page')),
  };
}

export function serializeActionFilters(f: ActionFilters): string {
  return toSearchString([
    ['status', f.status],
    ['overdue', f.overdue ? 1 : undefined],
    ['service_id', f.service],
    ['page', f.page > 1 ? f.page : undefined],
  ]);
}

/** The API query; exports leave out the page. */
export function actionApiQuery(f: ActionFilters, withPage = true): Query {
  return {
    status: f.status,
    overdue: f.overdue ? 1 : undefined,
    service_id: f.service,
    page: withPage ? f.page : undefined,
    page_size: withPage ? 50 : undefined,
  };
}

/** The button of a transition the caller may make: "done → in_progress" is the rejection. */
export function transitionKind(status: string, to: string): 'start' | 'markDone' | 'verify' | 'reject' | null {
  if (to === 'in_progress') return status === 'done' ? 'reject' : 'start';
  if (to === 'done') return 'markDone';
  if (to === 'verified') return 'verify';
  return null;
}
