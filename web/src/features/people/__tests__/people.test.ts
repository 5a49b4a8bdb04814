// The people module's pure logic: requirement states and totals, tabs by role, the run-plan preview, the meeting
// series, and the chart options (Gantt over dates, budget against spending, feedback per lecturer).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  budgetByCategory,
  budgetOption,
  cleanPlaces,
  codeKey,
  cooperationOrganisations,
  evaluatorOnly,
  feedbackOption,
  freePlaces,
  ganttOption,
  hours,
  indicatorProgress,
  isPast,
  lecturerGroups,
  moduleOrganisers,
  meetingSeries,
  peopleTabForPath,
  requirementShare,
  requirementState,
  requirementTotals,
  runPlanPreview,
  visibleTabs,
  workerSessionHours,
  CATEGORIES,
} from '../people';
import type { Activity, BudgetLine } from '../types';
import { addDays } from '../../../lib/format';

const req = (required: number, counted: number, shortfall: number, planned: number) => ({
  required_hours: required,
  counted_hours: counted,
  shortfall_hours: shortfall,
  planned_hours: planned,
});

describe('requirement state', () => {
  it.each([
    ['no duty', req(0, 0, 0, 0), 'none'],
    ['nothing known', null, 'none'],
    ['met', req(24, 24, 0, 0), 'met'],
    ['met with more', req(24, 30, 0, 8), 'met'],
    ['short, planned covers it', req(24, 16, 8, 8), 'planned'],
    ['short, planned covers it with more', req(24, 16, 8, 16), 'planned'],
    ['short, planned not enough', req(24, 16, 8, 4), 'short'],
    ['short, nothing planned', req(18, 0, 18, 0), 'short'],
    ['a decimal shortfall', req(24, 23.3, 0.7, 0), 'short'],
  ] as const)('%s', (_, r, state) => {
    expect(requirementState(r)).toBe(state);
  });

  it('shares and totals', () => {
    expect(requirementShare(req(24, 12, 12, 0))).toBe(0.5);
    expect(requirementShare(req(24, 30, 0, 0))).toBe(1);
    expect(requirementShare(req(0, 3, 0, 0))).toBeNull();
    expect(
      requirementTotals([req(24, 12, 12, 0), req(24, 24, 0, 0), req(0, 0, 0, 0), null, req(18, 17.3, 0.7, 0)]),
    ).toEqual({
      workers: 5,
      withDuty: 3,
      short: 2,
      shortfall: 12.7,
    });
  });

  it('writes hours the Czech way', () => {
    expect(hours(7.5)).toBe('7,5\u00a0h');
    expect(hours(24)).toBe('24\u00a0h');
    expect(hours(null)).toBe('—');
  });

  it('knows what is overdue', () => {
    expect(isPast('2026-01-31', '2026-02-01')).toBe(true);
    expect(isPast('2026-02-01', '2026-02-01')).toBe(false);
    expect(isPast('', '2026-02-01')).toBe(false);
  });

  it('translates known codes only', () => {
    expect(codeKey('category', CATEGORIES, 'ospod')).toBe('people.category.ospod');
    expect(codeKey('category', CATEGORIES, 'lawyer')).toBeNull();
  });
});

describe('tabs', () => {
  const user = (type: string, role = 'manager', platform_admin = false) => ({
    platform_admin,
    memberships: [{ organisation_type: type, role }],
  });
  it('show the region aggregate to region staff and the platform administrator only', () => {
    expect(visibleTabs(user('region')).map((t) => t.key)).toContain('regional');
    expect(visibleTabs(user('provider', 'admin', true)).map((t) => t.key)).toContain('regional');
    expect(visibleTabs(user('provider')).map((t) => t.key)).toEqual([
      'staff',
      'catalogue',
      'sessions',
      'cooperation',
      'projects',
    ]);
    expect(visibleTabs(user('municipality')).map((t) => t.key)).not.toContain('regional');
  });
  it('hide the staff tab from an external evaluator (who sees no staff records), not from a manager', () => {
    expect(visibleTabs(user('municipality', 'evaluator')).map((t) => t.key)).toEqual([
      'catalogue',
      'sessions',
      'cooperation',
      'projects',
    ]);
    expect(evaluatorOnly(user('municipality', 'evaluator'))).toBe(true);
    expect(evaluatorOnly(user('municipality', 'evaluator', true))).toBe(false);
    expect(evaluatorOnly({ platform_admin: false, memberships: [] })).toBe(false);
    expect(
      evaluatorOnly({
        platform_admin: false,
        memberships: [
          { organisation_type: 'municipality', role: 'evaluator' },
          { organisation_type: 'provider', role: 'manager' },
        ],
      }),
    ).toBe(false);
  });
  it.each([
    ['/people', 'staff'],
    ['/people/workers/3', 'staff'],
    ['/people/regional', 'regional'],
    ['/people/training', 'catalogue'],
    ['/people/training/8', 'catalogue'],
    ['/people/sessions/12', 'sessions'],
    ['/people/cooperation/meetings/4', 'cooperation'],
    ['/people/projects/1', 'projects'],
  ])('%s belongs to %s', (path, tab) => {
    expect(peopleTabForPath(path)).toBe(tab);
  });
});

