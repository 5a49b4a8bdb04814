// A personal goal of a client's individual plan: in the client's words, linked to a service goal (or why not),
// the agreed steps, who does what, the five GAS levels described, its weight and review date.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createClientGoal, updateClientGoal, usePlanningMutation } from '../api';
import { DESCRIBED_LEVELS, gasLevelText } from '../planning';
import type { ClientGoal, ClientGoalInput, ClientGoalRef, ClientGoalState, GasLevels } from '../types';

const LEVEL_VALUE: Record<keyof GasLevels, number> = { plus2: 2, plus1: 1, zero: 0, minus1: -1, minus2: -2 };
const STATES: readonly ClientGoalState[] = ['active', 'attained', 'ended', 'dropped'];

interface Values {
  wording: string;
  service_goal_id?: number | null;
  unlinked: boolean;
  unlinked_reason: string;
  steps: string;
  responsibilities: string;
  levels: GasLevels;
  weight: number;
  set_on: dayjs.Dayjs;
  next_review_on?: dayjs.Dayjs | null;
  state: ClientGoalState;
}

export function ClientGoalModal({
  clientId,
  goal,
  serviceGoals,
  onClose,
}: {
  clientId: number;
  goal?: ClientGoal;
  serviceGoals: readonly ClientGoalRef[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [unlinked, setUnlinked] = useState(Boolean(goal?.unlinked_reason));
  const save = usePlanningMutation((v: Values) => {
    const body: ClientGoalInput = {
      service_goal_id: v.unlinked ? null : (v.service_goal_id ?? null),
      unlinked_reason: v.unlinked ? v.unlinked_reason.trim() : '',
      wording: v.wording.trim(),
      steps: (v.steps ?? '').trim(),
      responsibilities: (v.responsibilities ?? '').trim(),
      levels: Object.fromEntries(
        DESCRIBED_LEVELS.map((k) => [k, (v.levels?.[k] ?? '').trim()]),
      ) as unknown as GasLevels,
      weight: v.weight,
      set_on: v.set_on.format('YYYY-MM-DD'),
      next_review_on: v.next_review_on ? v.next_review_on.format('YYYY-MM-DD') : '',
      state: v.state,
    };
    return goal ? updateClientGoal(goal.id, body) : createClientGoal(clientId, body);
  });
  const options = serviceGoals.map((g) => ({ value: g.id, label: `${g.code ? `${g.code} ` : ''}${g.title}` }));
  if (goal?.service_goal && !serviceGoals.some((g) => g.id === goal.service_goal!.id))
    options.push({ value: goal.service_goal.id, label: `${goal.service_goal.code} ${goal.service_goal.title}`.trim() });
  return (
    <Modal
      open
      title={t(goal ? 'planning.client.editGoal' : 'planning.client.addGoal')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'client-goal-save' } as ButtonProps}
      onOk={() => form.submit()}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          wording: goal?.wording ?? '',
          service_goal_id: goal?.service_goal?.id,
          unlinked: Boolean(goal?.unlinked_reason),
          unlinked_reason: goal?.unlinked_reason ?? '',
          steps: goal?.steps ?? '',
          responsibilities: goal?.responsibilities ?? '',
          levels: goal?.levels ?? { minus2: '', minus1: '', zero: '', plus1: '', plus2: '' },
          weight: goal?.weight ?? 1,
          set_on: dayjs(goal?.set_on || undefined),
          next_review_on: goal?.next_review_on ? dayjs(goal.next_review_on) : dayjs().add(3, 'month'),
          state: goal?.state ?? 'active',
        }}
        onFinish={(v) => save.mutate(v, { onSuccess: onClose })}
      >
        <Form.Item
          name="wording"
          label={t('planning.client.wording')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="client-goal-wording" />
        </Form.Item>
        <Form.Item name="unlinked" valuePropName="checked">
          <Checkbox onChange={(e) => setUnlinked(e.target.checked)}>{t('planning.client.noServiceGoal')}</Checkbox>
        </Form.Item>
        {unlinked ? (
          <Form.Item
            name="unlinked_reason"
            label={t('planning.client.unlinkedReason')}
            rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
          >
            <Input.TextArea autoSize />
          </Form.Item>
        ) : (
          <Form.Item
            name="service_goal_id"
            label={t('planning.client.serviceGoal')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <Select options={options} showSearch optionFilterProp="label" data-testid="client-goal-service-goal" />
          </Form.Item>
        )}
        <Form.Item name="steps" label={t('planning.client.steps')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="responsibilities" label={t('planning.client.responsibilities')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Typography.Title level={5}>{t('planning.client.levels')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('planning.client.levelsHelp')}</Typography.Paragraph>
        {DESCRIBED_LEVELS.map((k) => (
          <Form.Item
            key={k}
            name={['levels', k]}
            label={`${gasLevelText(LEVEL_VALUE[k])} ${t(`planning.gasLevel.${k}`)}`}
            rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
          >
            <Input data-testid={`client-goal-level-${k}`} />
          </Form.Item>
        ))}
        <Space wrap align="start">
          <Form.Item
            name="weight"
            label={t('planning.client.weight')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <InputNumber min={0} max={10} step={0.5} decimalSeparator="," />
          </Form.Item>
          <Form.Item
            name="set_on"
            label={t('planning.client.setOn')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="next_review_on" label={t('planning.client.nextReview')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          {goal ? (
            <Form.Item name="state" label={t('planning.common.state')}>
              <Select
                style={{ width: 180 }}
                options={STATES.map((s) => ({ value: s, label: t(`planning.clientGoalState.${s}`) }))}
              />
            </Form.Item>
          ) : null}
        </Space>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
