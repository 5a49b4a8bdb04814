// @vitest-environment happy-dom
// The OSPOD staffing table: a snapshot's `children` (children in care, a number) is a column, not nested
// rows — read as tree data it took the whole application down.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../../i18n';
import { StaffingTable } from '../pages/OspodPage';
import type { QcSnapshot } from '../types';
import { render, type Rendered } from '../../../../test/render';

const ratio = (value: number): QcSnapshot['cases_ratio'] =>
  ({ ratio: value, state: 'within', norm: 40, fte_needed: null }) as QcSnapshot['cases_ratio'];

const SNAPSHOTS: QcSnapshot[] = [
  {
    id: 1,
    as_of: '2025-01-01',
    cases: 140,
    children: 210,
    note: '',
    workers: [{ name: 'A', job: 'sociální pracovnice', fte: 1 }],
    total_fte: 4,
    cases_ratio: ratio(35),
    children_ratio: ratio(52.5),
  },
  {
    id: 2,
    as_of: '2026-01-01',
    cases: 150,
    children: 236,
    note: '',
    workers: [{ name: 'B', job: 'sociální pracovnice', fte: 1 }],
    total_fte: 5,
    cases_ratio: ratio(30),
    children_ratio: ratio(47.2),
  },
] as QcSnapshot[];

describe('StaffingTable', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('writes numbers the Czech way: a thousands space and a decimal comma (not "11500" and "6.5")', () => {
    const big = [
      {
        ...SNAPSHOTS[1],
        id: 3,
        cases: 455,
        children: 11500,
        total_fte: 6.5,
        cases_ratio: ratio(70),
        children_ratio: ratio(1769.23),
      },
    ] as QcSnapshot[];
    view = render(<StaffingTable snapshots={big} />);
    const cells = [...view.container.querySelectorAll('tbody tr[data-row-key="3"] td')].map((c) =>
      c.textContent?.replace(/\s/g, ' ').trim(),
    );
    expect(cells).toEqual(expect.arrayContaining(['455', '11 500', '6,5']));
    expect(cells.some((c) => c?.startsWith('1 769,2'))).toBe(true);
    expect(cells).not.toContain('11500');
    expect(cells).not.toContain('6.5');
  });

  it('shows one row per snapshot, newest first, with the number of children as a value', () => {
    view = render(<StaffingTable snapshots={SNAPSHOTS} />);
    const rows = [...view.container.querySelectorAll('tbody tr[data-row-key]')];
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['2', '1']);
    const cells = (r: Element) => [...r.querySelectorAll('td')].map((c) => c.textContent?.trim());
    expect(cells(rows[0])).toEqual(expect.arrayContaining(['1. 1. 2026', '150', '236', '5']));
    expect(cells(rows[1])).toEqual(expect.arrayContaining(['1. 1. 2025', '140', '210', '4']));
  });
});
