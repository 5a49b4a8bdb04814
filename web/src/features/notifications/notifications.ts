// Pure logic of the notifications: the bell's badge, the order of the list, the preferences form.
import type { Notification, NotificationPreferences, NotificationPreferencesInput } from './types';

/** The badge text: nothing for none, "99+" past 99. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/** New items first, each group in the server's order (earliest due date first). */
export function newFirst(items: readonly Notification[]): Notification[] {
  return [...items.filter((i) => i.state === 'new'), ...items.filter((i) => i.state !== 'new')];
}

/** The i18n key of an item's kind ("benchmark.form_due" → "notifications.kinds.benchmark_form_due"). */
export function kindKey(kind: string): string {
  return `notifications.kinds.${kind.replace('.', '_')}`;
}

/** Whether the item is past its due date on `today` (YYYY-MM-DD). */
export function isPastDue(item: Notification, today: string): boolean {
  return item.due_date !== '' && item.due_date < today;
}

/** The preferences as the PUT body, with one kind's e-mail switched or the frequency changed. */
export function preferencesInput(
  prefs: NotificationPreferences,
  change: { kind?: string; email?: boolean; frequency?: string } = {},
): NotificationPreferencesInput {
  return {
    frequency: change.frequency ?? prefs.frequency,
    kinds: prefs.kinds.map((k) => ({
      kind: k.kind,
      email: change.kind === k.kind && change.email !== undefined ? change.email : k.email,
    })),
  };
}
