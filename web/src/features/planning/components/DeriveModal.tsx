// The next period's plan from a closed one: carry over, revise or drop each goal, each with a reason.
import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { deriveOperationalPlan, usePlanningMutation } from '../api';
import { type DecisionRow, deriveInput, goalName, missingDecisions, suggestedCarry } from '../planning';
import type { GoalSummary, OperationalPlanDetail, OperationalPlanSummary } from '../types';
import { GoalStateTag } from './Tags';
import { useFeedback } from '../../../app/feedback';

const CARRIES = ['carry_over', 'revise', 'drop'] as const;

export function DeriveModal({
  plan,
  goals,
  onClose,
  onDone,
}: {
  plan: OperationalPlanSummary;
  goals: readonly GoalSummary[];
  onClose: () => void;
  onDone: (d: OperationalPlanDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [year, setYear] = useState(plan.year + 1);
  const [title, setTitle] = useState(plan.title.replace(String(plan.year), String(plan.year + 1)));
  const [rows, setRows] = useState<Record<number, DecisionRow>>(() =>
    Object.fromEntries(goals.map((g) => [g.id, { goal_id: g.id, carry: suggestedCarry(g.state), reason: '' }])),
  );
  const [tried, setTried] = useState(false);
  const missing = missingDecisions(goals, rows);
  const save = usePlanningMutation(() => deriveOperationalPlan(plan.id, deriveInput(year, title, goals, rows)));
  const set = (id: number, patch: Partial<DecisionRow>) => setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }));
  return (
    <Modal
      open
      title={t('planning.derive.title')}
      onCancel={onClose}
      width={980}
      okText={t('planning.derive.submit')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'derive-submit' } as ButtonProps}
      onOk={() => {
        setTried(true);
        if (missing.length === 0 && title.trim())
          save.mutate(undefined, {
            onSuccess: (d) => {
              void message.success(t('planning.derive.done'));
              onDone(d);
            },
          });
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('planning.derive.help')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t('planning.derive.year')}>
          <InputNumber min={plan.year + 1} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Form.Item>
        <Form.Item label={t('planning.derive.planTitle')} required>
          <Input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            style={{ width: 320 }}
            data-testid="derive-title"
          />
        </Form.Item>
      </Form>
      <Table<GoalSummary>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...goals]}
        data-testid="derive-table"
        columns={[
          {
            title: t('planning.common.goals'),
            key: 'g',
            render: (_, g) => (
              <>
                {goalName(g)} <GoalStateTag state={g.state} />
              </>
            ),
          },
          {
            title: t('planning.derive.decision'),
            key: 'c',
            width: 210,
            render: (_, g) => (
              <Select
                style={{ width: 200 }}
                value={rows[g.id]?.carry}
                onChange={(carry) => set(g.id, { carry })}
                options={CARRIES.map((c) => ({ value: c, label: t(`planning.carry.${c}`) }))}
                data-testid="derive-carry"
              />
            ),
          },
          {
            title: t('planning.derive.reason'),
            key: 'r',
            render: (_, g) => (
              <>
                <Input.TextArea
                  autoSize
                  status={tried && !(rows[g.id]?.reason ?? '').trim() ? 'error' : undefined}
                  value={rows[g.id]?.reason}
                  onChange={(e) => set(g.id, { reason: e.target.value })}
                  data-testid="derive-reason"
                  style={{ minWidth: 220 }}
                />
                {rows[g.id]?.carry === 'revise' ? (
                  <>
                    <Input
                      placeholder={t('planning.derive.newTitle')}
                      aria-label={t('planning.derive.newTitle')}
                      style={{ marginTop: 4 }}
                      value={rows[g.id]?.title ?? g.title}
                      onChange={(e) => set(g.id, { title: e.target.value })}
                    />
                    <Input.TextArea
                      autoSize
                      placeholder={t('planning.derive.newDescription')}
                      aria-label={t('planning.derive.newDescription')}
                      style={{ marginTop: 4 }}
                      value={rows[g.id]?.description ?? g.description}
                      onChange={(e) => set(g.id, { description: e.target.value })}
                    />
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {tried && missing.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="derive-missing"
          message={t('planning.derive.missing', { goals: missing.map(goalName).join(', ') })}
        />
      ) : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