describe('run plan and meeting series', () => {
  it('previews places × runs as the server plans them: run by run, place by place, interval days apart', () => {
    const cells = runPlanPreview({
      places: ['Náchod', ' Trutnov ', 'Jičín', 'Hradec Králové', 'Náchod', ''],
      runs_per_place: 4,
      first_date: '2026-02-02',
      interval_days: 7,
    });
    expect(cells).toHaveLength(16);
    expect(cells.slice(0, 5).map((c) => [c.place, c.run, c.held_on])).toEqual([
      ['Náchod', 1, '2026-02-02'],
      ['Trutnov', 1, '2026-02-09'],
      ['Jičín', 1, '2026-02-16'],
      ['Hradec Králové', 1, '2026-02-23'],
      ['Náchod', 2, '2026-03-02'],
    ]);
    expect(cells[15]).toEqual({ place: 'Hradec Králové', run: 4, held_on: '2026-05-18' });
    expect(
      runPlanPreview({ places: ['A', 'B'], runs_per_place: 2, first_date: '2026-01-01', interval_days: 0 }).map(
        (c) => c.held_on,
      ),
    ).toEqual(['2026-01-01', '2026-01-01', '2026-01-01', '2026-01-01']);
    expect(runPlanPreview({ places: ['A'], runs_per_place: 2, first_date: '', interval_days: 7 })).toEqual([]);
    expect(runPlanPreview({ places: [], runs_per_place: 2, first_date: '2026-01-01', interval_days: 7 })).toEqual([]);
  });
  it('cleans places', () => {
    expect(cleanPlaces([' a', 'a', '', 'b '])).toEqual(['a', 'b']);
  });
  it('adds days and months over year and month ends', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
  it('plans a quarterly series', () => {
    expect(meetingSeries('2025-01-15', 3, 8)).toEqual([
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
      '2025-10-15',
      '2026-01-15',
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
    ]);
    expect(meetingSeries('bad', 3, 2)).toEqual([]);
  });
  it('counts free places, never below zero', () => {
    expect(freePlaces({ capacity: 15, registered: 12 })).toBe(3);
    expect(freePlaces({ capacity: 15, registered: 15 })).toBe(0);
    expect(freePlaces({ capacity: 15, registered: 17 })).toBe(0);
  });
});

describe('charts', () => {
  const activity = (id: number, code: string, starts_on: string, ends_on: string): Activity => ({
    id,
    project_id: 1,
    position: id,
    code,
    title: `Aktivita ${id}`,
    starts_on,
    ends_on,
    output: '',
    output_target: null,
    output_unit: '',
  });
  it('draws the Gantt chart as stacked bars over dates, the first activity on top', () => {
    const o = ganttOption(
      [activity(1, 'KA1', '2025-01-01', '2025-06-30'), activity(2, 'KA2', '2025-03-01', '2026-12-31')],
      '2025-05-01',
    );
    const day = 86_400_000;
    expect(o.yAxis.data).toEqual(['KA2 Aktivita 2', 'KA1 Aktivita 1']);
    expect(o.xAxis.min).toBe(Date.UTC(2025, 0, 1));
    expect(o.xAxis.max).toBe(Date.UTC(2026, 11, 31) + day);
    expect(o.series[0].data).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2025, 0, 1)]);
    expect(o.series[0].itemStyle.color).toBe('transparent');
    // durations include the last day
    expect(o.series[1].data).toEqual([
      Date.UTC(2027, 0, 1) - Date.UTC(2025, 2, 1),
      Date.UTC(2025, 6, 1) - Date.UTC(2025, 0, 1),
    ]);
    expect(o.series[0].markLine?.data).toEqual([{ xAxis: Date.UTC(2025, 4, 1) }]);
    expect(o.xAxis.axisLabel.formatter(Date.UTC(2025, 0, 1))).toBe('1. 1. 2025');
  });

  it('sums the budget by category in the category order', () => {
    const lines: BudgetLine[] = [
      { id: 1, project_id: 1, category: 'travel', title: 'Cesty', planned: 1000, spent: 200 },
      { id: 2, project_id: 1, category: 'personnel', title: 'Mzdy', planned: 50000, spent: 30000 },
      { id: 3, project_id: 1, category: 'personnel', title: 'Odvody', planned: 17000, spent: 10200 },
    ];
    const rows = budgetByCategory(lines);
    expect(rows).toEqual([
      { category: 'personnel', planned: 67000, spent: 40200 },
      { category: 'travel', planned: 1000, spent: 200 },
    ]);
    const o = budgetOption(
      rows.map((r) => ({ label: r.category, planned: r.planned, spent: r.spent })),
      { planned: 'Rozpočet', spent: 'Vyčerpáno' },
    );
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['Rozpočet', [67000, 1000]],
      ['Vyčerpáno', [40200, 200]],
    ]);
  });

  it('draws feedback means per lecturer, those without answers left out', () => {
    const summary = (n: number, c: number, l: number, u: number, o: number) => ({
      n,
      content_rating: c,
      lecturer_rating: l,
      usefulness_rating: u,
      organisation_rating: o,
      overall: n ? (c + l + u + o) / 4 : 0,
      comments: [],
    });
    const groups = lecturerGroups([
      { lecturer: 'Mgr. Šťastná', results: summary(12, 4.5, 4.8, 4, 3.9) },
      { lecturer: 'Bc. Adámek', results: summary(0, 0, 0, 0, 0) },
      { lecturer: 'Bc. Černý', results: summary(3, 3, 3.5, 2, 4) },
    ]);
    expect(groups.map((g) => [g.name, g.n])).toEqual([
      ['Bc. Černý', 3],
      ['Mgr. Šťastná', 12],
    ]);
    const o = feedbackOption(groups, (q) => q);
    expect(o.yAxis.data).toEqual(['content_rating', 'lecturer_rating', 'usefulness_rating', 'organisation_rating']);
    expect(o.series[1].data).toEqual([4.5, 4.8, 4, 3.9]);
    expect(feedbackOption([{ name: 'x', means: summary(0, 0, 0, 0, 0) }], (q) => q).series[0].data).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(o.xAxis.max).toBe(5);
  });

  it('measures indicator progress', () => {
    expect(indicatorProgress(30, 120)).toBe(0.25);
    expect(indicatorProgress(null, 120)).toBeNull();
    expect(indicatorProgress(3, 0)).toBeNull();
  });
});

