// @vitest-environment happy-dom
// The session dialog sends the changed session to PUT /sessions/{id} and shows the server's error at the field it
// names (not as a general alert).
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n';
import { SessionModal } from '../components/SessionModal';
import type { Session } from '../types';
import { byTestId, click, render, type Rendered } from '../../../test/render';

const SESSION: Session = {
  id: 31,
  module: {
    id: 4,
    code: 'M1',
    title: 'Komunikace s klientem',
    hours: 8,
    accredited: true,
    in_house: false,
    organiser_org_id: 2,
    organiser_name: 'Královéhradecký kraj',
  },
  held_on: '2026-05-06',
  time_from: '08:30',
  time_to: '15:00',
  place: 'Náchod',
  capacity: 15,
  registered: 6,
  waiting: 0,
  lecturer: 'Mgr. Nováková',
  state: 'open',
  cost: 2500,
  run_label: 'Běh 1',
  can_manage: true,
};

async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => new Promise((r) => setTimeout(r, 10)));
}

describe('SessionModal', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    vi.unstubAllGlobals();
  });

  it('sends the changed session and shows the server error at its field', async () => {
    const bodies: { url: string; method: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        bodies.push({ url, method: init.method ?? 'GET', body: JSON.parse(String(init.body)) });
        return new Response(
          JSON.stringify({ error: { code: 'invalid_input', message: 'Místo je příliš dlouhé.', field: 'place' } }),
          { status: 422, headers: { 'Content-Type': 'application/json' } },
        );
      }),
    );
    const qc = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const onClose = vi.fn();
    view = render(
      <QueryClientProvider client={qc}>
        <SessionModal moduleId={4} session={SESSION} onClose={onClose} />
      </QueryClientProvider>,
    );
    await settle();
    expect(document.body.textContent).toContain('Upravit termín');
    click(byTestId(document.body, 'session-form-save'));
    await settle();
    expect(bodies).toEqual([
      {
        url: '/api/people/sessions/31',
        method: 'PUT',
        body: {
          held_on: '2026-05-06',
          time_from: '08:30',
          time_to: '15:00',
          place: 'Náchod',
          capacity: 15,
          lecturer: 'Mgr. Nováková',
          cost: 2500,
          run_label: 'Běh 1',
        },
      },
    ]);
    const place = byTestId(document.body, 'session-form-place')?.closest('.ant-form-item');
    expect(place?.textContent).toContain('Místo je příliš dlouhé.');
    expect(document.body.querySelector('.ant-alert')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});
