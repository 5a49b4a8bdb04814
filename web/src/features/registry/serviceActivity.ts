// What the service detail links to beyond the registry: the benchmarking rounds a service has results in
// and a summary of its audits' corrective actions. Pure shaping of the API answers.
import type { components } from '../../api/schema';

type Scores = components['schemas']['BenchmarkServiceScores'];
type AuditSummary = components['schemas']['QAuditSummary'];

export interface ServiceRound {
  group_id: number;
  group_name: string;
  round_id: number;
  round_name: string;
  period_year: number;
  indicators: number; // indicators with a value in that round
}

/** Rounds with at least one indicator value of the service, newest first within each group. */
export function serviceRounds(scores: Scores | undefined): ServiceRound[] {
  if (!scores) return [];
  const out: ServiceRound[] = [];
  for (const g of scores.groups) {
    const byRound = new Map<number, ServiceRound>();
    for (const ind of g.indicators)
      for (const p of ind.points) {
        const r = byRound.get(p.round_id) ?? {
          group_id: g.group_id,
          group_name: g.group_name,
          round_id: p.round_id,
          round_name: p.round_name,
          period_year: p.period_year,
          indicators: 0,
        };
        if (p.value !== null && p.value !== undefined) r.indicators += 1;
        byRound.set(p.round_id, r);
      }
    out.push(
      ...[...byRound.values()]
        .filter((r) => r.indicators > 0)
        .sort((a, b) => b.period_year - a.period_year || b.round_id - a.round_id),
    );
  }
  return out;
}

/** Open and overdue corrective actions over a service's audits (the audit list carries both counts). */
export function actionTotals(audits: Pick<AuditSummary, 'open_actions' | 'overdue_actions'>[]): {
  open: number;
  overdue: number;
} {
  return audits.reduce((t, a) => ({ open: t.open + a.open_actions, overdue: t.overdue + a.overdue_actions }), {
    open: 0,
    overdue: 0,
  });
}
