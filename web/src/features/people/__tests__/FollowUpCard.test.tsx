// @vitest-environment happy-dom
// The follow-up of earlier meetings' actions: one already settled at this meeting shows how (its state and note)
// instead of buttons that make it look undone, and marking an open one done keeps the note already recorded.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import type { AgreedAction, MeetingDetail } from '../types';

const updateAgreedAction = vi.fn((_id: number, _body: unknown) => Promise.resolve({}));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  updateAgreedAction: (id: number, body: unknown) => updateAgreedAction(id, body),
}));
const { FollowUpCard } = await import('../pages/MeetingPage');

const action = (id: number, state: string, note: string): AgreedAction => ({
  id,
  meeting_id: 5,
  meeting_title: 'Setkání 5/8',
  meeting_date: '2026-08-22',
  text: `Úkol ${id}`,
  owner: 'Mgr. Jana Vlčková',
  due_on: '2026-10-21',
  state,
  follow_up_meeting_id: note ? 6 : null,
  follow_up_note: note,
});

const meeting = {
  meeting: { id: 6 },
  follow_ups: [action(9, 'done', 'Splněno, informace předány'), action(6, 'open', 'Trvá; doplní příště')],
} as unknown as MeetingDetail;

describe('FollowUpCard', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('shows a settled action as done with its note and offers buttons only for the open one', async () => {
    view = render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <FollowUpCard meeting={meeting} canManage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const rows = [...view.container.querySelectorAll('[data-testid="follow-up-row"]')];
    expect(rows).toHaveLength(2);
    expect(byTestId(rows[0], 'follow-up-settled')?.textContent).toContain('Splněno, informace předány');
    expect(byTestId(rows[0], 'follow-up-done')).toBeNull();
    click(byTestId(rows[1], 'follow-up-done'));
    await vi.waitFor(() => expect(updateAgreedAction).toHaveBeenCalled());
    expect(updateAgreedAction).toHaveBeenCalledWith(6, {
      state: 'done',
      follow_up_meeting_id: 6,
      follow_up_note: 'Trvá; doplní příště',
    });
  });
});
