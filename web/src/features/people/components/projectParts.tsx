// The parts of a project that are changed and deleted one by one (budget lines, expenses, indicators, publicity
// duties): what their forms send and the edit/delete commands of a row (delete asks first).
import { Button, Popconfirm, Space } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS } from '../people';
import type { BudgetLineInput, ExpenseInput, IndicatorInput, PublicityInput } from '../types';
import type { Field, Values } from './RecordModal';

const text = (x: unknown) => String(x ?? '').trim();
const num = (x: unknown) => (x === null || x === undefined || x === '' ? null : Number(x));

export function budgetLineInput(v: Values): BudgetLineInput {
  return { category: text(v.category), title: text(v.title), planned: num(v.planned) ?? 0 };
}

export function expenseInput(v: Values): ExpenseInput {
  return {
    budget_line_id: Number(v.budget_line_id ?? 0),
    spent_on: text(v.spent_on),
    amount: num(v.amount) ?? 0,
    note: text(v.note),
  };
}

export function indicatorInput(v: Values): IndicatorInput {
  return {
    code: text(v.code),
    name: text(v.name),
    unit: text(v.unit),
    target: num(v.target),
    source: text(v.source) || 'manual',
  };
}

export function publicityInput(v: Values): PublicityInput {
  return { duty: text(v.duty), due_on: text(v.due_on), done_on: text(v.done_on), evidence: text(v.evidence) };
}

export function indicatorFields(t: TFunction): Field[] {
  return [
    { name: 'code', label: t('people.project.code') },
    { name: 'name', label: t('people.project.indicator'), required: true },
    { name: 'unit', label: t('people.project.unitField') },
    { name: 'target', label: t('people.project.target'), kind: 'number', min: 0 },
    {
      name: 'source',
      label: t('people.project.source'),
      kind: 'select',
      required: true,
      options: [
        { value: 'manual', label: t('people.project.sourceManual') },
        ...LINK_KINDS.map((k) => ({
          value: `linked:${k}`,
          label: t('people.project.sourceLinked', { kind: t(`people.linkKind.${k}`) }),
        })),
      ],
    },
  ];
}

/** A new duty: what and by when; a changed one also when it was done and the evidence. */
export function publicityFields(t: TFunction, withDone: boolean): Field[] {
  return [
    { name: 'duty', label: t('people.project.duty'), required: true },
    { name: 'due_on', label: t('people.project.dueOn'), kind: 'date' },
    ...(withDone
      ? [
          { name: 'done_on', label: t('people.project.doneOn'), kind: 'date' as const },
          { name: 'evidence', label: t('people.project.evidence') },
        ]
      : []),
  ];
}

/** Edit and delete of one row; `confirm` says what the delete takes with it. */
export function RowActions({
  onEdit,
  onDelete,
  confirm,
  testId,
}: {
  onEdit: () => void;
  onDelete: () => void;
  confirm: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={onEdit} data-testid={`${testId}-edit`}>
        {t('people.common.edit')}
      </Button>
      <Popconfirm
        title={confirm}
        okText={t('people.common.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('people.common.cancel')}
        onConfirm={onDelete}
      >
        <Button size="small" type="link" danger data-testid={`${testId}-delete`}>
          {t('people.common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
