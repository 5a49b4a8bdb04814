// @vitest-environment happy-dom
// The user's own sessions: each with its browser, address and times in the UI language, this one marked and
// without an end button; another one ends only after the confirmation, as do all the others at once.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import i18n from '../../../i18n';
import { SessionsTable } from '../components/SessionsTable';
import type { SessionItem } from '../types';
import { byTestId, click, render, type Rendered } from '../../../test/render';

const SESSIONS: SessionItem[] = [
  {
    id: 7,
    created_at: '2026-12-06T12:05:00Z',
    last_used_at: '2026-12-06T13:40:00Z',
    expires_at: '2026-12-06T14:10:00Z',
    ip: '127.0.0.1',
    user_agent: 'Firefox 128 · Windows',
    current: true,
  },
  {
    id: 4,
    created_at: '2026-12-05T08:00:00Z',
    last_used_at: '2026-12-05T09:15:00Z',
    expires_at: '2026-12-05T09:45:00Z',
    ip: '10.0.0.8',
    user_agent: '',
    current: false,
  },
];

// Popconfirm opens in a portal once clicked: wait for its button.
async function confirmButton(testId: string): Promise<HTMLElement> {
  for (let i = 0; i < 50; i++) {
    const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (el) return el;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
  throw new Error(`no ${testId}`);
}

describe('SessionsTable', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(async () => {
    view?.unmount();
    document.body.innerHTML = '';
    await i18n.changeLanguage('cs');
  });

  it('lists the sessions with their times in Czech, this one marked and without an end button', () => {
    view = render(<SessionsTable sessions={SESSIONS} onEnd={() => {}} onEndOthers={() => {}} />);
    const current = byTestId(view.container, 'session-7')!;
    expect(byTestId(current, 'session-client')?.textContent).toBe('Firefox 128 · Windows');
    expect(byTestId(current, 'session-current')?.textContent).toBe('tato relace');
    expect(byTestId(current, 'session-created')?.textContent).toBe('6. 12. 2026 13:05');
    expect(byTestId(current, 'session-last-used')?.textContent).toBe('6. 12. 2026 14:40');
    expect(byTestId(current, 'session-end-7')).toBeNull();
    const other = byTestId(view.container, 'session-4')!;
    expect(byTestId(other, 'session-client')?.textContent).toBe('neznámý klient');
    expect(byTestId(other, 'session-current')).toBeNull();
    expect(other.textContent).toContain('10.0.0.8');
    expect(byTestId(other, 'session-end-4')?.textContent?.replace(/\s/g, '')).toBe('Ukončit');
  });

  it('writes the times the English way in English', async () => {
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    view = render(<SessionsTable sessions={SESSIONS} onEnd={() => {}} onEndOthers={() => {}} />);
    const current = byTestId(view.container, 'session-7')!;
    expect(byTestId(current, 'session-created')?.textContent).toBe('6 Dec 2026, 13:05');
    expect(byTestId(current, 'session-current')?.textContent).toBe('this session');
  });

  it('ends another session only after the confirmation', async () => {
    const onEnd = vi.fn();
    view = render(<SessionsTable sessions={SESSIONS} onEnd={onEnd} onEndOthers={() => {}} />);
    click(byTestId(view.container, 'session-end-4'));
    expect(onEnd).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('Ukončit relaci neznámý klient? Kdo ji používá, bude odhlášen.');
    click(await confirmButton('session-end-confirm'));
    expect(onEnd).toHaveBeenCalledWith(4);
  });

  it('ends all other sessions after the confirmation, naming how many; disabled when there are none', async () => {
    const onEndOthers = vi.fn();
    view = render(<SessionsTable sessions={SESSIONS} onEnd={() => {}} onEndOthers={onEndOthers} />);
    click(byTestId(view.container, 'sessions-end-others'));
    expect(document.body.textContent).toContain('Ukončit ostatní relace (počet: 1)? Zůstanete přihlášeni jen zde.');
    click(await confirmButton('sessions-end-others-confirm'));
    expect(onEndOthers).toHaveBeenCalledTimes(1);
    view.unmount();
    view = render(<SessionsTable sessions={[SESSIONS[0]]} onEnd={() => {}} onEndOthers={onEndOthers} />);
    expect((byTestId(view.container, 'sessions-end-others') as HTMLButtonElement).disabled).toBe(true);
  });
});
