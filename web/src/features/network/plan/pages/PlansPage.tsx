// The region's medium-term plans (SPRSS): period, state, comments and action plans; the region's managers start a
// new one. Municipalities and providers see the plans sent for comments or approved.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate } from '../../../../lib/format';
import { RegionPicker } from '../../components/RegionPicker';
import { createPlan, usePlanMutation, usePlans } from '../api';
import { useRegionSuffix, useStanding } from '../components/common';
import { PlanStatusTag } from '../components/Tags';
import type { Plan } from '../types';
import { useFeedback } from '../../../../app/feedback';

interface PlanValues {
  title: string;
  year_from: number;
  year_to: number;
}

export default function PlansPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const suffix = useRegionSuffix();
  const { code, manages, staff } = useStanding();
  const plans = usePlans(code);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlanValues>();
  const create = usePlanMutation((v: PlanValues) =>
    createPlan({
      title: v.title.trim(),
      year_from: v.year_from,
      year_to: v.year_to,
      ...(code ? { region: code } : {}),
    }),
  );
  const items = [...(plans.data?.items ?? [])].sort((a, b) => b.year_from - a.year_from || b.id - a.id);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const d = await create.mutateAsync(v);
      void message.success(t('networkPlan.common.saved'));
      setOpen(false);
      navigate(`/network/plans/${d.plan.id}${suffix}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="nwp-plans-page">
      <PageHeader
        title={t('networkPlan.plans.title')}
        extra={
          manages ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="nwp-plan-create"
              onClick={() => {
                create.reset();
                const y = dayjs().year() + 1;
                form.setFieldsValue({ title: '', year_from: y, year_to: y + 2 });
                setOpen(true);
              }}
            >
              {t('networkPlan.plans.create')}
            </Button>
          ) : null
        }
      />
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('networkPlan.plans.intro')}</Typography.Paragraph>
      {!staff ? (
        <Alert type="info" showIcon message={t('networkPlan.plans.readerHint')} style={{ marginBottom: 12 }} />
      ) : null}
      {plans.error ? <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<Plan>
          rowKey="id"
          size="small"
          pagination={false}
          loading={plans.isPending}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          data-testid="nwp-plans"
          locale={{ emptyText: t('networkPlan.plans.empty') }}
          onRow={(p) => ({ 'data-status': p.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'title',
              title: t('networkPlan.plans.name'),
              render: (_, p) => (
                <div style={{ minWidth: 200, maxWidth: 420, whiteSpace: 'normal' }}>
                  <Link to={`/network/plans/${p.id}${suffix}`} data-testid="nwp-plan-link">
                    {p.title}
                  </Link>
                  <div className="kv-muted">{p.region_name}</div>
                </div>
              ),
            },
            { key: 'period', title: t('networkPlan.plans.period'), render: (_, p) => `${p.year_from}–${p.year_to}` },
            {
              key: 'status',
              title: t('networkPlan.common.status'),
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <PlanStatusTag status={p.status} />
                  {p.status === 'comments' && p.comments_until ? (
                    <span className="kv-muted">
                      {t('networkPlan.plan.untilInfo', { date: formatDate(p.comments_until) })}
                    </span>
                  ) : null}
                  {p.status === 'approved' && p.approved_on ? (
                    <span className="kv-muted">{formatDate(p.approved_on)}</span>
                  ) : null}
                </Space>
              ),
            },
            {
              key: 'comments',
              title: t('networkPlan.plans.comments'),
              render: (_, p) =>
                p.comments_total ? (
                  <Typography.Text type={p.comments_open ? 'warning' : undefined}>
                    {t('networkPlan.plans.commentsCount', { open: p.comments_open, total: p.comments_total })}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            { key: 'ap', title: t('networkPlan.plans.actionPlans'), align: 'right', render: (_, p) => p.action_plans },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('networkPlan.plans.create')}
        okText={t('networkPlan.common.create')}
        cancelText={t('networkPlan.common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'nwp-plan-create-submit' } as Record<string, string>}
      >
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="title"
            label={t('networkPlan.plans.name')}
            rules={[{ required: true, whitespace: true, message: t('networkPlan.plans.titleRequired') }]}
          >
            <Input maxLength={300} data-testid="nwp-plan-title" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="year_from" label={t('networkPlan.plans.yearFrom')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} data-testid="nwp-plan-from" />
            </Form.Item>
            <Form.Item
              name="year_to"
              label={t('networkPlan.plans.yearTo')}
              dependencies={['year_from']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: (_, v: number) =>
                    v >= getFieldValue('year_from')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('networkPlan.plans.yearsOrder'))),
                }),
              ]}
            >
              <InputNumber min={2000} max={2100} data-testid="nwp-plan-to" />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
