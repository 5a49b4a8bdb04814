// The region's financing models by year; the region's managers start the model of a new year.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../app/SessionContext';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatPercent } from '../../../../lib/format';
import { managesRegion } from '../../network';
import { createModel, useFinanceMutation, useModels } from '../api';
import { FinanceNav } from '../components/FinanceNav';
import { fromPercent } from '../finance';
import type { FinModelHead } from '../types';

export default function ModelsPage() {
  const { t } = useTranslation();
  const models = useModels();
  const manages = managesRegion(useCurrentUser());
  const [creating, setCreating] = useState(false);
  const k = (key: string) => t(`networkFinance.models.${key}`);
  return (
    <div data-testid="finance-models-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('networkFinance.fin.title')}
      </Typography.Title>
      <FinanceNav />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Text type="secondary">{k('intro')}</Typography.Text>
        {manages ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="model-create">
            {k('create')}
          </Button>
        ) : null}
      </Space>
      {models.error ? <ErrorAlert error={models.error} onRetry={() => models.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<FinModelHead>
          rowKey="id"
          size="small"
          loading={models.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={models.data?.items ?? []}
          locale={{ emptyText: k('empty') }}
          data-testid="models-table"
          columns={[
            { title: t('networkFinance.common.year'), dataIndex: 'year' },
            {
              title: k('name'),
              key: 'n',
              render: (_, m) => (
                <Link to={`/network/finance/models/${m.id}`} data-testid="model-link">
                  {m.name}
                </Link>
              ),
            },
            { title: t('network.common.region'), dataIndex: 'region_name', responsive: ['md'] },
            {
              title: k('status'),
              key: 's',
              render: (_, m) => t(`networkFinance.models.statusName.${m.status === 'approved' ? 'approved' : 'draft'}`),
            },
            { title: k('costGrowth'), key: 'g', align: 'right', render: (_, m) => formatPercent(m.cost_growth, 1) },
            { title: k('rows'), dataIndex: 'rows', align: 'right', responsive: ['sm'] },
          ]}
        />
      </Card>
      {creating ? <CreateModelModal onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

function CreateModelModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ year: number; name: string; growth: number }>();
  const create = useFinanceMutation(createModel);
  const k = (key: string) => t(`networkFinance.models.${key}`);
  return (
    <Modal
      open
      title={k('create')}
      onCancel={onClose}
      okText={t('networkFinance.common.create')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'model-create-ok' } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            create.mutate(
              { year: v.year, name: v.name, cost_growth: fromPercent(v.growth ?? 0) },
              { onSuccess: (m) => navigate(`/network/finance/models/${m.model.id}`) },
            ),
          )
      }
    >
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() + 1, growth: 3 }}>
        <Form.Item name="year" label={t('networkFinance.common.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          name="name"
          label={k('name')}
          rules={[{ required: true, message: t('networkFinance.common.requiredField', { field: k('name') }) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="growth" label={k('costGrowth')}>
          <InputNumber min={-50} max={100} step={0.5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
