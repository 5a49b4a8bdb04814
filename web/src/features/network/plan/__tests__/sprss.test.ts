// The medium-term plan: the tree from the server's flat list, child levels, moving among siblings, the node's
// update body, indicators per year, comment answers, action-plan items, their evaluation and carrying over.
import { describe, expect, it } from 'vitest';
import {
  answerProblem,
  buildTree,
  childLevel,
  compareCodes,
  evaluationInput,
  evaluationProblems,
  flatten,
  indicatorSeries,
  itemDraft,
  itemNodes,
  itemProblems,
  itemsByNode,
  itemsInput,
  linkTarget,
  moveNode,
  nodeUpdate,
  planYears,
  resultCounts,
  resultTone,
  targetMet,
  toCarry,
  approveWarnings,
} from '../sprss';
import { item, node } from './fixtures';
import type { PlanDetail } from '../types';

const nodes = [
  node({ id: 1, code: '1', position: 2, title: 'Kvalita' }),
  node({ id: 2, code: '2', position: 1, title: 'Dostupnost' }),
  node({ id: 3, parent_id: 2, level: 'goal', code: '2.1', position: 1, title: 'Terénní služby' }),
  node({ id: 4, parent_id: 3, level: 'measure', code: '2.1.1', position: 2, title: 'Pečovatelská služba' }),
  node({ id: 5, parent_id: 3, level: 'measure', code: '2.1.2', position: 1, title: 'Osobní asistence' }),
  node({ id: 6, parent_id: 5, level: 'activity', code: '2.1.2.1', position: 1, title: 'Středisko' }),
  node({ id: 7, parent_id: 99, level: 'goal', code: '9', position: 1, title: 'Sirotek' }),
];

describe('the tree', () => {
  it('nests children under parents, siblings by position; a node without its parent is a root', () => {
    const tree = buildTree(nodes);
    expect(tree.map((t) => t.node.id)).toEqual([2, 7, 1]);
    expect(tree[0].children.map((t) => t.node.id)).toEqual([3]);
    expect(tree[0].children[0].children.map((t) => t.node.id)).toEqual([5, 4]);
    expect(flatten(tree).map((n) => n.id)).toEqual([2, 3, 5, 6, 4, 7, 1]);
  });

  it.each([
    ['priority', 'goal'],
    ['goal', 'measure'],
    ['measure', 'activity'],
    ['activity', null],
    ['unknown', null],
  ])('a %s has children of level %s', (level, child) => expect(childLevel(level)).toBe(child));

  it('moves a node among its siblings only, renumbering the positions that change', () => {
    expect(moveNode(nodes, 4, -1)).toEqual([
      { id: 4, position: 1 },
      { id: 5, position: 2 },
    ]);
    expect(moveNode(nodes, 5, -1)).toEqual([]);
    expect(moveNode(nodes, 4, 1)).toEqual([]);
    expect(moveNode(nodes, 2, 1)).toEqual([
      { id: 1, position: 1 },
      { id: 2, position: 2 },
    ]);
    expect(moveNode(nodes, 42, 1)).toEqual([]);
  });

  it('updates a node with every field (codes of its links), the changes applied', () => {
    const n = node({
      id: 4,
      title: 'Pečovatelská služba',
      kinds: [{ code: '4', name: 'pečovatelská služba' }],
      target_groups: [{ code: '24', name: 'senioři' }],
      territories: [{ code: '5201', name: 'Broumov' }],
      position: 3,
    });
    expect(nodeUpdate(n, { position: 1 })).toEqual({
      title: 'Pečovatelská služba',
      description: '',
      responsible: '',
      kinds: ['4'],
      target_groups: ['24'],
      territories: ['5201'],
      position: 1,
    });
  });

  it('offers measures and activities for action-plan items, in the order of the tree', () => {
    expect(itemNodes(nodes).map((n) => n.code)).toEqual(['2.1.2', '2.1.2.1', '2.1.1']);
  });
});

