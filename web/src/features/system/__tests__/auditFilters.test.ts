import { describe, expect, it } from 'vitest';
import { auditApiQuery, auditDetailText, auditFiltersToSearch, parseAuditFilters } from '../auditFilters';

describe('audit filters', () => {
  it('round-trip through the URL', () => {
    const f = parseAuditFilters('?action=session.create&user_id=3&from=2026-11-01&to=2026-11-24&page=2');
    expect(f).toEqual({
      action: 'session.create',
      user_id: 3,
      from: '2026-11-01',
      to: '2026-11-24',
      page: 2,
      page_size: 50,
    });
    expect(auditFiltersToSearch(f)).toBe('?action=session.create&user_id=3&from=2026-11-01&to=2026-11-24&page=2');
    expect(auditApiQuery(f)).toMatchObject({ from: '2026-11-01', to: '2026-11-24', user_id: 3 });
  });
  it('drops bad dates and swaps a reversed range', () => {
    expect(parseAuditFilters('?from=24.11.2026&user_id=x')).toMatchObject({ from: undefined, user_id: undefined });
    expect(parseAuditFilters('?from=2026-11-24&to=2026-11-01')).toMatchObject({ from: '2026-11-01', to: '2026-11-24' });
  });
});

describe('auditDetailText', () => {
  it('shows text, objects and nothing', () => {
    expect(auditDetailText('login ok')).toBe('login ok');
    expect(auditDetailText({ field: 'active', value: false, roles: ['admin'] })).toBe(
      'field: active, value: false, roles: ["admin"]',
    );
    expect(auditDetailText(null)).toBe('');
    expect(auditDetailText([1, 2])).toBe('[1,2]');
  });
});
