// What each step of a corrective action asks for in its dialog, and the request it sends. Every step
// but "start" needs a note: what was done (marking done), the evidence of a verification or the reason
// of a rejection; marking done can attach evidence files too.
import type { QActionEvent, QTransitionInput } from './types';

export type TransitionKind = 'start' | 'markDone' | 'verify' | 'reject';

export interface TransitionDialog {
  to: 'in_progress' | 'done' | 'verified';
  /** i18n keys under quality.actions */
  title: string;
  noteLabel: string;
  noteRequired: string;
  /** evidence files may be attached in the dialog */
  files: boolean;
}

const DIALOGS: Record<Exclude<TransitionKind, 'start'>, TransitionDialog> = {
  markDone: { to: 'done', title: 'doneTitle', noteLabel: 'doneNote', noteRequired: 'doneRequired', files: true },
  verify: {
    to: 'verified',
    title: 'verifyTitle',
    noteLabel: 'verificationNote',
    noteRequired: 'verificationRequired',
    files: false,
  },
  reject: {
    to: 'in_progress',
    title: 'rejectTitle',
    noteLabel: 'rejectReason',
    noteRequired: 'rejectRequired',
    files: false,
  },
};

/** The dialog of a step, or null for a step taken at once (start). */
export function transitionDialog(kind: TransitionKind): TransitionDialog | null {
  return kind === 'start' ? null : DIALOGS[kind];
}

/** The request of a step: the note trimmed; null when the note is required and blank. */
export function transitionBody(kind: TransitionKind, note: string | undefined, date?: string): QTransitionInput | null {
  const d = transitionDialog(kind);
  if (!d) return { to: 'in_progress' };
  const text = (note ?? '').trim();
  if (!text) return null;
  return { to: d.to, note: text, ...(date ? { date } : {}) };
}

/** What was reported done the last time the action was marked done (the newest such event), or null. */
export function lastDoneReport(history: readonly QActionEvent[]): QActionEvent | null {
  for (let i = history.length - 1; i >= 0; i -= 1)
    if (history[i].to_status === 'done' && history[i].note) return history[i];
  return null;
}
