// @vitest-environment happy-dom
// The bell in the header: the unread count on its badge and in its label, the newest items in its popover
// with a link to the whole list; opening a new item marks it read.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import type { NotificationList } from '../types';

const markRead = vi.fn((_body: unknown) => Promise.resolve({ unread: 1 }));
let list: NotificationList = { items: [], unread: 0 };
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  useNotifications: () => ({ data: list, isLoading: false }),
  useMarkRead: () => ({ mutate: (body: unknown) => void markRead(body) }),
}));
const { NotificationBell } = await import('../components/NotificationBell');

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 30));
  });
}

/** Settles until `selector` is in the document: the popover's items load (lazily) when it first opens. */
async function settleUntil(selector: string) {
  for (let i = 0; i < 100 && !document.querySelector(selector); i++) await settle();
}

async function show(): Promise<Rendered> {
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <NotificationBell />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  await settle();
  return view;
}

describe('NotificationBell', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    markRead.mockClear();
  });

  it('counts the unread items and lists them, new first, with a link to all', async () => {
    list = {
      unread: 2,
      items: [
        {
          key: 'quality.action_overdue:12',
          kind: 'quality.action_overdue',
          title: 'Nápravné opatření „Zpracovat pravidla“ je po termínu (31. 10. 2025)',
          link: '/quality/actions/12',
          due_date: '2025-10-31',
          state: 'new',
        },
        {
          key: 'quality.action_overdue:20',
          kind: 'quality.action_overdue',
          title: 'Nápravné opatření „Postup“ je po termínu (28. 2. 2026)',
          link: '/quality/actions/20',
          due_date: '2026-02-28',
          state: 'read',
        },
        {
          key: 'quality.action_overdue:22',
          kind: 'quality.action_overdue',
          title: 'Nápravné opatření „Revidovat“ je po termínu (31. 1. 2026)',
          link: '/quality/actions/22',
          due_date: '2026-01-31',
          state: 'new',
        },
      ],
    };
    view = await show();
    const bell = byTestId(view.container, 'notification-bell');
    expect(bell?.getAttribute('aria-label')).toBe('2 nepřečtená upozornění');
    expect(byTestId(view.container, 'notification-count')?.textContent).toContain('2');
    click(bell);
    await settleUntil('[data-testid="notification-link"]');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="notification-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/quality/actions/12',
      '/quality/actions/22',
      '/quality/actions/20',
    ]);
    expect(document.querySelector('[data-testid="notifications-all"]')?.getAttribute('href')).toBe('/notifications');
    click(links[0]);
    await settle();
    expect(markRead).toHaveBeenCalledWith({ keys: ['quality.action_overdue:12'] });
  });

  it('shows no count and says nothing needs the user when the list is empty', async () => {
    list = { items: [], unread: 0 };
    view = await show();
    const bell = byTestId(view.container, 'notification-bell');
    expect(bell?.getAttribute('aria-label')).toBe('Upozornění');
    expect(view.container.querySelector('.ant-scroll-number')).toBeNull();
    click(bell);
    await settleUntil('[data-testid="notifications-empty"]');
    expect(document.querySelector('[data-testid="notifications-empty"]')?.textContent).toContain('Nic na vás nečeká');
  });
});
