// One audit: header (type, service, dates, team, methods, warnings), offline-tolerant scoring,
// results with the verdict and its reasons, findings and actions, follow-up comparison.
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Modal, Space, Tabs, Tag, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  FileExcelOutlined,
  LoadingOutlined,
  PrinterOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateRange, formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { closeAudit, qualityLinks, reopenAudit, uploadAuditEvidence, useAudit, useQualityMutation } from '../api';
import { applyQueue, type SaverSnapshot } from '../saveQueue';
import { scoringProgress, unscoredCriteria } from '../charts';
import { normaliseLanguage } from '../../../i18n';
import { scaleName, setTitle } from '../setTitles';
import { useAssessmentSaver } from '../useAssessmentSaver';
import { AuditHeaderModal } from '../components/AuditHeaderModal';
import { ComparisonPanel } from '../components/ComparisonPanel';
import { EvidenceList, EvidenceUpload } from '../components/Evidence';
import { FindingModal, FindingsPanel } from '../components/FindingsPanel';
import { ResultsPanel } from '../components/ResultsPanel';
import { ScoringPanel } from '../components/ScoringPanel';
import { AuditStatusTag, VerdictTag } from '../components/Tags';
import { PdfButton } from '../../../components/PdfButton';
import { useFeedback } from '../../../app/feedback';

function SaveStatus({ snapshot, onRetry }: { snapshot: SaverSnapshot; onRetry: () => void }) {
  const { t } = useTranslation();
  const n = snapshot.queue.edits.length;
  const s = snapshot.status;
  const icon =
    s === 'saved' ? (
      <CheckCircleOutlined style={{ color: '#389e0d' }} />
    ) : s === 'retrying' || s === 'rejected' ? (
      <ExclamationCircleOutlined style={{ color: '#cf1322' }} />
    ) : s === 'saving' ? (
      <LoadingOutlined />
    ) : (
      <CloudUploadOutlined />
    );
  const text =
    s === 'rejected'
      ? t('quality.save.rejected', { message: errorMessage(snapshot.error, t) })
      : t(`quality.save.${s}`);
  return (
    <Space data-testid="save-status" data-status={s} data-queued={n} role="status" aria-live="polite">
      {icon}
      <span style={{ color: s === 'retrying' || s === 'rejected' ? '#cf1322' : undefined }}>{text}</span>
      {n && s !== 'saved' ? <Tag>{t('quality.save.queued', { n })}</Tag> : null}
      {s === 'retrying' ? (
        <Button size="small" onClick={onRetry} data-testid="save-retry">
          {t('quality.save.retryNow')}
        </Button>
      ) : null}
    </Space>
  );
}

