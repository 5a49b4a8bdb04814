// The region's criteria for evaluating development plans: names, weights (and their share), the scale, the
// evidence each looks at; the region's managers add and change them (deactivate instead of deleting).
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal, formatPercent } from '../../../../lib/format';
import { RegionPicker, useRegionCode } from '../../components/RegionPicker';
import { createCriterion, updateCriterion, useCriteria, useFinanceMutation } from '../api';
import { CRITERION_EVIDENCE } from '../finance';
import type { DevCriterion, DevCriterionInput } from '../types';

export default function CriteriaPage() {
  const { t } = useTranslation();
  const region = useRegionCode();
  const criteria = useCriteria(region);
  const [editing, setEditing] = useState<DevCriterion | 'new' | null>(null);
  const items = criteria.data?.items ?? [];
  const totalWeight = items.filter((c) => c.active).reduce((a, c) => a + c.weight, 0);
  const k = (key: string) => t(`networkFinance.criteria.${key}`);
  return (
    <div data-testid="dev-criteria-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {k('title')}
        </Typography.Title>
        {criteria.data?.can_manage ? (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="criterion-create">
            {k('create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      {criteria.error ? <ErrorAlert error={criteria.error} onRetry={() => criteria.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<DevCriterion>
          rowKey="id"
          size="small"
          loading={criteria.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={items}
          locale={{ emptyText: k('empty') }}
          data-testid="criteria-table"
          columns={[
            { title: k('position'), dataIndex: 'position', responsive: ['md'] },
            {
              title: t('networkFinance.dev.criterion'),
              key: 'name',
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <span>
                    {c.name} {!c.active ? <Tag>{t('networkFinance.criteria.active')}: ✗</Tag> : null}
                  </span>
                  {c.description ? <Typography.Text type="secondary">{c.description}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: k('weight'), key: 'w', align: 'right', render: (_, c) => formatDecimal(c.weight) },
            {
              title: k('weightShare'),
              key: 'share',
              align: 'right',
              responsive: ['sm'],
              render: (_, c) => (c.active && totalWeight > 0 ? formatPercent(c.weight / totalWeight) : '—'),
            },
            {
              title: k('scaleMax'),
              key: 's',
              align: 'right',
              responsive: ['sm'],
              render: (_, c) => `0–${c.scale_max}`,
            },
            {
              title: k('evidence'),
              key: 'e',
              responsive: ['md'],
              render: (_, c) => t(`networkFinance.evidenceKind.${c.evidence || 'none'}`),
            },
            ...(criteria.data?.can_manage
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, c: DevCriterion) => (
                      <Button size="small" onClick={() => setEditing(c)} data-testid="criterion-edit">
                        {t('networkFinance.common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing ? (
        <CriterionModal
          criterion={editing === 'new' ? null : editing}
          region={region}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}

function CriterionModal({
  criterion,
  region,
  onClose,
}: {
  criterion: DevCriterion | null;
  region?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DevCriterionInput>();
  const save = useFinanceMutation((v: DevCriterionInput) =>
    criterion ? updateCriterion(criterion.id, v) : createCriterion({ ...v, region }),
  );
  const k = (key: string) => t(`networkFinance.criteria.${key}`);
  const req = (field: string) => [{ required: true, message: t('networkFinance.common.requiredField', { field }) }];
  return (
    <Modal
      open
      title={criterion ? k('editTitle') : k('create')}
      onCancel={onClose}
      okText={t('networkFinance.common.save')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'criterion-save' } as ButtonProps}
      onOk={() => form.validateFields().then((v) => save.mutate(v, { onSuccess: onClose }))}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          criterion
            ? { ...criterion, evidence: criterion.evidence }
            : { weight: 1, scale_max: 5, active: true, evidence: '' }
        }
      >
        <Form.Item name="code" label={k('code')} rules={req(k('code'))}>
          <Input maxLength={40} data-testid="criterion-code" />
        </Form.Item>
        <Form.Item name="name_cs" label={k('nameCs')} rules={req(k('nameCs'))}>
          <Input data-testid="criterion-name-cs" />
        </Form.Item>
        <Form.Item name="name_en" label={k('nameEn')}>
          <Input data-testid="criterion-name-en" />
        </Form.Item>
        <Form.Item name="description" label={k('description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="weight" label={k('weight')} rules={req(k('weight'))}>
            <InputNumber min={0} step={1} data-testid="criterion-weight" />
          </Form.Item>
          <Form.Item name="scale_max" label={k('scaleMax')}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="position" label={k('position')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="active" label={k('active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="evidence" label={k('evidence')}>
          <Select
            options={CRITERION_EVIDENCE.map((e) => ({
              value: e,
              label: t(`networkFinance.evidenceKind.${e || 'none'}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
