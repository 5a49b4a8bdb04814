// The list of one's own sessions (GET /api/me/sessions): how its times and clients read. Pure functions;
// tests in __tests__/sessions.test.ts.
import type { SessionItem } from './types';

/**
 * A session's time in the UI language, in the time of the Czech Republic (where the platform's users are):
 * "6. 12. 2026 14:05" in Czech, "6 Dec 2026, 14:05" in English. Invalid or missing: "—".
 */
export function formatSessionTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const en = lang.startsWith('en');
  return new Intl.DateTimeFormat(en ? 'en-GB' : 'cs-CZ', {
    timeZone: 'Europe/Prague',
    day: 'numeric',
    month: en ? 'short' : 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
    .format(d)
    .replace(/\u00a0/g, ' ');
}

/** The sessions other than the one of this browser (the ones "end all other sessions" ends). */
export function otherSessions(items: readonly SessionItem[]): SessionItem[] {
  return items.filter((s) => !s.current);
}