describe('indicators', () => {
  it('lists every year of the plan with its target and actual value', () => {
    expect(
      indicatorSeries(
        {
          years: [
            { year: 2026, target: 66, actual: 65 },
            { year: 2028, target: 80 },
          ],
        },
        2026,
        2028,
      ),
    ).toEqual([
      { year: 2026, target: 66, actual: 65, source: null, sourceNote: null },
      { year: 2027, target: null, actual: null, source: null, sourceNote: null },
      { year: 2028, target: 80, actual: null, source: null, sourceNote: null },
    ]);
  });

  it.each([
    ['higher', 66, 65, false],
    ['higher', 66, 66, true],
    ['lower', 10, 8, true],
    ['lower', 10, 12, false],
    ['higher', null, 5, null],
    ['higher', 5, null, null],
  ])('%s: target %s, actual %s → %s', (dir, target, actual, met) =>
    expect(targetMet(dir as string, target as number | null, actual as number | null)).toBe(met),
  );
});

describe('answers to comments', () => {
  it.each([
    [undefined, '', 'networkPlan.comments.statusRequired'],
    ['open', 'x', 'networkPlan.comments.statusRequired'],
    ['accepted', '', null],
    ['partly', ' ', 'networkPlan.comments.reasonRequired'],
    ['rejected', '', 'networkPlan.comments.reasonRequired'],
    ['rejected', 'Rozpočet to nedovolí.', null],
  ])('%s with %j → %s', (status, answer, problem) => expect(answerProblem(status, answer)).toBe(problem));
});

describe('action-plan items', () => {
  it('edits existing items as drafts and sends them back with numbers parsed', () => {
    const d = itemDraft(
      item({
        id: 8,
        budget: 1800000.5,
        carried_from: { item_id: 2, year: 2025, what: 'x', result: 'partly', result_text: '' },
      }),
    );
    expect(d).toEqual({
      id: 8,
      node_id: 3,
      what: 'Výběrové řízení',
      responsible: 'oddělení plánování',
      due: '2026-04-30',
      budget: '1800000,5',
      carried: true,
    });
    expect(itemsInput([d, { node_id: 4, what: ' Nové ', responsible: '', due: '', budget: '150 000' }])).toEqual([
      {
        id: 8,
        node_id: 3,
        what: 'Výběrové řízení',
        responsible: 'oddělení plánování',
        due: '2026-04-30',
        budget: 1800000.5,
      },
      { node_id: 4, what: 'Nové', budget: 150000 },
    ]);
  });

  it('names each item problem by index and field', () => {
    expect(
      itemProblems([
        { node_id: 3, what: 'A', responsible: '', due: '', budget: '' },
        { what: ' ', responsible: '', due: '', budget: 'hodně' },
      ]),
    ).toEqual([
      [1, 'node_id', 'networkPlan.items.nodeRequired'],
      [1, 'what', 'networkPlan.items.whatRequired'],
      [1, 'budget', 'networkPlan.items.budgetNumber'],
    ]);
  });

  it('groups items by their measure in code order', () => {
    const g = itemsByNode([
      item({ id: 1, node_id: 9, node_code: '1.2.10', node_title: 'B' }),
      item({ id: 2, node_id: 3, node_code: '1.2.9', node_title: 'A' }),
      item({ id: 3, node_id: 9, node_code: '1.2.10', node_title: 'B' }),
    ]);
    expect(g.map((x) => [x.code, x.items.map((i) => i.id)])).toEqual([
      ['1.2.9', [2]],
      ['1.2.10', [1, 3]],
    ]);
    expect(compareCodes('2', '10')).toBeLessThan(0);
  });
});

