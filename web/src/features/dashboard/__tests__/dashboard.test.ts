import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  formStateKey,
  moreCount,
  planCards,
  roundProgress,
  showAllLink,
  waitingMessage,
} from '../dashboard';
import type { Dashboard } from '../types';

const emptyList = { items: [], total: 0 };

function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-01-20',
    benchmark: true,
    quality: true,
    open_rounds: [],
    forms_to_fill: emptyList,
    forms_to_review: emptyList,
    groups_waiting: [],
    actions_overdue: emptyList,
    actions_due_soon: emptyList,
    actions_to_verify: emptyList,
    audits_to_score: emptyList,
    audits_to_close: emptyList,
    overview: null,
    ...over,
  } as Dashboard;
}

const provider = { submit: true, manageBenchmark: false, assess: true };
const region = { submit: true, manageBenchmark: true, assess: true };
const reader = { submit: false, manageBenchmark: false, assess: false };

describe('planCards', () => {
  it('gives a provider forms to fill and open rounds, cards with work first', () => {
    const form = {
      round_id: 5,
      round_name: 'Kolo 2025',
      group_name: 'Pečovatelská služba',
      service_id: 9,
      service_name: 'PS Hronov',
      provider_name: 'Charita',
      status: '',
      deadline: '2026-03-31',
    };
    const d = dashboard({ forms_to_fill: { items: [form], total: 3 }, actions_overdue: { items: [], total: 2 } });
    const cards = planCards(d, provider);
    expect(cards.map((c) => c.key)).toEqual([
      'formsToFill',
      'actionsOverdue',
      'actionsDueSoon',
      'actionsToVerify',
      'auditsToScore',
      'auditsToClose',
    ]);
    expect(cards[0]).toEqual({ key: 'formsToFill', count: 3, empty: false });
    expect(cards.find((c) => c.key === 'formsToReview')).toBeUndefined();
  });

  it('gives the region the overview first and forms to review instead of forms to fill', () => {
    const d = dashboard({
      overview: {
        services_active: 1,
        providers: 1,
        audits_draft: 0,
        audits_closed: 0,
        actions_open: 0,
        actions_overdue: 0,
        rounds_open: 1,
        forms_submitted: 4,
      } as Dashboard['overview'],
      forms_to_review: { items: [], total: 4 },
    });
    const keys = planCards(d, region).map((c) => c.key);
    expect(keys[0]).toBe('overview');
    expect(keys[1]).toBe('formsToReview');
    expect(keys).not.toContain('formsToFill');
  });

  it('shows groups waiting only when there are some, and nothing of a module the caller cannot read', () => {
    const waiting = {
      group_id: 1,
      group_name: 'Pobytové služby',
      coordinator_name: 'Královéhradecký kraj',
      last_round_id: 4,
      last_round_name: 'Kolo 2024',
      last_period_year: 2024,
      next_meeting: '',
      can_manage: false,
    };
    expect(planCards(dashboard({ groups_waiting: [waiting] }), provider).map((c) => c.key)).toContain('groupsWaiting');
    expect(planCards(dashboard(), provider).map((c) => c.key)).not.toContain('groupsWaiting');
    expect(planCards(dashboard({ benchmark: false, quality: false }), provider)).toEqual([]);
    // A reader outside every group sees due actions but no cards of work it cannot do, nor empty rounds.
    expect(planCards(dashboard(), reader).map((c) => c.key)).toEqual(['actionsOverdue', 'actionsDueSoon']);
    // The region that runs groups is told when no round is open.
    expect(planCards(dashboard(), region).map((c) => c.key)).toContain('openRounds');
  });
});

describe('small shaping', () => {
  it('words the deadline', () => {
    expect(deadlineState(null)).toEqual({ key: 'none' });
    expect(deadlineState(-12)).toEqual({ key: 'passed', n: 12 });
    expect(deadlineState(0)).toEqual({ key: 'today' });
    expect(deadlineState(30)).toEqual({ key: 'left', n: 30 });
  });
  it('computes progress and the rest of a list', () => {
    expect(roundProgress({ services: 24, submitted: 11 })).toBe(46);
    expect(roundProgress({ services: 0, submitted: 0 })).toBe(0);
    expect(moreCount({ items: [1, 2], total: 7 })).toBe(5);
    expect(moreCount({ items: [1, 2], total: 2 })).toBe(0);
  });
  it('names form states and what a waiting member is told', () => {
    expect(formStateKey('')).toBe('notStarted');
    expect(formStateKey('reopened')).toBe('reopened');
    const w = {
      group_id: 1,
      group_name: 'G',
      coordinator_name: 'Kraj',
      last_round_id: null,
      last_round_name: '',
      last_period_year: null,
      next_meeting: '',
      can_manage: false,
    };
    expect(waitingMessage(w)).toEqual({ key: 'notAnnounced' });
    // the region that runs the group is not told to wait for itself: it opens the next round
    expect(waitingMessage({ ...w, can_manage: true })).toEqual({ key: 'openNext' });
    expect(waitingMessage({ ...w, can_manage: true, next_meeting: '2027-02-10' })).toEqual({ key: 'openNext' });
    expect(waitingMessage({ ...w, next_meeting: '2027-02-10' })).toEqual({ key: 'nextMeeting', date: '2027-02-10' });
  });
});

describe('show all', () => {
  const round = (id: number) => ({ round_id: id }) as Dashboard['open_rounds'][number];
  it('leads the forms of the one open round to that round, not to the benchmarking start page', () => {
    expect(showAllLink('formsToReview', { open_rounds: [round(11)] }, '/benchmarking')).toBe('/benchmarking/rounds/11');
    expect(showAllLink('formsToFill', { open_rounds: [round(11)] }, '/benchmarking')).toBe('/benchmarking/rounds/11');
  });
  it('keeps the general list with several open rounds or for other cards', () => {
    expect(showAllLink('formsToReview', { open_rounds: [round(11), round(12)] }, '/benchmarking')).toBe(
      '/benchmarking',
    );
    expect(showAllLink('actionsOverdue', { open_rounds: [round(11)] }, '/quality/actions?overdue=1')).toBe(
      '/quality/actions?overdue=1',
    );
  });
});
