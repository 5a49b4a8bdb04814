// @vitest-environment happy-dom
// The tree of a strategic plan: every level with its state in words, indicators against targets, the outcome cell
// ("méně než 5 klientů" when suppressed), personal goal counts and a link to each goal.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { GoalTree } from '../components/GoalTree';
import type { OutcomeCell, TreeNode } from '../types';
import { render, type Rendered } from '../../../test/render';

const cell = (p: Partial<OutcomeCell>): OutcomeCell => ({
  clients: 12,
  goals: 20,
  attained: 15,
  share_attained: 0.75,
  mean_t: 54.25,
  sd_t: 7.5,
  mean_ladder_change: null,
  ladder_clients: 0,
  suppressed: false,
  ...p,
});

const service: TreeNode = {
  goal: {
    id: 3,
    level: 'service',
    code: 'TP1',
    title: 'Bydlení rodin',
    state: 'partly_met',
    unlinked_reason: '',
    service_name: '',
    year: 2025,
  },
  outcome: cell({
    suppressed: true,
    clients: null,
    goals: null,
    attained: null,
    share_attained: null,
    mean_t: null,
    sd_t: null,
  }),
  indicators: [{ id: 1, name: 'Podíl dosažených cílů', unit: '%', target: 60, latest_value: 55, on_target: false }],
  children: [],
  personal_goals: { count: 4 },
};
const nodes: TreeNode[] = [
  {
    goal: {
      id: 1,
      level: 'strategic',
      code: 'S1',
      title: 'Stabilní bydlení',
      state: 'active',
      unlinked_reason: '',
      service_name: '',
      year: 2025,
    },
    outcome: cell({}),
    indicators: [],
    children: [
      {
        goal: {
          id: 2,
          level: 'objective',
          code: 'O1',
          title: 'Podpora při hledání bytu',
          state: 'met',
          unlinked_reason: '',
          service_name: '',
          year: 2025,
        },
        outcome: cell({}),
        indicators: [],
        children: [service],
        personal_goals: { count: 0 },
      },
    ],
    personal_goals: { count: 0 },
  },
];

describe('GoalTree', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('shows the whole chain open, in Czech, with links, states, indicators and outcome cells', () => {
    view = render(
      <MemoryRouter>
        <GoalTree nodes={nodes} />
      </MemoryRouter>,
    );
    const c = view.container;
    const rendered = [...c.querySelectorAll('[data-testid="tree-node"]')];
    expect(rendered.map((n) => n.getAttribute('data-level'))).toEqual(['strategic', 'objective', 'service']);
    expect([...c.querySelectorAll('[data-testid="tree-node-link"]')].map((a) => a.getAttribute('href'))).toEqual([
      '/planning/goals/1',
      '/planning/goals/2',
      '/planning/goals/3',
    ]);
    expect([...c.querySelectorAll('[data-testid="goal-state"]')].map((s) => s.textContent)).toEqual([
      'Probíhá',
      'Splněn',
      'Částečně splněn',
    ]);
    expect(c.querySelector('[data-testid="outcome-suppressed"]')?.textContent).toBe('méně než 5 klientů');
    expect(c.querySelector('[data-testid="outcome-values"]')?.textContent).toBe(
      'klienti: 12 · dosaženo 15 z 20 cílů (75\u00a0%) · průměrný T-skór 54,3 (SD 7,5)',
    );
    expect(c.querySelector('[data-testid="tree-personal-goals"]')?.textContent).toContain('osobní cíle klientů: 4');
    const text = c.textContent ?? '';
    expect(text).toContain('Podíl dosažených cílů');
    expect(text).toContain('cíl 60\u00a0%');
    expect(text).toContain('zatím nesplňuje cíl');
    expect(text).not.toContain('partly_met');
  });
});
