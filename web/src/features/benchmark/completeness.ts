// How complete a round is: per service (required items filled) and over the round (forms submitted).
import type { BmServiceProgress } from './types';

export type SubmissionStatus = 'not_started' | 'draft' | 'submitted' | 'reopened';
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['not_started', 'draft', 'reopened', 'submitted'];

/** Share of required items filled, 0–100 (rounded down, so 100 means complete); no required item = 100. */
export function completionPercent(filled: number, required: number): number {
  if (required <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((filled / required) * 100)));
}

export interface RoundProgress {
  total: number;
  submitted: number;
  /** Submitted forms as a share of all, 0–100. */
  percentSubmitted: number;
  /** Required items filled over all services, 0–100. */
  percentFilled: number;
  byStatus: Record<SubmissionStatus, number>;
  /** Forms being filled in (draft or reopened) that could not be submitted as they are. */
  withErrors: number;
}

export function roundProgress(services: readonly BmServiceProgress[]): RoundProgress {
  const byStatus: Record<SubmissionStatus, number> = { not_started: 0, draft: 0, submitted: 0, reopened: 0 };
  let filled = 0;
  let required = 0;
  let withErrors = 0;
  for (const s of services) {
    const st = (SUBMISSION_STATUSES as readonly string[]).includes(s.status) ? (s.status as SubmissionStatus) : 'draft';
    byStatus[st] += 1;
    filled += Math.min(s.filled, s.required);
    required += s.required;
    if (s.errors > 0 && (st === 'draft' || st === 'reopened')) withErrors += 1;
  }
  const total = services.length;
  return {
    total,
    submitted: byStatus.submitted,
    percentSubmitted: total ? Math.floor((byStatus.submitted / total) * 100) : 0,
    percentFilled: completionPercent(filled, required),
    byStatus,
    withErrors,
  };
}

/** Who needs attention first: not submitted before submitted, then the least complete, then by name. */
export function sortByAttention(services: readonly BmServiceProgress[]): BmServiceProgress[] {
  const rank = (s: BmServiceProgress) => (s.status === 'submitted' ? 1 : 0);
  return [...services].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      completionPercent(a.filled, a.required) - completionPercent(b.filled, b.required) ||
      a.service_name.localeCompare(b.service_name, 'cs'),
  );
}

export function statusColor(status: string): string {
  switch (status) {
    case 'submitted':
      return 'success';
    case 'draft':
      return 'processing';
    case 'reopened':
      return 'warning';
    default:
      return 'default';
  }
}