describe('evaluation', () => {
  const items = [item({ id: 1 }), item({ id: 2 }), item({ id: 3 })];

  it('needs a result for every item and what is left for those not done', () => {
    expect(
      evaluationProblems(items, {
        1: { result: 'done', result_text: '', evidence: '' },
        2: { result: 'partly', result_text: ' ', evidence: '' },
      }),
    ).toEqual([
      [2, 'result_text', 'networkPlan.evaluate.textRequired'],
      [3, 'result', 'networkPlan.evaluate.resultRequired'],
    ]);
  });

  it('sends every item with its result and evidence, and the actual values given', () => {
    const drafts = {
      1: { result: 'done' as const, result_text: '', evidence: ' Usnesení RK/118 ' },
      2: { result: 'partly' as const, result_text: 'Dobíhá', evidence: '' },
      3: { result: 'not' as const, result_text: 'Odloženo', evidence: '' },
    };
    expect(evaluationInput(items, drafts, '2027-01-31', ' Splněna jedna ', { 11: '65', 12: '', 13: 'x' })).toEqual({
      evaluated_on: '2027-01-31',
      summary: 'Splněna jedna',
      items: [
        { id: 1, result: 'done', result_text: '', evidence: 'Usnesení RK/118' },
        { id: 2, result: 'partly', result_text: 'Dobíhá', evidence: '' },
        { id: 3, result: 'not', result_text: 'Odloženo', evidence: '' },
      ],
      indicators: [{ indicator_id: 11, actual: 65 }],
    });
    expect(evaluationInput(items, drafts, '2027-01-31', '')).not.toHaveProperty('indicators');
  });

  it('counts results and what the next year takes over (partly and not done)', () => {
    const evaluated = [
      item({ result: 'done' }),
      item({ result: 'partly' }),
      item({ result: 'not' }),
      item({ result: 'done' }),
    ];
    expect(resultCounts(evaluated)).toEqual({ done: 2, partly: 1, not: 1 });
    expect(resultTone(resultCounts(evaluated))).toBe('error');
    expect(resultTone({ done: 3, partly: 1, not: 0 })).toBe('warning');
    expect(resultTone({ done: 3, partly: 0, not: 0 })).toBe('success');
    expect(toCarry(evaluated)).toBe(2);
  });

  it('does not count again what the next year has already taken over', () => {
    const evaluated = [
      item({ id: 1, result: 'done' }),
      item({ id: 2, result: 'partly' }),
      item({ id: 3, result: 'not' }),
    ];
    const carriedFrom = (item_id: number) => ({ item_id, year: 2025, what: '', result: 'not', result_text: '' });
    expect(toCarry(evaluated, [item({ id: 10, carried_from: carriedFrom(2) })])).toBe(1);
    expect(
      toCarry(evaluated, [
        item({ id: 10, carried_from: carriedFrom(2) }),
        item({ id: 11, carried_from: carriedFrom(3) }),
      ]),
    ).toBe(0);
    expect(toCarry(evaluated, [item({ id: 12 })])).toBe(2);
  });
});

describe('the analytical part', () => {
  it.each([
    [{ kind: 'coverage_map' }, { to: '/network/coverage/map', external: false }],
    [
      { kind: 'benchmark_round', ref_id: 7 },
      { to: '/benchmarking/rounds/7', external: false },
    ],
    [{ kind: 'benchmark_round' }, { to: '/benchmarking', external: false }],
    [{ kind: 'audit_overview' }, { to: '/quality', external: false }],
    [
      { kind: 'other', url: 'https://www.mpsv.cz/' },
      { to: 'https://www.mpsv.cz/', external: true },
    ],
    [{ kind: 'other', url: 'javascript:alert(1)' }, null],
    [{ kind: 'other' }, null],
  ])('%j leads to %j', (link, target) => expect(linkTarget(link)).toEqual(target));

  it('lists the years of a plan', () =>
    expect(planYears({ year_from: 2025, year_to: 2027 })).toEqual([2025, 2026, 2027]));
});

describe('approveWarnings', () => {
  const plan = (patch: Record<string, unknown>) =>
    ({
      id: 1,
      region_code: 'CZ052',
      region_name: 'Královéhradecký kraj',
      title: 'SPRSS',
      year_from: 2028,
      year_to: 2030,
      status: 'comments',
      comments_until: '2027-01-05',
      approved_on: '',
      comments_total: 0,
      comments_open: 0,
      action_plans: 0,
      can_manage: true,
      ...patch,
    }) as PlanDetail['plan'];
  it('warns that approving ends a running comment period, names open comments and an empty proposal', () => {
    expect(approveWarnings({ plan: plan({ comments_open: 2 }), nodes: [] }, '2026-12-06')).toEqual([
      { key: 'networkPlan.plan.warnPeriod', values: { until: '2027-01-05' } },
      { key: 'networkPlan.plan.warnOpen', values: { count: 2 } },
      { key: 'networkPlan.plan.warnEmpty' },
    ]);
  });
  it('says nothing once the period is over, every comment answered and the tree has a priority', () => {
    expect(approveWarnings({ plan: plan({}), nodes: [node()] }, '2027-01-06')).toEqual([]);
    expect(
      approveWarnings({ plan: plan({ status: 'draft', comments_until: '' }), nodes: [node()] }, '2026-12-06'),
    ).toEqual([]);
  });
});
