// Pure logic of the planning pages: outcome cells, GAS levels, the tree, the plan cycle, due work, forms, ladders
// and the regional matrix.
import { describe, expect, it } from 'vitest';
import {
  closeInput,
  defaultOrganisation,
  deriveInput,
  distanceRows,
  evaluationInput,
  evaluationRows,
  expandableKeys,
  gasLevelKey,
  goalName,
  gasLevelText,
  groupDueByService,
  indicatorInput,
  isGasLevel,
  levelDescription,
  levelsComplete,
  linkComplete,
  missingCloseGoals,
  missingDecisions,
  missingManualValues,
  NEW_INDICATOR,
  outcomeView,
  parentLevel,
  regionalMatrix,
  reportedLevel,
  reviewInput,
  stageOf,
  stagesText,
  suggestedCarry,
  treeStats,
  yearPeriod,
} from '../planning';
import type {
  ClientLadder,
  DueEvaluation,
  GoalSummary,
  IndicatorWithValues,
  Ladder,
  OutcomeCell,
  TreeNode,
} from '../types';

const cell = (p: Partial<OutcomeCell>): OutcomeCell => ({
  clients: 7,
  goals: 12,
  attained: 9,
  share_attained: 0.75,
  mean_t: 53.2,
  sd_t: 6.1,
  mean_ladder_change: 1.5,
  ladder_clients: 4,
  suppressed: false,
  ...p,
});

const goal = (id: number, p: Partial<GoalSummary> = {}): GoalSummary => ({
  id,
  level: 'service',
  code: `C${id}`,
  title: `Cíl ${id}`,
  description: '',
  state: 'active',
  parent_goal_id: null,
  unlinked_reason: '',
  service_id: 3,
  service_name: 'Terénní programy',
  origin_goal_id: null,
  carry: '',
  carry_reason: '',
  indicators: [],
  next_due_on: '',
  year: 2025,
  ...p,
});

const node = (id: number, level: string, children: TreeNode[] = [], count = 0): TreeNode => ({
  goal: { id, level, code: '', title: `G${id}`, state: 'active', unlinked_reason: '', service_name: '', year: 2025 },
  outcome: null,
  indicators: [],
  children,
  personal_goals: { count },
});

describe('outcome cells', () => {
  it('shows "fewer than 5" for a suppressed cell, nothing without clients, else the numbers', () => {
    expect(outcomeView(null)).toEqual({ kind: 'none' });
    expect(outcomeView(cell({ suppressed: true, clients: null, share_attained: null }))).toEqual({
      kind: 'suppressed',
    });
    expect(outcomeView(cell({ clients: 0 }))).toEqual({ kind: 'none' });
    expect(outcomeView(cell({}))).toEqual({
      kind: 'values',
      clients: 7,
      goals: 12,
      attained: 9,
      share: 0.75,
      meanT: 53.2,
      sdT: 6.1,
      ladder: 1.5,
      ladderClients: 4,
    });
  });
});

describe('GAS levels', () => {
  it.each([
    [2, 'plus2', '+2', true],
    [1, 'plus1', '+1', true],
    [0, 'zero', '0', true],
    [-0.5, 'minus05', '\u22120,5', true],
    [-1, 'minus1', '\u22121', true],
    [-2, 'minus2', '\u22122', true],
    [-3, 'minus3', '\u22123', true],
    [0.5, undefined, '+0.5', false],
    [3, undefined, '+3', false],
  ])('level %s → %s, "%s", allowed %s', (level, key, text, allowed) => {
    expect(gasLevelKey(level)).toBe(key);
    expect(gasLevelText(level)).toBe(text);
    expect(isGasLevel(level)).toBe(allowed);
  });

  const levels = {
    minus2: 'Nevychází z domu',
    minus1: 'Vyjde s doprovodem',
    zero: 'Sama na úřad',
    plus1: 'Sama i k lékaři',
    plus2: 'Doprovází sousedku',
  };
  it('describes a level in the client’s words; the variants have no own description', () => {
    expect(levelDescription(levels, 0)).toBe('Sama na úřad');
    expect(levelDescription(levels, -2)).toBe('Nevychází z domu');
    expect(levelDescription(levels, -0.5)).toBe('');
    expect(levelDescription(levels, -3)).toBe('');
    expect(levelsComplete(levels)).toBe(true);
    expect([2, 1, 0, -0.5, -1, -2, -3].map(reportedLevel)).toEqual([2, 1, 0, -1, -1, -2, -3]);
    expect(levelsComplete({ ...levels, plus1: ' ' })).toBe(false);
  });
});

