// A financing model of the region: per kind and form the unit, units per capacity, the reference cost and own
// revenue per unit (their difference is the compensation), other public sources, the subsidy share; and the
// yearly cost growth. The region's managers edit it; everyone else reads it.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal, formatPercent } from '../../../../lib/format';
import { useKinds } from '../../components/useKinds';
import { updateModel, useFinanceMutation, useModel } from '../api';
import { FinanceNav } from '../components/FinanceNav';
import { FIN_UNITS, compensationPerUnit, formatCzk, fromPercent, optimalPerUnit, toPercent } from '../finance';
import type { FinModel, FinModelRow, FinModelRowInput } from '../types';

const rowInput = (r: FinModelRow): FinModelRowInput => ({
  kind_code: r.kind_code,
  form_code: r.form_code || undefined,
  unit: r.unit,
  units_per_capacity: r.units_per_capacity,
  reference_cost: r.reference_cost,
  own_revenue: r.own_revenue,
  other_public: r.other_public,
  subsidy_share: r.subsidy_share,
  note: r.note || undefined,
});

export default function ModelPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const model = useModel(id);
  const [editing, setEditing] = useState<number | 'new' | 'head' | null>(null);
  const save = useFinanceMutation((body: Parameters<typeof updateModel>[1]) => updateModel(id, body));
  const k = (key: string) => t(`networkFinance.models.${key}`);
  if (model.error) return <ErrorAlert error={model.error} onRetry={() => model.refetch()} />;
  const m = model.data;
  if (!m) return <Card loading />;
  const head = { name: m.model.name, status: m.model.status, cost_growth: m.model.cost_growth, note: m.model.note };
  const rows = m.rows.map(rowInput);
  return (
    <div data-testid="finance-model-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('networkFinance.fin.title')}
      </Typography.Title>
      <FinanceNav />
      <div className="no-print" style={{ marginBottom: 8 }}>
        <Link to="/network/finance/models">← {t('networkFinance.common.back')}</Link>
      </div>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Card
        size="small"
        className="kv-section"
        title={`${m.model.name} (${m.model.year})`}
        extra={
          m.can_manage ? (
            <Button onClick={() => setEditing('head')} data-testid="model-edit">
              {t('networkFinance.common.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('network.common.region')}>{m.model.region_name}</Descriptions.Item>
          <Descriptions.Item label={k('status')}>
            {t(`networkFinance.models.statusName.${m.model.status === 'approved' ? 'approved' : 'draft'}`)}
          </Descriptions.Item>
          <Descriptions.Item label={k('costGrowth')}>{formatPercent(m.model.cost_growth, 1)}</Descriptions.Item>
        </Descriptions>
        {m.model.note ? <Typography.Paragraph>{m.model.note}</Typography.Paragraph> : null}
      </Card>
      <Card
        size="small"
        className="kv-section"
        title={k('rows')}
        extra={
          m.can_manage ? (
            <Button onClick={() => setEditing('new')} data-testid="model-row-add">
              {k('addRow')}
            </Button>
          ) : null
        }
      >
        <Table<FinModelRow>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={m.rows}
          data-testid="model-rows"
          columns={[
            {
              title: t('networkFinance.common.kind'),
              key: 'k',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{r.kind_name}</span>
                  <Typography.Text type="secondary">{r.form_name || k('allForms')}</Typography.Text>
                </Space>
              ),
            },
            { title: k('unit'), dataIndex: 'unit_name' },
            {
              title: k('unitsPerCapacity'),
              key: 'u',
              align: 'right',
              responsive: ['md'],
              render: (_, r) => formatDecimal(r.units_per_capacity),
            },
            { title: k('referenceCost'), key: 'rc', align: 'right', render: (_, r) => formatCzk(r.reference_cost) },
            {
              title: k('ownRevenue'),
              key: 'or',
              align: 'right',
              responsive: ['sm'],
              render: (_, r) => formatCzk(r.own_revenue),
            },
            {
              title: k('compensation'),
              key: 'c',
              align: 'right',
              render: (_, r) => formatCzk(r.compensation_per_unit),
            },
            {
              title: k('otherPublic'),
              key: 'op',
              align: 'right',
              responsive: ['lg'],
              render: (_, r) => formatCzk(r.other_public),
            },
            {
              title: k('subsidyShare'),
              key: 'ss',
              align: 'right',
              responsive: ['md'],
              render: (_, r) => formatPercent(r.subsidy_share, 1),
            },
            ...(m.can_manage
              ? [
                  {
                    title: '',
                    key: 'e',
                    render: (_: unknown, _r: FinModelRow, i: number) => (
                      <Space>
                        <Button size="small" onClick={() => setEditing(i)} data-testid="model-row-edit">
                          {t('networkFinance.common.edit')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => save.mutate({ ...head, rows: rows.filter((_x, j) => j !== i) })}
                        >
                          {t('networkFinance.common.remove')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing === 'head' ? (
        <HeadModal
          model={m}
          saving={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(v) => save.mutate({ ...v, rows }, { onSuccess: () => setEditing(null) })}
        />
      ) : null}
      {editing !== null && editing !== 'head' ? (
        <RowModal
          initial={editing === 'new' ? null : rows[editing]}
          saving={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(r) =>
            save.mutate(
              { ...head, rows: editing === 'new' ? [...rows, r] : rows.map((x, j) => (j === editing ? r : x)) },
              { onSuccess: () => setEditing(null) },
            )
          }
        />
      ) : null}
    </div>
  );
}

function HeadModal({
  model,
  saving,
  onSave,
  onClose,
}: {
  model: FinModel;
  saving: boolean;
  onSave: (v: { name: string; status: string; cost_growth: number; note: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.models.${key}`);
  const [form] = Form.useForm<{ name: string; status: string; growth: number; note: string }>();
  return (
    <Modal
      open
      title={model.model.name}
      onCancel={onClose}
      okText={t('networkFinance.common.save')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            onSave({ name: v.name, status: v.status, cost_growth: fromPercent(v.growth ?? 0), note: v.note ?? '' }),
          )
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: model.model.name,
          status: model.model.status,
          growth: toPercent(model.model.cost_growth),
          note: model.model.note,
        }}
      >
        <Form.Item name="name" label={k('name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="status" label={k('status')}>
          <Select
            options={(['draft', 'approved'] as const).map((s) => ({
              value: s,
              label: t(`networkFinance.models.statusName.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="growth" label={k('costGrowth')}>
          <InputNumber min={-50} max={100} step={0.5} />
        </Form.Item>
        <Form.Item name="note" label={t('networkFinance.common.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type RowValues = Omit<FinModelRowInput, 'subsidy_share'> & { share: number };

function RowModal({
  initial,
  saving,
  onSave,
  onClose,
}: {
  initial: FinModelRowInput | null;
  saving: boolean;
  onSave: (r: FinModelRowInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.models.${key}`);
  const { kinds, formName } = useKinds();
  const [form] = Form.useForm<RowValues>();
  const kind = Form.useWatch('kind_code', form);
  const values = Form.useWatch([], form);
  const preview = values
    ? optimalPerUnit({
        reference_cost: values.reference_cost ?? 0,
        own_revenue: values.own_revenue ?? 0,
        subsidy_share: fromPercent(values.share ?? 100),
        other_public: values.other_public ?? 0,
      })
    : 0;
  const req = [{ required: true, message: '' }];
  return (
    <Modal
      open
      width={640}
      title={k('editRow')}
      onCancel={onClose}
      okText={t('networkFinance.common.save')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: saving, 'data-testid': 'model-row-save' } as ButtonProps}
      onOk={() =>
        form.validateFields().then(({ share, ...v }) => onSave({ ...v, subsidy_share: fromPercent(share ?? 100) }))
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          initial
            ? { ...initial, share: toPercent(initial.subsidy_share ?? 1) }
            : { unit: 'hour', units_per_capacity: 1, reference_cost: 0, own_revenue: 0, other_public: 0, share: 100 }
        }
      >
        <Space wrap>
          <Form.Item name="kind_code" label={t('networkFinance.common.kind')} rules={req}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 260 }}
              options={kinds.map((x) => ({ value: x.value, label: x.label }))}
            />
          </Form.Item>
          <Form.Item name="form_code" label={t('networkFinance.common.form')}>
            <Select
              allowClear
              placeholder={k('allForms')}
              style={{ minWidth: 160 }}
              options={(kinds.find((x) => x.value === kind)?.forms ?? []).map((f) => ({
                value: f,
                label: formName(f) || f,
              }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="unit" label={k('unit')} rules={req}>
            <Select
              style={{ minWidth: 140 }}
              options={FIN_UNITS.map((u) => ({ value: u, label: t(`networkFinance.fin.unit.${u}`) }))}
            />
          </Form.Item>
          <Form.Item name="units_per_capacity" label={k('unitsPerCapacity')} rules={req}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="reference_cost" label={`${k('referenceCost')} (Kč)`} rules={req}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="own_revenue" label={`${k('ownRevenue')} (Kč)`} rules={req}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="other_public" label={`${k('otherPublic')} (Kč)`}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="share" label={k('subsidyShare')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        </Space>
        <Typography.Paragraph data-testid="model-row-preview">
          {k('compensation')}: {formatCzk(compensationPerUnit(values?.reference_cost ?? 0, values?.own_revenue ?? 0))} ·{' '}
          {t('networkFinance.lines.optimal')}: {formatCzk(preview)}
        </Typography.Paragraph>
        <Form.Item name="note" label={t('networkFinance.common.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
