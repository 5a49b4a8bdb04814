// A coverage round: its state and completeness, the region's open / remind / lock, the upload of answers from
// Excel (with its template and every bad row listed), and the forms of the services (region: all; provider: its
// own), each opening the coverage form.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Modal,
  Popconfirm,
  Progress,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Upload,
} from 'antd';
import {
  BellOutlined,
  DownloadOutlined,
  EditOutlined,
  EnvironmentOutlined,
  EyeOutlined,
  LockOutlined,
  PlayCircleOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { useCurrentUser } from '../../../../app/SessionContext';
import { hasPermission } from '../../../../app/navigation';
import { isApiError } from '../../../../api/client';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateRange, formatDateTime } from '../../../../lib/format';
import { uploadContentType, UPLOAD_ACCEPT } from '../answers';
import {
  coverageLinks,
  lockRound,
  openRound,
  remindRound,
  uploadAnswers,
  useNetworkMutation,
  useRound,
  useSubmissions,
} from '../api';
import { answeredPercent, byLine, formLinkMode, roundActions, roundPercent, sortSubmissions } from '../rounds';
import type { CoverageReminder, CoverageSubmission, ServerProblem } from '../types';
import { RoundStatusTag, SubmissionStatusTag } from '../components/Tags';
import { useFeedback } from '../../../../app/feedback';

