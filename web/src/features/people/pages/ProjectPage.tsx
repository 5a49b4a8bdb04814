// A funded project: key activities with their Gantt chart and the Kvalis records they produced, the budget by
// category against spending (chart), indicators against targets, publicity duties and the monitoring report.
// Members of the organisation (an external evaluator included) and its region read; its managers write.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDateRange, formatNumber, todayIso } from '../../../lib/format';
import {
  addActivity,
  addBudgetLine,
  addExpense,
  addIndicator,
  addIndicatorValue,
  addPublicity,
  deleteActivity,
  deleteProjectPart,
  removeLink,
  updateActivity,
  updateBudgetLine,
  updateExpense,
  updateIndicator,
  updateProject,
  updatePublicity,
  usePeopleMutation,
  useProject,
  type ProjectPart,
} from '../api';
import { LinkModal } from '../components/LinkModal';
import { IndicatorsTable, MonitoringCard } from '../components/MonitoringCard';
import { RecordModal, type Field, type Values } from '../components/RecordModal';
import { useCodeText } from '../components/Tags';
import { activityFields, budgetLineFields, expenseFields, projectFields } from '../components/projectFields';
import {
  RowActions,
  budgetLineInput,
  expenseInput,
  indicatorFields,
  indicatorInput,
  publicityFields,
  publicityInput,
} from '../components/projectParts';
import { BUDGET_CATEGORIES, LINK_KINDS, SCHEDULE_STATES, budgetOption, ganttOption } from '../people';
import type {
  Activity,
  ActivityDetail,
  BudgetLine,
  Expense,
  ProjectIndicator,
  ProjectInput,
  Publicity,
} from '../types';
import { useFeedback } from '../../../app/feedback';

type Dialog =
  | { kind: 'project' }
  | { kind: 'activity'; activity?: Activity }
  | { kind: 'link'; activityId: number }
  | { kind: 'line'; line?: BudgetLine }
  | { kind: 'expense'; expense?: Expense }
  | { kind: 'value'; indicator: { id: number; name: string } }
  | { kind: 'publicity'; item: Publicity }
  | { kind: 'indicator'; indicator?: ProjectIndicator }
  | { kind: 'duty'; item?: Publicity }
  | null;