describe('organisers', () => {
  it('are the memberships as administrator or manager, then the managed organisations, each once', () => {
    expect(
      moduleOrganisers(
        [
          { organisation_id: 1, organisation_name: 'Královéhradecký kraj', role: 'manager' },
          { organisation_id: 7, organisation_name: 'Domov Na Stráni', role: 'worker' },
        ],
        [
          { id: 26, name: 'Charita Kladské pomezí', can_manage: true },
          { id: 1, name: 'Královéhradecký kraj', can_manage: true },
          { id: 9, name: 'Jiná', can_manage: false },
        ],
      ),
    ).toEqual([
      { id: 26, name: 'Charita Kladské pomezí' },
      { id: 1, name: 'Královéhradecký kraj' },
    ]);
  });
});

describe('cooperation organisations', () => {
  it('join memberships outside the region, the people organisations and the owners of what the caller reads', () => {
    expect(
      cooperationOrganisations(
        [
          {
            organisation_id: 1,
            organisation_name: 'Královéhradecký kraj',
            organisation_type: 'region',
            role: 'manager',
          },
          {
            organisation_id: 2,
            organisation_name: 'MěÚ Náchod (OSPOD)',
            organisation_type: 'municipality',
            role: 'evaluator',
          },
        ],
        [{ id: 26, name: 'Charita Kladské pomezí', type: 'provider', can_manage: true }],
        [
          { organisation_id: 2, organisation_name: 'MěÚ Náchod (OSPOD)' },
          { organisation_id: 6, organisation_name: 'Domov Na Stráni' },
        ],
      ),
      // Czech order: "Ch" comes after "H"
    ).toEqual([
      { id: 6, name: 'Domov Na Stráni', type: '', can_manage: false },
      { id: 26, name: 'Charita Kladské pomezí', type: 'provider', can_manage: true },
      { id: 2, name: 'MěÚ Náchod (OSPOD)', type: 'municipality', can_manage: false },
    ]);
  });
});

describe('worker sessions', () => {
  it('shows the counted hours of an attended session (the DTO field is `hours`), planned ones apart, none for absent', () => {
    expect(workerSessionHours('attended', 8)).toEqual({ hours: 8, planned: false });
    expect(workerSessionHours('registered', 8)).toEqual({ hours: 8, planned: true });
    expect(workerSessionHours('waiting', 6)).toEqual({ hours: 6, planned: true });
    expect(workerSessionHours('absent', 8)).toEqual({ hours: null, planned: false });
    expect(workerSessionHours('cancelled', 8)).toEqual({ hours: null, planned: false });
  });
});
