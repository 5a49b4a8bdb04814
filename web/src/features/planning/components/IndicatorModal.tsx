// Create or edit an indicator of a goal: source (client roll-ups, a benchmark indicator, a count, or by hand), RBA
// tag, baseline, target, unit, direction and the evaluation schedule.
import type { ButtonProps } from 'antd';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createIndicator, updateIndicator, usePlanningMutation } from '../api';
import {
  COUNT_OF,
  NEW_INDICATOR,
  RBA,
  SOURCES,
  indicatorFormValues,
  indicatorInput,
  type IndicatorFormValues,
} from '../planning';
import type { IndicatorWithValues } from '../types';

export function IndicatorModal({
  goalId,
  indicator,
  onClose,
}: {
  goalId: number;
  indicator?: IndicatorWithValues;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndicatorFormValues & { due?: dayjs.Dayjs | null }>();
  const source = Form.useWatch('source', form) ?? indicator?.source ?? NEW_INDICATOR.source;
  const save = usePlanningMutation((v: IndicatorFormValues) =>
    indicator ? updateIndicator(indicator.id, indicatorInput(v)) : createIndicator(goalId, indicatorInput(v)),
  );
  const initial = indicator ? indicatorFormValues(indicator) : NEW_INDICATOR;
  const decimal = { decimalSeparator: ',', style: { width: 160 } };
  return (
    <Modal
      open
      title={t(indicator ? 'planning.indicator.edit' : 'planning.indicator.add')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'indicator-save' } as ButtonProps}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...initial, due: initial.next_due_on ? dayjs(initial.next_due_on) : null }}
        onFinish={(v) =>
          save.mutate(
            { ...initial, ...v, next_due_on: v.due ? v.due.format('YYYY-MM-DD') : '' },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('planning.indicator.name')}
          rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
        >
          <Input data-testid="indicator-name" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="source" label={t('planning.indicator.source')}>
            <Select
              style={{ width: 280 }}
              data-testid="indicator-source"
              options={SOURCES.map((s) => ({ value: s, label: t(`planning.source.${s}`) }))}
            />
          </Form.Item>
          {source === 'benchmark' ? (
            <Form.Item
              name="benchmark_indicator_code"
              label={t('planning.indicator.benchmarkCode')}
              rules={[{ required: true, whitespace: true, message: t('planning.common.required') }]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
          ) : null}
          {source === 'count' ? (
            <Form.Item
              name="count_of"
              label={t('planning.indicator.countOf')}
              rules={[{ required: true, message: t('planning.common.required') }]}
            >
              <Select
                style={{ width: 240 }}
                options={COUNT_OF.map((c) => ({ value: c, label: t(`planning.countOf.${c}`) }))}
              />
            </Form.Item>
          ) : null}
        </Space>
        <Form.Item name="rba" label={t('planning.indicator.rba')}>
          <Select
            style={{ width: 280 }}
            data-testid="indicator-rba"
            options={RBA.map((r) => ({ value: r, label: t(`planning.rba.${r}`) }))}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="baseline" label={t('planning.indicator.baseline')}>
            <InputNumber {...decimal} data-testid="indicator-baseline" />
          </Form.Item>
          <Form.Item name="target" label={t('planning.indicator.target')}>
            <InputNumber {...decimal} data-testid="indicator-target" />
          </Form.Item>
          <Form.Item name="unit" label={t('planning.indicator.unit')}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="direction" label={t('planning.indicator.direction')}>
            <Select
              style={{ width: 200 }}
              options={(['higher', 'lower'] as const).map((d) => ({ value: d, label: t(`planning.direction.${d}`) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item
            name="schedule_months"
            label={t('planning.indicator.schedule')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="due" label={t('planning.indicator.nextDue')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
        </Space>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
