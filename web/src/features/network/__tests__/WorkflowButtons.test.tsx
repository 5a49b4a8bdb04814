// @vitest-environment happy-dom
// The workflow buttons of a card version: only the steps the server allows; sending asks for a deadline and
// sends it; publishing asks first and then calls the route.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import type { Transition } from '../types';
import { FeedbackHost } from '../../../app/feedback';

const sendVersion = vi.fn((_id: number, _date: string) => Promise.resolve({ id: 12 }));
const publishVersion = vi.fn((_id: number) => Promise.resolve({ id: 12 }));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  sendVersion: (id: number, date: string) => sendVersion(id, date),
  publishVersion: (id: number) => publishVersion(id),
}));
const { WorkflowButtons } = await import('../components/WorkflowButtons');

function show(allowed: Transition[]): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <WorkflowButtons version={{ version_id: 12, card_id: 3, allowed }} />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const buttons = (v: Rendered) =>
  [...v.container.querySelectorAll('[data-testid^="workflow-"]')]
    .map((b) => b.getAttribute('data-testid'))
    .filter((x) => x !== 'workflow-error');

describe('WorkflowButtons', { timeout: 30_000 }, () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    document.body.innerHTML = '';
  });

  it('shows only the allowed steps', () => {
    view = show(['edit', 'send']);
    expect(buttons(view)).toEqual(['workflow-send']);
    expect(byTestId(view.container, 'workflow-send')?.textContent).toBe('Odeslat k připomínkám');
    view.unmount();
    view = show(['comment']);
    expect(byTestId(view.container, 'workflow')).toBeNull();
    view.unmount();
    view = show(['finalise', 'answer']);
    expect(buttons(view)).toEqual(['workflow-finalise']);
    view.unmount();
    view = show(['publish', 'new_version']);
    expect(buttons(view)).toEqual(['workflow-publish', 'workflow-new_version']);
  });

  it('sends for comments with the chosen deadline', async () => {
    view = show(['send']);
    click(byTestId(view.container, 'workflow-send'));
    await vi.waitFor(() => expect(byTestId(document.body, 'send-form')).not.toBeNull());
    expect(document.body.textContent).toContain('Karta bude rozeslána všem poskytovatelům');
    click(byTestId(document.body, 'send-save'));
    await vi.waitFor(() => expect(sendVersion).toHaveBeenCalled());
    const [id, date] = sendVersion.mock.calls[0];
    expect(id).toBe(12);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('publishes after the confirmation', async () => {
    view = show(['publish']);
    click(byTestId(view.container, 'workflow-publish'));
    await vi.waitFor(() => expect(document.body.textContent).toContain('Zveřejnit tuto verzi?'));
    const ok = [...document.body.querySelectorAll('.ant-modal-confirm button')].find(
      (b) => b.textContent === 'Zveřejnit',
    );
    await act(async () => click(ok ?? null));
    await vi.waitFor(() => expect(publishVersion).toHaveBeenCalledWith(12));
  });
});
