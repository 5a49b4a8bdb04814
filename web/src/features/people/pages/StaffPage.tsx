// The staff of an organisation with their education requirement in the year: required, counted, missing and
// planned hours, who is short highlighted, the rule reading in words; supervision beside training below.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/SessionContext';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal, todayIso } from '../../../lib/format';
import { createWorker, peopleLinks, useRequirement, useSupervision, useWorkers } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import { RecordModal } from '../components/RecordModal';
import { CategoryTag, RequirementTag } from '../components/Tags';
import { workerFields } from '../components/workerFields';
import { CATEGORIES, evaluatorOnly, hours, isPast, requirementState, requirementTotals } from '../people';
import type { RequirementRow, RequirementSummary, Worker, WorkerDetail, WorkerInput } from '../types';

interface Row extends Worker {
  req: RequirementSummary | null;
  reqRow?: RequirementRow;
}

export default function StaffPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgs, org, setOrg, loading, error, refetch } = useOrganisationChoice((o) => o.type !== 'region');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const orgId = org?.id;
  const workers = useWorkers({ organisation_id: orgId, q: q || undefined, category }, !!orgId);
  // the requirement list and supervision are the employer's managers' (a worker sees their own record only)
  const manages = !!org?.can_manage;
  const requirement = useRequirement({ organisation_id: orgId, year }, !!orgId && manages);
  const supervision = useSupervision({ organisation_id: orgId, year }, !!orgId && manages);
  const today = todayIso();
  const reqBy = new Map((requirement.data?.items ?? []).map((r) => [r.worker.id, r]));
  const rows: Row[] = (workers.data?.items ?? []).map((w) => {
    const r = reqBy.get(w.id);
    return { ...w, reqRow: r, req: r ?? (year === thisYear ? (w.requirement ?? null) : null) };
  });
  const totals = requirementTotals(rows.map((r) => r.req));
  const rule = requirement.data?.rule;

  const user = useCurrentUser();
  const regionStaff = user.memberships.some((m) => m.organisation_type === 'region');
  if (error) return <ErrorAlert error={error} onRetry={() => refetch()} />;
  // the region sees no staff lists, only its aggregates
  if (!loading && !orgs.length && regionStaff) return <Navigate to="/people/regional" replace />;
  // an external evaluator reads the project it evaluates, and no staff records
  if (!loading && !orgs.length && evaluatorOnly(user)) return <Navigate to="/people/projects" replace />;
  return (
    <div data-testid="people-staff-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.staff.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('people.staff.help')}</Typography.Paragraph>
      {!loading && !orgs.length ? <Empty description={t('people.common.noOrganisation')} /> : null}
      {org ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
            {manages ? (
              <Select
                aria-label={t('people.common.year')}
                data-testid="staff-year"
                value={year}
                onChange={setYear}
                options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({
                  value: y,
                  label: String(y),
                }))}
              />
            ) : null}
            <Input.Search
              allowClear
              placeholder={t('people.common.search')}
              aria-label={t('people.common.search')}
              onSearch={setQ}
              style={{ width: 220 }}
            />
            <Select
              allowClear
              aria-label={t('people.common.category')}
              placeholder={t('people.common.category')}
              style={{ minWidth: 220 }}
              value={category}
              onChange={setCategory}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`people.category.${c}`) }))}
            />
            {org.can_manage ? (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="worker-create">
                {t('people.staff.create')}
              </Button>
            ) : null}
            {manages ? (
              <Button href={peopleLinks.requirementXlsx({ organisation_id: org.id, year })} data-testid="staff-xlsx">
                {t('people.common.exportXlsx')}
              </Button>
            ) : null}
          </Space>
          {rule ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="requirement-rule"
              data-reading={rule.reading}
              message={t('people.staff.rule', { text: rule.text })}
            />
          ) : null}
          {requirement.error ? <ErrorAlert error={requirement.error} onRetry={() => requirement.refetch()} /> : null}
          {workers.error ? <ErrorAlert error={workers.error} onRetry={() => workers.refetch()} /> : null}
          <Typography.Paragraph data-testid="staff-summary">
            {t('people.staff.summary', {
              workers: totals.workers,
              withDuty: totals.withDuty,
              short: totals.short,
              shortfall: hours(totals.shortfall),
            })}
          </Typography.Paragraph>
          <Table<Row>
            rowKey="id"
            size="small"
            loading={workers.isLoading}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: true }}
            data-testid="staff-table"
            onRow={(r) => {
              const state = requirementState(r.req);
              // who is short stands out (a light red row), whatever the width
              return {
                'data-testid': 'staff-row',
                'data-worker-id': r.id,
                'data-state': state,
                'data-shortfall': r.req?.shortfall_hours ?? '',
                style: state === 'short' ? { background: '#fff1f0' } : undefined,
              } as never;
            }}
            locale={{ emptyText: <Empty description={t('people.staff.empty')} /> }}
            expandable={{
              rowExpandable: (r) => !!r.reqRow?.notes.length,
              expandedRowRender: (r) => (
                <ul style={{ margin: 0 }} data-testid="requirement-notes">
                  {r.reqRow?.notes.map((n) => (
                    <li key={n.key + n.text}>{n.text}</li>
                  ))}
                </ul>
              ),
            }}
            columns={[
              {
                title: t('people.common.name'),
                dataIndex: 'name',
                fixed: 'left',
                render: (v: string, r) => (
                  <Link to={`/people/workers/${r.id}`} data-testid="worker-link">
                    {v}
                  </Link>
                ),
              },
              { title: t('people.staff.position'), dataIndex: 'position', responsive: ['xl'] },
              { title: t('people.staff.team'), dataIndex: 'team', responsive: ['xxl'] },
              {
                title: t('people.common.category'),
                dataIndex: 'category',
                responsive: ['sm'],
                render: (c: string) => <CategoryTag code={c} />,
              },
              {
                title: t('people.staff.fte'),
                dataIndex: 'fte',
                align: 'right',
                responsive: ['xxl'],
                render: (v: number) => formatDecimal(v, 2),
              },
              {
                title: t('people.staff.required'),
                key: 'req',
                responsive: ['sm'],
                align: 'right',
                render: (_, r) => hours(r.req?.required_hours),
              },
              {
                title: t('people.staff.counted'),
                key: 'cnt',
                responsive: ['sm'],
                align: 'right',
                render: (_, r) => hours(r.req?.counted_hours),
              },
              {
                title: t('people.staff.shortfall'),
                key: 'short',
                align: 'right',
                render: (_, r) =>
                  r.req && r.req.shortfall_hours > 0 ? (
                    <Typography.Text type="danger" strong data-testid="worker-shortfall">
                      {hours(r.req.shortfall_hours)}
                    </Typography.Text>
                  ) : (
                    <span data-testid="worker-shortfall">{hours(r.req?.shortfall_hours)}</span>
                  ),
              },
              {
                title: t('people.staff.planned'),
                key: 'plan',
                responsive: ['sm'],
                align: 'right',
                render: (_, r) => hours(r.req?.planned_hours),
              },
              {
                title: t('people.common.state'),
                key: 'state',
                render: (_, r) => <RequirementTag state={requirementState(r.req)} />,
              },
              {
                title: t('people.staff.appraisalDue'),
                key: 'appr',
                responsive: ['md'],
                render: (_, r) => {
                  const d = r.reqRow?.appraisal_next_due_on;
                  if (!d) return '—';
                  return isPast(d, today) ? (
                    <Tooltip title={t('people.staff.overdue')}>
                      <Tag color="red">{formatDate(d)}</Tag>
                    </Tooltip>
                  ) : (
                    formatDate(d)
                  );
                },
              },
              {
                title: t('people.staff.educationPlan'),
                key: 'plan2',
                responsive: ['xxl'],
                render: (_, r) =>
                  r.reqRow ? (r.reqRow.education_plan ? t('people.common.yes') : t('people.common.no')) : '—',
              },
            ]}
          />
          {manages ? (
            <SupervisionCard
              data={supervision.data}
              loading={supervision.isLoading}
              error={supervision.error}
              year={year}
            />
          ) : null}
        </>
      ) : null}
      {creating && org ? (
        <RecordModal<WorkerDetail>
          title={t('people.worker.create')}
          testId="worker-form"
          fields={workerFields(t)}
          initial={{ category: 'social_worker', fte: 1, employment_start: todayIso() }}
          onSubmit={(v) => createWorker({ ...(v as unknown as WorkerInput), organisation_id: org.id })}
          onDone={(w) => navigate(`/people/workers/${w.worker.id}`)}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}

export function SupervisionCard({
  data,
  loading,
  error,
  year,
}: {
  data: ReturnType<typeof useSupervision>['data'];
  loading: boolean;
  error: unknown;
  year: number;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('people.staff.supervision')}
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="supervision-card"
    >
      <Typography.Paragraph type="secondary">{t('people.staff.supervisionHelp')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      {data && data.sessions === 0 ? (
        // No supervision recorded in the year: say so rather than show an empty per-team table.
        <Alert
          type="info"
          showIcon
          data-testid="supervision-none"
          message={t('people.staff.noSupervision', { year })}
        />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('people.staff.perTeam')}
      </Typography.Title>
      <Table
        locale={{ emptyText: t('people.staff.noSupervisionTeams') }}
        rowKey="team"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.teams ?? []}
        scroll={{ x: true }}
        columns={[
          { title: t('people.staff.team'), dataIndex: 'team', render: (v: string) => v || t('people.staff.noTeam') },
          {
            title: t('people.staff.supervisionHours'),
            dataIndex: 'hours',
            align: 'right',
            render: (v: number) => hours(v),
          },
          {
            title: t('people.staff.trainingHours'),
            dataIndex: 'training_hours',
            align: 'right',
            render: (v: number) => hours(v),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('people.staff.perWorker')}
      </Typography.Title>
      <Table
        rowKey="worker_id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        scroll={{ x: true }}
        columns={[
          { title: t('people.common.name'), dataIndex: 'name' },
          { title: t('people.staff.team'), dataIndex: 'team', responsive: ['md'] },
          {
            title: t('people.staff.supervisionHours'),
            dataIndex: 'supervision_hours',
            align: 'right',
            render: (v: number) => hours(v),
          },
          {
            title: t('people.staff.trainingHours'),
            dataIndex: 'training_hours',
            align: 'right',
            render: (v: number) => hours(v),
          },
        ]}
      />
    </Card>
  );
}
