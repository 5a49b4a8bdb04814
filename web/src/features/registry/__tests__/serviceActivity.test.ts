import { describe, expect, it } from 'vitest';
import { actionTotals, serviceRounds } from '../serviceActivity';

const point = (round_id: number, period_year: number, value: number | null) => ({
  round_id,
  round_name: `Kolo ${period_year}`,
  period_year,
  round_kind: 'full',
  value,
  missing_reason: value === null ? 'missing: costs_total' : '',
  peer_key: 'kind=4',
  suppressed: false,
  n: 12,
  peer_median: 1,
  peer_q1: 1,
  peer_q3: 1,
  percent_rank: 0.5,
  z_score: 0,
  reserve_median: null,
  reserve_best: null,
});

describe('serviceRounds', () => {
  it('lists each round with values once per group, newest first, and leaves out rounds without a value', () => {
    const scores = {
      service_id: 7,
      service_name: 'PS Hronov',
      provider_name: 'Charita',
      kind_code: '4',
      quantile_method: 'type7',
      groups: [
        {
          group_id: 3,
          group_name: 'Pečovatelská služba',
          audience: 'full',
          indicators: [
            {
              code: 'cost_per_client',
              name: 'Náklady na klienta',
              unit: 'Kč',
              direction: 'lower',
              points: [point(10, 2023, 51000), point(11, 2024, 56000), point(12, 2025, null)],
            },
            {
              code: 'high_need_share',
              name: 'Podíl',
              unit: '%',
              direction: 'higher',
              points: [point(10, 2023, 31), point(11, 2024, null), point(12, 2025, null)],
            },
          ],
        },
      ],
    };
    expect(serviceRounds(scores as never)).toEqual([
      {
        group_id: 3,
        group_name: 'Pečovatelská služba',
        round_id: 11,
        round_name: 'Kolo 2024',
        period_year: 2024,
        indicators: 1,
      },
      {
        group_id: 3,
        group_name: 'Pečovatelská služba',
        round_id: 10,
        round_name: 'Kolo 2023',
        period_year: 2023,
        indicators: 2,
      },
    ]);
    expect(serviceRounds(undefined)).toEqual([]);
  });
});

describe('actionTotals', () => {
  it('adds the open and overdue actions of the audits', () => {
    expect(
      actionTotals([
        { open_actions: 3, overdue_actions: 1 },
        { open_actions: 2, overdue_actions: 2 },
      ]),
    ).toEqual({ open: 5, overdue: 3 });
    expect(actionTotals([])).toEqual({ open: 0, overdue: 0 });
  });
});
