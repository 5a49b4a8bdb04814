// Development plans: the region sees the plans of its services by status (score and decision once evaluated),
// a provider its own plans and starts a new one for one of its services.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../app/SessionContext';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal } from '../../../../lib/format';
import { isRegionStaff } from '../../network';
import { RegionPicker, useRegionCode } from '../../components/RegionPicker';
import { createDevPlan, useDevPlans, useFinanceMutation } from '../api';
import { DEV_STATUSES, decisionLabel, formatCzk, statusLabel } from '../finance';
import { useMyServices } from '../components/useMyServices';
import type { DevPlanInput, DevPlanSummary } from '../types';

export default function DevPlansPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const region = isRegionStaff(user);
  const canCreate = !region && user.permissions.includes('network.respond');
  const code = useRegionCode();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') || undefined;
  const plans = useDevPlans({ status, ...(code ? { region: code } : {}) });
  const [creating, setCreating] = useState(false);
  return (
    <div data-testid="dev-plans-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('networkFinance.dev.title')}
        </Typography.Title>
        {canCreate ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="dev-plan-create">
            {t('networkFinance.dev.create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">
        {t(region ? 'networkFinance.dev.introRegion' : 'networkFinance.dev.introProvider')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('networkFinance.dev.allStates')}
          value={status}
          data-testid="dev-plans-status"
          onChange={(v?: string) => {
            const next = new URLSearchParams(params);
            if (v) next.set('status', v);
            else next.delete('status');
            setParams(next);
          }}
          options={DEV_STATUSES.map((s) => ({ value: s, label: t(`networkFinance.status.${s}`) }))}
        />
      </Space>
      {plans.error ? <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<DevPlanSummary>
          rowKey="id"
          size="small"
          loading={plans.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={plans.data?.items ?? []}
          locale={{ emptyText: t('networkFinance.dev.empty') }}
          data-testid="dev-plans-table"
          onRow={(p) => ({ 'data-testid': `dev-plan-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('networkFinance.common.service'),
              key: 'service',
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/network/dev-plans/${p.id}`} data-testid="dev-plan-link">
                    {p.service_name}
                  </Link>
                  <Typography.Text type="secondary">{p.title}</Typography.Text>
                </Space>
              ),
            },
            { title: t('networkFinance.common.provider'), dataIndex: 'provider_name', responsive: ['md'] },
            { title: t('networkFinance.common.kind'), dataIndex: 'kind_name', responsive: ['lg'] },
            { title: t('networkFinance.common.years'), dataIndex: 'years' },
            {
              title: t('networkFinance.common.state'),
              key: 'status',
              render: (_, p) => <span data-testid="dev-plan-status">{statusLabel(t, p.status, p.status_name)}</span>,
            },
            {
              title: t('networkFinance.dev.totalCost'),
              key: 'cost',
              align: 'right',
              responsive: ['sm'],
              render: (_, p) => formatCzk(p.total_cost),
            },
            {
              title: t('networkFinance.dev.score'),
              key: 'score',
              align: 'right',
              responsive: ['sm'],
              render: (_, p) => (p.score === null || p.score === undefined ? '—' : formatDecimal(p.score, 1)),
            },
            {
              title: t('networkFinance.dev.decision'),
              key: 'decision',
              responsive: ['sm'],
              render: (_, p) => decisionLabel(t, p.decision, p.decision_name),
            },
          ]}
        />
      </Card>
      {creating ? <CreatePlanModal onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

function CreatePlanModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { options, loading } = useMyServices();
  const [form] = Form.useForm<DevPlanInput>();
  const create = useFinanceMutation(createDevPlan);
  const year = new Date().getFullYear() + 1;
  const required = (field: string) => [
    { required: true, message: t('networkFinance.common.requiredField', { field }) },
  ];
  return (
    <Modal
      open
      title={t('networkFinance.dev.create')}
      onCancel={onClose}
      okText={t('networkFinance.common.create')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'dev-plan-create-ok' } as ButtonProps}
      onOk={() =>
        form.validateFields().then((v) =>
          create.mutate(v, {
            onSuccess: (p) => {
              onClose();
              navigate(`/network/dev-plans/${p.id}`);
            },
          }),
        )
      }
    >
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ year_from: year, year_to: year + 2 }}>
        <Form.Item
          name="service_id"
          label={t('networkFinance.common.service')}
          rules={required(t('networkFinance.common.service'))}
          extra={t('networkFinance.dev.serviceHint')}
        >
          <Select
            loading={loading}
            options={options}
            showSearch
            optionFilterProp="label"
            data-testid="dev-plan-service"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('networkFinance.dev.planTitle')}
          rules={required(t('networkFinance.dev.planTitle'))}
        >
          <Input data-testid="dev-plan-title" maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="year_from"
            label={t('networkFinance.dev.yearFrom')}
            rules={required(t('networkFinance.dev.yearFrom'))}
          >
            <InputNumber min={2000} max={2100} data-testid="dev-plan-year-from" />
          </Form.Item>
          <Form.Item
            name="year_to"
            label={t('networkFinance.dev.yearTo')}
            rules={required(t('networkFinance.dev.yearTo'))}
          >
            <InputNumber min={2000} max={2100} data-testid="dev-plan-year-to" />
          </Form.Item>
        </Space>
        <Form.Item name="summary" label={t('networkFinance.dev.summary')}>
          <Input.TextArea rows={3} data-testid="dev-plan-summary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
