// One operational plan: its objectives and service goals with their parents (or why not linked), new goals at
// each level, closing the period and deriving the next period's plan.
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useOperationalPlan, useServices, useStrategicPlan } from '../api';
import { CloseWizard } from '../components/CloseWizard';
import { DeriveModal } from '../components/DeriveModal';
import { GoalModal } from '../components/GoalModal';
import { OperationalPlanModal } from '../components/OperationalPlanModal';
import { GoalStateTag } from '../components/Tags';
import type { GoalLevel, GoalSummary } from '../types';

export default function OperationalPlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const detail = useOperationalPlan(id);
  const plan = detail.data?.plan;
  const strategic = useStrategicPlan(plan?.strategic_plan_id ?? 0);
  // The services are offered in the goal form: only who may add goals needs them (an evaluator may not list them).
  const services = useServices(
    { organisation_id: plan?.organisation_id },
    Boolean(plan) && !plan?.service_id && Boolean(detail.data?.can_manage),
  );
  const [adding, setAdding] = useState<GoalLevel | null>(null);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [deriving, setDeriving] = useState(false);
  if (detail.error) return <ErrorAlert error={detail.error} backTo="/planning/operational" />;
  if (!detail.data || !plan) return <Card loading />;
  const d = detail.data;
  const objectives = d.goals.filter((g) => g.level === 'objective');
  const serviceGoals = d.goals.filter((g) => g.level === 'service');
  const open = plan.state === 'open';
  return (
    <div data-testid="operational-plan-page">
      <Link to={`/planning/operational?org=${plan.organisation_id}`}>{t('planning.common.back')}</Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {plan.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{plan.year}</Tag>
        <Tag color={open ? 'blue' : 'default'} data-testid="operational-plan-state">
          {t(`planning.planState.${plan.state}`)}
        </Tag>
        <span>{plan.service_name || t('planning.common.wholeOrganisation')}</span>
        {plan.strategic_plan_id ? (
          <Link to={`/planning/strategic/${plan.strategic_plan_id}`}>
            {t('planning.operational.strategicPlan')}: {strategic.data?.plan.title ?? '…'}
          </Link>
        ) : null}
        {plan.derived_from_id ? (
          <Link to={`/planning/operational/${plan.derived_from_id}`}>{t('planning.operational.derivedFrom')}</Link>
        ) : null}
        {d.derived_plan_id ? (
          <Link to={`/planning/operational/${d.derived_plan_id}`} data-testid="derived-plan-link">
            {t('planning.operational.derivedPlan')}
          </Link>
        ) : null}
      </Space>
      {d.can_manage ? (
        <Space wrap style={{ marginBottom: 12 }}>
          {open ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('planning.common.edit')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAdding('objective')} data-testid="objective-add">
                {t('planning.operational.addObjective')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAdding('service')} data-testid="service-goal-add">
                {t('planning.operational.addServiceGoal')}
              </Button>
              <Button
                type="primary"
                onClick={() => setClosing(true)}
                disabled={!d.goals.length}
                data-testid="plan-close"
              >
                {t('planning.operational.close')}
              </Button>
            </>
          ) : null}
          {!open && !d.derived_plan_id ? (
            <Button type="primary" onClick={() => setDeriving(true)} data-testid="plan-derive">
              {t('planning.operational.derive')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {!open ? (
        <Alert type="info" showIcon message={t('planning.operational.closedInfo')} style={{ marginBottom: 12 }} />
      ) : null}
      <GoalsTable
        title={t('planning.levelPlural.objective')}
        goals={objectives}
        testId="objectives-table"
        closed={!open}
      />
      <GoalsTable
        title={t('planning.levelPlural.service')}
        goals={serviceGoals}
        testId="service-goals-table"
        withService
        closed={!open}
      />
      {adding ? (
        <GoalModal
          level={adding}
          operationalPlanId={plan.id}
          parents={adding === 'objective' ? (strategic.data?.goals ?? []) : objectives}
          services={(services.data?.items ?? []).map((s) => ({ id: s.id, name: s.name }))}
          fixedServiceId={plan.service_id}
          onClose={() => setAdding(null)}
        />
      ) : null}
      {editing ? (
        <OperationalPlanModal organisationId={plan.organisation_id} plan={plan} onClose={() => setEditing(false)} />
      ) : null}
      {closing ? <CloseWizard planId={plan.id} goals={d.goals} onClose={() => setClosing(false)} /> : null}
      {deriving ? (
        <DeriveModal
          plan={plan}
          goals={d.goals}
          onClose={() => setDeriving(false)}
          onDone={(n) => {
            setDeriving(false);
            navigate(`/planning/operational/${n.plan.id}`);
          }}
        />
      ) : null}
    </div>
  );
}

function GoalsTable({
  title,
  goals,
  testId,
  withService,
  closed,
}: {
  title: string;
  goals: GoalSummary[];
  testId: string;
  withService?: boolean;
  /** A closed period's goals were evaluated at closing: no evaluation is due on them any more. */
  closed?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card title={title} className="kv-section" style={{ marginBottom: 16 }}>
      <Table<GoalSummary>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={goals}
        data-testid={testId}
        locale={{ emptyText: t('planning.common.empty') }}
        columns={[
          { title: t('planning.common.code'), dataIndex: 'code', width: 80 },
          {
            title: t('planning.common.title'),
            dataIndex: 'title',
            render: (v: string, g) => (
              <Space direction="vertical" size={0}>
                <Link to={`/planning/goals/${g.id}`} data-testid="goal-link">
                  {v}
                </Link>
                {g.carry ? (
                  <Typography.Text type="secondary">
                    {t(`planning.carried.${g.carry}`)}
                    {g.carry_reason ? ` — ${g.carry_reason}` : ''}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          ...(withService
            ? [{ title: t('planning.common.service'), dataIndex: 'service_name', key: 'service_name' }]
            : []),
          {
            title: t('planning.operational.parent'),
            key: 'p',
            render: (_: unknown, g: GoalSummary) =>
              g.parent_goal_id ? (
                <Link to={`/planning/goals/${g.parent_goal_id}`}>
                  {g.parent
                    ? `${g.parent.code ? `${g.parent.code} ` : ''}${g.parent.title}`
                    : t('planning.common.open')}
                </Link>
              ) : (
                <Space direction="vertical" size={0}>
                  <Tag color="orange">{t('planning.operational.notLinked')}</Tag>
                  {g.unlinked_reason ? <Typography.Text type="secondary">{g.unlinked_reason}</Typography.Text> : null}
                </Space>
              ),
          },
          { title: t('planning.common.state'), dataIndex: 'state', render: (s) => <GoalStateTag state={s} /> },
          ...(closed
            ? []
            : [
                {
                  title: t('planning.goal.nextDue'),
                  dataIndex: 'next_due_on',
                  key: 'next_due_on',
                  render: (v: string) => formatDate(v),
                },
              ]),
        ]}
      />
    </Card>
  );
}
