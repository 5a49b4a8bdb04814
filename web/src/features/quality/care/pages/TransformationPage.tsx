// Transformation plans of residential services the caller may read, with progress, and a form for a new plan.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Progress, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { createPlan, useCareMutation, usePlans } from '../api';
import type { QcPlanInput, QcPlanSummary } from '../types';
import { ServiceSelect } from '../../components/ServiceSelect';
import { CareModal } from '../components/CareModal';
import { useCurrentUser } from '../../../../app/SessionContext';
import { seesRegionIndicators } from '../care';

export default function TransformationPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const [adding, setAdding] = useState(false);
  const user = useCurrentUser();
  return (
    <div data-testid="care-transformation-page">
      <h1>{t('qualityCare.transformation.title')}</h1>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setAdding(true)} data-testid="care-plan-add">
          {t('qualityCare.transformation.newPlan')}
        </Button>
        {/* the region's indicators have their own page, reachable before any plan exists */}
        {seesRegionIndicators(user) ? (
          <Link to="/quality/care/transformation/indicators" data-testid="care-indicators-link">
            {t('qualityCare.indicators.title')}
          </Link>
        ) : null}
      </Space>
      {plans.error ? <ErrorAlert error={plans.error} /> : null}
      <Table<QcPlanSummary>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items ?? []}
        data-testid="care-plan-list"
        locale={{ emptyText: t('qualityCare.transformation.empty') }}
        columns={[
          {
            title: t('qualityCare.transformation.planTitle'),
            render: (_, p) => <Link to={`/quality/care/transformation/${p.id}`}>{p.title}</Link>,
          },
          {
            title: t('qualityCare.transformation.service'),
            render: (_, p) => `${p.service_name} (${p.provider_name})`,
          },
          {
            title: t('qualityCare.transformation.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`qualityCare.transformation.statuses.${s}`)}</Tag>,
          },
          {
            title: t('qualityCare.transformation.current'),
            render: (_, p) => `${p.current_capacity} (${p.baseline_capacity} → ${p.target_capacity})`,
          },
          {
            title: t('qualityCare.transformation.milestones'),
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Progress
                  percent={p.milestones_total ? Math.round((100 * p.milestones_done) / p.milestones_total) : 0}
                  size="small"
                  style={{ width: 160 }}
                />
                <small>
                  {t('qualityCare.transformation.progress', { done: p.milestones_done, total: p.milestones_total })}
                </small>
                {p.milestones_overdue ? (
                  <Tag color="red">{t('qualityCare.transformation.overdue', { count: p.milestones_overdue })}</Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('qualityCare.transformation.targetOn'),
            dataIndex: 'target_on',
            render: (v: string) => dayjs(v).format('D. M. YYYY'),
          },
        ]}
      />
      {adding ? <PlanModal onClose={() => setAdding(false)} /> : null}
    </div>
  );
}

function PlanModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const save = useCareMutation((body: QcPlanInput) => createPlan(body));
  return (
    <CareModal
      title={t('qualityCare.transformation.newPlan')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: {
          service_id: number;
          title: string;
          description?: string;
          baseline_capacity: number;
          target_capacity: number;
          baseline_on: dayjs.Dayjs;
          target_on: dayjs.Dayjs;
        }) =>
          save.mutate(
            {
              service_id: v.service_id,
              title: v.title,
              description: v.description ?? '',
              baseline_capacity: v.baseline_capacity,
              target_capacity: v.target_capacity,
              baseline_on: v.baseline_on.format('YYYY-MM-DD'),
              target_on: v.target_on.format('YYYY-MM-DD'),
            },
            {
              onSuccess: (plan) => {
                onClose();
                navigate(`/quality/care/transformation/${plan.summary.id}`);
              },
            },
          )
        }
      >
        <Form.Item name="service_id" label={t('qualityCare.transformation.serviceId')} rules={[{ required: true }]}>
          <ServiceSelect testId="plan-service" />
        </Form.Item>
        <Form.Item name="title" label={t('qualityCare.transformation.planTitle')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space>
          <Form.Item
            name="baseline_capacity"
            label={t('qualityCare.transformation.baseline')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="target_capacity" label={t('qualityCare.transformation.target')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="baseline_on" label={t('qualityCare.transformation.baselineOn')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="target_on" label={t('qualityCare.transformation.targetOn')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('qualityCare.transformation.description')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}
