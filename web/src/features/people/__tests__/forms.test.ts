// What the forms send: the run plan from the dialog's values, the attendance sheet's first rows, and a meeting's
// full input when one part of it changes.
import { describe, expect, it } from 'vitest';
import { attendanceRows } from '../components/AttendanceCard';
import { runPlanInput } from '../components/RunPlanModal';
import { meetingInput } from '../pages/MeetingPage';
import type { MeetingDetail, Registration } from '../types';

describe('forms', () => {
  it('turn the run-plan dialog into the request', () => {
    expect(
      runPlanInput({
        places: [' Náchod', 'Trutnov', 'Náchod'],
        runs_per_place: 4,
        first_date: '2026-02-02',
        interval_days: 28,
        capacity: 15,
        lecturer: 'Mgr. Nováková',
        cost: undefined,
        state: 'open',
      }),
    ).toEqual({
      places: ['Náchod', 'Trutnov'],
      runs_per_place: 4,
      first_date: '2026-02-02',
      interval_days: 28,
      capacity: 15,
      lecturer: 'Mgr. Nováková',
      cost: 0,
      state: 'open',
    });
    expect(runPlanInput({ state: 'whatever' }).state).toBe('planned');
  });

  it('start the attendance sheet from the registrations (waiting and cancelled ones left out)', () => {
    const reg = (id: number, state: string, hours_attended: number | null = null): Registration => ({
      id,
      worker_id: 100 + id,
      worker_name: `Pracovník ${id}`,
      organisation_id: 1,
      organisation_name: 'Charita',
      state,
      hours_attended,
      certificate_number: '',
      feedback_given: false,
    });
    expect(
      attendanceRows(
        [reg(1, 'registered'), reg(2, 'waiting'), reg(3, 'attended', 6), reg(4, 'absent'), reg(5, 'cancelled')],
        8,
      ),
    ).toEqual([
      { registration_id: 1, attended: true, hours: 8 },
      { registration_id: 3, attended: true, hours: 6 },
      { registration_id: 4, attended: false, hours: 8 },
    ]);
  });

  it('send the whole meeting with the changed part', () => {
    const m: MeetingDetail = {
      meeting: {
        id: 9,
        organisation_id: 4,
        organisation_name: 'MěÚ Náchod',
        title: 'Setkání',
        planned_on: '2026-03-15',
        held_on: '',
        place: 'Náchod',
        state: 'planned',
        participants: 1,
        actions: 0,
        open_actions: 0,
      },
      minutes: '',
      participants: [{ partner_id: 2, partner_name: 'Policie ČR', name: 'npor. Dvořák', role: 'preventista' }],
      actions: [],
      follow_ups: [],
      can_manage: true,
    };
    expect(meetingInput(m, { held_on: '2026-03-16', state: 'held' })).toEqual({
      organisation_id: 4,
      title: 'Setkání',
      planned_on: '2026-03-15',
      held_on: '2026-03-16',
      place: 'Náchod',
      minutes: '',
      state: 'held',
      participants: [{ partner_id: 2, name: 'npor. Dvořák', role: 'preventista' }],
    });
  });
});
