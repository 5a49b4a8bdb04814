// One session of a module, added or changed by the organiser: date, times, place, capacity, lecturer, cost and the
// run label. A changed session keeps its state (the server changes it only through open/cancel/attendance); its
// capacity may not drop below the places already taken. The server's error naming a field is shown at that field.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { createSession, updateSession } from '../api';
import type { Session, SessionDetail, SessionInput } from '../types';
import { RecordModal, type Field, type Values } from './RecordModal';
import { todayIso } from '../../../lib/format';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "9:30" → "09:30"; anything else is left for the check to name. */
export function normaliseTime(v: unknown): string {
  const s = String(v ?? '').trim();
  const m = /^(\d):(\d\d)$/.exec(s);
  return m ? `0${m[1]}:${m[2]}` : s;
}

/** The request of the session form: a new session names its module and its first state, a changed one does not. */
export function sessionInput(v: Values, moduleId?: number): SessionInput {
  const text = (x: unknown) => String(x ?? '').trim();
  const out: SessionInput = {
    held_on: text(v.held_on),
    time_from: normaliseTime(v.time_from),
    time_to: normaliseTime(v.time_to),
    place: text(v.place),
    capacity: Number(v.capacity ?? 0),
    lecturer: text(v.lecturer),
    cost: v.cost === null || v.cost === undefined || v.cost === '' ? 0 : Number(v.cost),
    run_label: text(v.run_label),
  };
  if (moduleId !== undefined) {
    out.module_id = moduleId;
    out.state = v.state === 'open' ? 'open' : 'planned';
  }
  return out;
}

export function sessionFields(t: TFunction, opts: { isNew: boolean; minCapacity: number }): Field[] {
  const timeRule: FormRule = {
    validator: (_, value) =>
      !value || TIME.test(normaliseTime(value))
        ? Promise.resolve()
        : Promise.reject(new Error(t('people.session.timeFormat'))),
  };
  const orderRule: FormRule = ({ getFieldValue }) => ({
    validator: (_, value) => {
      const from = normaliseTime(getFieldValue('time_from'));
      const to = normaliseTime(value);
      return !from || !to || !TIME.test(from) || !TIME.test(to) || to > from
        ? Promise.resolve()
        : Promise.reject(new Error(t('people.session.timeOrder')));
    },
  });
  return [
    { name: 'held_on', label: t('people.sessions.date'), kind: 'date', required: true },
    { name: 'time_from', label: t('people.session.timeFrom'), rules: [timeRule] },
    { name: 'time_to', label: t('people.session.timeTo'), rules: [timeRule, orderRule] },
    { name: 'place', label: t('people.sessions.place'), required: true },
    {
      name: 'capacity',
      label: t('people.sessions.capacity'),
      kind: 'number',
      min: Math.max(1, opts.minCapacity),
      max: 500,
      required: true,
      help: opts.minCapacity > 0 ? t('people.session.capacityMin', { n: opts.minCapacity }) : undefined,
    },
    { name: 'lecturer', label: t('people.sessions.lecturer') },
    { name: 'cost', label: t('people.runPlan.cost'), kind: 'number', min: 0 },
    { name: 'run_label', label: t('people.session.runLabel') },
    ...(opts.isNew
      ? [
          {
            name: 'state',
            label: t('people.runPlan.state'),
            kind: 'select' as const,
            required: true,
            options: [
              { value: 'open', label: t('people.runPlan.open') },
              { value: 'planned', label: t('people.runPlan.planned') },
            ],
          },
        ]
      : []),
  ];
}

/** The dialog: `session` given → change it, otherwise add one to `moduleId`. */
export function SessionModal({
  moduleId,
  session,
  onClose,
  onDone,
}: {
  moduleId: number;
  session?: Session;
  onClose: () => void;
  onDone?: (d: SessionDetail) => void;
}) {
  const { t } = useTranslation();
  const isNew = !session;
  return (
    <RecordModal<SessionDetail>
      title={isNew ? t('people.session.addSession') : t('people.session.editSession')}
      testId="session-form"
      fields={sessionFields(t, { isNew, minCapacity: session ? session.registered : 0 })}
      initial={
        session
          ? {
              held_on: session.held_on,
              time_from: session.time_from,
              time_to: session.time_to,
              place: session.place,
              capacity: session.capacity,
              lecturer: session.lecturer,
              cost: session.cost,
              run_label: session.run_label,
            }
          : { held_on: todayIso(), capacity: 15, cost: 0, state: 'open' }
      }
      onSubmit={(v) =>
        session ? updateSession(session.id, sessionInput(v)) : createSession(sessionInput(v, moduleId))
      }
      onDone={onDone}
      onClose={onClose}
    />
  );
}
