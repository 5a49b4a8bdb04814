// What the single-session form and the project parts' forms send, the checks of the session form, and the paths
// they are sent to (PUT/DELETE by the part's own id; fetch mocked).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import {
  createSession,
  deleteProjectPart,
  updateBudgetLine,
  updateExpense,
  updateIndicator,
  updatePublicity,
  updateSession,
} from '../api';
import { normaliseTime, sessionFields, sessionInput } from '../components/SessionModal';
import {
  budgetLineInput,
  expenseInput,
  indicatorInput,
  publicityFields,
  publicityInput,
} from '../components/projectParts';

interface Call {
  url: string;
  method: string;
  body: unknown;
}
let calls: Call[] = [];

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify({}), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const t = ((k: string) => k) as unknown as TFunction;

describe('the session form', () => {
  it('sends a new session with its module and first state, a changed one without them', () => {
    const v = {
      held_on: '2026-04-14',
      time_from: '8:30',
      time_to: '15:00',
      place: ' Trutnov ',
      capacity: 12,
      lecturer: 'Mgr. Nováková',
      cost: null,
      run_label: 'Běh 2',
      state: 'open',
    };
    expect(sessionInput(v, 7)).toEqual({
      module_id: 7,
      state: 'open',
      held_on: '2026-04-14',
      time_from: '08:30',
      time_to: '15:00',
      place: 'Trutnov',
      capacity: 12,
      lecturer: 'Mgr. Nováková',
      cost: 0,
      run_label: 'Běh 2',
    });
    expect(sessionInput({ ...v, cost: 2500 })).toEqual({
      held_on: '2026-04-14',
      time_from: '08:30',
      time_to: '15:00',
      place: 'Trutnov',
      capacity: 12,
      lecturer: 'Mgr. Nováková',
      cost: 2500,
      run_label: 'Běh 2',
    });
    expect(sessionInput({ held_on: '2026-04-14', place: 'Náchod', capacity: 5, state: 'held' }, 3).state).toBe(
      'planned',
    );
    expect(normaliseTime(undefined)).toBe('');
    expect(normaliseTime('9:05')).toBe('09:05');
    expect(normaliseTime('25:00')).toBe('25:00');
  });

  it('asks for the state only of a new session and keeps the capacity above the places taken', () => {
    const fresh = sessionFields(t, { isNew: true, minCapacity: 0 });
    expect(fresh.map((f) => f.name)).toEqual([
      'held_on',
      'time_from',
      'time_to',
      'place',
      'capacity',
      'lecturer',
      'cost',
      'run_label',
      'state',
    ]);
    expect(fresh.filter((f) => f.required).map((f) => f.name)).toEqual(['held_on', 'place', 'capacity', 'state']);
    expect(fresh.find((f) => f.name === 'capacity')).toMatchObject({ min: 1, max: 500 });
    const changed = sessionFields(t, { isNew: false, minCapacity: 9 });
    expect(changed.map((f) => f.name)).not.toContain('state');
    expect(changed.find((f) => f.name === 'capacity')).toMatchObject({ min: 9, max: 500 });
  });

  it('checks the times: hh:mm and the end after the start', async () => {
    const fields = sessionFields(t, { isNew: false, minCapacity: 0 });
    const values: Record<string, unknown> = { time_from: '10:00' };
    const form = { getFieldValue: (n: string) => values[n] } as unknown as FormInstance;
    const check = async (name: string, value: string) => {
      for (const r of fields.find((f) => f.name === name)?.rules ?? []) {
        const rule = (typeof r === 'function' ? r(form) : r) as Exclude<FormRule, (...a: never[]) => unknown>;
        try {
          await rule.validator?.(rule as never, value, () => undefined);
        } catch (e) {
          return (e as Error).message;
        }
      }
      return 'ok';
    };
    expect(await check('time_from', '9:30')).toBe('ok');
    expect(await check('time_from', '')).toBe('ok');
    expect(await check('time_from', '24:00')).toBe('people.session.timeFormat');
    expect(await check('time_from', '9.30')).toBe('people.session.timeFormat');
    expect(await check('time_to', '12:15')).toBe('ok');
    expect(await check('time_to', '10:00')).toBe('people.session.timeOrder');
    expect(await check('time_to', '09:45')).toBe('people.session.timeOrder');
  });

  it('goes to POST /sessions and PUT /sessions/{id}', async () => {
    await createSession(sessionInput({ held_on: '2026-05-05', place: 'Náchod', capacity: 10, state: 'planned' }, 4));
    await updateSession(31, sessionInput({ held_on: '2026-05-06', place: 'Náchod', capacity: 14 }));
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/people/sessions',
      'PUT /api/people/sessions/31',
    ]);
    expect(calls[0].body).toMatchObject({ module_id: 4, state: 'planned', capacity: 10 });
    expect(calls[1].body).toEqual({
      held_on: '2026-05-06',
      time_from: '',
      time_to: '',
      place: 'Náchod',
      capacity: 14,
      lecturer: '',
      cost: 0,
      run_label: '',
    });
  });
});

