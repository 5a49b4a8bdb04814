// Due work: "Moje revize" (reviews of my clients due soon or overdue) for a key worker, reviews of a service for
// its staff, and the evaluations due on service goals and objectives, per service, for the organisation.
import { useState } from 'react';
import { Card, Collapse, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/SessionContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useDueEvaluations, useDueReviews, useServices } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import { DueTag, LevelTag } from '../components/Tags';
import { groupDueByService } from '../planning';
import { worksWithClients } from '../tabs';
import type { DueEvaluation, DueReview } from '../types';

export default function DuePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const works = worksWithClients(user);
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  return (
    <div data-testid="planning-due-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.due.title')}
      </Typography.Title>
      {works ? <MyReviews /> : null}
      {works && org ? <ServiceReviews organisationId={org.id} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {loading ? <Card loading /> : null}
      {org ? (
        <Card
          title={t('planning.due.evaluations')}
          className="kv-section"
          style={{ marginTop: 16 }}
          data-testid="due-evaluations"
        >
          <Typography.Paragraph type="secondary">{t('planning.due.evaluationsHelp')}</Typography.Paragraph>
          <div style={{ marginBottom: 12 }}>
            <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
          </div>
          <DueEvaluations organisationId={org.id} />
        </Card>
      ) : null}
    </div>
  );
}

/** Columns of a list of reviews due: the service for my reviews (of several services), the key worker for a service's. */
function reviewColumns(t: ReturnType<typeof useTranslation>['t'], withWorker: boolean) {
  return [
    {
      title: t('planning.due.client'),
      key: 'c',
      render: (_: unknown, r: DueReview) => (
        <Link to={`/planning/clients/${r.client_id}`} data-testid="due-review-client">
          {r.client_code}
          {r.client_name ? ` – ${r.client_name}` : ''}
        </Link>
      ),
    },
    ...(withWorker ? [] : [{ title: t('planning.common.service'), dataIndex: 'service_name', key: 's' }]),
    ...(withWorker
      ? [
          {
            title: t('planning.due.keyWorker'),
            key: 'k',
            render: (_: unknown, r: DueReview) =>
              typeof r.key_worker === 'string' ? r.key_worker : (r.key_worker?.display_name ?? '—'),
          },
        ]
      : []),
    {
      title: t('planning.due.nextReview'),
      dataIndex: 'next_review_on',
      key: 'n',
      render: (v: string) => formatDate(v),
    },
    {
      title: t('planning.common.state'),
      dataIndex: 'state',
      key: 'st',
      render: (s: DueReview['state']) => <DueTag state={s} />,
    },
  ];
}

function MyReviews() {
  const { t } = useTranslation();
  const due = useDueReviews({ scope: 'mine' });
  return (
    <Card title={t('planning.due.myReviews')} className="kv-section" data-testid="due-my-reviews">
      <Typography.Paragraph type="secondary">{t('planning.due.myReviewsHelp')}</Typography.Paragraph>
      {due.error ? <ErrorAlert error={due.error} onRetry={() => due.refetch()} /> : null}
      <Table<DueReview>
        rowKey="client_id"
        size="small"
        loading={due.isLoading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={due.data?.items ?? []}
        locale={{ emptyText: t('planning.due.noReviews') }}
        columns={reviewColumns(t, false)}
      />
    </Card>
  );
}

function ServiceReviews({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const services = useServices({ organisation_id: organisationId });
  const mine = (services.data?.items ?? []).filter((s) => s.is_staff);
  const [serviceId, setServiceId] = useState<number | undefined>(undefined);
  const chosen = serviceId ?? mine[0]?.id;
  const due = useDueReviews({ scope: 'service', service_id: chosen }, Boolean(chosen));
  if (!mine.length) return null;
  return (
    <Card
      title={t('planning.due.serviceReviews')}
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="due-service-reviews"
    >
      <Select
        aria-label={t('planning.common.service')}
        style={{ minWidth: 220, maxWidth: '100%', marginBottom: 12 }}
        value={chosen}
        onChange={setServiceId}
        options={mine.map((s) => ({ value: s.id, label: s.name }))}
      />
      {due.error ? <ErrorAlert error={due.error} /> : null}
      <Table<DueReview>
        rowKey="client_id"
        size="small"
        loading={due.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={due.data?.items ?? []}
        locale={{ emptyText: t('planning.due.noReviews') }}
        columns={reviewColumns(t, true)}
      />
    </Card>
  );
}

function DueEvaluations({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const due = useDueEvaluations({ organisation_id: organisationId });
  if (due.error) return <ErrorAlert error={due.error} onRetry={() => due.refetch()} />;
  if (due.isLoading) return <Card loading bordered={false} />;
  const groups = groupDueByService(due.data?.items ?? []);
  if (!groups.length) return <Empty description={t('planning.due.noEvaluations')} />;
  return (
    <Collapse
      defaultActiveKey={groups.map((g) => String(g.service_id ?? 0))}
      items={groups.map((g) => ({
        key: String(g.service_id ?? 0),
        label: (
          <Space wrap>
            <strong>{g.service_name || t('planning.due.organisationGoals')}</strong>
            {g.overdue ? <Tag color="red">{t('planning.due.overdueCount', { n: g.overdue })}</Tag> : null}
          </Space>
        ),
        children: (
          <Table<DueEvaluation>
            rowKey="indicator_id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={g.items}
            data-testid="due-evaluations-table"
            columns={[
              {
                title: t('planning.due.goal'),
                key: 'g',
                render: (_, r) => (
                  <Space size={4} wrap>
                    <LevelTag level={r.goal.level} />
                    <Link to={`/planning/goals/${r.goal.id}`}>
                      {r.goal.code ? `${r.goal.code} ` : ''}
                      {r.goal.title}
                    </Link>
                  </Space>
                ),
              },
              { title: t('planning.due.indicator'), dataIndex: 'indicator_name' },
              { title: t('planning.due.dueOn'), dataIndex: 'next_due_on', render: (v: string) => formatDate(v) },
              {
                title: t('planning.common.state'),
                dataIndex: 'state',
                render: (s: DueEvaluation['state']) => <DueTag state={s} />,
              },
            ]}
          />
        ),
      }))}
    />
  );
}
