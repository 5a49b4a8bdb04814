// @vitest-environment happy-dom
// Comments on a card version: the region sees them grouped by part and answers the open ones (a reason for a
// rejected one); a provider writes new ones, edits its own open ones and sees the region's answers.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import type { CardComment, Transition } from '../types';
import { comment, version } from './fixtures';
import { FeedbackHost } from '../../../app/feedback';

const answerComment = vi.fn((_id: number, _body: unknown) => Promise.resolve({}));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  answerComment: (id: number, body: unknown) => answerComment(id, body),
}));
const { CommentsPanel } = await import('../components/CommentsPanel');

function show(allowed: Transition[], comments: CardComment[], ownOnly = false): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <CommentsPanel version={version({ allowed })} comments={comments} ownOnly={ownOnly} />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function type(el: Element | null, value: string) {
  if (!el) throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CommentsPanel', { timeout: 30_000 }, () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('groups the comments by part in the order of the card and answers only the open ones', () => {
    view = show(
      ['answer', 'finalise'],
      [
        comment({ id: 7, part: 'need:food', text: 'Obědy i o víkendu.' }),
        comment({ id: 8, part: 'general', status: 'accepted', answer: 'Doplněno.', answered_at: '2026-12-04' }),
        comment({ id: 9, part: 'need:hygiene', author_org_name: 'Domov Dvůr Králové' }),
      ],
    );
    const groups = [...view.container.querySelectorAll('[data-testid="comment-group"]')];
    expect(groups.map((g) => g.getAttribute('data-part'))).toEqual(['general', 'need:hygiene', 'need:food']);
    expect(groups[0].textContent).toContain('Karta jako celek');
    expect(groups[1].textContent).toContain('Osobní hygiena');
    expect(groups[1].textContent).toContain('Domov Dvůr Králové');
    expect(byTestId(groups[0], 'answer-form')).toBeNull();
    expect(byTestId(groups[0], 'comment-answer')?.textContent).toContain('Doplněno.');
    expect(byTestId(groups[0], 'comment-status')?.textContent).toBe('Akceptována');
    expect(byTestId(groups[2], 'answer-form')).not.toBeNull();
    expect(byTestId(view.container, 'comment-form')).toBeNull();
  });

  it('asks for a reason before rejecting and then sends the answer', async () => {
    view = show(['answer'], [comment({ id: 7 })]);
    const radio = view.container.querySelector('[data-testid="answer-status"] input[value="rejected"]');
    click(radio);
    click(byTestId(view.container, 'answer-send'));
    expect(byTestId(view.container, 'answer-problem')?.textContent).toBe(
      'U neakceptované nebo částečně akceptované připomínky uveďte odůvodnění.',
    );
    expect(answerComment).not.toHaveBeenCalled();
    type(byTestId(view.container, 'answer-text'), ' Víkendy služba nezajišťuje. ');
    click(byTestId(view.container, 'answer-send'));
    await vi.waitFor(() =>
      expect(answerComment).toHaveBeenCalledWith(7, { status: 'rejected', answer: 'Víkendy služba nezajišťuje.' }),
    );
  });

  it('lets a provider comment, edit its own open comment and read the answers', () => {
    view = show(
      ['comment'],
      [
        comment({ id: 1, mine: true, can_edit: true }),
        comment({ id: 2, mine: true, status: 'partly', answer: 'Částečně, jen ve městě.' }),
      ],
    );
    expect(byTestId(view.container, 'comment-form')).not.toBeNull();
    expect(view.container.textContent).toContain('Připomínky lze podávat do 31. 12. 2026.');
    const items = [...view.container.querySelectorAll('[data-testid="comment"]')];
    expect(byTestId(items[0], 'comment-edit')).not.toBeNull();
    expect(byTestId(items[1], 'comment-edit')).toBeNull();
    expect(byTestId(items[1], 'comment-answer')?.textContent).toContain('Částečně, jen ve městě.');
    expect(byTestId(view.container, 'answer-form')).toBeNull();
  });

  it('says when there are no comments', () => {
    view = show([], []);
    expect(byTestId(view.container, 'comments-empty')?.textContent).toContain('zatím nejsou žádné připomínky');
  });

  it('tells a provider that its own organisation has not commented yet (others may have)', () => {
    view = show(['comment'], [], true);
    expect(byTestId(view.container, 'comments-empty')?.textContent).toContain(
      'Vaše organizace k této verzi zatím nepodala žádnou připomínku',
    );
  });
});
