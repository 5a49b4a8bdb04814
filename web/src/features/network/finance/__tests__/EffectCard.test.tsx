// @vitest-environment happy-dom
// The effect card of a decided development plan: the region's note on what could not be proposed shows in it,
// and "no effect" only when there is neither a proposal, a recorded network decision nor a note (the card never
// contradicts the note).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../../i18n';
import { byTestId, render, type Rendered } from '../../../../test/render';
import { EffectCard } from '../components/EffectCard';
import type { DevPlan } from '../types';
import { FeedbackHost } from '../../../../app/feedback';

const NOTE = 'Síť roku 2027 zatím není založena; změnu kapacity zapište při jejím založení.';
const plan = (over: Partial<DevPlan>): DevPlan =>
  ({
    id: 5,
    service_id: 9,
    status: 'decided',
    intentions: [],
    evaluation: {
      total_score: 80,
      scores: [],
      decision: 'support',
      decision_name: 'Podpořit',
      decision_reason: 'Odpovídá potřebě.',
      decided_on: '2026-12-06',
      effect_note: NOTE,
    },
    effect: { proposed: [], network_decisions: [] },
    allowed: [],
    ...over,
  }) as DevPlan;

function show(p: DevPlan): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } })}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <EffectCard plan={p} />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('EffectCard', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('shows the note of a decision whose year is not set up, never "no effect" beside it', () => {
    view = show(plan({}));
    expect(byTestId(view.container, 'effect-note')?.textContent).toBe(NOTE);
    expect(byTestId(view.container, 'effect-none')).toBeNull();
    expect(view.container.textContent).not.toContain('nemá dopad');
  });

  it('says "no effect" when there is no proposal, no network decision and no note', () => {
    view = show(plan({ evaluation: { ...plan({}).evaluation!, effect_note: '' } }));
    expect(byTestId(view.container, 'effect-none')?.textContent).toBe('Rozhodnutí nemá dopad na síť.');
    expect(byTestId(view.container, 'effect-note')).toBeNull();
  });

  it('lists the recorded network decisions with the note beside them', () => {
    view = show(
      plan({
        effect: {
          proposed: [],
          network_decisions: [
            {
              id: 71,
              intention_id: 31,
              decided_on: '2026-12-06',
              year: 2026,
              kind: 'change',
              kind_name: 'Změna kapacity',
              capacity_before: 40,
              capacity_after: 42,
              capacity_unit: 'luzka',
            },
          ],
        } as DevPlan['effect'],
      }),
    );
    expect(byTestId(view.container, 'effect-network')?.textContent).toContain('Změna kapacity');
    expect(byTestId(view.container, 'effect-note')?.textContent).toBe(NOTE);
    expect(byTestId(view.container, 'effect-none')).toBeNull();
  });

  it('shows nothing before the plan is decided', () => {
    view = show(plan({ status: 'evaluated' }));
    expect(byTestId(view.container, 'dev-plan-effect')).toBeNull();
  });
});
