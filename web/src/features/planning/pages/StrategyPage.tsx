// Strategic plans of the organisations the caller may read (a picker when several), a new plan, and the
// organisation's GAS correlation ρ for its managers.
import { useState } from 'react';
import { Button, Card, Empty, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { putSettings, usePlanningMutation, useStrategicPlans } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import { StrategicPlanModal } from '../components/StrategicPlanModal';
import type { PlanningOrganisation, StrategicPlanSummary } from '../types';
import { useFeedback } from '../../../app/feedback';

export default function StrategyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const plans = useStrategicPlans({ organisation_id: org?.id });
  const [creating, setCreating] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Card loading />;
  if (!org) return <Empty description={t('planning.common.noOrganisation')} data-testid="planning-no-org" />;
  return (
    <div data-testid="planning-strategy-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.strategy.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
        {org.can_manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="strategic-plan-create"
          >
            {t('planning.strategy.create')}
          </Button>
        ) : null}
      </Space>
      {plans.error ? <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} /> : null}
      <Table<StrategicPlanSummary>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('planning.strategy.empty') }}
        data-testid="strategic-plans-table"
        columns={[
          {
            title: t('planning.common.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/planning/strategic/${r.id}`} data-testid="strategic-plan-link">
                {v}
              </Link>
            ),
          },
          { title: t('planning.common.years'), key: 'y', render: (_, r) => `${r.year_from}–${r.year_to}` },
          {
            title: t('planning.common.state'),
            dataIndex: 'state',
            render: (s: string) => <Tag>{t(`planning.planState.${s}`)}</Tag>,
          },
          { title: t('planning.strategy.goalsCount'), dataIndex: 'goals', align: 'right' },
        ]}
      />
      {org.can_manage ? <RhoSetting org={org} /> : null}
      {creating ? (
        <StrategicPlanModal
          open
          organisationId={org.id}
          onClose={() => setCreating(false)}
          onSaved={(d) => navigate(`/planning/strategic/${d.plan.id}`)}
        />
      ) : null}
    </div>
  );
}

function RhoSetting({ org }: { org: PlanningOrganisation }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [rho, setRho] = useState<number | null>(org.gas_rho);
  const save = usePlanningMutation((v: number) => putSettings(org.id, v));
  return (
    <Card
      size="small"
      title={t('planning.strategy.gasRho')}
      className="kv-section"
      style={{ marginTop: 16, maxWidth: 520 }}
    >
      <Typography.Paragraph type="secondary">{t('planning.strategy.gasRhoHelp')}</Typography.Paragraph>
      <Space>
        <InputNumber
          aria-label={t('planning.strategy.gasRho')}
          min={0}
          max={0.99}
          step={0.05}
          decimalSeparator=","
          value={rho}
          onChange={(v) => setRho(v)}
          data-testid="gas-rho"
        />
        <Button
          loading={save.isPending}
          disabled={rho === null}
          onClick={() =>
            rho !== null && save.mutate(rho, { onSuccess: () => message.success(t('planning.strategy.gasRhoSaved')) })
          }
        >
          {t('planning.common.save')}
        </Button>
      </Space>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Card>
  );
}