export default function AuditDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const audit = useAudit(id);
  const saver = useAssessmentSaver(id);
  const [params, setParams] = useSearchParams();
  const [findingFor, setFindingFor] = useState<{ criterionId?: number } | null>(null);
  const [editingHeader, setEditingHeader] = useState(false);
  const [closing, setClosing] = useState(false);
  const close = useQualityMutation(() => closeAudit(id));
  const reopen = useQualityMutation(() => reopenAudit(id));
  const a = audit.data;

  const criteria = useMemo(() => (a ? applyQueue(a.criteria, saver.snapshot.queue) : []), [a, saver.snapshot.queue]);

  if (audit.error) return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  if (!a) return <Card loading data-testid="audit-loading" />;

  const s = a.summary;
  const draft = s.status === 'draft';
  const editable = draft && a.can_edit;
  const progress = scoringProgress(criteria);
  const leader = a.team.find((m) => m.role === 'leader');
  const tab = params.get('tab') ?? 'scoring';

  const unscored = unscoredCriteria(criteria);
  const doClose = async () => {
    setClosing(false);
    try {
      await close.mutateAsync(undefined);
      void message.success(t('quality.detail.closed'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  const doReopen = async () => {
    try {
      await reopen.mutateAsync(undefined);
      void message.success(t('quality.detail.reopened'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  const tabs = [
    {
      key: 'scoring',
      label: (
        <span data-testid="tab-scoring">
          {t('quality.detail.tabScoring')} ({progress.scored}/{progress.total})
        </span>
      ),
      children: (
        <>
          {saver.restored > 0 ? (
            <Alert
              type="info"
              showIcon
              closable
              message={t('quality.save.restored', { n: saver.restored })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {!editable ? (
            <Alert type="info" showIcon message={t('quality.detail.readOnly')} style={{ marginBottom: 12 }} />
          ) : null}
          <ScoringPanel
            audit={a}
            criteria={criteria}
            editable={editable}
            onEdit={(c, change) =>
              saver.edit({ criterion_id: c.criterion_id, ...change }, { level_code: c.level_code, note: c.note })
            }
            onAddFinding={(criterionId) => setFindingFor({ criterionId })}
          />
        </>
      ),
    },
    {
      key: 'results',
      label: <span data-testid="tab-results">{t('quality.detail.tabResults')}</span>,
      children: <ResultsPanel results={a.results} passRuleText={a.pass_rule.text} />,
    },
    {
      key: 'findings',
      label: (
        <span data-testid="tab-findings">
          {t('quality.detail.tabFindings')} ({a.findings.length})
        </span>
      ),
      children: <FindingsPanel audit={a} editable={a.can_edit} draft={draft} onAddFinding={() => setFindingFor({})} />,
    },
    {
      key: 'evidence',
      label: <span data-testid="tab-evidence">{t('quality.detail.evidenceCount', { n: a.evidence.length })}</span>,
      children: (
        <div>
          {editable ? (
            <EvidenceUpload upload={(f) => uploadAuditEvidence(id, f)} testId="evidence-upload-audit" />
          ) : null}
          {a.evidence.length ? (
            <EvidenceList items={a.evidence} canDelete={editable} testId="evidence-list-audit" />
          ) : (
            <Typography.Paragraph type="secondary">{t('quality.detail.noEvidence')}</Typography.Paragraph>
          )}
        </div>
      ),
    },
    ...(s.previous_audit_id
      ? [
          {
            key: 'comparison',
            label: <span data-testid="tab-comparison">{t('quality.detail.tabComparison')}</span>,
            children: <ComparisonPanel audit={a} />,
          },
        ]
      : []),
  ];

  return (
    <div data-testid="audit-page" data-status={s.status} data-revision={a.revision} data-verdict={a.results.verdict}>
      <PageHeader
        title={
          <Space wrap>
            {s.title || t(`quality.auditType.${s.type}`)}
            <AuditStatusTag status={s.status} />
            <VerdictTag verdict={a.results.verdict} testId="header-verdict" />
          </Space>
        }
        subtitle={`${t(`quality.auditType.${s.type}`, { defaultValue: s.type })} · ${s.service_name || s.audited_org_name}`}
        extra={
          <>
            {editable ? <SaveStatus snapshot={saver.snapshot} onRetry={saver.retryNow} /> : null}
            <a href={qualityLinks.report(id)} target="_blank" rel="noreferrer" data-testid="audit-report">
              <Button icon={<PrinterOutlined />}>{t('quality.detail.report')}</Button>
            </a>
            <PdfButton href={qualityLinks.report(id)} fileName={`audit-${id}.pdf`} testId="audit-report-pdf" />
            <a href={qualityLinks.auditExport(id, 'xlsx')} data-testid="audit-export-xlsx">
              <Button icon={<FileExcelOutlined />}>XLSX</Button>
            </a>
            <a href={qualityLinks.auditExport(id, 'csv')} data-testid="audit-export-csv">
              <Button>CSV</Button>
            </a>
            {a.can_manage && draft ? (
              <Button
                type="primary"
                loading={close.isPending}
                disabled={saver.snapshot.queue.edits.length > 0}
                onClick={() => setClosing(true)}
                data-testid="audit-close"
              >
                {t('quality.detail.close')}
              </Button>
            ) : null}
            {a.can_manage && !draft ? (
              <Button
                icon={<UndoOutlined />}
                loading={reopen.isPending}
                onClick={() => void doReopen()}
                data-testid="audit-reopen"
              >
                {t('quality.detail.reopen')}
              </Button>
            ) : null}
          </>
        }
      />
      {a.warnings.map((w) => (
        <Alert
          key={w.code}
          type="warning"
          showIcon
          message={w.message}
          style={{ marginBottom: 12 }}
          data-testid={`warning-${w.code}`}
        />
      ))}
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        data-testid="audit-header"
        extra={
          a.can_manage ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditingHeader(true)}
              data-testid="audit-edit-header"
            >
              {t('quality.header.edit')}
            </Button>
          ) : null
        }
        title={t('quality.header.card')}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('quality.common.service')}>
            {s.service_id ? <Link to={`/services/${s.service_id}`}>{s.service_name}</Link> : s.audited_org_name}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.common.provider')}>{s.audited_org_name}</Descriptions.Item>
          <Descriptions.Item label={t('quality.audits.conductedBy')}>{s.conducted_by_name}</Descriptions.Item>
          <Descriptions.Item label={t('quality.common.dates')}>
            {formatDateRange(s.starts_on, s.ends_on)}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.audits.place')}>
            <span data-testid="audit-place">{a.place || '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.detail.set')}>
            {setTitle(s.set_code, a.set_name, normaliseLanguage(i18n.language))} (
            {t('quality.common.version', { n: s.set_version })})
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.audits.template')}>{a.template_name || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('quality.detail.scale')}>
            {scaleName(a.scale, normaliseLanguage(i18n.language))}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.audits.team')}>
            <span data-testid="audit-team" data-size={a.team.length} data-leader={leader?.user_id ?? ''}>
              {leader ? (
                <>
                  <strong>{leader.name}</strong> ({t('quality.role.leader')})
                </>
              ) : null}
              {a.team
                .filter((m) => m.role !== 'leader')
                .map((m, i) => (
                  <span key={m.user_id} data-testid={`audit-team-member-${m.user_id}`}>
                    {leader || i > 0 ? ', ' : ''}
                    {m.name}
                  </span>
                ))}
              {a.team.length ? null : '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.audits.methods')} span="filled">
            {a.methods.length ? (
              <Space size={[4, 4]} wrap>
                {a.methods.map((m) => (
                  <Tag key={m}>{t(`quality.method.${m}`, { defaultValue: m })}</Tag>
                ))}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          {s.previous_audit_id ? (
            <Descriptions.Item label={t('quality.audits.previous')}>
              <Link to={`/quality/audits/${s.previous_audit_id}`}>#{s.previous_audit_id}</Link>
            </Descriptions.Item>
          ) : null}
          {a.closed_at ? (
            <Descriptions.Item label={t('quality.auditStatus.closed')}>{formatDateTime(a.closed_at)}</Descriptions.Item>
          ) : null}
        </Descriptions>
        {a.summary_text ? (
          <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }} data-testid="audit-summary-text">
            {a.summary_text}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          const next = new URLSearchParams(params);
          if (k === 'scoring') next.delete('tab');
          else next.set('tab', k);
          setParams(next, { replace: true });
        }}
        items={tabs}
      />
      {findingFor ? (
        <FindingModal audit={a} criterionId={findingFor.criterionId} onClose={() => setFindingFor(null)} />
      ) : null}
      {editingHeader ? <AuditHeaderModal audit={a} onClose={() => setEditingHeader(false)} /> : null}
      {closing ? (
        <Modal
          open
          title={t('quality.detail.closeTitle')}
          okText={unscored.length ? t('quality.detail.closeAnyway') : t('quality.detail.close')}
          okButtonProps={{ 'data-testid': 'audit-close-confirm', danger: unscored.length > 0 }}
          cancelButtonProps={{ 'data-testid': 'audit-close-cancel' }}
          onOk={() => void doClose()}
          onCancel={() => setClosing(false)}
          destroyOnHidden
        >
          <Typography.Paragraph>{t('quality.detail.closeConfirm')}</Typography.Paragraph>
          {unscored.length ? (
            <Alert
              type="warning"
              showIcon
              message={t('quality.detail.closeUnscored', { n: unscored.length })}
              description={
                <ul
                  style={{ margin: 0, paddingLeft: 18, maxHeight: 260, overflowY: 'auto' }}
                  data-testid="audit-close-unscored"
                  data-count={unscored.length}
                >
                  {unscored.map((c) => (
                    <li key={c.criterion_id} data-code={c.code}>
                      <strong>
                        {c.code}
                        {c.essential ? ' *' : ''}
                      </strong>{' '}
                      {c.text_cs}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </Modal>
      ) : null}
    </div>
  );
}
