import { describe, expect, it } from 'vitest';
import { lastDoneReport, transitionBody, transitionDialog } from '../actionTransition';
import { transitionKind } from '../filters';
import type { QActionEvent } from '../types';

const event = (from_status: string, to_status: string, note: string, on_date = '2026-11-20'): QActionEvent => ({
  from_status,
  to_status,
  note,
  on_date,
  actor_kind: 'provider',
  user_name: 'Jana Nováková',
  at: '2026-11-20T10:00:00Z',
});

describe('corrective action steps', () => {
  it('marking done opens a dialog asking what was done, with files', () => {
    expect(transitionKind('in_progress', 'done')).toBe('markDone');
    expect(transitionDialog('markDone')).toEqual({
      to: 'done',
      title: 'doneTitle',
      noteLabel: 'doneNote',
      noteRequired: 'doneRequired',
      files: true,
    });
    expect(transitionDialog('verify')?.files).toBe(false);
    expect(transitionDialog('reject')?.to).toBe('in_progress');
    expect(transitionDialog('start')).toBeNull();
  });

  it('sends the note trimmed and refuses a blank one', () => {
    expect(transitionBody('markDone', '  Pravidla zpracována. ', '2026-11-20')).toEqual({
      to: 'done',
      note: 'Pravidla zpracována.',
      date: '2026-11-20',
    });
    expect(transitionBody('markDone', '   ')).toBeNull();
    expect(transitionBody('markDone', undefined)).toBeNull();
    expect(transitionBody('verify', 'Zápis z kontroly')).toEqual({ to: 'verified', note: 'Zápis z kontroly' });
    expect(transitionBody('reject', '')).toBeNull();
    expect(transitionBody('start', undefined)).toEqual({ to: 'in_progress' });
  });

  it('shows what was done the last time the action was marked done', () => {
    const history = [
      event('', 'open', ''),
      event('open', 'in_progress', ''),
      event('in_progress', 'done', 'První verze pravidel', '2026-10-01'),
      event('done', 'in_progress', 'Chybí podpisy'),
      event('in_progress', 'done', 'Pravidla podepsána všemi pracovníky', '2026-11-20'),
    ];
    expect(lastDoneReport(history)?.note).toBe('Pravidla podepsána všemi pracovníky');
    expect(lastDoneReport(history)?.on_date).toBe('2026-11-20');
    expect(lastDoneReport(history.slice(0, 2))).toBeNull();
  });
});
