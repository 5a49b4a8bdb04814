// @vitest-environment happy-dom
// Recording a decision on a year's network: the form names each problem by its field before anything is sent, then
// sends the capacity change with the reason and who decided.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../../test/render';
import { entry } from './fixtures';
import { FeedbackHost } from '../../../../app/feedback';

const recordDecision = vi.fn((_year: number, _body: unknown) => Promise.resolve({}));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  recordDecision: (year: number, body: unknown) => recordDecision(year, body),
}));
vi.mock('../../../registry/api', () => ({
  useCatalogues: () => ({ data: undefined, isLoading: false }),
}));
const { DecisionModal } = await import('../components/DecisionModal');

function type(el: Element | null, value: string) {
  if (!el) throw new Error('no field');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('DecisionModal', () => {
  let view: Rendered | undefined;
  const onClose = vi.fn();
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    recordDecision.mockClear();
  });

  it('checks the reason and the capacity, then sends the change', async () => {
    view = render(
      <QueryClientProvider client={new QueryClient()}>
        <>
          <FeedbackHost />
          <DecisionModal
            yearId={3}
            entries={[entry({ service_id: 1, capacity: 100 })]}
            candidates={[]}
            initial={{ kind: 'change', service_id: 1 }}
            onClose={onClose}
          />
        </>
      </QueryClientProvider>,
    );
    const doc = document.body;
    expect(byTestId(doc, 'nwp-decision-now')?.textContent).toBe('Nyní v síti: 100 klienti');
    click(byTestId(doc, 'nwp-decision-save'));
    expect(doc.textContent).toContain('Uveďte důvod rozhodnutí.');
    expect(doc.textContent).toContain('Kapacita, jednotka i území jsou stejné jako dosud.');
    expect(recordDecision).not.toHaveBeenCalled();

    type(byTestId(doc, 'nwp-decision-capacity'), '0');
    expect(doc.textContent).toContain('Kapacita musí být kladné číslo.');
    type(byTestId(doc, 'nwp-decision-capacity'), '120');
    type(byTestId(doc, 'nwp-decision-reason'), 'Nové středisko v Broumově');
    type(byTestId(doc, 'nwp-decision-by'), 'Rada kraje, usnesení RK/12/2026');
    click(byTestId(doc, 'nwp-decision-save'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(recordDecision).toHaveBeenCalledTimes(1);
    const [year, body] = recordDecision.mock.calls[0];
    expect(year).toBe(3);
    expect(body).toMatchObject({
      service_id: 1,
      kind: 'change',
      reason: 'Nové středisko v Broumově',
      decided_by_text: 'Rada kraje, usnesení RK/12/2026',
      capacity_after: 120,
      capacity_unit: 'klient',
    });
    expect(body).not.toHaveProperty('territories_after');
    expect(onClose).toHaveBeenCalled();
  }, 30_000);

  it('starts a change from the registered capacity when the registry comparison asks for it', async () => {
    view = render(
      <QueryClientProvider client={new QueryClient()}>
        <>
          <FeedbackHost />
          <DecisionModal
            yearId={3}
            entries={[entry({ service_id: 1, capacity: 100 })]}
            candidates={[]}
            initial={{ kind: 'change', service_id: 1, capacity: 92.5, unit: 'klient' }}
            onClose={onClose}
          />
        </>
      </QueryClientProvider>,
    );
    const doc = document.body;
    expect(byTestId(doc, 'nwp-decision-now')?.textContent).toBe('Nyní v síti: 100 klienti');
    expect((byTestId(doc, 'nwp-decision-capacity') as HTMLInputElement).value).toBe('92,5');
    type(byTestId(doc, 'nwp-decision-reason'), 'Kapacita podle registru');
    click(byTestId(doc, 'nwp-decision-save'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(recordDecision).toHaveBeenCalledTimes(1);
    expect(recordDecision.mock.calls[0][1]).toMatchObject({ service_id: 1, kind: 'change', capacity_after: 92.5 });
  }, 30_000);
});
