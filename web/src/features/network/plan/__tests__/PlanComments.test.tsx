// @vitest-environment happy-dom
// The plan's comment period: a municipality comments on a node (the text is required); the region answers an open
// comment, and a rejection needs a reason before anything is sent.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../../test/render';
import type { PlanComment, PlanDetail } from '../types';
import { node, planComment, planDetail } from './fixtures';
import { FeedbackHost } from '../../../../app/feedback';

const answerComment = vi.fn((_id: number, _body: unknown) => Promise.resolve({}));
const addComment = vi.fn((_id: number, _body: unknown) => Promise.resolve({}));
let comments: PlanComment[] = [];
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  answerComment: (id: number, body: unknown) => answerComment(id, body),
  addComment: (id: number, body: unknown) => addComment(id, body),
  usePlanComments: () => ({ data: { items: comments }, isPending: false, error: null, refetch: () => undefined }),
}));
const { PlanComments } = await import('../components/PlanComments');

async function show(detail: PlanDetail, staff: boolean, manages: boolean, nodeId?: number): Promise<Rendered> {
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <PlanComments
            detail={detail}
            staff={staff}
            manages={manages}
            nodeId={nodeId}
            onNodeChange={() => undefined}
          />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return view;
}

function type(el: Element | null, value: string) {
  if (!el) throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('PlanComments', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    answerComment.mockClear();
    addComment.mockClear();
  });

  it('tells a municipality or provider without a comment of its own that it has made none (not that the plan has none)', async () => {
    comments = [];
    view = await show(planDetail(), false, false);
    expect(byTestId(view.container, 'nwp-comments-empty')?.textContent).toContain(
      'Vaše organizace k plánu zatím nepodala žádnou připomínku.',
    );
    view.unmount();
    view = await show(planDetail(), true, true);
    expect(byTestId(view.container, 'nwp-comments-empty')?.textContent).toContain(
      'K plánu zatím nejsou žádné připomínky.',
    );
  });

  it('tells a reader of a municipality or provider in the comment period why it has no form', async () => {
    comments = [];
    view = await show(
      planDetail({ can_comment: false }, { status: 'comments', comments_until: '2099-12-31' }),
      false,
      false,
    );
    expect(byTestId(view.container, 'nwp-comment-form')).toBeNull();
    expect(byTestId(view.container, 'nwp-comments-read-only')?.textContent).toContain('s vaší rolí je můžete číst');
    view.unmount();
    view = await show(
      planDetail({ can_comment: true }, { status: 'comments', comments_until: '2099-12-31' }),
      false,
      false,
    );
    expect(byTestId(view.container, 'nwp-comments-read-only')).toBeNull();
    expect(byTestId(view.container, 'nwp-comment-form')).not.toBeNull();
  });

  it('lets a municipality comment on a node while the period runs, the text required', async () => {
    comments = [planComment({ mine: true, status: 'accepted', answered: true, answer: 'Doplníme.' })];
    const detail = planDetail(
      { can_comment: true, nodes: [node({ id: 3, code: '1.1.1', level: 'measure', title: 'Pečovatelská služba' })] },
      { can_manage: false },
    );
    view = await show(detail, false, false, 3);
    expect(view.container.textContent).toContain('Vidíte připomínky své organizace');
    expect(byTestId(view.container, 'nwp-comment-answer')?.textContent).toContain('Doplníme.');
    expect(byTestId(view.container, 'nwp-answer-form')).toBeNull();
    click(byTestId(view.container, 'nwp-comment-send'));
    expect(view.container.textContent).toContain('Napište text připomínky.');
    expect(addComment).not.toHaveBeenCalled();
    type(byTestId(view.container, 'nwp-comment-text'), 'Chybí Broumovsko.');
    click(byTestId(view.container, 'nwp-comment-send'));
    await settle();
    expect(addComment).toHaveBeenCalledWith(2, { text: 'Chybí Broumovsko.', node_id: 3 });
  }, 30_000);

  it('lets the region answer an open comment, a reason required for a rejection', async () => {
    comments = [planComment({ id: 5 }), planComment({ id: 6, status: 'partly', answered: true, answer: 'Částečně.' })];
    view = await show(planDetail(), true, true);
    const forms = view.container.querySelectorAll('[data-testid="nwp-answer-form"]');
    expect(forms.length).toBe(1);
    expect(byTestId(view.container, 'nwp-comment-form')).toBeNull();
    const form = forms[0];
    click(form.querySelector('[data-testid="nwp-answer-send"]'));
    expect(form.textContent).toContain('Zvolte, jak je připomínka vypořádána.');
    const rejected = [...form.querySelectorAll('label')].find((l) => l.textContent === 'Neakceptována');
    click(rejected?.querySelector('input') ?? null);
    click(form.querySelector('[data-testid="nwp-answer-send"]'));
    expect(form.textContent).toContain('uveďte odůvodnění');
    expect(answerComment).not.toHaveBeenCalled();
    type(form.querySelector('[data-testid="nwp-answer-text"]'), 'Rozpočet to nedovolí.');
    click(form.querySelector('[data-testid="nwp-answer-send"]'));
    await settle();
    expect(answerComment).toHaveBeenCalledWith(5, { status: 'rejected', answer: 'Rozpočet to nedovolí.' });
  }, 30_000);
});
