// The audit header form (title, place, dates, methods, summary, team) ⇄ the API's QAuditInput for
// PATCH /api/quality/audits/{id}, and the people the team may be chosen from. Pure.
import dayjs, { type Dayjs } from 'dayjs';
import type { QAudit, QAuditInput, QTeamInput, QTeamMember } from './types';

export interface HeaderFormValues {
  title: string;
  place?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  methods?: string[];
  summary_text?: string;
  leader?: number;
  members?: number[];
}

export interface UserChoice {
  id: number;
  name: string;
  login?: string;
  active?: boolean;
}

const day = (iso: string): Dayjs | null => (iso ? dayjs(iso) : null);
const apiDate = (d: Dayjs | null | undefined): string => (d && d.isValid() ? d.format('YYYY-MM-DD') : '');

export function headerToForm(a: QAudit): HeaderFormValues {
  const leader = a.team.find((m) => m.role === 'leader');
  return {
    title: a.summary.title,
    place: a.place,
    dates: a.summary.starts_on || a.summary.ends_on ? [day(a.summary.starts_on), day(a.summary.ends_on)] : null,
    methods: [...a.methods],
    summary_text: a.summary_text,
    leader: leader?.user_id,
    members: a.team.filter((m) => m.role !== 'leader').map((m) => m.user_id),
  };
}

/** The team as the API wants it, whole: the leader (if any) first, then the members without the leader. */
export function teamFromForm(leader: number | undefined | null, members: readonly number[] | undefined): QTeamInput[] {
  const team: QTeamInput[] = [];
  if (leader) team.push({ user_id: leader, role: 'leader' });
  for (const id of members ?? []) if (!team.some((m) => m.user_id === id)) team.push({ user_id: id, role: 'member' });
  return team;
}

/**
 * The PATCH body. A closed audit keeps its dates, methods and team (the server refuses to change them),
 * so only the texts are sent then. A cleared date is sent as '' (no date).
 */
export function headerToInput(v: HeaderFormValues, closed: boolean): QAuditInput {
  const texts: QAuditInput = {
    title: v.title.trim(),
    place: (v.place ?? '').trim(),
    summary_text: v.summary_text ?? '',
  };
  if (closed) return texts;
  return {
    ...texts,
    starts_on: apiDate(v.dates?.[0]),
    ends_on: apiDate(v.dates?.[1]),
    methods: [...(v.methods ?? [])],
    team: teamFromForm(v.leader, v.members),
  };
}

/**
 * People to choose the team from: the current team always (so nobody disappears from the form), plus the
 * active users of the users list when the caller may read it (null: may not — then only the current
 * team, which may be reduced or given another leader, but not extended).
 */
export function teamChoices(
  team: readonly QTeamMember[],
  users: readonly UserChoice[] | null,
): Array<{ value: number; label: string }> {
  const out = team.map((m) => ({ value: m.user_id, label: m.name }));
  for (const u of users ?? []) {
    if (u.active === false || out.some((o) => o.value === u.id)) continue;
    out.push({ value: u.id, label: u.login ? `${u.name} (${u.login})` : u.name });
  }
  return out;
}
