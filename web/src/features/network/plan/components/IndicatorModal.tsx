// Adding or editing an indicator of a node: where it comes from (the region's own, a benchmarking working group's
// indicator or a planning indicator), its name, unit, direction and baseline (defaulting from the source), and the
// target and actual value of each year of the plan. Editing keeps the source; it can be changed. The benchmark
// groups and methodologies and the planning plans are read through those modules' own API hooks.
import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useGroups, useMethodologies, useMethodology } from '../../../benchmark/api';
import { useOperationalPlan, useOperationalPlans, useStrategicPlan, useStrategicPlans } from '../../../planning/api';
import { addIndicator, updateIndicator, usePlanMutation } from '../api';
import {
  benchmarkIndicatorOptions,
  indicatorBody,
  offeredMethodology,
  planningIndicatorOptions,
  planYears,
  regionGroups,
  type IndicatorFormValues,
  type IndicatorSourceKind,
  type SourceOption,
} from '../sprss';
import { DIRECTIONS, type Indicator, type IndicatorInput } from '../types';
import { useFeedback } from '../../../../app/feedback';

type YearValues = Record<number, { target: number | null; actual: number | null }>;

const SOURCES: IndicatorSourceKind[] = ['manual', 'benchmark', 'planning'];

/** The benchmark side: the region's working groups, then the indicators of the group's methodology. */
function BenchmarkFields({
  regionName,
  groupId,
  onIndicator,
}: {
  regionName: string;
  groupId: number | null;
  onIndicator: (o: SourceOption) => void;
}) {
  const { t } = useTranslation();
  const groups = useGroups();
  const methodologies = useMethodologies(groupId ?? undefined);
  const offered = offeredMethodology(methodologies.data?.items ?? []);
  const methodology = useMethodology(offered?.id);
  const groupOptions = regionGroups(groups.data?.items ?? [], regionName).map((g) => ({
    value: g.id,
    label: g.name,
  }));
  const indicatorOptions = benchmarkIndicatorOptions(methodology.data?.indicators ?? []);
  return (
    <>
      {groups.isSuccess && groupOptions.length === 0 ? (
        <Alert type="info" showIcon message={t('networkPlan.indicator.noGroups')} style={{ marginBottom: 8 }} />
      ) : null}
      <Form.Item
        name="bmGroupId"
        label={t('networkPlan.indicator.bmGroup')}
        rules={[{ required: true, message: t('networkPlan.indicator.groupRequired') }]}
      >
        <Select
          options={groupOptions}
          loading={groups.isLoading}
          showSearch
          optionFilterProp="label"
          data-testid="nwp-indicator-bm-group"
        />
      </Form.Item>
      <Form.Item
        name="bmIndicatorCode"
        label={t('networkPlan.indicator.bmIndicator')}
        rules={[{ required: true, message: t('networkPlan.indicator.bmIndicatorRequired') }]}
      >
        <Select
          options={indicatorOptions.map((o) => ({ value: o.value, label: o.label }))}
          loading={methodologies.isLoading || methodology.isLoading}
          disabled={!groupId}
          showSearch
          optionFilterProp="label"
          onChange={(code: string) => {
            const o = indicatorOptions.find((x) => x.value === code);
            if (o) onIndicator(o);
          }}
          data-testid="nwp-indicator-bm-indicator"
        />
      </Form.Item>
    </>
  );
}