export default function RoundPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const round = useRound(id);
  const submissions = useSubmissions(id);
  const canRespond = hasPermission(useCurrentUser()?.permissions, 'network.respond');
  const open = useNetworkMutation(() => openRound(id));
  const remind = useNetworkMutation(() => remindRound(id));
  const lock = useNetworkMutation(() => lockRound(id));
  const upload = useNetworkMutation((file: File) => uploadAnswers(id, file, uploadContentType(file.name, file.type)));
  const [actionError, setActionError] = useState<unknown>(null);
  const [uploadRows, setUploadRows] = useState<ServerProblem[]>([]);
  const [uploadTotal, setUploadTotal] = useState(0);
  const [reminded, setReminded] = useState<CoverageReminder[] | null>(null);
  const r = round.data;
  const canManage = Boolean(r?.can_manage);
  const actions = r ? roundActions(r.status, canManage, canRespond) : [];

  const act = async <T,>(fn: () => Promise<T>, ok: (x: T) => string) => {
    setActionError(null);
    try {
      void message.success(ok(await fn()));
    } catch (e) {
      setActionError(e);
    }
  };

  const onUpload = async (file: File) => {
    setUploadRows([]);
    setActionError(null);
    try {
      await upload.mutateAsync(file);
      void message.success(t('networkCoverage.round.uploaded'));
    } catch (e) {
      // every bad row by line and column (the server lists them beside the error; nothing was stored)
      if (isApiError(e) && Array.isArray(e.body?.problems) && e.body.problems.length) {
        setUploadRows(e.body.problems as ServerProblem[]);
        setUploadTotal(typeof e.body.problems_total === 'number' ? e.body.problems_total : e.body.problems.length);
        return;
      }
      setActionError(e);
    }
  };

  return (
    <div data-testid="cov-round-page" data-status={r?.status} data-round-id={r?.id}>
      <Breadcrumb
        items={[
          { title: <Link to="/network/coverage">{t('networkCoverage.tabs.rounds')}</Link> },
          { title: r?.title ?? '…' },
        ]}
      />
      {round.error ? <ErrorAlert error={round.error} onRetry={() => void round.refetch()} /> : null}
      {round.isPending && !round.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {r ? (
        <>
          <PageHeader
            title={r.title}
            subtitle={
              <Space wrap>
                <RoundStatusTag status={r.status} />
                <span>{formatDateRange(r.period_from, r.period_to)}</span>
              </Space>
            }
            extra={
              <>
                <Link to={`/network/coverage/map?round=${r.id}`}>
                  <Button icon={<EnvironmentOutlined />} data-testid="cov-round-map">
                    {t('networkCoverage.round.map')}
                  </Button>
                </Link>
                {actions.includes('open') ? (
                  <Popconfirm
                    title={t('networkCoverage.rounds.openConfirm')}
                    okText={t('networkCoverage.rounds.open')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      void act(
                        () => open.mutateAsync(undefined),
                        () => t('networkCoverage.rounds.opened'),
                      )
                    }
                    okButtonProps={{ 'data-testid': 'cov-round-open-confirm' } as Record<string, string>}
                  >
                    <Button
                      type="primary"
                      icon={<PlayCircleOutlined />}
                      loading={open.isPending}
                      data-testid="cov-round-open"
                    >
                      {t('networkCoverage.rounds.open')}
                    </Button>
                  </Popconfirm>
                ) : null}
                {actions.includes('remind') ? (
                  <Popconfirm
                    title={t('networkCoverage.rounds.remindConfirm')}
                    okText={t('networkCoverage.rounds.remind')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      void act(
                        () => remind.mutateAsync(undefined),
                        (x) => {
                          setReminded(x.items);
                          return t('networkCoverage.rounds.reminded', { n: x.items.length });
                        },
                      )
                    }
                    okButtonProps={{ 'data-testid': 'cov-round-remind-confirm' } as Record<string, string>}
                  >
                    <Button
                      icon={<BellOutlined />}
                      loading={remind.isPending}
                      disabled={r.total > 0 && r.submitted === r.total}
                      data-testid="cov-round-remind"
                    >
                      {t('networkCoverage.rounds.remind')}
                    </Button>
                  </Popconfirm>
                ) : null}
                {actions.includes('lock') ? (
                  <Popconfirm
                    title={t('networkCoverage.rounds.lockConfirm')}
                    description={t('networkCoverage.rounds.lockDescription', { n: r.total - r.submitted })}
                    okText={t('networkCoverage.rounds.lock')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      void act(
                        () => lock.mutateAsync(undefined),
                        () => t('networkCoverage.rounds.locked'),
                      )
                    }
                    okButtonProps={{ danger: true, ...({ 'data-testid': 'cov-round-lock-confirm' } as object) }}
                  >
                    <Button danger icon={<LockOutlined />} loading={lock.isPending} data-testid="cov-round-lock">
                      {t('networkCoverage.rounds.lock')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </>
            }
          />
          {actionError ? <ErrorAlert error={actionError} testId="cov-round-error" /> : null}
          <Card className="kv-section" size="small">
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('networkCoverage.rounds.deadline')}>
                {formatDate(r.deadline)}
              </Descriptions.Item>
              <Descriptions.Item label={t('networkCoverage.rounds.kinds')}>
                <Space size={[0, 4]} wrap>
                  {r.kinds.map((k) => (
                    <Tag key={k.code} className="kv-wrap-tag">
                      {k.name}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('networkCoverage.rounds.completeness')}>
                <span data-testid="cov-round-progress" data-submitted={r.submitted} data-total={r.total}>
                  <Progress percent={roundPercent(r)} size="small" format={() => `${r.submitted}/${r.total}`} />
                </span>
              </Descriptions.Item>
            </Descriptions>
          </Card>

          {actions.includes('upload') ? (
            <Card size="small" className="kv-section">
              <Space wrap>
                <Button icon={<DownloadOutlined />} href={coverageLinks.template(r.id)} data-testid="cov-template">
                  {t('networkCoverage.round.template')}
                </Button>
                <Upload
                  accept={UPLOAD_ACCEPT}
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void onUpload(file);
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="cov-upload">
                    {t('networkCoverage.round.upload')}
                  </Button>
                </Upload>
              </Space>
              <div className="kv-muted" style={{ marginTop: 8 }}>
                {t('networkCoverage.round.uploadHint')}
              </div>
            </Card>
          ) : null}
          {uploadRows.length ? (
            <Alert
              className="kv-section"
              type="error"
              showIcon
              data-testid="cov-upload-errors"
              message={t('networkCoverage.round.uploadErrors')}
              description={
                <>
                  {/* the server's messages name the row and the column */}
                  <ul className="kv-list">
                    {byLine(uploadRows).map((row, i) => (
                      <li key={i} data-testid="cov-upload-error" data-line={row.line} data-field={row.field}>
                        {row.message}
                      </li>
                    ))}
                  </ul>
                  {uploadTotal > uploadRows.length ? (
                    <div>{t('networkCoverage.round.uploadMore', { shown: uploadRows.length, total: uploadTotal })}</div>
                  ) : null}
                </>
              }
            />
          ) : null}
          {r.status === 'draft' ? (
            <Alert className="kv-section" type="info" showIcon message={t('networkCoverage.round.draftInfo')} />
          ) : null}

          <Card title={t('networkCoverage.round.submissions')} className="kv-table-card">
            {submissions.error ? (
              <ErrorAlert error={submissions.error} onRetry={() => void submissions.refetch()} />
            ) : null}
            <Table<CoverageSubmission>
              rowKey="id"
              size="middle"
              pagination={false}
              loading={submissions.isPending}
              dataSource={sortSubmissions(submissions.data?.items ?? [])}
              locale={{ emptyText: t('networkCoverage.round.noSubmissions') }}
              data-testid="cov-submissions"
              onRow={(s) =>
                ({
                  'data-testid': `cov-submission-${s.service_id}`,
                  'data-status': s.status,
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'service',
                  title: t('networkCoverage.round.service'),
                  render: (_, s) => (
                    <>
                      <Link
                        to={`/network/coverage/submissions/${s.id}`}
                        data-testid={`cov-submission-link-${s.service_id}`}
                      >
                        {s.service_name}
                      </Link>
                      <div className="kv-muted">
                        {s.provider_name} · {s.kind_name}
                      </div>
                    </>
                  ),
                },
                {
                  key: 'status',
                  title: t('networkCoverage.rounds.status'),
                  render: (_, s) => <SubmissionStatusTag status={s.status} />,
                },
                {
                  key: 'answered',
                  title: t('networkCoverage.round.answered'),
                  width: 180,
                  render: (_, s) => (
                    <Tooltip title={t('networkCoverage.round.answeredOf', { answered: s.answered, needs: s.needs })}>
                      <Progress
                        percent={answeredPercent(s)}
                        size="small"
                        status={s.status === 'submitted' ? 'success' : 'normal'}
                      />
                    </Tooltip>
                  ),
                },
                {
                  key: 'submitted',
                  title: t('networkCoverage.round.submittedAt'),
                  responsive: ['lg'],
                  render: (_, s) => formatDateTime(s.submitted_at),
                },
                {
                  key: 'reminders',
                  title: t('networkCoverage.round.reminders'),
                  responsive: ['lg'],
                  align: 'right',
                  render: (_, s) => s.reminders || '—',
                },
                {
                  key: 'open',
                  title: t('common.actions'),
                  responsive: ['xl'],
                  render: (_, s) => (
                    <Link to={`/network/coverage/submissions/${s.id}`}>
                      {formLinkMode(canRespond, r.status, s.status) === 'edit' ? (
                        <Button size="small" icon={<EditOutlined />}>
                          {t('networkCoverage.round.openForm')}
                        </Button>
                      ) : (
                        <Button size="small" icon={<EyeOutlined />}>
                          {t('networkCoverage.round.viewForm')}
                        </Button>
                      )}
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
          <Modal
            open={reminded !== null}
            title={t('networkCoverage.rounds.remindedTitle')}
            footer={null}
            onCancel={() => setReminded(null)}
          >
            <ul className="kv-list" data-testid="cov-reminded">
              {(reminded ?? []).map((x, i) => (
                <li key={i}>
                  <strong>{x.provider_name}</strong>
                  {x.service_name ? ` · ${x.service_name}` : ''}
                  {x.contacts.length ? ` — ${x.contacts.join(', ')}` : ''}
                </li>
              ))}
            </ul>
          </Modal>
        </>
      ) : null}
    </div>
  );
}
