// Create or edit a goal of any level: a strategic goal of a strategic plan, an objective or a service goal of an
// operational plan. Objectives and service goals link to a parent of the level above or say why they do not.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createGoal, updateGoal, usePlanningMutation } from '../api';
import { linkComplete } from '../planning';
import type { GoalInput, GoalLevel, GoalSummary } from '../types';

interface Values {
  code: string;
  title: string;
  description: string;
  parent_goal_id?: number | null;
  unlinked: boolean;
  unlinked_reason: string;
  service_id?: number | null;
}

export function GoalModal({
  level,
  goal,
  strategicPlanId,
  operationalPlanId,
  parents,
  services,
  fixedServiceId,
  onClose,
  onSaved,
}: {
  level: GoalLevel;
  goal?: GoalSummary;
  strategicPlanId?: number | null;
  operationalPlanId?: number | null;
  /** Goals of the level above to link to. */
  parents: readonly GoalSummary[];
  /** Services to choose for a service goal (when the plan is not a service's own). */
  services?: readonly { id: number; name: string }[];
  fixedServiceId?: number | null;
  onClose: () => void;
  onSaved?: (g: GoalSummary) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [unlinked, setUnlinked] = useState(Boolean(goal?.unlinked_reason));
  const [linkError, setLinkError] = useState(false);
  const save = usePlanningMutation((v: Values) => {
    const body: GoalInput = {
      level,
      strategic_plan_id: level === 'strategic' ? (strategicPlanId ?? null) : null,
      operational_plan_id: level === 'strategic' ? null : (operationalPlanId ?? null),
      service_id: level === 'service' ? (fixedServiceId ?? v.service_id ?? null) : null,
      parent_goal_id: level === 'strategic' || v.unlinked ? null : (v.parent_goal_id ?? null),
      unlinked_reason: level !== 'strategic' && v.unlinked ? v.unlinked_reason.trim() : '',
      code: (v.code ?? '').trim(),
      title: v.title.trim(),
      description: (v.description ?? '').trim(),
    };
    return goal ? updateGoal(goal.id, body) : createGoal(body);
  });
  const submit = (v: Values) => {
    const ok = linkComplete(level, v.unlinked ? null : v.parent_goal_id, v.unlinked ? (v.unlinked_reason ?? '') : '');
    setLinkError(!ok);
    if (!ok) return;
    save.mutate(v, {
      onSuccess: (g) => {
        onSaved?.(g);
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={`${t(goal ? 'planning.goal.edit' : 'planning.goal.create')}: ${t(`planning.level.${level}`)}`}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'goal-save' } as ButtonProps}
      onOk={() => form.submit()}
      width={680}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          code: goal?.code ?? '',
          title: goal?.title ?? '',
          description: goal?.description ?? '',
          parent_goal_id: goal?.parent_goal_id ?? undefined,
          unlinked: Boolean(goal?.unlinked_reason),
          unlinked_reason: goal?.unlinked_reason ?? '',
          service_id: goal?.service_id ?? fixedServiceId ?? undefined,
        }}
        onFinish={submit}
      >
        <Form.Item name="code" label={t('planning.common.code')}>
          <Input style={{ maxWidth: 160 }} data-testid="goal-code" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('planning.common.title')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input data-testid="goal-title" />
        </Form.Item>
        <Form.Item name="description" label={t('planning.common.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {level === 'service' && !fixedServiceId && services ? (
          <Form.Item
            name="service_id"
            label={t('planning.common.service')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <Select
              data-testid="goal-service"
              options={services.map((s) => ({ value: s.id, label: s.name }))}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
        ) : null}
        {level !== 'strategic' ? (
          <>
            <Form.Item name="unlinked" valuePropName="checked">
              <Checkbox onChange={(e) => setUnlinked(e.target.checked)} data-testid="goal-unlinked">
                {t('planning.goal.unlinked')}
              </Checkbox>
            </Form.Item>
            {unlinked ? (
              <Form.Item
                name="unlinked_reason"
                label={t('planning.goal.unlinkedReason')}
                rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
              >
                <Input.TextArea autoSize={{ minRows: 2 }} data-testid="goal-unlinked-reason" />
              </Form.Item>
            ) : (
              <Form.Item name="parent_goal_id" label={t('planning.goal.parent')}>
                <Select
                  data-testid="goal-parent"
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={parents.map((p) => ({ value: p.id, label: `${p.code ? `${p.code} ` : ''}${p.title}` }))}
                />
              </Form.Item>
            )}
            {linkError ? (
              <Alert type="error" showIcon message={t('planning.goal.linkRequired')} data-testid="goal-link-error" />
            ) : null}
          </>
        ) : null}
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
