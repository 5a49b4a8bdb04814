// Closing a period: a wizard through every goal of the plan (result, conclusion, participants), then a summary
// that names the goals still missing a result before the plan is closed.
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { closeOperationalPlan, usePlanningMutation } from '../api';
import { closeInput, goalName, goalsToClose, missingCloseGoals, type CloseRow } from '../planning';
import type { GoalSummary } from '../types';
import { ParticipantsEditor } from './ParticipantsEditor';
import { LevelTag } from './Tags';
import { useFeedback } from '../../../app/feedback';

const RESULTS = ['met', 'partly_met', 'not_met'] as const;

export function CloseWizard({
  planId,
  goals,
  onClose,
}: {
  planId: number;
  goals: readonly GoalSummary[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const list = goalsToClose(goals);
  const [step, setStep] = useState(0);
  const [heldOn, setHeldOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [rows, setRows] = useState<Record<number, CloseRow>>({});
  const save = usePlanningMutation(() => closeOperationalPlan(planId, closeInput(heldOn, goals, rows)));
  const summary = step >= list.length;
  const missing = missingCloseGoals(goals, rows);
  const row = (g: GoalSummary): CloseRow =>
    rows[g.id] ?? { goal_id: g.id, result: '', conclusion: '', participants: [] };
  const set = (g: GoalSummary, patch: Partial<CloseRow>) => setRows((r) => ({ ...r, [g.id]: { ...row(g), ...patch } }));
  const g = list[step];
  const previous = step > 0 ? list[step - 1] : undefined;
  return (
    <Modal
      open
      title={t('planning.close.title')}
      onCancel={onClose}
      width={860}
      footer={null}
      destroyOnHidden
      data-testid="close-wizard"
    >
      <Typography.Paragraph type="secondary">{t('planning.close.help')}</Typography.Paragraph>
      <Steps
        size="small"
        current={Math.min(step, list.length)}
        onChange={setStep}
        style={{ marginBottom: 16, overflowX: 'auto' }}
        items={[
          ...list.map((x) => ({
            title: x.code || String(list.indexOf(x) + 1),
            status: (rows[x.id]?.result && rows[x.id]?.conclusion.trim()
              ? 'finish'
              : step === list.indexOf(x)
                ? 'process'
                : 'wait') as 'finish' | 'process' | 'wait',
          })),
          { title: t('planning.close.review') },
        ]}
      />
      {!summary && g ? (
        <div data-testid="close-step" data-goal-id={g.id}>
          <Typography.Text type="secondary">
            {t('planning.close.step', { n: step + 1, total: list.length })}
          </Typography.Text>
          <Typography.Title level={4} style={{ marginTop: 4 }}>
            <LevelTag level={g.level} /> {goalName(g)}
          </Typography.Title>
          <Form layout="vertical">
            <Form.Item label={t('planning.evaluation.result')} required>
              <Radio.Group
                value={row(g).result || undefined}
                onChange={(e) => set(g, { result: e.target.value })}
                optionType="button"
                data-testid="close-result"
                options={RESULTS.map((r) => ({ value: r, label: t(`planning.result.${r}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('planning.evaluation.conclusion')} required>
              <Input.TextArea
                autoSize={{ minRows: 2 }}
                value={row(g).conclusion}
                onChange={(e) => set(g, { conclusion: e.target.value })}
                data-testid="close-conclusion"
              />
            </Form.Item>
            <Form.Item label={t('planning.evaluation.participants')}>
              <ParticipantsEditor
                value={row(g).participants}
                onChange={(participants) => set(g, { participants })}
                testId="close-participants"
              />
              {previous && rows[previous.id]?.participants.length ? (
                <Button
                  type="link"
                  onClick={() => set(g, { participants: rows[previous.id].participants.map((p) => ({ ...p })) })}
                >
                  {t('planning.close.copyParticipants')}
                </Button>
              ) : null}
            </Form.Item>
          </Form>
          <Space>
            <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('planning.close.previous')}
            </Button>
            <Button type="primary" onClick={() => setStep(step + 1)} data-testid="close-next">
              {step === list.length - 1 ? t('planning.close.review') : t('planning.close.next')}
            </Button>
          </Space>
        </div>
      ) : (
        <div data-testid="close-summary">
          <Form layout="vertical">
            <Form.Item label={t('planning.close.heldOn')} required>
              <DatePicker
                format="D. M. YYYY"
                value={dayjs(heldOn)}
                allowClear={false}
                onChange={(d) => d && setHeldOn(d.format('YYYY-MM-DD'))}
              />
            </Form.Item>
          </Form>
          <ul>
            {list.map((x) => (
              <li key={x.id}>
                {goalName(x)}: {rows[x.id]?.result ? t(`planning.result.${rows[x.id].result}`) : '—'}
              </li>
            ))}
          </ul>
          {missing.length ? (
            <Alert
              type="warning"
              showIcon
              data-testid="close-missing"
              message={t('planning.close.missing', { goals: missing.map(goalName).join(', ') })}
            />
          ) : null}
          {save.error ? <ErrorAlert error={save.error} /> : null}
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => setStep(Math.max(0, list.length - 1))}>{t('planning.close.previous')}</Button>
            <Button
              type="primary"
              disabled={missing.length > 0}
              loading={save.isPending}
              onClick={() =>
                save.mutate(undefined, {
                  onSuccess: () => {
                    void message.success(t('planning.close.done'));
                    onClose();
                  },
                })
              }
              data-testid="close-submit"
            >
              {t('planning.close.submit')}
            </Button>
          </Space>
        </div>
      )}
    </Modal>
  );
}
