// The fields of a project and of its parts, for RecordModal.
import type { TFunction } from 'i18next';
import { BUDGET_CATEGORIES } from '../people';
import type { Field } from './RecordModal';

export function projectFields(t: TFunction): Field[] {
  return [
    { name: 'name', label: t('people.projects.name'), required: true },
    { name: 'registration_number', label: t('people.projects.registrationNumber') },
    { name: 'programme', label: t('people.projects.programme') },
    { name: 'starts_on', label: t('people.projects.startsOn'), kind: 'date', required: true },
    { name: 'ends_on', label: t('people.projects.endsOn'), kind: 'date', required: true },
    { name: 'manager', label: t('people.projects.manager') },
    { name: 'description', label: t('people.projects.description'), kind: 'textarea' },
  ];
}

export function activityFields(t: TFunction): Field[] {
  return [
    { name: 'code', label: t('people.project.code') },
    { name: 'title', label: t('people.project.activity'), required: true },
    { name: 'starts_on', label: t('people.projects.startsOn'), kind: 'date', required: true },
    { name: 'ends_on', label: t('people.projects.endsOn'), kind: 'date', required: true },
    { name: 'output', label: t('people.project.output') },
    { name: 'output_target', label: t('people.project.target'), kind: 'number', min: 0 },
    { name: 'output_unit', label: t('people.project.unit') },
  ];
}

export function budgetLineFields(t: TFunction): Field[] {
  return [
    {
      name: 'category',
      label: t('people.common.category'),
      kind: 'select',
      required: true,
      options: BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`people.budgetCategory.${c}`) })),
    },
    { name: 'title', label: t('people.project.line'), required: true },
    { name: 'planned', label: t('people.project.planned'), kind: 'number', min: 0, required: true },
  ];
}

export function expenseFields(t: TFunction, lines: readonly { id: number; title: string }[]): Field[] {
  return [
    {
      name: 'budget_line_id',
      label: t('people.project.line'),
      kind: 'select',
      required: true,
      options: lines.map((l) => ({ value: l.id, label: l.title })),
    },
    { name: 'spent_on', label: t('people.project.spentOn'), kind: 'date', required: true },
    { name: 'amount', label: t('people.project.amount'), kind: 'number', min: 0, required: true },
    { name: 'note', label: t('people.common.note') },
  ];
}
