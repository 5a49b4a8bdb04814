// One goal of any level: its plan, parent and children (both ways), clients' personal goals and the outcome
// cell, its indicators (create, edit, history chart), its evaluations (new one prefilled from the draft) and the
// goal's history across periods.
import { useState } from 'react';
import { Button, Card, Descriptions, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import {
  deleteGoal,
  deleteIndicator,
  useGoal,
  usePlanningMutation,
  useStrategicPlan,
  useOperationalPlan,
} from '../api';
import { indicatorHistoryOption } from '../charts';
import { EvaluationModal } from '../components/EvaluationModal';
import { GoalModal } from '../components/GoalModal';
import { IndicatorModal } from '../components/IndicatorModal';
import { IndicatorValue, OutcomeText } from '../components/Outcome';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { GoalStateTag, LevelTag, ResultTag } from '../components/Tags';
import { yearPeriod, goalName } from '../planning';
import { worksWithClients } from '../tabs';
import { useCurrentUser } from '../../../app/SessionContext';
import type { EvaluationSummary, GoalDetail, GoalLevel, GoalSummary, IndicatorWithValues } from '../types';
import { useFeedback } from '../../../app/feedback';

export default function GoalPage() {
  const id = Number(useParams().id);
  const [period, setPeriod] = usePeriod();
  const goal = useGoal(id, period);
  if (goal.error) return <ErrorAlert error={goal.error} backTo="/planning" />;
  if (!goal.data) return <Card loading />;
  return <GoalView d={goal.data} period={period} setPeriod={setPeriod} />;
}

function GoalView({
  d,
  period,
  setPeriod,
}: {
  d: GoalDetail;
  period: { from?: string; to?: string };
  setPeriod: (p: { from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useFeedback();
  // staff reach the clients of the service (the list shows only services they are staff of)
  const works = worksWithClients(useCurrentUser());
  const g = d.goal;
  const [editing, setEditing] = useState(false);
  const [indicator, setIndicator] = useState<IndicatorWithValues | 'new' | null>(null);
  const [evaluating, setEvaluating] = useState(false);
  // parents to offer when editing: strategic goals of the plan's strategic plan, or objectives of the plan
  const opPlan = useOperationalPlan(g.level !== 'strategic' && d.plan.kind === 'operational' ? d.plan.id : 0);
  const strategicPlan = useStrategicPlan(g.level === 'objective' ? (opPlan.data?.plan.strategic_plan_id ?? 0) : 0);
  const remove = usePlanningMutation(() => deleteGoal(g.id));
  const removeIndicator = usePlanningMutation((iid: number) => deleteIndicator(iid));
  const planLink =
    d.plan.kind === 'strategic' ? `/planning/strategic/${d.plan.id}` : `/planning/operational/${d.plan.id}`;
  const year = d.plan.year ?? new Date().getFullYear();
  const evalPeriod =
    period.from && period.to
      ? { from: period.from, to: period.to }
      : d.plan.kind === 'operational'
        ? yearPeriod(year)
        : yearPeriod(new Date().getFullYear());
  const parents =
    g.level === 'objective'
      ? (strategicPlan.data?.goals ?? [])
      : g.level === 'service'
        ? (opPlan.data?.goals ?? []).filter((x) => x.level === 'objective')
        : [];
  return (
    <div data-testid="goal-page" data-goal-id={g.id} data-level={g.level}>
      <Link to={planLink}>
        {t('planning.goal.plan')}: {d.plan.title}
      </Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {goalName(g)}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <LevelTag level={g.level} />
        <GoalStateTag state={g.state} />
        {g.service_name ? <span>{g.service_name}</span> : null}
        {d.can_manage ? (
          <>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="goal-edit">
              {t('planning.common.edit')}
            </Button>
            <Popconfirm
              title={t('planning.goal.deleteConfirm')}
              okText={t('planning.common.delete')}
              cancelText={t('planning.common.cancel')}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(planLink) })}
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('planning.common.delete')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
      </Space>
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      {g.description ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{g.description}</Typography.Paragraph>
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        className="kv-section"
        items={[
          {
            key: 'parent',
            label: t('planning.goal.parent'),
            children:
              g.level === 'strategic' ? (
                t('planning.goal.noParent')
              ) : d.parent ? (
                <Link to={`/planning/goals/${d.parent.id}`} data-testid="goal-parent-link">
                  <LevelTag level={d.parent.level} /> {goalName(d.parent)}
                </Link>
              ) : (
                <Space direction="vertical" size={0} data-testid="goal-unlinked">
                  <Tag color="orange">{t('planning.operational.notLinked')}</Tag>
                  {g.unlinked_reason}
                </Space>
              ),
          },
          {
            key: 'children',
            label: t('planning.goal.children'),
            children: d.children.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="goal-children">
                {d.children.map((c) => (
                  <li key={c.id}>
                    <Link to={`/planning/goals/${c.id}`} data-testid="goal-child-link">
                      {goalName(c)}
                    </Link>{' '}
                    <GoalStateTag state={c.state} />
                  </li>
                ))}
              </ul>
            ) : g.level === 'service' ? (
              <Space direction="vertical" size={0}>
                <span data-testid="goal-personal-goals">
                  {t('planning.goal.personalGoals', {
                    count: d.personal_goals.count,
                    clients: d.personal_goals.linked_clients,
                  })}
                </span>
                {works && g.service_id ? (
                  <Link to={`/planning/clients?service=${g.service_id}`} data-testid="goal-clients-link">
                    {t('planning.goal.clientsOfService')}
                  </Link>
                ) : null}
              </Space>
            ) : (
              t('planning.goal.noChildren')
            ),
          },
          {
            key: 'outcome',
            label: t('planning.outcome.title'),
            children: (
              <Space direction="vertical" size={4}>
                <OutcomeText cell={d.outcome} />
                <PeriodPicker value={period} onChange={setPeriod} />
              </Space>
            ),
          },
        ]}
      />
      <Indicators
        d={d}
        onAdd={() => setIndicator('new')}
        onEdit={setIndicator}
        onDelete={(iid) =>
          removeIndicator.mutate(iid, { onSuccess: () => message.success(t('planning.common.deleted')) })
        }
      />
      <Card
        title={t('planning.evaluation.title')}
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          d.can_manage ? (
            <Button icon={<PlusOutlined />} onClick={() => setEvaluating(true)} data-testid="evaluation-add">
              {t('planning.evaluation.add')}
            </Button>
          ) : null
        }
      >
        <Table<EvaluationSummary>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.evaluations}
          locale={{ emptyText: t('planning.evaluation.empty') }}
          data-testid="goal-evaluations"
          columns={[
            {
              title: t('planning.common.date'),
              dataIndex: 'held_on',
              render: (v: string, e) => (
                <Link to={`/planning/evaluations/${e.id}`} data-testid="evaluation-link">
                  {formatDate(v)}
                </Link>
              ),
            },
            {
              title: t('planning.evaluation.kind'),
              dataIndex: 'kind',
              render: (k: string) => t(`planning.evaluationKind.${k}`),
            },
            {
              title: t('planning.evaluation.period'),
              key: 'p',
              render: (_, e) => `${formatDate(e.period_from)} – ${formatDate(e.period_to)}`,
            },
            { title: t('planning.evaluation.result'), dataIndex: 'result', render: (r) => <ResultTag result={r} /> },
            { title: t('planning.evaluation.conclusion'), dataIndex: 'conclusion' },
          ]}
        />
      </Card>
      <History d={d} />
      {editing ? (
        <GoalModal
          level={g.level as GoalLevel}
          goal={g}
          strategicPlanId={g.strategic_plan_id}
          operationalPlanId={g.operational_plan_id}
          parents={parents}
          fixedServiceId={g.service_id}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {indicator ? (
        <IndicatorModal
          goalId={g.id}
          indicator={indicator === 'new' ? undefined : indicator}
          onClose={() => setIndicator(null)}
        />
      ) : null}
      {evaluating ? (
        <EvaluationModal
          goalId={g.id}
          indicators={d.indicators}
          defaultPeriod={evalPeriod}
          onClose={() => setEvaluating(false)}
          onSaved={(e) => {
            setEvaluating(false);
            message.success(t('planning.evaluation.saved'));
            navigate(`/planning/evaluations/${e.evaluation.id}`);
          }}
        />
      ) : null}
    </div>
  );
}

function Indicators({
  d,
  onAdd,
  onEdit,
  onDelete,
}: {
  d: GoalDetail;
  onAdd: () => void;
  onEdit: (i: IndicatorWithValues) => void;
  onDelete: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const shown =
    d.indicators.find((i) => i.id === chosen) ?? d.indicators.find((i) => i.history.length > 0) ?? d.indicators[0];
  return (
    <Card
      title={t('planning.indicator.title')}
      className="kv-section"
      style={{ marginTop: 16 }}
      extra={
        d.can_manage ? (
          <Button icon={<PlusOutlined />} onClick={onAdd} data-testid="indicator-add">
            {t('planning.indicator.add')}
          </Button>
        ) : null
      }
    >
      <Table<IndicatorWithValues>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={d.indicators}
        locale={{ emptyText: t('planning.indicator.empty') }}
        data-testid="goal-indicators"
        columns={[
          {
            title: t('planning.indicator.name'),
            dataIndex: 'name',
            render: (v: string, i) => (
              <Space direction="vertical" size={0}>
                <strong>{v}</strong>
                <Typography.Text type="secondary">
                  {t(`planning.source.${i.source}`)}
                  {i.source === 'count' && i.count_of ? `: ${t(`planning.countOf.${i.count_of}`)}` : ''}
                  {i.source === 'benchmark' && i.benchmark_indicator_code ? `: ${i.benchmark_indicator_code}` : ''}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('planning.indicator.rba'),
            dataIndex: 'rba',
            render: (r: string) => <Tag>{t(`planning.rba.${r}`)}</Tag>,
          },
          {
            title: t('planning.indicator.baseline'),
            key: 'b',
            render: (_, i) => <IndicatorValue value={i.baseline} unit={i.unit} target={null} onTarget={null} />,
          },
          {
            title: t('planning.indicator.latest'),
            key: 'l',
            render: (_, i) => (
              <Space direction="vertical" size={0}>
                <IndicatorValue value={i.latest?.value} unit={i.unit} target={i.target} onTarget={i.on_target} />
                {i.latest ? (
                  <Typography.Text type="secondary">
                    <Link to={`/planning/evaluations/${i.latest.evaluation_id}`}>{formatDate(i.latest.held_on)}</Link>
                    {i.latest.clients_n !== null
                      ? ` · ${t('planning.indicator.clientsN', { n: i.latest.clients_n })}`
                      : ''}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('planning.indicator.direction'),
            dataIndex: 'direction',
            render: (v: string) => t(`planning.direction.${v}`),
          },
          {
            title: t('planning.indicator.nextDue'),
            key: 'due',
            render: (_, i) =>
              `${formatDate(i.next_due_on)} (${t('planning.indicator.every', { n: i.schedule_months })})`,
          },
          ...(d.can_manage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, i: IndicatorWithValues) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('planning.common.edit')}
                        onClick={() => onEdit(i)}
                      />
                      <Popconfirm
                        title={t('planning.indicator.deleteConfirm')}
                        okText={t('planning.common.delete')}
                        cancelText={t('planning.common.cancel')}
                        onConfirm={() => onDelete(i.id)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('planning.common.delete')}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {shown ? (
        <div style={{ marginTop: 16 }}>
          <Space wrap>
            <Typography.Text strong>{t('planning.indicator.history')}</Typography.Text>
            <Select
              style={{ minWidth: 240 }}
              aria-label={t('planning.indicator.name')}
              value={shown.id}
              onChange={setChosen}
              options={d.indicators.map((i) => ({ value: i.id, label: i.name }))}
            />
          </Space>
          <Chart
            height={260}
            testId="indicator-history-chart"
            data={{ points: shown.history.length }}
            empty={shown.history.length === 0 ? true : undefined}
            option={indicatorHistoryOption(shown, {
              value: shown.name,
              target: t('planning.indicator.targetLine'),
              baseline: t('planning.indicator.baselineLine'),
            })}
          />
        </div>
      ) : null}
    </Card>
  );
}

function History({ d }: { d: GoalDetail }) {
  const { t } = useTranslation();
  // the goal itself among the goals it came from and those carried from it, oldest period first
  const chain = [d.goal, ...d.history.filter((h) => h.id !== d.goal.id)].sort((a, b) => a.year - b.year || a.id - b.id);
  return (
    <Card
      title={t('planning.goal.history')}
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="goal-history"
    >
      <Typography.Paragraph type="secondary">{t('planning.goal.historyHelp')}</Typography.Paragraph>
      <List<GoalSummary>
        dataSource={chain.length > 1 ? chain : []}
        locale={{ emptyText: t('planning.goal.noHistory') }}
        renderItem={(h) => (
          <List.Item data-testid="goal-history-item">
            <Space wrap>
              {h.year ? <Tag>{h.year}</Tag> : null}
              {h.id === d.goal.id ? (
                <strong>{goalName(h)}</strong>
              ) : (
                <Link to={`/planning/goals/${h.id}`}>{goalName(h)}</Link>
              )}
              <GoalStateTag state={h.state} />
              {h.carry ? <Tag>{t(`planning.carried.${h.carry}`)}</Tag> : null}
              {h.carry_reason ? (
                <Typography.Text type="secondary">
                  {t('planning.goal.carryReason', { reason: h.carry_reason })}
                </Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
