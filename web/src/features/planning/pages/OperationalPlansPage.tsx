// Operational plans of an organisation (a year, the whole organisation or one service), filtered by year.
import { useState } from 'react';
import { Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useOperationalPlans } from '../api';
import { OperationalPlanModal } from '../components/OperationalPlanModal';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import type { OperationalPlanSummary } from '../types';

export default function OperationalPlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const plans = useOperationalPlans({ organisation_id: org?.id }, Boolean(org));
  const [creating, setCreating] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Card loading />;
  if (!org) return <Empty description={t('planning.common.noOrganisation')} />;
  const items = plans.data?.items ?? [];
  const years = [...new Set(items.map((p) => p.year))].sort((a, b) => b - a);
  const shown = year ? items.filter((p) => p.year === year) : items;
  return (
    <div data-testid="planning-operational-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.operational.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
        <Select
          aria-label={t('planning.common.year')}
          placeholder={t('planning.common.year')}
          allowClear
          style={{ width: 120 }}
          value={year}
          onChange={(y?: number) => {
            const next = new URLSearchParams(params);
            if (y) next.set('year', String(y));
            else next.delete('year');
            setParams(next);
          }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        {org.can_manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="operational-plan-create"
          >
            {t('planning.operational.create')}
          </Button>
        ) : null}
      </Space>
      {plans.error ? <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} /> : null}
      <Table<OperationalPlanSummary>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={shown}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('planning.operational.empty') }}
        data-testid="operational-plans-table"
        columns={[
          { title: t('planning.common.year'), dataIndex: 'year', width: 80 },
          {
            title: t('planning.common.title'),
            dataIndex: 'title',
            render: (v: string, p) => (
              <Link to={`/planning/operational/${p.id}`} data-testid="operational-plan-link">
                {v}
              </Link>
            ),
          },
          {
            title: t('planning.common.service'),
            dataIndex: 'service_name',
            render: (v: string) => v || t('planning.common.wholeOrganisation'),
          },
          {
            title: t('planning.common.state'),
            dataIndex: 'state',
            render: (s: string) => (
              <Tag color={s === 'closed' ? 'default' : 'blue'}>{t(`planning.planState.${s}`)}</Tag>
            ),
          },
          { title: t('planning.operational.goalsCount'), dataIndex: 'goals', align: 'right' },
        ]}
      />
      {creating ? (
        <OperationalPlanModal
          organisationId={org.id}
          onClose={() => setCreating(false)}
          onSaved={(d) => navigate(`/planning/operational/${d.plan.id}`)}
        />
      ) : null}
    </div>
  );
}
