// One strategic plan: the problem, vision and mission, its strategic goals, its operational plans and the tree of
// the whole chain down to clients' personal goals for a period (the plan's years by default).
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStrategicPlan, useTree } from '../api';
import { GoalModal } from '../components/GoalModal';
import { GoalTree } from '../components/GoalTree';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { StrategicPlanModal } from '../components/StrategicPlanModal';
import { GoalStateTag } from '../components/Tags';
import { treeStats } from '../planning';
import type { GoalSummary, OperationalPlanSummary } from '../types';

export default function StrategicPlanPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const detail = useStrategicPlan(id);
  const plan = detail.data?.plan;
  const [period, setPeriod] = usePeriod(
    plan ? { from: `${plan.year_from}-01-01`, to: `${plan.year_to}-12-31` } : undefined,
  );
  const tree = useTree(id, period);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  if (detail.error) return <ErrorAlert error={detail.error} backTo="/planning" />;
  if (!detail.data || !plan) return <Card loading />;
  const d = detail.data;
  const stats = tree.data ? treeStats(tree.data.nodes, tree.data.unlinked) : null;
  return (
    <div data-testid="strategic-plan-page">
      <Link to={`/planning?org=${plan.organisation_id}`}>{t('planning.common.back')}</Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {plan.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{plan.organisation_name}</Typography.Text>
        <Tag>{`${plan.year_from}–${plan.year_to}`}</Tag>
        <Tag>{t(`planning.planState.${plan.state}`)}</Tag>
        {d.can_manage ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="strategic-plan-edit">
            {t('planning.common.edit')}
          </Button>
        ) : null}
        <Link
          to={`/planning/impact?org=${plan.organisation_id}&plan=${plan.id}`}
          data-testid="strategic-plan-impact-link"
        >
          {t('planning.plan.impact')}
        </Link>
      </Space>
      <Descriptions
        bordered
        size="small"
        column={1}
        className="kv-section"
        items={[
          { key: 'p', label: t('planning.strategy.problem'), children: <Pre text={plan.problem} /> },
          { key: 'v', label: t('planning.strategy.vision'), children: <Pre text={plan.vision} /> },
          { key: 'm', label: t('planning.strategy.mission'), children: <Pre text={plan.mission} /> },
        ]}
      />
      <Card
        title={t('planning.plan.goals')}
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          d.can_manage ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="strategic-goal-add">
              {t('planning.plan.addGoal')}
            </Button>
          ) : null
        }
      >
        <Table<GoalSummary>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.goals}
          locale={{ emptyText: t('planning.common.empty') }}
          data-testid="strategic-goals-table"
          columns={[
            { title: t('planning.common.code'), dataIndex: 'code', width: 80 },
            {
              title: t('planning.common.title'),
              dataIndex: 'title',
              render: (v: string, g) => <Link to={`/planning/goals/${g.id}`}>{v}</Link>,
            },
            { title: t('planning.common.state'), dataIndex: 'state', render: (s) => <GoalStateTag state={s} /> },
            {
              title: t('planning.indicator.title'),
              key: 'indicators',
              align: 'right',
              render: (_, g) => g.indicators.length,
            },
          ]}
        />
      </Card>
      <Card title={t('planning.plan.operationalPlans')} className="kv-section" style={{ marginTop: 16 }}>
        <Table<OperationalPlanSummary>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.operational_plans}
          locale={{ emptyText: t('planning.operational.empty') }}
          columns={[
            { title: t('planning.common.year'), dataIndex: 'year', width: 80 },
            {
              title: t('planning.common.title'),
              dataIndex: 'title',
              render: (v: string, p) => <Link to={`/planning/operational/${p.id}`}>{v}</Link>,
            },
            {
              title: t('planning.common.service'),
              dataIndex: 'service_name',
              render: (v: string) => v || t('planning.common.wholeOrganisation'),
            },
            {
              title: t('planning.common.state'),
              dataIndex: 'state',
              render: (s: string) => <Tag>{t(`planning.planState.${s}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <Card
        title={t('planning.plan.tree')}
        className="kv-section"
        style={{ marginTop: 16 }}
        data-testid="plan-tree-card"
      >
        <Typography.Paragraph type="secondary">{t('planning.plan.treeHelp')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          <PeriodPicker value={period} onChange={setPeriod} />
        </Space>
        {tree.error ? <ErrorAlert error={tree.error} onRetry={() => tree.refetch()} /> : null}
        {stats ? (
          <Typography.Paragraph data-testid="tree-stats">
            {t('planning.plan.stats', {
              goals: stats.goals,
              strategic: stats.byLevel.strategic,
              objective: stats.byLevel.objective,
              service: stats.byLevel.service,
              personal: stats.personalGoals,
            })}
          </Typography.Paragraph>
        ) : null}
        {tree.isLoading ? <Card loading bordered={false} /> : null}
        {tree.data && tree.data.nodes.length === 0 ? <Empty description={t('planning.plan.noTree')} /> : null}
        {tree.data && tree.data.nodes.length ? <GoalTree nodes={tree.data.nodes} /> : null}
        {tree.data && tree.data.unlinked.length ? (
          <div style={{ marginTop: 16 }} data-testid="tree-unlinked">
            <Typography.Title level={4}>{t('planning.plan.unlinked')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('planning.plan.unlinkedHelp')}</Typography.Paragraph>
            <GoalTree nodes={tree.data.unlinked} testId="goal-tree-unlinked" />
          </div>
        ) : null}
      </Card>
      {editing ? (
        <StrategicPlanModal open organisationId={plan.organisation_id} plan={plan} onClose={() => setEditing(false)} />
      ) : null}
      {adding ? (
        <GoalModal level="strategic" strategicPlanId={plan.id} parents={[]} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}

function Pre({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</span>;
}