describe('the tree', () => {
  const tree = [
    node(1, 'strategic', [node(2, 'objective', [node(3, 'service', [], 14), node(4, 'service', [], 6)])]),
    node(5, 'strategic'),
  ];
  const unlinked = [node(6, 'objective', [node(7, 'service', [], 3)])];
  it('counts goals by level, personal goals and not-linked roots', () => {
    expect(treeStats(tree, unlinked)).toEqual({
      goals: 7,
      byLevel: { strategic: 2, objective: 2, service: 3 },
      personalGoals: 23,
      unlinked: 1,
    });
  });
  it('names a goal by its code and title', () => {
    expect(goalName({ code: 'O1', title: 'Snížit počet rodin ohrožených ztrátou bydlení' })).toBe(
      'O1 Snížit počet rodin ohrožených ztrátou bydlení',
    );
    expect(goalName({ code: '', title: 'Bez kódu' })).toBe('Bez kódu');
  });
  it('opens every node with children', () => {
    expect(expandableKeys(tree)).toEqual(['1', '2']);
  });
  it('links a goal to the level above or asks for a reason', () => {
    expect(parentLevel('service')).toBe('objective');
    expect(parentLevel('objective')).toBe('strategic');
    expect(parentLevel('strategic')).toBeNull();
    expect(linkComplete('strategic', null, '')).toBe(true);
    expect(linkComplete('objective', 4, '')).toBe(true);
    expect(linkComplete('objective', null, '  ')).toBe(false);
    expect(linkComplete('service', null, 'Požadavek donora')).toBe(true);
  });
});

describe('closing a period', () => {
  const goals = [goal(1), goal(2, { code: 'S2' }), goal(3, { state: 'dropped' })];
  it('names the goals still missing a result or a conclusion; dropped goals take no part', () => {
    const rows = {
      1: { goal_id: 1, result: 'met' as const, conclusion: 'Splněno', participants: [] },
      2: { goal_id: 2, result: '' as const, conclusion: 'Částečně', participants: [] },
    };
    expect(missingCloseGoals(goals, rows).map((g) => g.id)).toEqual([2]);
    expect(
      missingCloseGoals(goals, { ...rows, 2: { ...rows[2], result: 'partly_met' as const, conclusion: ' ' } }).map(
        (g) => g.id,
      ),
    ).toEqual([2]);
  });
  it('sends one evaluation per goal, participants without empty rows', () => {
    const body = closeInput('2025-12-15', goals, {
      1: {
        goal_id: 1,
        result: 'met',
        conclusion: ' Splněno ',
        participants: [
          { kind: 'partner', name: ' OSPOD Náchod ', role: 'sociální pracovnice', organisation: 'MěÚ Náchod' },
          { kind: 'worker', name: '', role: '', organisation: '' },
        ],
      },
      2: { goal_id: 2, result: 'not_met', conclusion: 'Nesplněno', participants: [] },
    });
    expect(body).toEqual({
      held_on: '2025-12-15',
      evaluations: [
        {
          goal_id: 1,
          result: 'met',
          conclusion: 'Splněno',
          participants: [
            { kind: 'partner', name: 'OSPOD Náchod', role: 'sociální pracovnice', organisation: 'MěÚ Náchod' },
          ],
        },
        { goal_id: 2, result: 'not_met', conclusion: 'Nesplněno', participants: [] },
      ],
    });
  });
});

describe('deriving the next plan', () => {
  const goals = [goal(1, { state: 'met' }), goal(2, { state: 'partly_met' }), goal(3, { state: 'not_met' })];
  it('suggests a decision from how each goal ended', () => {
    expect(goals.map((g) => suggestedCarry(g.state))).toEqual(['drop', 'carry_over', 'revise']);
  });
  it('needs a decision and a reason for every goal', () => {
    const rows = {
      1: { goal_id: 1, carry: 'drop' as const, reason: 'Splněno' },
      2: { goal_id: 2, carry: 'carry_over' as const, reason: '' },
    };
    expect(missingDecisions(goals, rows).map((g) => g.id)).toEqual([2, 3]);
  });
  it('sends the new title only for a revised goal', () => {
    const body = deriveInput(2026, ' Provozní plán 2026 ', goals, {
      1: { goal_id: 1, carry: 'drop', reason: 'Splněno', title: 'ignorováno' },
      2: { goal_id: 2, carry: 'carry_over', reason: 'Pokračuje' },
      3: { goal_id: 3, carry: 'revise', reason: 'Méně ambiciózní', title: ' Nový název ', description: '' },
    });
    expect(body).toEqual({
      year: 2026,
      title: 'Provozní plán 2026',
      decisions: [
        { goal_id: 1, carry: 'drop', reason: 'Splněno' },
        { goal_id: 2, carry: 'carry_over', reason: 'Pokračuje' },
        { goal_id: 3, carry: 'revise', reason: 'Méně ambiciózní', title: 'Nový název' },
      ],
    });
  });
});

