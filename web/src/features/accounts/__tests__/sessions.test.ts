// The list of one's own sessions: times in the UI language (Prague time), and which sessions are "the others".
import { describe, expect, it } from 'vitest';
import { formatSessionTime, otherSessions } from '../sessions';
import type { SessionItem } from '../types';

const item = (id: number, current: boolean): SessionItem => ({
  id,
  created_at: '2026-12-06T12:05:00Z',
  last_used_at: '2026-12-06T13:40:00Z',
  expires_at: '2026-12-06T14:10:00Z',
  ip: '127.0.0.1',
  user_agent: 'Firefox 128 · Windows',
  current,
});

describe('session times', () => {
  it('writes the date and time the Czech way in Czech and the British way in English, in Prague time', () => {
    expect(formatSessionTime('2026-12-06T12:05:00Z', 'cs')).toBe('6. 12. 2026 13:05');
    expect(formatSessionTime('2026-12-06T12:05:00Z', 'en')).toBe('6 Dec 2026, 13:05');
    // Summer time: UTC+2.
    expect(formatSessionTime('2026-07-01T08:30:00Z', 'cs')).toBe('1. 7. 2026 10:30');
    expect(formatSessionTime('2026-07-01T08:30:00Z', 'en-GB')).toBe('1 Jul 2026, 10:30');
  });
  it('shows a dash for a missing or broken time', () => {
    expect(formatSessionTime(null, 'cs')).toBe('—');
    expect(formatSessionTime('', 'en')).toBe('—');
    expect(formatSessionTime('not a time', 'cs')).toBe('—');
  });
});

describe('other sessions', () => {
  it('are every session but the current one', () => {
    expect(otherSessions([item(1, false), item(2, true), item(3, false)]).map((s) => s.id)).toEqual([1, 3]);
    expect(otherSessions([item(2, true)])).toEqual([]);
  });
});
