// A data round: completeness of every service's form, reminders, reopening and locking (region);
// a provider sees its own services and opens their forms.
import { Link, useParams } from 'react-router-dom';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Progress,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tooltip,
} from 'antd';
import {
  BarChartOutlined,
  BellOutlined,
  ClusterOutlined,
  EditOutlined,
  FileTextOutlined,
  LockOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import type { BmServiceProgress } from '../types';
import { benchmarkLinks, lockRound, remindRound, reopenForm, useBenchmarkMutation, useRound } from '../api';
import { completionPercent, roundProgress, sortByAttention, SUBMISSION_STATUSES } from '../completeness';
import { RoundKindTag, RoundStatusTag, SubmissionStatusTag } from '../components/Tags';
import { PdfButton } from '../../../components/PdfButton';
import { useFeedback } from '../../../app/feedback';

export default function RoundPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const round = useRound(Number.isInteger(id) ? id : 0);
  const lock = useBenchmarkMutation(() => lockRound(id));
  const remind = useBenchmarkMutation(() => remindRound(id));
  const reopen = useBenchmarkMutation((serviceId: number) => reopenForm(id, serviceId));
  const d = round.data;
  const open = d?.round.status === 'open';
  const manage = Boolean(d?.can_manage);
  const progress = d ? roundProgress(d.services) : null;

  const act = async <T,>(fn: () => Promise<T>, ok: (r: T) => string) => {
    try {
      const r = await fn();
      void message.success(ok(r));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <div data-testid="round-page" data-status={d?.round.status} data-round-id={d?.round.id}>
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          { title: d ? <Link to={`/benchmarking/groups/${d.round.group_id}`}>{d.group_name}</Link> : '…' },
          { title: d?.round.name ?? '…' },
        ]}
      />
      {round.error ? <ErrorAlert error={round.error} onRetry={() => void round.refetch()} /> : null}
      {round.isPending && !round.error ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {d && progress ? (
        <>
          <PageHeader
            title={d.round.name}
            subtitle={
              <Space wrap>
                <RoundStatusTag status={d.round.status} />
                <RoundKindTag kind={d.round.kind} />
                <span>{d.group_name}</span>
              </Space>
            }
            extra={
              <>
                <Link to={`/benchmarking/rounds/${id}/comparison`}>
                  <Button icon={<BarChartOutlined />} data-testid="round-comparison">
                    {t('benchmark.comparison.title')}
                  </Button>
                </Link>
                {manage ? (
                  <Link to={`/benchmarking/rounds/${id}/dea`}>
                    <Button icon={<ClusterOutlined />} data-testid="round-dea">
                      {t('benchmark.dea.short')}
                    </Button>
                  </Link>
                ) : null}
                {manage && open ? (
                  <>
                    <Popconfirm
                      title={t('benchmark.round.remindConfirm')}
                      okText={t('benchmark.round.remind')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        void act(
                          () => remind.mutateAsync(undefined),
                          (r) => t('benchmark.round.reminded', { n: r.reminded.length }),
                        )
                      }
                      okButtonProps={{ 'data-testid': 'round-remind-confirm' } as Record<string, string>}
                    >
                      <Button
                        icon={<BellOutlined />}
                        loading={remind.isPending}
                        disabled={progress.submitted === progress.total}
                        data-testid="round-remind"
                      >
                        {t('benchmark.round.remind')}
                      </Button>
                    </Popconfirm>
                    <Popconfirm
                      title={t('benchmark.round.lockConfirm')}
                      description={t('benchmark.round.lockDescription', { n: progress.total - progress.submitted })}
                      okText={t('benchmark.round.lock')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        void act(
                          () => lock.mutateAsync(undefined),
                          () => t('benchmark.round.locked'),
                        )
                      }
                      okButtonProps={{ danger: true, ...({ 'data-testid': 'round-lock-confirm' } as object) }}
                    >
                      <Button danger icon={<LockOutlined />} loading={lock.isPending} data-testid="round-lock">
                        {t('benchmark.round.lock')}
                      </Button>
                    </Popconfirm>
                  </>
                ) : null}
              </>
            }
          />
          <Row gutter={[16, 16]} className="kv-section">
            <Col xs={24} lg={10}>
              <Card
                title={t('benchmark.round.progress')}
                data-testid="round-progress"
                data-submitted={progress.submitted}
                data-total={progress.total}
              >
                <Space size="large" align="center" wrap>
                  <Progress
                    type="circle"
                    percent={progress.percentSubmitted}
                    size={96}
                    format={() => `${progress.submitted}/${progress.total}`}
                  />
                  <div>
                    <div>
                      {t('benchmark.round.submittedOf', {
                        submitted: formatNumber(progress.submitted),
                        total: formatNumber(progress.total),
                      })}
                    </div>
                    <div className="kv-muted">
                      {t('benchmark.round.itemsFilled', { percent: progress.percentFilled })}
                    </div>
                    {progress.withErrors ? (
                      <div className="kv-muted">{t('benchmark.round.withErrors', { n: progress.withErrors })}</div>
                    ) : null}
                  </div>
                </Space>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('benchmark.round.details')}>
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('benchmark.rounds.periodYear')}>{d.round.period_year}</Descriptions.Item>
                  <Descriptions.Item label={t('benchmark.rounds.deadline')}>
                    {formatDate(d.round.deadline)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('benchmark.rounds.methodology')}>
                    <Link to={`/benchmarking/methodologies/${d.round.methodology_id}`}>
                      v{d.round.methodology_version}
                    </Link>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('benchmark.round.lockedAt')}>
                    {formatDateTime(d.round.locked_at)}
                  </Descriptions.Item>
                </Descriptions>
                <Row gutter={8} style={{ marginTop: 8 }}>
                  {SUBMISSION_STATUSES.map((s) => (
                    <Col span={6} key={s}>
                      <Statistic
                        title={t(`benchmark.submissionStatus.${s}`)}
                        value={progress.byStatus[s]}
                        valueStyle={{ fontSize: 20 }}
                      />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>

          <Card title={t('benchmark.round.services')} className="kv-table-card">
            <Table<BmServiceProgress>
              rowKey="service_id"
              size="middle"
              data-testid="round-services"
              pagination={false}
              dataSource={sortByAttention(d.services)}
              locale={{ emptyText: t('benchmark.round.noServices') }}
              onRow={(s) =>
                ({
                  'data-testid': `round-service-${s.service_id}`,
                  'data-status': s.status,
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'service',
                  title: t('benchmark.round.service'),
                  render: (_, s) => (
                    <>
                      <Link
                        to={`/benchmarking/rounds/${id}/services/${s.service_id}`}
                        data-testid={`round-form-link-${s.service_id}`}
                      >
                        {s.service_name}
                      </Link>
                      <div className="kv-muted">{s.provider_name}</div>
                    </>
                  ),
                },
                {
                  key: 'status',
                  title: t('benchmark.round.status'),
                  render: (_, s) => <SubmissionStatusTag status={s.status} />,
                },
                {
                  key: 'filled',
                  title: t('benchmark.round.filled'),
                  width: 200,
                  render: (_, s) => (
                    <Tooltip title={t('benchmark.round.filledOf', { filled: s.filled, required: s.required })}>
                      <Progress
                        percent={completionPercent(s.filled, s.required)}
                        size="small"
                        status={s.status === 'submitted' ? 'success' : 'normal'}
                      />
                    </Tooltip>
                  ),
                },
                {
                  key: 'errors',
                  title: t('benchmark.round.errors'),
                  align: 'right',
                  render: (_, s) => (s.status === 'submitted' || !s.errors ? '—' : formatNumber(s.errors)),
                },
                {
                  key: 'submitted',
                  title: t('benchmark.round.submittedAt'),
                  render: (_, s) => formatDateTime(s.submitted_at),
                },
                ...(manage
                  ? [
                      {
                        key: 'reminded',
                        title: t('benchmark.round.remindedAt'),
                        render: (_: unknown, s: BmServiceProgress) => formatDateTime(s.reminded_at),
                      },
                    ]
                  : []),
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_, s) => (
                    <Space wrap>
                      <Link to={`/benchmarking/rounds/${id}/services/${s.service_id}`}>
                        <Button size="small" icon={<EditOutlined />}>
                          {t('benchmark.round.openForm')}
                        </Button>
                      </Link>
                      {manage && open && s.status === 'submitted' ? (
                        <Popconfirm
                          title={t('benchmark.round.reopenConfirm')}
                          okText={t('benchmark.round.reopen')}
                          cancelText={t('common.cancel')}
                          onConfirm={() =>
                            void act(
                              () => reopen.mutateAsync(s.service_id),
                              () => t('benchmark.round.reopened'),
                            )
                          }
                        >
                          <Button size="small" icon={<RollbackOutlined />} data-testid={`round-reopen-${s.service_id}`}>
                            {t('benchmark.round.reopen')}
                          </Button>
                        </Popconfirm>
                      ) : null}
                      {!open ? (
                        <Button
                          size="small"
                          icon={<FileTextOutlined />}
                          href={benchmarkLinks.serviceReport(id, s.service_id)}
                          target="_blank"
                        >
                          {t('benchmark.report')}
                        </Button>
                      ) : null}
                      {!open ? (
                        <PdfButton
                          href={benchmarkLinks.serviceReport(id, s.service_id)}
                          fileName={`service-${s.service_id}.pdf`}
                          size="small"
                          compact
                        />
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
