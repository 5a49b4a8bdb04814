// List state of the audits and actions pages ⇄ URL query string ⇄ API query (the URL is the truth).
import type { Query } from '../../api/client';
import { parseEnum, parsePage, parseText, toSearchString } from '../../lib/listParams';

export const AUDIT_TYPES = [
  'self_assessment', 'internal', 'external', 'process', 'inspection_basic', 'inspection_followup', 'inspection_notice',
] as const;
export const AUDIT_METHODS = ['document_study', 'interviews_users', 'interviews_staff', 'observation', 'records_review', 'accompanying'] as const;
export const AUDIT_STATUSES = ['draft', 'closed'] as const;
export const VERDICTS = ['pass', 'fail', 'incomplete'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

export interface AuditFilters {
  type?: (typeof AUDIT_TYPES)[number];
  status?: (typeof AUDIT_STATUSES)[number];
  verdict?: (typeof VERDICTS)[number];
  q?: string;
  page: number;
}

export function parseAuditFilters(search: string): AuditFilters {
  const p = new URLSearchParams(search);
  return {
    type: parseEnum(p.get('type'), AUDIT_TYPES),
    status: parseEnum(p.get('status'), AUDIT_STATUSES),
    verdict: parseEnum(p.get('verdict'), VERDICTS),
    q: parseText(p.get('q')),
    page: parsePage(p.get('page')),
  };
}

export function serializeAuditFilters(f: AuditFilters): string {
  return toSearchString([['type', f.type], ['status', f.status], ['verdict', f.verdict], ['q', f.q], ['page', f.page > 1 ? f.page : undefined]]);
}

export function auditApiQuery(f: AuditFilters, pageSize = 50): Query {
  return { type: f.type, status: f.status, verdict: f.verdict, q: f.q, page: f.page, page_size: pageSize };
}

export interface ActionFilters {
  status?: (typeof ACTION_STATUSES)[number];
  overdue: boolean;
  page: number;
}

export function parseActionFilters(search: string): ActionFilters {
  const p = new URLSearchParams(search);
  return { status: parseEnum(p.get('status'), ACTION_STATUSES), overdue: p.get('overdue') === '1', page: parsePage(p.get('page')) };
}

export function serializeActionFilters(f: ActionFilters): string {
  return toSearchString([['status', f.status], ['overdue', f.overdue ? 1 : undefined], ['page', f.page > 1 ? f.page : undefined]]);
}

/** The API query; exports leave out the page. */
export function actionApiQuery(f: ActionFilters, withPage = true): Query {
  return { status: f.status, overdue: f.overdue ? 1 : undefined, page: withPage ? f.page : undefined, page_size: withPage ? 50 : undefined };
}

/** The button of a transition the caller may make: "done → in_progress" is the rejection. */
export function transitionKind(status: string, to: string): 'start' | 'markDone' | 'verify' | 'reject' | null {
  if (to === 'in_progress') return status === 'done' ? 'reject' : 'start';
  if (to === 'done') return 'markDone';
  if (to === 'verified') return 'verify';
  return null;
}
