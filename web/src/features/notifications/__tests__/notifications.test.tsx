// @vitest-environment happy-dom
// The notifications' pure logic (badge, order, the preferences body) and the list the bell and the page show:
// titles linking to their pages, new ones marked, overdue ones in red, the empty state.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import { NotificationItems } from '../components/NotificationItems';
import { badgeText, isPastDue, kindKey, newFirst, preferencesInput } from '../notifications';
import type { Notification, NotificationPreferences } from '../types';

const ITEMS: Notification[] = [
  {
    key: 'quality.action_overdue:12',
    kind: 'quality.action_overdue',
    title: 'Nápravné opatření „Zpracovat vnitřní pravidla“ je po termínu (31. 10. 2025)',
    link: '/quality/actions/12',
    due_date: '2025-10-31',
    state: 'read',
  },
  {
    key: 'benchmark.form_due:3:41',
    kind: 'benchmark.form_due',
    title: 'Odevzdejte formulář „Azylový dům“ (Kolo 2025) do 20. 1. 2027',
    link: '/benchmarking/rounds/3/services/41',
    due_date: '2027-01-20',
    state: 'new',
  },
];

describe('notification rules', () => {
  it('shows the unread count on the badge, nothing for none, 99+ past 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(140)).toBe('99+');
  });
  it('lists new items first, keeping the server order within each', () => {
    expect(newFirst(ITEMS).map((i) => i.key)).toEqual(['benchmark.form_due:3:41', 'quality.action_overdue:12']);
  });
  it('names the kind and tells an item past its due date', () => {
    expect(kindKey('quality.action_overdue')).toBe('notifications.kinds.quality_action_overdue');
    expect(isPastDue(ITEMS[0], '2026-12-06')).toBe(true);
    expect(isPastDue(ITEMS[1], '2026-12-06')).toBe(false);
  });
  it('builds the preferences body with one kind switched or the frequency changed', () => {
    const prefs: NotificationPreferences = {
      kinds: [
        { kind: 'quality.action_due', email: true, label: 'x' },
        { kind: 'quality.action_overdue', email: true, label: 'y' },
      ],
      frequency: 'daily',
      email: 'a@b.cz',
      language: 'cs',
    };
    expect(preferencesInput(prefs, { kind: 'quality.action_due', email: false })).toEqual({
      frequency: 'daily',
      kinds: [
        { kind: 'quality.action_due', email: false },
        { kind: 'quality.action_overdue', email: true },
      ],
    });
    expect(preferencesInput(prefs, { frequency: 'immediate' }).frequency).toBe('immediate');
  });
});

describe('NotificationItems', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });

  it('lists each title as a link to its page, marks new ones and opens an item', async () => {
    const onOpen = vi.fn();
    view = render(
      <MemoryRouter>
        <NotificationItems items={newFirst(ITEMS)} today="2026-12-06" onOpen={onOpen} />
      </MemoryRouter>,
    );
    const items = view.container.querySelectorAll('[data-testid="notification-item"]');
    expect(items).toHaveLength(2);
    expect(items[0].getAttribute('data-state')).toBe('new');
    const links = [...view.container.querySelectorAll<HTMLAnchorElement>('[data-testid="notification-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/benchmarking/rounds/3/services/41',
      '/quality/actions/12',
    ]);
    expect(links[1].textContent).toContain('je po termínu');
    expect(items[0].textContent).toContain('nové');
    expect(items[0].textContent).toContain('termín 20. 1. 2027');
    expect(items[1].textContent).toContain('Po termínu');
    click(links[0]);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: 'benchmark.form_due:3:41' }));
  });

  it('says so when nothing needs the user', async () => {
    view = render(
      <MemoryRouter>
        <NotificationItems items={[]} today="2026-12-06" />
      </MemoryRouter>,
    );
    expect(byTestId(view.container, 'notifications-empty')?.textContent).toContain('Nic na vás nečeká');
  });
});
