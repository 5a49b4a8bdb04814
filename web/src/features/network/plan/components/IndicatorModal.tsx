// Adding or editing an indicator of a node: its name, unit, direction and baseline, and the target and actual value
// of each year of the plan. Indicators taken from benchmarking or planning keep their source.
import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { addIndicator, updateIndicator, usePlanMutation } from '../api';
import { planYears } from '../sprss';
import { DIRECTIONS, type Indicator, type IndicatorInput } from '../types';

interface Values {
  name: string;
  unit?: string;
  direction: string;
  baseline?: number | null;
}

type YearValues = Record<number, { target: number | null; actual: number | null }>;

export function IndicatorModal({
  nodeId,
  indicator,
  plan,
  onClose,
}: {
  nodeId: number;
  indicator: Indicator | null;
  plan: { year_from: number; year_to: number };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const years = planYears(plan);
  const [values, setValues] = useState<YearValues>(() =>
    Object.fromEntries(
      years.map((y) => {
        const v = indicator?.years.find((x) => x.year === y);
        return [y, { target: v?.target ?? null, actual: v?.actual ?? null }];
      }),
    ),
  );
  const save = usePlanMutation((body: IndicatorInput) =>
    indicator ? updateIndicator(indicator.id, body) : addIndicator(nodeId, body),
  );
  const submit = async () => {
    const v = await form.validateFields();
    const body: IndicatorInput = {
      source: indicator?.source ?? 'manual',
      name: v.name.trim(),
      unit: (v.unit ?? '').trim(),
      direction: v.direction,
      years: years
        .filter((y) => values[y].target !== null || values[y].actual !== null)
        .map((y) => ({ year: y, target: values[y].target, actual: values[y].actual })),
    };
    if (v.baseline !== null && v.baseline !== undefined) body.baseline = v.baseline;
    if (indicator?.bm_group_id) body.bm_group_id = indicator.bm_group_id;
    if (indicator?.bm_indicator_code) body.bm_indicator_code = indicator.bm_indicator_code;
    if (indicator?.pl_indicator_id) body.pl_indicator_id = indicator.pl_indicator_id;
    try {
      await save.mutateAsync(body);
      void message.success(t('networkPlan.tree.saved'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  const setYear = (y: number, field: 'target' | 'actual', v: number | null) =>
    setValues((old) => ({ ...old, [y]: { ...old[y], [field]: v } }));
  return (
    <Modal
      open
      title={indicator ? t('networkPlan.indicator.edit') : t('networkPlan.tree.addIndicator')}
      okText={t('networkPlan.common.save')}
      cancelText={t('networkPlan.common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'nwp-indicator-save' } as Record<string, string>}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: indicator?.name ?? '',
          unit: indicator?.unit ?? '',
          direction: indicator?.direction ?? 'higher',
          baseline: indicator?.baseline ?? null,
        }}
      >
        <Form.Item
          name="name"
          label={t('networkPlan.indicator.name')}
          rules={[{ required: true, whitespace: true, message: t('networkPlan.indicator.nameRequired') }]}
        >
          <Input maxLength={300} data-testid="nwp-indicator-name" />
        </Form.Item>
        <Form.Item name="unit" label={t('networkPlan.indicator.unit')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="direction" label={t('networkPlan.indicator.direction')}>
          <Select options={DIRECTIONS.map((d) => ({ value: d, label: t(`networkPlan.direction.${d}`) }))} />
        </Form.Item>
        <Form.Item name="baseline" label={t('networkPlan.indicator.baseline')}>
          <InputNumber decimalSeparator="," style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <Table
        size="small"
        pagination={false}
        rowKey="year"
        dataSource={years.map((year) => ({ year }))}
        columns={[
          { key: 'y', title: t('networkPlan.common.year'), render: (_, r) => r.year },
          {
            key: 't',
            title: t('networkPlan.indicator.target'),
            render: (_, r) => (
              <InputNumber
                decimalSeparator=","
                value={values[r.year].target}
                onChange={(v) => setYear(r.year, 'target', v)}
                data-testid={`nwp-indicator-target-${r.year}`}
              />
            ),
          },
          {
            key: 'a',
            title: t('networkPlan.indicator.actual'),
            render: (_, r) => (
              <InputNumber
                decimalSeparator=","
                value={values[r.year].actual}
                onChange={(v) => setYear(r.year, 'actual', v)}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