export default function ProjectPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const codeText = useCodeText();
  const id = Number(useParams().id);
  const project = useProject(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState('activities');
  const unlink = usePeopleMutation((x: { activity: number; kind: string; object: number }) =>
    removeLink(x.activity, x.kind, x.object),
  );
  const removeActivity = usePeopleMutation(deleteActivity);
  const removePart = usePeopleMutation((x: { part: ProjectPart; id: number }) => deleteProjectPart(x.part, x.id));
  const remove = (part: ProjectPart, id: number) =>
    removePart.mutate({ part, id }, { onSuccess: () => message.success(t('people.project.deleted')) });
  if (project.error)
    return <ErrorAlert error={project.error} onRetry={() => project.refetch()} backTo="/people/projects" />;
  const d = project.data;
  if (!d) return <Card loading />;
  const p = d.project;
  const activities = d.activities.map((a) => a.activity);
  const canManage = d.can_manage;
  const today = todayIso();
  const categories = d.budget;
  const catLabel = (c: string) => codeText('budgetCategory', BUDGET_CATEGORIES, c);

  const modal = (): {
    title: string;
    fields: Field[];
    initial: Values;
    submit: (v: Values) => Promise<unknown>;
  } | null => {
    if (!dialog || dialog.kind === 'link') return null;
    switch (dialog.kind) {
      case 'project':
        return {
          title: t('people.common.edit'),
          fields: projectFields(t),
          initial: { ...p },
          submit: (v) => updateProject(p.id, { ...(v as unknown as ProjectInput), organisation_id: p.organisation_id }),
        };
      case 'activity':
        return {
          title: dialog.activity ? t('people.common.edit') : t('people.project.addActivity'),
          fields: activityFields(t),
          initial: dialog.activity ? { ...dialog.activity } : { starts_on: p.starts_on, ends_on: p.ends_on },
          submit: (v) =>
            dialog.activity ? updateActivity(dialog.activity.id, v as never) : addActivity(p.id, v as never),
        };
      case 'line': {
        const line = dialog.line;
        return {
          title: line ? t('people.project.editLine') : t('people.project.addLine'),
          fields: budgetLineFields(t),
          initial: line
            ? { category: line.category, title: line.title, planned: line.planned }
            : { category: 'personnel' },
          submit: (v) =>
            line ? updateBudgetLine(line.id, budgetLineInput(v)) : addBudgetLine(p.id, budgetLineInput(v)),
        };
      }
      case 'expense': {
        const e = dialog.expense;
        return {
          title: e ? t('people.project.editExpense') : t('people.project.addExpense'),
          fields: expenseFields(t, d.budget_lines),
          initial: e
            ? { budget_line_id: e.budget_line_id, spent_on: e.spent_on, amount: e.amount, note: e.note }
            : { spent_on: today },
          submit: (v) => (e ? updateExpense(e.id, expenseInput(v)) : addExpense(p.id, expenseInput(v))),
        };
      }
      case 'value':
        return {
          title: `${t('people.project.addValue')}: ${dialog.indicator.name}`,
          fields: [
            { name: 'recorded_on', label: t('people.common.date'), kind: 'date', required: true },
            { name: 'value', label: t('people.project.value'), kind: 'number', required: true },
            { name: 'note', label: t('people.common.note') },
          ],
          initial: { recorded_on: today },
          submit: (v) => addIndicatorValue(dialog.indicator.id, v as never),
        };
      case 'indicator': {
        const ind = dialog.indicator;
        return {
          title: ind ? t('people.project.editIndicator') : t('people.project.addIndicator'),
          fields: indicatorFields(t),
          initial: ind
            ? { code: ind.code, name: ind.name, unit: ind.unit, target: ind.target ?? null, source: ind.source }
            : { source: 'manual' },
          submit: (v) => (ind ? updateIndicator(ind.id, indicatorInput(v)) : addIndicator(p.id, indicatorInput(v))),
        };
      }
      case 'duty': {
        const item = dialog.item;
        return {
          title: item ? t('people.project.editDuty') : t('people.project.addDuty'),
          fields: publicityFields(t, !!item),
          initial: item ? { ...item } : {},
          submit: (v) => (item ? updatePublicity(item.id, publicityInput(v)) : addPublicity(p.id, publicityInput(v))),
        };
      }
      case 'publicity':
        return {
          title: t('people.project.markDone'),
          fields: [
            { name: 'done_on', label: t('people.project.doneOn'), kind: 'date', required: true },
            { name: 'evidence', label: t('people.project.evidence') },
          ],
          initial: { ...dialog.item, done_on: dialog.item.done_on || today },
          submit: (v) => updatePublicity(dialog.item.id, publicityInput({ ...dialog.item, ...v })),
        };
    }
  };
  const m = modal();

  const activitiesTab = (
    <>
      <Card title={t('people.project.schedule')} size="small" className="kv-section">
        <Chart
          testId="project-gantt"
          height={Math.max(160, 44 * activities.length + 40)}
          empty={activities.length ? undefined : true}
          data={{ activities: activities.length }}
          option={ganttOption(activities, today)}
        />
      </Card>
      <Card
        title={t('people.project.activities')}
        size="small"
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          canManage ? (
            <Button size="small" onClick={() => setDialog({ kind: 'activity' })} data-testid="activity-create">
              {t('people.project.addActivity')}
            </Button>
          ) : null
        }
      >
        <Table<ActivityDetail>
          rowKey={(a) => a.activity.id}
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.activities}
          data-testid="activities-table"
          expandable={{
            rowExpandable: (a) => a.links.length > 0,
            expandedRowRender: (a) => (
              <ul style={{ margin: 0 }} data-testid="activity-links">
                {a.links.map((l) => (
                  <li key={`${l.kind}-${l.object_id}`}>
                    {codeText('linkKind', LINK_KINDS, l.kind)}: {l.date ? `${formatDate(l.date)} · ` : ''}
                    {l.label}
                    {canManage ? (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => unlink.mutate({ activity: a.activity.id, kind: l.kind, object: l.object_id })}
                      >
                        {t('people.project.unlink')}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: t('people.project.code'), key: 'code', render: (_, a) => a.activity.code },
            { title: t('people.project.activity'), key: 'title', render: (_, a) => a.activity.title },
            {
              title: t('people.project.schedule'),
              key: 'schedule',
              responsive: ['md'],
              render: (_, a) => codeText('scheduleState', SCHEDULE_STATES, a.schedule),
            },
            {
              title: t('people.projects.period'),
              key: 'period',
              render: (_, a) => formatDateRange(a.activity.starts_on, a.activity.ends_on),
            },
            {
              title: t('people.project.output'),
              key: 'output',
              responsive: ['lg'],
              render: (_, a) => a.activity.output,
            },
            {
              title: t('people.project.target'),
              key: 'target',
              align: 'right',
              responsive: ['md'],
              render: (_, a) =>
                a.activity.output_target ? `${formatNumber(a.activity.output_target)} ${a.activity.output_unit}` : '—',
            },
            {
              title: t('people.project.links'),
              key: 'links',
              render: (_, a) => (
                <Space wrap size={4}>
                  {a.counts
                    .filter((c) => c.count > 0)
                    .map((c) => (
                      <Tag key={c.kind}>
                        {codeText('linkKind', LINK_KINDS, c.kind)}: {c.count}
                      </Tag>
                    ))}
                </Space>
              ),
            },
            ...(canManage
              ? [
                  {
                    key: 'act',
                    render: (_: unknown, x: ActivityDetail) => (
                      <Space size={0} wrap>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setDialog({ kind: 'link', activityId: x.activity.id })}
                          data-testid="activity-link"
                        >
                          {t('people.project.addLink')}
                        </Button>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setDialog({ kind: 'activity', activity: x.activity })}
                        >
                          {t('people.common.edit')}
                        </Button>
                        <Popconfirm
                          title={t('people.common.confirm')}
                          onConfirm={() => removeActivity.mutate(x.activity.id)}
                        >
                          <Button size="small" type="link" danger>
                            {t('people.common.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );

  const budgetTab = (
    <>
      <Card title={t('people.project.budgetChart')} size="small" className="kv-section">
        <Chart
          testId="project-budget-chart"
          height={300}
          empty={categories.length ? undefined : true}
          data={{ categories: categories.length }}
          option={budgetOption(
            categories.map((c) => ({ label: catLabel(c.category), planned: c.planned, spent: c.spent_cumulative })),
            { planned: t('people.project.planned'), spent: t('people.project.spent') },
          )}
        />
      </Card>
      <Card
        title={t('people.project.budget')}
        size="small"
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          canManage ? (
            <Space wrap>
              <Button size="small" onClick={() => setDialog({ kind: 'line' })}>
                {t('people.project.addLine')}
              </Button>
              <Button
                size="small"
                disabled={!d.budget_lines.length}
                onClick={() => setDialog({ kind: 'expense' })}
                data-testid="expense-create"
              >
                {t('people.project.addExpense')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Table<BudgetLine>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.budget_lines}
          data-testid="budget-table"
          columns={[
            { title: t('people.common.category'), dataIndex: 'category', render: catLabel },
            { title: t('people.project.line'), dataIndex: 'title' },
            {
              title: t('people.project.planned'),
              dataIndex: 'planned',
              align: 'right',
              render: (v: number) => `${formatNumber(v)} Kč`,
            },
            {
              title: t('people.project.spent'),
              dataIndex: 'spent',
              align: 'right',
              render: (v: number) => `${formatNumber(v)} Kč`,
            },
            {
              title: t('people.project.remaining'),
              key: 'rem',
              align: 'right',
              render: (_, l) => {
                const rem = l.planned - (l.spent ?? 0);
                return (
                  <Typography.Text type={rem < 0 ? 'danger' : undefined}>{`${formatNumber(rem)} Kč`}</Typography.Text>
                );
              },
            },
            ...(canManage
              ? [
                  {
                    key: 'x',
                    render: (_: unknown, l: BudgetLine) => (
                      <RowActions
                        testId="budget-line"
                        confirm={t('people.project.deleteLineConfirm')}
                        onEdit={() => setDialog({ kind: 'line', line: l })}
                        onDelete={() => remove('budget-lines', l.id)}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('people.project.expenses')} size="small" className="kv-section" style={{ marginTop: 16 }}>
        <Table<Expense>
          rowKey="id"
          size="small"
          pagination={d.expenses.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: true }}
          dataSource={[...d.expenses].sort((a, b) => b.spent_on.localeCompare(a.spent_on))}
          data-testid="expenses-table"
          columns={[
            { title: t('people.project.spentOn'), dataIndex: 'spent_on', render: (v: string) => formatDate(v) },
            { title: t('people.common.category'), dataIndex: 'category', render: catLabel },
            {
              title: t('people.project.line'),
              key: 'line',
              render: (_, e) => d.budget_lines.find((l) => l.id === e.budget_line_id)?.title ?? '—',
            },
            {
              title: t('people.project.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: number) => `${formatNumber(v)} Kč`,
            },
            { title: t('people.common.note'), dataIndex: 'note', responsive: ['md'] },
            ...(canManage
              ? [
                  {
                    key: 'x',
                    render: (_: unknown, e: Expense) => (
                      <RowActions
                        testId="expense"
                        confirm={t('people.project.deleteExpenseConfirm')}
                        onEdit={() => setDialog({ kind: 'expense', expense: e })}
                        onDelete={() => remove('expenses', e.id)}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );

  const indicatorsTab = (
    <Card
      size="small"
      className="kv-section"
      extra={
        canManage ? (
          <Button size="small" onClick={() => setDialog({ kind: 'indicator' })} data-testid="indicator-create">
            {t('people.project.addIndicator')}
          </Button>
        ) : null
      }
    >
      <IndicatorsTable
        items={d.indicators}
        extra={
          canManage
            ? (i) => (
                <Space size={0} wrap>
                  {!i.source.startsWith('linked:') ? (
                    <Button size="small" type="link" onClick={() => setDialog({ kind: 'value', indicator: i })}>
                      {t('people.project.addValue')}
                    </Button>
                  ) : null}
                  <RowActions
                    testId="indicator"
                    confirm={t('people.project.deleteIndicatorConfirm')}
                    onEdit={() => setDialog({ kind: 'indicator', indicator: d.indicators.find((x) => x.id === i.id) })}
                    onDelete={() => remove('indicators', i.id)}
                  />
                </Space>
              )
            : undefined
        }
      />
    </Card>
  );

  const publicityTab = (
    <Card
      size="small"
      className="kv-section"
      extra={
        canManage ? (
          <Button size="small" onClick={() => setDialog({ kind: 'duty' })} data-testid="duty-create">
            {t('people.project.addDuty')}
          </Button>
        ) : null
      }
    >
      <Table<Publicity>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={d.publicity}
        data-testid="publicity-table"
        columns={[
          { title: t('people.project.duty'), dataIndex: 'duty' },
          {
            title: t('people.project.dueOn'),
            dataIndex: 'due_on',
            render: (v: string, x) =>
              !x.done_on && v && v < today ? (
                <Typography.Text type="danger">{formatDate(v)}</Typography.Text>
              ) : (
                formatDate(v)
              ),
          },
          {
            title: t('people.project.doneOn'),
            dataIndex: 'done_on',
            render: (v: string) =>
              v ? <Tag color="green">{formatDate(v)}</Tag> : <Tag color="orange">{t('people.project.notDone')}</Tag>,
          },
          { title: t('people.project.evidence'), dataIndex: 'evidence', responsive: ['md'] },
          ...(canManage
            ? [
                {
                  key: 'x',
                  render: (_: unknown, x: Publicity) => (
                    <Space size={0} wrap>
                      {x.done_on ? null : (
                        <Button size="small" type="link" onClick={() => setDialog({ kind: 'publicity', item: x })}>
                          {t('people.project.markDone')}
                        </Button>
                      )}
                      <RowActions
                        testId="publicity"
                        confirm={t('people.project.deleteDutyConfirm')}
                        onEdit={() => setDialog({ kind: 'duty', item: x })}
                        onDelete={() => remove('publicity', x.id)}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );

  return (
    <div data-testid="people-project-page" data-project-id={p.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        {canManage ? (
          <Button onClick={() => setDialog({ kind: 'project' })} data-testid="project-edit">
            {t('people.common.edit')}
          </Button>
        ) : null}
      </Space>
      {!canManage ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('people.project.readOnly')}
          data-testid="project-read-only"
        />
      ) : null}
      {unlink.error || removeActivity.error || removePart.error ? (
        <ErrorAlert error={unlink.error ?? removeActivity.error ?? removePart.error} />
      ) : null}
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('people.projects.registrationNumber')}>
            {p.registration_number || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.projects.programme')}>{p.programme || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.projects.period')}>
            {formatDateRange(p.starts_on, p.ends_on)}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.projects.manager')}>{p.manager || '—'}</Descriptions.Item>
          {p.organisation_name ? (
            <Descriptions.Item label={t('people.common.organisation')}>{p.organisation_name}</Descriptions.Item>
          ) : null}
        </Descriptions>
        {p.description ? <Typography.Paragraph>{p.description}</Typography.Paragraph> : null}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        style={{ marginTop: 12 }}
        data-testid="project-tabs"
        items={[
          { key: 'activities', label: t('people.project.activities'), children: activitiesTab },
          { key: 'budget', label: t('people.project.budget'), children: budgetTab },
          { key: 'indicators', label: t('people.project.indicators'), children: indicatorsTab },
          { key: 'publicity', label: t('people.project.publicity'), children: publicityTab },
          {
            key: 'monitoring',
            label: t('people.project.monitoring'),
            children: <MonitoringCard projectId={p.id} startsOn={p.starts_on} />,
          },
        ]}
      />
      {m ? (
        <RecordModal
          title={m.title}
          testId={`project-${dialog?.kind}-form`}
          fields={m.fields}
          initial={m.initial}
          onSubmit={m.submit}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'link' ? (
        <LinkModal projectId={p.id} activityId={dialog.activityId} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
