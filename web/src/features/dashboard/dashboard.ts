// Pure shaping of the dashboard: which cards a caller gets (in the order of what to do first), the
// deadline wording and the progress of a round. Components only render what these return.
import type { Dashboard, DashGroupWaiting, DashRound } from './types';

export type CardKey =
  | 'formsToFill'
  | 'openRounds'
  | 'formsToReview'
  | 'groupsWaiting'
  | 'actionsOverdue'
  | 'actionsDueSoon'
  | 'actionsToVerify'
  | 'auditsToScore'
  | 'auditsToClose'
  | 'overview';

export interface CardPlan {
  key: CardKey;
  count: number; // items behind the card (its total), for the badge
  empty: boolean; // nothing to do: the card shows what to do next instead
}

/** Whether the caller may fill forms or verify actions is already in the lists; permissions only decide
 * which cards make sense at all (a reader of benchmarking without forms still sees "no forms to fill"). */
export function planCards(
  d: Dashboard,
  perms: { submit: boolean; manageBenchmark: boolean; assess: boolean },
): CardPlan[] {
  const cards: CardPlan[] = [];
  const add = (key: CardKey, count: number, show: boolean) => {
    if (show) cards.push({ key, count, empty: count === 0 });
  };
  if (d.overview) cards.push({ key: 'overview', count: 0, empty: false });
  if (d.benchmark) {
    add('formsToFill', d.forms_to_fill.total, perms.submit && !perms.manageBenchmark);
    add('formsToReview', d.forms_to_review.total, perms.manageBenchmark);
    // Only for who takes part in or runs a group: an auditor or a municipal office reading benchmarking has none.
    add(
      'openRounds',
      d.open_rounds.length,
      d.open_rounds.length > 0 || d.groups_waiting.length > 0 || perms.manageBenchmark,
    );
    add('groupsWaiting', d.groups_waiting.length, d.groups_waiting.length > 0);
  }
  if (d.quality) {
    add('actionsOverdue', d.actions_overdue.total, true);
    add('actionsDueSoon', d.actions_due_soon.total, true);
    add('actionsToVerify', d.actions_to_verify.total, perms.assess);
    add('auditsToScore', d.audits_to_score.total, perms.assess);
    add('auditsToClose', d.audits_to_close.total, perms.assess);
  }
  // Work first, then what is done: cards with items before empty ones, the overview always on top.
  return [
    ...cards.filter((c) => c.key === 'overview'),
    ...cards.filter((c) => c.key !== 'overview' && !c.empty),
    ...cards.filter((c) => c.key !== 'overview' && c.empty),
  ];
}

export type DeadlineState =
  { key: 'none' } | { key: 'passed'; n: number } | { key: 'today' } | { key: 'left'; n: number };

export function deadlineState(daysLeft: number | null | undefined): DeadlineState {
  if (daysLeft === null || daysLeft === undefined) return { key: 'none' };
  if (daysLeft < 0) return { key: 'passed', n: -daysLeft };
  if (daysLeft === 0) return { key: 'today' };
  return { key: 'left', n: daysLeft };
}

/** Share of the round's forms (that the caller sees) already submitted, 0–100. */
export function roundProgress(r: Pick<DashRound, 'services' | 'submitted'>): number {
  return r.services > 0 ? Math.round((r.submitted / r.services) * 100) : 0;
}

/** The key of a form's state: not started, draft, reopened, submitted. */
export function formStateKey(status: string): 'notStarted' | 'draft' | 'reopened' | 'submitted' {
  if (status === 'submitted' || status === 'draft' || status === 'reopened') return status;
  return 'notStarted';
}

/** What is said of a group without an open round: who runs it is to open the next one; a member is told
 * the next meeting when one is recorded, else that the coordinator has not announced the next round. */
export function waitingMessage(w: DashGroupWaiting): {
  key: 'nextMeeting' | 'notAnnounced' | 'openNext';
  date?: string;
} {
  if (w.can_manage) return { key: 'openNext' };
  return w.next_meeting ? { key: 'nextMeeting', date: w.next_meeting } : { key: 'notAnnounced' };
}

/** "3 more" under a list that shows fewer items than its total. */
export function moreCount(list: { items: unknown[]; total: number }): number {
  return Math.max(0, list.total - list.items.length);
}

/**
 * Where a card's "show all" leads: the forms of the one open round go to that round's page (its list of
 * services and forms), not to the benchmarking start page; otherwise the card's general list.
 */
export function showAllLink(
  key: CardKey,
  d: Pick<Dashboard, 'open_rounds'>,
  general: string | undefined,
): string | undefined {
  if ((key === 'formsToReview' || key === 'formsToFill' || key === 'openRounds') && d.open_rounds.length === 1)
    return `/benchmarking/rounds/${d.open_rounds[0].round_id}`;
  return general;
}