describe('due evaluations', () => {
  const due = (
    id: number,
    service: number | null,
    name: string,
    on: string,
    state: 'due_soon' | 'overdue',
  ): DueEvaluation => ({
    indicator_id: id,
    indicator_name: `I${id}`,
    goal: { id: id * 10, level: service ? 'service' : 'objective', code: '', title: '' },
    service_id: service,
    service_name: name,
    next_due_on: on,
    state,
  });
  it('groups by service (the organisation’s own goals first), by date inside, counting the overdue', () => {
    const groups = groupDueByService([
      due(1, 5, 'Terénní programy', '2026-03-01', 'due_soon'),
      due(2, 4, 'Odborné sociální poradenství', '2026-01-10', 'overdue'),
      due(3, 5, 'Terénní programy', '2025-12-01', 'overdue'),
      due(4, null, '', '2026-02-01', 'due_soon'),
    ]);
    expect(groups.map((g) => [g.service_id, g.items.map((i) => i.indicator_id), g.overdue])).toEqual([
      [null, [4], 0],
      [4, [2], 1],
      [5, [3, 1], 1],
    ]);
  });
});

describe('indicator form', () => {
  it('keeps the benchmark code only for benchmark indicators and the count only for counts', () => {
    expect(
      indicatorInput({
        ...NEW_INDICATOR,
        name: ' Podíl ',
        source: 'share_attained',
        benchmark_indicator_code: 'x',
        count_of: 'reviews',
        target: 0.6,
      }),
    ).toEqual({
      name: 'Podíl',
      unit: '',
      baseline: null,
      target: 0.6,
      direction: 'higher',
      source: 'share_attained',
      benchmark_indicator_code: '',
      count_of: '',
      rba: 'how_much',
      schedule_months: 12,
    });
    const b = indicatorInput({
      ...NEW_INDICATOR,
      name: 'IP',
      source: 'benchmark',
      benchmark_indicator_code: ' ip_share ',
      next_due_on: '2026-06-30',
    });
    expect([b.benchmark_indicator_code, b.count_of, b.next_due_on]).toEqual(['ip_share', '', '2026-06-30']);
    expect(indicatorInput({ ...NEW_INDICATOR, name: 'Revize', source: 'count', count_of: 'reviews' }).count_of).toBe(
      'reviews',
    );
  });
});

describe('evaluation form', () => {
  const ind = (id: number, source: IndicatorWithValues['source']): IndicatorWithValues => ({
    id,
    goal_id: 1,
    name: `I${id}`,
    unit: '',
    baseline: null,
    target: null,
    direction: 'higher',
    source,
    benchmark_indicator_code: '',
    count_of: '',
    rba: 'better_off',
    schedule_months: 6,
    next_due_on: '',
    latest: null,
    on_target: null,
    history: [],
  });
  const indicators = [ind(1, 'gas_t'), ind(2, 'manual')];
  it('prefills computed values from the draft and leaves manual ones to the user', () => {
    const rows = evaluationRows(indicators, {
      items: [
        { indicator_id: 1, value: 54.3, clients_n: 17 },
        { indicator_id: 2, value: 3, clients_n: null },
      ],
    });
    expect(rows.map((r) => [r.indicator_id, r.computed, r.value, r.clients_n])).toEqual([
      [1, true, 54.3, 17],
      [2, false, null, null],
    ]);
    expect(missingManualValues(rows).map((r) => r.indicator_id)).toEqual([2]);
    const body = evaluationInput(
      {
        kind: 'interim',
        held_on: '2025-06-30',
        period_from: '2025-01-01',
        period_to: '2025-06-30',
        result: '',
        conclusion: ' Dobře ',
      },
      [{ kind: 'partner', name: 'ZŠ Náchod', role: 'výchovná poradkyně', organisation: '' }],
      rows.map((r) => (r.computed ? r : { ...r, value: 4, note: ' ručně ' })),
    );
    expect(body.values).toEqual([
      { indicator_id: 1, note: '' },
      { indicator_id: 2, value: 4, note: 'ručně' },
    ]);
    expect(body.conclusion).toBe('Dobře');
    expect(body.participants).toHaveLength(1);
  });
});