describe('the project parts', () => {
  it('send only their own fields', () => {
    expect(
      budgetLineInput({ id: 3, category: 'personnel', title: ' Mzdy lektorů ', planned: 120000, spent: 5 }),
    ).toEqual({
      category: 'personnel',
      title: 'Mzdy lektorů',
      planned: 120000,
    });
    expect(expenseInput({ id: 8, budget_line_id: 3, spent_on: '2026-03-31', amount: 15400, note: undefined })).toEqual({
      budget_line_id: 3,
      spent_on: '2026-03-31',
      amount: 15400,
      note: '',
    });
    expect(indicatorInput({ code: '6 00 00', name: 'Počet podpořených osob', unit: 'osoby', target: null })).toEqual({
      code: '6 00 00',
      name: 'Počet podpořených osob',
      unit: 'osoby',
      target: null,
      source: 'manual',
    });
    expect(indicatorInput({ name: 'Školení', target: 16, source: 'linked:training_session' })).toMatchObject({
      target: 16,
      source: 'linked:training_session',
    });
    expect(
      publicityInput({ id: 2, project_id: 1, duty: 'Plakát A3', due_on: '2026-02-28', done_on: '', evidence: '' }),
    ).toEqual({ duty: 'Plakát A3', due_on: '2026-02-28', done_on: '', evidence: '' });
  });

  it('ask when a duty was done only when it is changed', () => {
    expect(publicityFields(t, false).map((f) => f.name)).toEqual(['duty', 'due_on']);
    expect(publicityFields(t, true).map((f) => f.name)).toEqual(['duty', 'due_on', 'done_on', 'evidence']);
  });

  it('are changed and deleted by their own id', async () => {
    await updateBudgetLine(3, { category: 'personnel', title: 'Mzdy', planned: 1 });
    await updateExpense(8, { budget_line_id: 3, spent_on: '2026-03-31', amount: 2, note: '' });
    await updateIndicator(5, { name: 'Osoby', source: 'manual' });
    await updatePublicity(2, { duty: 'Plakát', due_on: '', done_on: '2026-01-10', evidence: 'foto' });
    await deleteProjectPart('budget-lines', 3);
    await deleteProjectPart('expenses', 8);
    await deleteProjectPart('indicators', 5);
    await deleteProjectPart('publicity', 2);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'PUT /api/people/budget-lines/3',
      'PUT /api/people/expenses/8',
      'PUT /api/people/indicators/5',
      'PUT /api/people/publicity/2',
      'DELETE /api/people/budget-lines/3',
      'DELETE /api/people/expenses/8',
      'DELETE /api/people/indicators/5',
      'DELETE /api/people/publicity/2',
    ]);
    expect(calls[0].body).toEqual({ category: 'personnel', title: 'Mzdy', planned: 1 });
    expect(calls[4].body).toBeUndefined();
  });
});
