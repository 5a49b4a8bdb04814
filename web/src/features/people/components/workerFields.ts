// The fields of a worker's record and of the records under it, for RecordModal (labels translated by the caller).
import type { TFunction } from 'i18next';
import { CATEGORIES, TRAINING_KINDS } from '../people';
import type { Field } from './RecordModal';

export function workerFields(t: TFunction): Field[] {
  return [
    { name: 'name', label: t('people.common.name'), required: true },
    { name: 'position', label: t('people.staff.position') },
    { name: 'team', label: t('people.staff.team') },
    {
      name: 'category',
      label: t('people.common.category'),
      kind: 'select',
      required: true,
      options: CATEGORIES.map((c) => ({ value: c, label: t(`people.category.${c}`) })),
    },
    { name: 'fte', label: t('people.staff.fte'), kind: 'number', min: 0, max: 1.5, step: 0.1, required: true },
    { name: 'employment_start', label: t('people.worker.employmentStart'), kind: 'date', required: true },
    { name: 'employment_end', label: t('people.worker.employmentEnd'), kind: 'date' },
    { name: 'probation_end', label: t('people.worker.probationEnd'), kind: 'date' },
  ];
}

export function absenceFields(t: TFunction): Field[] {
  return [
    { name: 'date_from', label: t('people.common.from'), kind: 'date', required: true },
    { name: 'date_to', label: t('people.common.to'), kind: 'date', required: true },
    { name: 'reason', label: t('people.worker.reason') },
  ];
}

export function trainingFields(t: TFunction): Field[] {
  return [
    { name: 'held_on', label: t('people.common.date'), kind: 'date', required: true },
    { name: 'title', label: t('people.worker.trainingTitle'), required: true },
    { name: 'organiser', label: t('people.worker.organiser') },
    { name: 'hours', label: t('people.common.hours'), kind: 'number', min: 0, step: 0.5, required: true },
    {
      name: 'kind',
      label: t('people.worker.kind'),
      kind: 'select',
      required: true,
      options: TRAINING_KINDS.map((k) => ({ value: k, label: t(`people.trainingKind.${k}`) })),
    },
    { name: 'accreditation_number', label: t('people.worker.accreditationNumber') },
  ];
}

export function planFields(t: TFunction): Field[] {
  return [
    { name: 'year', label: t('people.common.year'), kind: 'number', min: 2000, max: 2100, required: true },
    { name: 'agreed_on', label: t('people.worker.agreedOn'), kind: 'date', required: true },
    { name: 'content', label: t('people.worker.content'), kind: 'textarea' },
    { name: 'next_review_on', label: t('people.worker.nextReview'), kind: 'date' },
  ];
}

export function appraisalFields(t: TFunction): Field[] {
  return [
    { name: 'held_on', label: t('people.worker.heldOn'), kind: 'date', required: true },
    { name: 'appraiser', label: t('people.worker.appraiser') },
    { name: 'summary', label: t('people.worker.summary'), kind: 'textarea' },
    { name: 'next_due_on', label: t('people.worker.nextDue'), kind: 'date' },
  ];
}
