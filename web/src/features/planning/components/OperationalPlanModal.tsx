// Create or edit an operational plan: a year, for the whole organisation or one service, under a strategic plan.
import type { ButtonProps } from 'antd';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import {
  createOperationalPlan,
  updateOperationalPlan,
  usePlanningMutation,
  useServices,
  useStrategicPlans,
} from '../api';
import type { OperationalPlanDetail, OperationalPlanInput, OperationalPlanSummary } from '../types';

type Values = Omit<OperationalPlanInput, 'organisation_id'>;

export function OperationalPlanModal({
  organisationId,
  plan,
  onClose,
  onSaved,
}: {
  organisationId: number;
  plan?: OperationalPlanSummary;
  onClose: () => void;
  onSaved?: (d: OperationalPlanDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const services = useServices({ organisation_id: organisationId });
  const strategic = useStrategicPlans({ organisation_id: organisationId });
  const save = usePlanningMutation((v: Values) => {
    const body: OperationalPlanInput = {
      organisation_id: organisationId,
      service_id: v.service_id ?? null,
      strategic_plan_id: v.strategic_plan_id ?? null,
      year: v.year,
      title: v.title.trim(),
    };
    return plan ? updateOperationalPlan(plan.id, body) : createOperationalPlan(body);
  });
  return (
    <Modal
      open
      title={t(plan ? 'planning.operational.edit' : 'planning.operational.create')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'operational-plan-save' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: plan?.title ?? '',
          year: plan?.year ?? new Date().getFullYear(),
          service_id: plan?.service_id ?? undefined,
          strategic_plan_id: plan?.strategic_plan_id ?? strategic.data?.items[0]?.id,
        }}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (d) => {
              onSaved?.(d);
              onClose();
            },
          })
        }
      >
        <Form.Item
          name="title"
          label={t('planning.common.title')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input data-testid="operational-plan-title" />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('planning.common.year')}
          rules={[{ required: true, message: t('planning.common.required') }]}
        >
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="strategic_plan_id" label={t('planning.operational.strategicPlan')}>
          <Select
            allowClear
            placeholder={t('planning.operational.noStrategicPlan')}
            options={(strategic.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.title} (${p.year_from}–${p.year_to})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="service_id" label={t('planning.common.service')}>
          <Select
            allowClear
            placeholder={t('planning.common.wholeOrganisation')}
            options={(services.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