describe('review form', () => {
  it('sends only allowed levels, texts trimmed', () => {
    const body = reviewInput(
      {
        held_on: '2026-01-15',
        what_changed: ' Chodí sama ',
        client_view: 'Jsem ráda',
        next_steps: '',
        participants: 'klientka, KP',
        next_review_on: '2026-04-15',
      },
      [
        { client_goal_id: 1, level: 1, note: ' lépe ' },
        { client_goal_id: 2, level: -0.5, note: '' },
        { client_goal_id: 3, level: null, note: '' },
        { client_goal_id: 4, level: 0.5, note: '' },
      ],
    );
    expect(body.ratings).toEqual([
      { client_goal_id: 1, level: 1, note: 'lépe' },
      { client_goal_id: 2, level: -0.5, note: '' },
    ]);
    expect(body.what_changed).toBe('Chodí sama');
  });
});

describe('ladders', () => {
  it('writes stages as the organisation writes them and finds a value’s stage', () => {
    const stages = [
      { from: 1, to: 2, name: 'Uvíznutí' },
      { from: 3, to: 4, name: 'Přijímání pomoci' },
      { from: 5, to: 7, name: 'Zkoušení' },
      { from: 8, to: 8, name: 'Samostatnost' },
    ];
    expect(stagesText(stages)).toBe('1-2:Uvíznutí;3-4:Přijímání pomoci;5-7:Zkoušení;8:Samostatnost');
    expect(stageOf(stages, 6)).toBe('Zkoušení');
    expect(stageOf(stages, 11)).toBe('');
  });
  it('names the areas of the distance travelled', () => {
    const ladder: Ladder = {
      id: 1,
      organisation_id: 5,
      name: 'Cesta ke změně',
      description: '',
      areas: [
        { id: 7, name: 'Bydlení', description: '' },
        { id: 8, name: 'Finance', description: '' },
      ],
      scale_min: 1,
      scale_max: 10,
      stages: '',
      stage_list: [],
      archived: false,
      can_manage: true,
    };
    const a: ClientLadder = {
      ladder,
      assessments: [],
      distance: {
        per_area: [
          { area_id: 7, change: 2 },
          { area_id: 8, change: -1 },
          { area_id: 9, change: 1 },
        ],
        mean_change: 0.67,
      },
    };
    expect(distanceRows(a)).toEqual([
      { area_id: 7, change: 2, name: 'Bydlení' },
      { area_id: 8, change: -1, name: 'Finance' },
      { area_id: 9, change: 1, name: '9' },
    ]);
  });
});

describe('regional matrix', () => {
  it('puts kinds in rows and regions in columns, sorted by Czech names', () => {
    const m = regionalMatrix([
      {
        region_code: 'CZ052',
        region_name: 'Královéhradecký kraj',
        kind_code: 'tp',
        kind_name: 'Terénní programy',
        cell: cell({}),
      },
      {
        region_code: 'CZ010',
        region_name: 'Hlavní město Praha',
        kind_code: 'sas',
        kind_name: 'Sociálně aktivizační služby',
        cell: cell({ suppressed: true }),
      },
    ]);
    expect(m.regions.map((r) => r.code)).toEqual(['CZ010', 'CZ052']);
    expect(m.kinds.map((k) => k.code)).toEqual(['sas', 'tp']);
    expect(m.cell('sas', 'CZ010')?.suppressed).toBe(true);
    expect(m.cell('tp', 'CZ010')).toBeUndefined();
  });
  it('turns a year into a period', () => {
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearPeriod(2023, 2027)).toEqual({ from: '2023-01-01', to: '2027-12-31' });
  });
});

describe('defaultOrganisation', () => {
  const orgs = [
    { id: 1, name: 'Asistence Domov s.r.o.' },
    { id: 2, name: 'Charita' },
    { id: 3, name: 'Romano Drom Hradec, z. s.' },
  ];
  it('opens on the organisation asked for in the URL, even without plans', () => {
    expect(defaultOrganisation(orgs, [{ organisation_id: 3 }], 1)?.id).toBe(1);
  });
  it('else on the first organisation that has a strategic plan', () => {
    expect(defaultOrganisation(orgs, [{ organisation_id: 3 }, { organisation_id: 2 }])?.id).toBe(2);
    expect(defaultOrganisation(orgs, [{ organisation_id: 3 }], 99)?.id).toBe(3);
  });
  it('else on the first organisation; none without organisations', () => {
    expect(defaultOrganisation(orgs, [])?.id).toBe(1);
    expect(defaultOrganisation([], [{ organisation_id: 3 }])).toBeUndefined();
  });
});
