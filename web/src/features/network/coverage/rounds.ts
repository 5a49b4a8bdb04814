// Coverage rounds as pure data: completeness, what the region may do with a round in its state, the order of the
// submissions (who needs attention first), and the default of a new round.
import type { CoverageRound, CoverageRoundStatus, CoverageSubmission } from './types';

export const ROUND_STATUSES: readonly CoverageRoundStatus[] = ['draft', 'open', 'locked'];

/** Submitted forms as a share of all, 0–100 (rounded down so that 100 means complete). */
export function roundPercent(r: Pick<CoverageRound, 'submitted' | 'total'>): number {
  if (r.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((r.submitted / r.total) * 100)));
}

/** Needs answered as a share of the card's needs, 0–100. */
export function answeredPercent(s: Pick<CoverageSubmission, 'answered' | 'needs'>): number {
  if (s.needs <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((s.answered / s.needs) * 100)));
}

export type RoundAction = 'edit' | 'open' | 'remind' | 'lock' | 'upload';

/** What a caller may do with a round: the region edits and opens a draft, reminds and locks an open round. */
export function roundActions(status: string, canManage: boolean, canRespond: boolean): RoundAction[] {
  const out: RoundAction[] = [];
  if (canManage && status === 'draft') out.push('edit', 'open');
  if (canManage && status === 'open') out.push('remind', 'lock');
  if (status === 'open' && (canManage || canRespond)) out.push('upload');
  return out;
}

/** Open forms before submitted ones, the least answered first, then by provider and service name. */
export function sortSubmissions(items: readonly CoverageSubmission[]): CoverageSubmission[] {
  const rank = (s: CoverageSubmission) => (s.status === 'submitted' ? 1 : 0);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      answeredPercent(a) - answeredPercent(b) ||
      a.provider_name.localeCompare(b.provider_name, 'cs') ||
      a.service_name.localeCompare(b.service_name, 'cs'),
  );
}

/** Newest rounds first (by the end of their period, then id). */
export function sortRounds(items: readonly CoverageRound[]): CoverageRound[] {
  return [...items].sort((a, b) => b.period_to.localeCompare(a.period_to) || b.id - a.id);
}

/** The round the map shows unless another is chosen: the newest locked round, else the newest. */
export function defaultMapRound(items: readonly CoverageRound[]): CoverageRound | undefined {
  const sorted = sortRounds(items);
  return sorted.find((r) => r.status === 'locked') ?? sorted[0];
}

/** A new round covers the last calendar year, answered within a month from today. */
export function newRoundDefaults(today: Date) {
  const year = today.getFullYear() - 1;
  const deadline = new Date(today.getTime() + 30 * 24 * 3600 * 1000);
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { year, period_from: `${year}-01-01`, period_to: `${year}-12-31`, deadline: iso(deadline) };
}
