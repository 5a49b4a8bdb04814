// @vitest-environment happy-dom
// The region's decision on a plan: picking "do not support" sets every intention to not supported, the decision
// needs a reason, and the route gets the plan's decision with one decision per intention; once decided, the card
// only shows what was decided.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../../test/render';
import type { DevDecisionInput, DevIntention, DevPlan } from '../types';
import { FeedbackHost } from '../../../../app/feedback';

const decideDevPlan = vi.fn((_id: number, _body: DevDecisionInput) => Promise.resolve({ id: 5 }));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  decideDevPlan: (id: number, body: DevDecisionInput) => decideDevPlan(id, body),
}));
const { DecisionCard } = await import('../components/DecisionCard');

const intention = (id: number, description: string): DevIntention => ({
  id,
  type: 'capacity',
  type_name: 'Změna kapacity',
  description,
  capacity_delta: 2,
  capacity_unit: 'lůžka',
  form_code: '',
  form_name: '',
  territory_code: '',
  territory_name: '',
  fte_delta: null,
  from_year: 2027,
  need_area_id: null,
  need_name: '',
  finding_id: null,
  finding_text: '',
  plan_node_id: null,
  plan_node_code: '',
  plan_node_title: '',
  answers_text: 'Čekatelé',
  decision: '',
  decision_name: '',
  costs: [],
  total: 100000,
});

const plan = (over: Partial<DevPlan>): DevPlan =>
  ({
    id: 5,
    region_org_id: 1,
    service_id: 9,
    provider_id: 2,
    service_name: 'Domov Na Stráni',
    provider_name: 'Domov Na Stráni Jaroměř',
    kind_code: 'domov_pro_seniory',
    kind_name: 'Domovy pro seniory',
    year_from: 2027,
    year_to: 2029,
    service_capacity: 40,
    service_capacity_unit: 'lůžka',
    title: 'Rozvoj',
    summary: '',
    status: 'evaluated',
    status_name: 'Hodnocený',
    region_note: '',
    total_cost: 200000,
    intentions: [intention(31, 'Dvě lůžka navíc'), intention(32, 'Nová forma')],
    costs: [],
    demand: [],
    evaluation: null,
    effect: { proposed: [], network_decisions: [] },
    allowed: ['decide'],
    ...over,
  }) as DevPlan;

function show(p: DevPlan): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <DecisionCard plan={p} />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function type(el: HTMLElement | null, value: string) {
  if (!el) throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('DecisionCard', { timeout: 30_000 }, () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    document.body.innerHTML = '';
    decideDevPlan.mockClear();
  });

  it('sends the plan decision with a decision per intention, and needs a reason', async () => {
    view = show(plan({}));
    const save = byTestId(view.container, 'dev-decision-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    // the decision date as Czech readers write it (an antd date picker, not the browser's own date field)
    const date = view.container.querySelector(
      '[data-testid="dev-decided-on"] input, input[data-testid="dev-decided-on"]',
    );
    expect((date as HTMLInputElement).value).toMatch(/^\d{1,2}\. \d{1,2}\. \d{4}$/);
    click(byTestId(view.container, 'dev-decision-not_support'));
    type(byTestId(view.container, 'dev-decision-reason'), 'Nepokrývá potřebu v území.');
    expect(save.disabled).toBe(false);
    await act(async () => {
      save.click();
    });
    expect(decideDevPlan).toHaveBeenCalledTimes(1);
    const [id, body] = decideDevPlan.mock.calls[0];
    expect(id).toBe(5);
    expect(body).toMatchObject({
      decision: 'not_support',
      reason: 'Nepokrývá potřebu v území.',
      intentions: [
        { id: 31, decision: 'not_support' },
        { id: 32, decision: 'not_support' },
      ],
    });
    expect(body.decided_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the decision once made, without the form', () => {
    view = show(
      plan({
        status: 'decided',
        allowed: [],
        evaluation: {
          total_score: 72.5,
          scores: [],
          decision: 'partly',
          decision_name: 'Podpořit částečně',
          decision_reason: 'Jen kapacita.',
          decided_on: '2026-11-30',
          effect_note: '',
        },
      }),
    );
    expect(byTestId(view.container, 'dev-decision-form')).toBeNull();
    expect(byTestId(view.container, 'dev-decision-name')?.textContent).toBe('Podpořit částečně');
    expect(view.container.textContent).toContain('30. 11. 2026');
  });
});
