// Create or edit a strategic plan: title, years, the problem addressed, vision and mission.
import type { ButtonProps } from 'antd';
import { Form, Input, InputNumber, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createStrategicPlan, updateStrategicPlan, usePlanningMutation } from '../api';
import type { StrategicPlan, StrategicPlanDetail, StrategicPlanInput } from '../types';

type Values = Omit<StrategicPlanInput, 'organisation_id'>;

export function StrategicPlanModal({
  open,
  organisationId,
  plan,
  onClose,
  onSaved,
}: {
  open: boolean;
  organisationId: number;
  plan?: StrategicPlan;
  onClose: () => void;
  onSaved?: (d: StrategicPlanDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = usePlanningMutation((v: Values) => {
    const body: StrategicPlanInput = {
      organisation_id: organisationId,
      title: v.title.trim(),
      year_from: v.year_from,
      year_to: v.year_to,
      problem: (v.problem ?? '').trim(),
      vision: (v.vision ?? '').trim(),
      mission: (v.mission ?? '').trim(),
    };
    return plan ? updateStrategicPlan(plan.id, body) : createStrategicPlan(body);
  });
  const year = new Date().getFullYear();
  return (
    <Modal
      open={open}
      title={t(plan ? 'planning.strategy.edit' : 'planning.strategy.create')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'strategic-plan-save' } as ButtonProps}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={plan ?? { title: '', year_from: year, year_to: year + 4, problem: '', vision: '', mission: '' }}
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
          label={t('planning.strategy.planTitle')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input data-testid="strategic-plan-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="year_from"
            label={t('planning.strategy.yearFrom')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item
            name="year_to"
            label={t('planning.strategy.yearTo')}
            dependencies={['year_from']}
            rules={[
              { required: true, message: t('planning.common.required') },
              ({ getFieldValue }) => ({
                validator: (_, v: number) =>
                  v >= getFieldValue('year_from')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('planning.strategy.yearsError'))),
              }),
            ]}
          >
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="problem" label={t('planning.strategy.problem')}>
          <Input.TextArea autoSize={{ minRows: 3 }} data-testid="strategic-plan-problem" />
        </Form.Item>
        <Form.Item name="vision" label={t('planning.strategy.vision')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="mission" label={t('planning.strategy.mission')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