/** The planning side: a strategic or operational plan the caller reads, then an indicator of its goals. */
function PlanningFields({
  current,
  onIndicator,
}: {
  current: { id: number; label: string } | null;
  onIndicator: (o: SourceOption) => void;
}) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<string | null>(null);
  const strategic = useStrategicPlans({});
  const operational = useOperationalPlans({});
  const [kind, id] = plan ? plan.split(':') : ['', '0'];
  const sDetail = useStrategicPlan(kind === 's' ? Number(id) : 0);
  const oDetail = useOperationalPlan(kind === 'o' ? Number(id) : 0);
  const goals = (kind === 's' ? sDetail.data?.goals : kind === 'o' ? oDetail.data?.goals : undefined) ?? [];
  const options = planningIndicatorOptions(goals);
  const planOptions = [
    ...(strategic.data?.items ?? []).map((p) => ({
      value: `s:${p.id}`,
      label: `${p.organisation_name} – ${t('networkPlan.indicator.strategicPlan', { from: p.year_from, to: p.year_to })}: ${p.title}`,
    })),
    ...(operational.data?.items ?? []).map((p) => ({
      value: `o:${p.id}`,
      label: `${p.organisation_name} – ${t('networkPlan.indicator.operationalPlan', { year: p.year })}: ${p.title}`,
    })),
  ];
  const indicatorOptions = options.map((o) => ({ value: o.value, label: o.label }));
  if (current && !options.some((o) => o.value === current.id))
    indicatorOptions.unshift({ value: current.id, label: current.label });
  return (
    <>
      <Form.Item label={t('networkPlan.indicator.plPlan')}>
        <Select
          value={plan}
          onChange={setPlan}
          options={planOptions}
          loading={strategic.isLoading || operational.isLoading}
          showSearch
          optionFilterProp="label"
          data-testid="nwp-indicator-pl-plan"
        />
      </Form.Item>
      <Form.Item
        name="plIndicatorId"
        label={t('networkPlan.indicator.plIndicator')}
        rules={[{ required: true, message: t('networkPlan.indicator.plIndicatorRequired') }]}
      >
        <Select
          options={indicatorOptions}
          loading={sDetail.isLoading || oDetail.isLoading}
          showSearch
          optionFilterProp="label"
          onChange={(value: number) => {
            const o = options.find((x) => x.value === value);
            if (o) onIndicator(o);
          }}
          data-testid="nwp-indicator-pl-indicator"
        />
      </Form.Item>
    </>
  );
}

export function IndicatorModal({
  nodeId,
  indicator,
  plan,
  onClose,
}: {
  nodeId: number;
  indicator: Indicator | null;
  plan: { year_from: number; year_to: number; region_name?: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<IndicatorFormValues>();
  const source = (Form.useWatch('source', form) ?? indicator?.source ?? 'manual') as IndicatorSourceKind;
  const groupId = Form.useWatch('bmGroupId', form) ?? null;
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
  // Name, unit and direction default from the chosen source indicator.
  const fromSource = (o: SourceOption) => form.setFieldsValue({ name: o.name, unit: o.unit, direction: o.direction });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync(indicatorBody({ ...v, source }, years, values));
      void message.success(t('networkPlan.tree.saved'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  const setYear = (y: number, field: 'target' | 'actual', v: number | null) =>
    setValues((old) => ({ ...old, [y]: { ...old[y], [field]: v } }));
  const currentPlanning =
    indicator?.source === 'planning' && indicator.pl_indicator_id
      ? { id: indicator.pl_indicator_id, label: indicator.source_indicator_name || indicator.source_name }
      : null;
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
          source: indicator?.source ?? 'manual',
          bmGroupId: indicator?.bm_group_id ?? null,
          bmIndicatorCode: indicator?.bm_indicator_code || null,
          plIndicatorId: indicator?.pl_indicator_id ?? null,
          name: indicator?.name ?? '',
          unit: indicator?.unit ?? '',
          direction: indicator?.direction ?? 'higher',
          baseline: indicator?.baseline ?? null,
        }}
      >
        <Form.Item name="source" label={t('networkPlan.indicator.source')}>
          <Radio.Group
            optionType="button"
            options={SOURCES.map((s) => ({
              value: s,
              label: t(`networkPlan.indicator.sourceKind.${s}`),
              'data-testid': `nwp-indicator-source-${s}`,
            }))}
            onChange={() => form.setFieldsValue({ bmIndicatorCode: null, plIndicatorId: null })}
          />
        </Form.Item>
        {source === 'benchmark' ? (
          <BenchmarkFields regionName={plan.region_name ?? ''} groupId={groupId} onIndicator={fromSource} />
        ) : null}
        {source === 'planning' ? <PlanningFields current={currentPlanning} onIndicator={fromSource} /> : null}
        <Form.Item
          name="name"
          label={t('networkPlan.indicator.name')}
          rules={[{ required: true, whitespace: true, message: t('networkPlan.indicator.nameRequired') }]}
        >
          <Input maxLength={300} data-testid="nwp-indicator-name" />
        </Form.Item>
        <Form.Item name="unit" label={t('networkPlan.indicator.unit')}>
          <Input maxLength={50} data-testid="nwp-indicator-unit" />
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
            title: source === 'manual' ? t('networkPlan.indicator.actual') : t('networkPlan.indicator.manualActual'),
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
      {source !== 'manual' ? (
        <Alert type="info" showIcon message={t('networkPlan.indicator.sourceHint')} style={{ marginTop: 8 }} />
      ) : null}
    </Modal>
  );
}
