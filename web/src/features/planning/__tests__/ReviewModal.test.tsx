// @vitest-environment happy-dom
// Recording a review: every active goal offers the seven allowed GAS levels with the client's own words beside
// the described ones; a review with a goal left unrated is not sent and names the goal; a rated one is sent with
// the levels chosen (fetch mocked).
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../i18n';
import { ReviewModal } from '../components/ReviewModal';
import type { ClientGoal } from '../types';
import { click, render, type Rendered } from '../../../test/render';
import { FeedbackHost } from '../../../app/feedback';

const goal = (id: number, wording: string, state = 'active'): ClientGoal => ({
  id,
  service_goal: { id: 9, code: 'TP1', title: 'Bydlení' },
  unlinked_reason: '',
  wording,
  steps: '',
  responsibilities: '',
  levels: {
    minus2: 'Neví, kam se obrátit',
    minus1: 'Ví o poradně',
    zero: 'Sama zavolá do poradny',
    plus1: 'Sama vyjedná splátky',
    plus2: 'Radí sousedům',
  },
  weight: 1,
  set_on: '2026-01-10',
  next_review_on: '2026-04-10',
  review_state: 'later',
  state,
  ended_on: '',
  latest: null,
  ratings: [],
});

const byTestIdAll = (id: string) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('ReviewModal', () => {
  let view: Rendered | undefined;
  let bodies: unknown[] = [];
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  beforeEach(() => {
    bodies = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
  });
  afterEach(() => {
    view?.unmount();
    vi.unstubAllGlobals();
  });

  const open = (onClose = () => {}) =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <>
          <FeedbackHost />
          <ReviewModal
            clientId={7}
            goals={[goal(1, 'Chci mít jistotu bydlení'), goal(2, 'Ukončený cíl', 'ended')]}
            onClose={onClose}
          />
        </>
      </QueryClientProvider>,
    );

  it('offers the allowed levels of the active goals with the client’s words', () => {
    view = open();
    expect(byTestIdAll('review-goal').map((g) => g.getAttribute('data-goal-id'))).toEqual(['1']);
    const levels = byTestIdAll('review-level').map((l) => l.textContent);
    expect(levels).toEqual([
      '+2 Mnohem lepší, než se čekalo: Radí sousedům',
      '+1 Lepší, než se čekalo: Sama vyjedná splátky',
      '0 Očekávaný výsledek: Sama zavolá do poradny',
      '−0,5 O něco méně, než se čekalo',
      '−1 Méně, než se čekalo: Ví o poradně',
      '−2 Výchozí stav: Neví, kam se obrátit',
      '−3 Horší než na začátku',
    ]);
  });

  it('names an unrated goal and sends nothing, then sends the chosen level', async () => {
    const onClose = vi.fn();
    view = open(onClose);
    const save = document.querySelector('[data-testid="review-save"]');
    click(save);
    expect(document.querySelector('[data-testid="review-unrated"]')?.textContent).toContain('Chci mít jistotu bydlení');
    expect(bodies).toEqual([]);
    click(document.querySelector('[data-testid="review-level"][data-level="1"]'));
    click(save);
    await flush();
    await flush();
    expect(bodies).toHaveLength(1);
    expect((bodies[0] as { ratings: unknown[] }).ratings).toEqual([{ client_goal_id: 1, level: 1, note: '' }]);
    expect(onClose).toHaveBeenCalled();
  });
});
