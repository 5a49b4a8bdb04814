import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { headerToForm, headerToInput, teamChoices, teamFromForm } from '../auditHeader';
import type { QAudit } from '../types';

const audit = {
  summary: { id: 16, title: 'Externí audit kvality 2026', status: 'draft', starts_on: '2026-11-18', ends_on: '' },
  place: 'Hronov',
  methods: ['document_study', 'accompanying'],
  summary_text: 'Shrnutí',
  team: [
    { user_id: 7, name: 'PhDr. Ivana Richterová', role: 'leader' },
    { user_id: 3, name: 'Mgr. Lucie Kalinová', role: 'member' },
  ],
} as unknown as QAudit;

describe('headerToForm', () => {
  it('splits the team into the leader and members and keeps a missing end date empty', () => {
    const v = headerToForm(audit);
    expect(v.leader).toBe(7);
    expect(v.members).toEqual([3]);
    expect(v.dates?.[0]?.format('YYYY-MM-DD')).toBe('2026-11-18');
    expect(v.dates?.[1]).toBeNull();
    expect(v.methods).toEqual(['document_study', 'accompanying']);
  });
  it('has no dates when the audit has none', () => {
    expect(headerToForm({ ...audit, summary: { ...audit.summary, starts_on: '', ends_on: '' } }).dates).toBeNull();
  });
});

describe('teamFromForm', () => {
  it.each([
    {
      leader: 7,
      members: [3],
      want: [
        { user_id: 7, role: 'leader' },
        { user_id: 3, role: 'member' },
      ],
    },
    {
      leader: 3,
      members: [3, 7],
      want: [
        { user_id: 3, role: 'leader' },
        { user_id: 7, role: 'member' },
      ],
    },
    { leader: undefined, members: [3, 3], want: [{ user_id: 3, role: 'member' }] },
    { leader: 7, members: [], want: [{ user_id: 7, role: 'leader' }] },
    { leader: null, members: undefined, want: [] },
  ])('leader $leader, members $members', ({ leader, members, want }) => {
    expect(teamFromForm(leader, members)).toEqual(want);
  });
});

describe('headerToInput', () => {
  const values = {
    title: '  Nový název ',
    place: ' Náchod ',
    dates: [dayjs('2026-11-20'), null] as [dayjs.Dayjs, null],
    methods: ['observation'],
    summary_text: 'Text',
    leader: 7,
    members: [],
  };
  it('sends the whole header and team of a draft; a cleared date is empty', () => {
    expect(headerToInput(values, false)).toEqual({
      title: 'Nový název',
      place: 'Náchod',
      summary_text: 'Text',
      starts_on: '2026-11-20',
      ends_on: '',
      methods: ['observation'],
      team: [{ user_id: 7, role: 'leader' }],
    });
  });
  it('sends only the texts of a closed audit', () => {
    expect(headerToInput(values, true)).toEqual({ title: 'Nový název', place: 'Náchod', summary_text: 'Text' });
  });
});

describe('teamChoices', () => {
  it('offers only the current team when the users list is not available', () => {
    expect(teamChoices(audit.team, null)).toEqual([
      { value: 7, label: 'PhDr. Ivana Richterová' },
      { value: 3, label: 'Mgr. Lucie Kalinová' },
    ]);
  });
  it('adds active users not yet on the team', () => {
    const users = [
      { id: 7, name: 'PhDr. Ivana Richterová', login: 'auditor', active: true },
      { id: 9, name: 'Jan Novák', login: 'jnovak', active: true },
      { id: 10, name: 'Bývalý', login: 'byvaly', active: false },
    ];
    expect(teamChoices(audit.team, users).map((o) => o.value)).toEqual([7, 3, 9]);
    expect(teamChoices(audit.team, users)[2].label).toBe('Jan Novák (jnovak)');
  });
});
