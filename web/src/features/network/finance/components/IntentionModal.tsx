// One intention of a development plan: type, description, capacity change, form, territory, staff (FTE), the
// year it starts, the need or audit finding it answers, the measure of the region's medium-term plan (SPRSS) it
// contributes to, and its costs per year and category.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogues } from '../../../registry/api';
import { useAudit } from '../../../quality/api';
import { useNeedAreas } from '../../api';
import { useKinds } from '../../components/useKinds';
import { useEvidence } from '../api';
import { useCapacityUnits } from './useCapacityUnits';
import { usePlanNodes } from './usePlanNodes';
import { COST_CATEGORIES, INTENTION_TYPES, answersSomething, costGrid, formatCzk, gridCosts, sum } from '../finance';
import type { CostCategory, DevIntentionInput } from '../types';

interface Props {
  initial: DevIntentionInput | null;
  years: number[];
  serviceId: number;
  kindCode: string;
  capacityUnit: string;
  saving: boolean;
  onSave: (value: DevIntentionInput) => void;
  onClose: () => void;
}

type Values = Omit<DevIntentionInput, 'costs'>;

export function IntentionModal({ initial, years, serviceId, kindCode, capacityUnit, saving, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const [form] = Form.useForm<Values>();
  const [grid, setGrid] = useState<Record<CostCategory, number[]>>(() => costGrid(initial?.costs ?? [], years));
  const [missingAnswer, setMissingAnswer] = useState(false);
  const type = Form.useWatch('type', form);
  const needs = useNeedAreas();
  const catalogues = useCatalogues();
  const { kinds, formName } = useKinds();
  const units = useCapacityUnits();
  const planNodes = usePlanNodes();
  const evidence = useEvidence(serviceId);
  const auditId = evidence.data?.last_audit?.id ?? 0;
  const audit = useAudit(auditId);
  const pick = (x: { name_cs: string; name_en: string }) => (en && x.name_en ? x.name_en : x.name_cs);
  const kindForms = kinds.find((k) => k.value === kindCode)?.forms ?? [];
  const k = (key: string) => t(`networkFinance.dev.${key}`);
  const total = COST_CATEGORIES.reduce((a, c) => a + sum(grid[c]), 0);
  return (
    <Modal
      open
      width={760}
      title={initial ? k('editIntention') : k('addIntention')}
      onCancel={onClose}
      okText={t('networkFinance.common.save')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: saving, 'data-testid': 'intention-save' } as ButtonProps}
      onOk={() =>
        form.validateFields().then((v) => {
          const value: DevIntentionInput = { ...v, costs: gridCosts(grid, years) };
          if (!answersSomething(value)) {
            setMissingAnswer(true);
            return;
          }
          onSave(value);
        })
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial ?? { type: 'capacity', from_year: years[0], capacity_unit: capacityUnit || undefined }}
      >
        <Space wrap>
          <Form.Item name="type" label={k('type')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 220 }}
              data-testid="intention-type"
              options={INTENTION_TYPES.map((x) => ({ value: x, label: t(`networkFinance.intentionType.${x}`) }))}
            />
          </Form.Item>
          <Form.Item name="from_year" label={k('fromYear')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 100 }}
              data-testid="intention-year"
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="description"
          label={k('description')}
          rules={[{ required: true, message: t('networkFinance.common.requiredField', { field: k('description') }) }]}
        >
          <Input.TextArea rows={2} data-testid="intention-description" />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="capacity_delta"
            label={k('capacityChange')}
            required={type === 'capacity'}
            rules={
              type === 'capacity'
                ? [
                    {
                      required: true,
                      message: t('networkFinance.common.requiredField', { field: k('capacityChange') }),
                    },
                  ]
                : []
            }
          >
            <InputNumber data-testid="intention-capacity" step={1} />
          </Form.Item>
          <Form.Item name="capacity_unit" label={k('capacityUnit')}>
            <Select
              allowClear
              style={{ minWidth: 140 }}
              options={units.options}
              data-testid="intention-capacity-unit"
            />
          </Form.Item>
          <Form.Item name="fte_delta" label={k('fte')}>
            <InputNumber step={0.1} data-testid="intention-fte" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="form_code" label={t('networkFinance.common.form')}>
            <Select
              allowClear
              style={{ minWidth: 180 }}
              options={kindForms.map((f) => ({ value: f, label: formName(f) || f }))}
              data-testid="intention-form"
            />
          </Form.Item>
          <Form.Item name="territory_code" label={k('territory')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 220 }}
              options={(catalogues.data?.territories ?? []).map((x) => ({ value: x.code, label: pick(x) }))}
              data-testid="intention-territory"
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="need_area_id" label={k('need')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 240 }}
              options={(needs.data?.items ?? []).map((n) => ({ value: n.id, label: pick(n) }))}
              data-testid="intention-need"
            />
          </Form.Item>
          <Form.Item name="finding_id" label={k('finding')}>
            <Select
              allowClear
              style={{ minWidth: 240 }}
              options={(audit.data?.findings ?? []).map((f) => ({ value: f.id, label: f.text }))}
              data-testid="intention-finding"
            />
          </Form.Item>
        </Space>
        <Form.Item name="plan_node_id" label={k('planNode')} extra={k('planNodeHint')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 320 }}
            loading={planNodes.loading}
            options={planNodes.groups}
            data-testid="intention-plan-node"
          />
        </Form.Item>
        <Form.Item name="answers_text" label={k('answersText')} extra={k('answersHint')}>
          <Input data-testid="intention-answers" />
        </Form.Item>
        {missingAnswer ? <Alert type="error" showIcon message={k('answersHint')} style={{ marginBottom: 8 }} /> : null}
      </Form>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey="category"
        caption={k('costs')}
        dataSource={COST_CATEGORIES.map((category) => ({ category }))}
        columns={[
          { title: '', key: 'c', render: (_, r) => t(`networkFinance.costCategory.${r.category}`) },
          ...years.map((y, i) => ({
            title: String(y),
            key: String(y),
            render: (_: unknown, r: { category: CostCategory }) => (
              <InputNumber<number>
                min={0}
                step={1000}
                style={{ width: 130 }}
                value={grid[r.category][i] || null}
                data-testid={`intention-cost-${r.category}-${y}`}
                formatter={(v) => (v === undefined ? '' : Number(v).toLocaleString('cs-CZ'))}
                parser={(v) => Number((v ?? '').replace(/[^\d.-]/g, '')) || 0}
                onChange={(v) =>
                  setGrid((g) => ({ ...g, [r.category]: g[r.category].map((x, j) => (j === i ? Number(v) || 0 : x)) }))
                }
              />
            ),
          })),
        ]}
        footer={() => (
          <span data-testid="intention-total">
            {t('networkFinance.common.total')}: {formatCzk(total)}
          </span>
        )}
      />
    </Modal>
  );
}
