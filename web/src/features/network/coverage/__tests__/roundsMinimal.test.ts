// Rounds (completeness, what the region may do, the order of the forms) and the minimal form (needs chosen,
// checks of the services).
import { describe, expect, it } from 'vitest';
import {
  answeredPercent,
  defaultMapRound,
  newRoundDefaults,
  roundActions,
  roundPercent,
  sortRounds,
  sortSubmissions,
} from '../rounds';
import {
  checksSummary,
  minimalChange,
  needsByShare,
  openGaps,
  readsMinimalForms,
  requiredIds,
  sortChecks,
  suggestedIds,
} from '../minimal';
import type { CoverageRound, CoverageSubmission, MinimalNeed, ServiceCheck } from '../types';

const round = (id: number, status: CoverageRound['status'], period_to: string): CoverageRound => ({
  id,
  title: `R${id}`,
  period_from: period_to.slice(0, 4) + '-01-01',
  period_to,
  kinds: [{ code: '4', name: 'Pečovatelská služba' }],
  deadline: '2026-03-31',
  status,
  submitted: 0,
  total: 0,
  overdue: 0,
  region_code: '86',
  region_name: 'Královéhradecký kraj',
  opened_at: '',
  locked_at: '',
  can_manage: true,
});

const sub = (
  id: number,
  status: CoverageSubmission['status'],
  answered: number,
  provider = 'A',
): CoverageSubmission => ({
  id,
  service_id: id * 10,
  service_name: `S${id}`,
  provider_name: provider,
  kind_name: 'Pečovatelská služba',
  round_id: 1,
  kind_code: '4',
  status,
  submitted_at: '',
  source: 'form',
  reminders: 0,
  answered,
  needs: 4,
});

describe('rounds', () => {
  it('completeness rounds down so 100 % means complete', () => {
    expect(roundPercent({ submitted: 2, total: 3 })).toBe(66);
    expect(roundPercent({ submitted: 3, total: 3 })).toBe(100);
    expect(roundPercent({ submitted: 0, total: 0 })).toBe(0);
    expect(answeredPercent({ answered: 3, needs: 4 })).toBe(75);
  });

  it.each([
    ['draft', true, true, ['edit', 'open']],
    ['open', true, true, ['remind', 'lock', 'upload']],
    ['open', false, true, ['upload']],
    ['open', false, false, []],
    ['locked', true, true, []],
  ] as const)('%s, manage %s, respond %s → %j', (status, manage, respond, expected) =>
    expect(roundActions(status, manage, respond)).toEqual(expected),
  );

  it('lists open forms first, the least answered first', () => {
    const order = sortSubmissions([
      sub(1, 'submitted', 4),
      sub(2, 'open', 3),
      sub(3, 'open', 0, 'B'),
      sub(4, 'open', 0, 'A'),
    ]);
    expect(order.map((s) => s.id)).toEqual([4, 3, 2, 1]);
  });

  it('shows the newest locked round on the map by default', () => {
    const items = [round(1, 'locked', '2024-12-31'), round(2, 'locked', '2025-12-31'), round(3, 'open', '2026-12-31')];
    expect(sortRounds(items).map((r) => r.id)).toEqual([3, 2, 1]);
    expect(defaultMapRound(items)?.id).toBe(2);
    expect(defaultMapRound([round(5, 'open', '2026-12-31')])?.id).toBe(5);
    expect(defaultMapRound([])).toBeUndefined();
  });

  it('proposes the last calendar year with a deadline a month ahead', () => {
    expect(newRoundDefaults(new Date(2026, 11, 6))).toEqual({
      year: 2025,
      period_from: '2025-01-01',
      period_to: '2025-12-31',
      deadline: '2027-01-05',
    });
  });
});

const mneed = (id: number, name: string, share: number, required: boolean, answered = 10): MinimalNeed => ({
  need_area_id: id,
  code: `n${id}`,
  name,
  name_cs: name,
  name_en: name,
  required,
  share_direct: share,
  services_answered: answered,
  services_direct: Math.round(share * answered),
});

const needs: MinimalNeed[] = [
  mneed(1, 'Bydlení', 0.5, false),
  mneed(2, 'Strava', 0.9, true),
  mneed(3, 'Osobní hygiena', 1, true),
  // nobody answered it in the basis round: no share to show or to suggest by
  mneed(4, 'Volný čas', 0, false, 0),
];

const check = (id: number, share: number, missing: ServiceCheck['missing'], provider = 'P'): ServiceCheck => ({
  minimal_form_id: 1,
  provider_id: 5,
  kind_code: '4',
  answered: true,
  meets: missing.length === 0,
  service_id: id,
  service_name: `S${id}`,
  provider_name: provider,
  required: 2,
  met: 2 - missing.length,
  missing,
  share_met: share,
});

describe('minimal form', () => {
  it('keeps the required needs and suggests those most services meet directly', () => {
    expect(requiredIds(needs)).toEqual([2, 3]);
    expect(suggestedIds(needs)).toEqual([2, 3]);
    expect(suggestedIds(needs, 0)).toEqual([1, 2, 3]);
    expect(needsByShare(needs).map((n) => n.need_area_id)).toEqual([3, 2, 1, 4]);
    expect(minimalChange({ valid_from: '2026-01-01', note: 'x' }, [3, 2])).toEqual({
      required: [3, 2],
      valid_from: '2026-01-01',
      note: 'x',
    });
  });

  it('sums the checks and finds the gaps without a corrective action', () => {
    const checks = [
      check(1, 1, []),
      check(2, 0.5, [{ need_area_id: 2, name: 'Strava', action_id: 77 }]),
      check(3, 0, [
        { need_area_id: 2, name: 'Strava' },
        { need_area_id: 3, name: 'Osobní hygiena', action_id: null },
      ]),
    ];
    expect(checksSummary(checks)).toEqual({ services: 3, meeting: 1, meanShare: 0.5, missingWithoutAction: 2 });
    expect(openGaps(checks[1])).toEqual([]);
    expect(openGaps(checks[2]).map((m) => m.need_area_id)).toEqual([2, 3]);
    expect(sortChecks(checks).map((c) => c.service_id)).toEqual([3, 2, 1]);
    expect(checksSummary([])).toEqual({ services: 0, meeting: 0, meanShare: null, missingWithoutAction: 0 });
  });
});

describe('readsMinimalForms', () => {
  const user = (platform_admin: boolean, ...ms: [string, string][]) => ({
    platform_admin,
    memberships: ms.map(([organisation_type, role]) => ({ organisation_type, role })),
  });
  it.each([
    ['the platform administrator', user(true), true],
    ['a region reader', user(false, ['region', 'readonly']), true],
    ['a provider worker', user(false, ['provider', 'worker']), true],
    ['a provider evaluator', user(false, ['provider', 'evaluator']), false],
    ['a municipality (OSPOD)', user(false, ['municipality', 'manager']), false],
    ['an audit body', user(false, ['audit_body', 'auditor']), false],
    ['nobody logged in', null, false],
  ] as const)('%s → %s', (_, u, expected) => expect(readsMinimalForms(u)).toBe(expected));
});
