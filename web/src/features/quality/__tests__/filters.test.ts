import { describe, expect, it } from 'vitest';
import {
  transitionKind,
  actionApiQuery,
  auditApiQuery,
  parseActionFilters,
  parseAuditFilters,
  serializeActionFilters,
  serializeAuditFilters,
} from '../filters';

describe('audit list filters in the URL', () => {
  it('round-trips known values and drops junk', () => {
    const f = parseAuditFilters('?type=internal&status=closed&verdict=fail&q=%20Domov%20&page=2');
    expect(f).toEqual({ type: 'internal', status: 'closed', verdict: 'fail', q: 'Domov', page: 2 });
    expect(serializeAuditFilters(f)).toBe('?type=internal&status=closed&verdict=fail&q=Domov&page=2');
    expect(parseAuditFilters('?type=bogus&verdict=maybe&page=-1')).toEqual({
      type: undefined,
      status: undefined,
      verdict: undefined,
      q: undefined,
      page: 1,
    });
    expect(serializeAuditFilters({ page: 1 })).toBe('');
  });
  it('builds the API query', () => {
    expect(auditApiQuery({ type: 'process', page: 3 })).toEqual({
      type: 'process',
      status: undefined,
      verdict: undefined,
      q: undefined,
      page: 3,
      page_size: 50,
    });
  });
});

describe('action list filters in the URL', () => {
  it('round-trips', () => {
    const f = parseActionFilters('?status=done&overdue=1');
    expect(f).toEqual({ status: 'done', overdue: true, page: 1 });
    expect(serializeActionFilters(f)).toBe('?status=done&overdue=1');
    expect(actionApiQuery(f, false)).toEqual({ status: 'done', overdue: 1, page: undefined, page_size: undefined });
    expect(parseActionFilters('?overdue=yes').overdue).toBe(false);
  });
});

describe('action transition buttons', () => {
  it.each([
    ['open', 'in_progress', 'start'],
    ['in_progress', 'done', 'markDone'],
    ['done', 'verified', 'verify'],
    ['done', 'in_progress', 'reject'],
    ['open', 'open', null],
  ])('%s → %s is %s', (from, to, kind) => expect(transitionKind(from, to)).toBe(kind));
});

describe('lists of one service (links from the service detail)', () => {
  it('keeps service_id in the URL and the API query of audits and actions', () => {
    const a = parseAuditFilters('?service_id=42&status=draft');
    expect(a.service).toBe(42);
    expect(serializeAuditFilters(a)).toBe('?status=draft&service_id=42');
    expect(auditApiQuery(a).service_id).toBe(42);
    const x = parseActionFilters('?service_id=42&overdue=1');
    expect(x).toEqual({ status: undefined, overdue: true, service: 42, page: 1 });
    expect(serializeActionFilters(x)).toBe('?overdue=1&service_id=42');
    expect(actionApiQuery(x, false)).toMatchObject({ overdue: 1, service_id: 42 });
    expect(parseActionFilters('?service_id=-3').service).toBeUndefined();
    expect(parseAuditFilters('?service_id=abc').service).toBeUndefined();
  });
});
