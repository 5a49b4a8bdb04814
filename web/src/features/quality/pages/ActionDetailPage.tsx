// One corrective action: text, owner, due date, status steps, the transitions the caller may make
// (marking done, verification and rejection ask for a note in a dialog; marking done can attach evidence),
// history with who and when, evidence and the linked indicator.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Space,
  Statistic,
  Steps,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDateTime, formatDecimal, toApiDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { transitionAction, uploadActionEvidence, useAction, useQualityMutation } from '../api';
import { indicatorOption } from '../charts';
import { lastDoneReport, transitionBody, transitionDialog, type TransitionKind } from '../actionTransition';
import { EVIDENCE_ACCEPT, EvidenceList, EvidenceUpload } from '../components/Evidence';
import { ActionModal } from '../components/FindingsPanel';
import { Chart } from '../../../components/charts/Chart';
import { ActionStatusTag, DueStateTag, SeverityTag } from '../components/Tags';
import { ACTION_STATUSES, transitionKind } from '../filters';
import type { QAction, QTransitionInput } from '../types';
import { useFeedback } from '../../../app/feedback';

function TransitionModal({
  action,
  kind,
  onClose,
}: {
  action: QAction;
  kind: Exclude<TransitionKind, 'start'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const dialog = transitionDialog(kind)!;
  const [form] = Form.useForm<{ note: string; date?: Dayjs }>();
  const [files, setFiles] = useState<File[]>([]);
  // Files first (the action still takes them), then the step: a refused file leaves the status alone.
  const run = useQualityMutation(async ({ body, attach }: { body: QTransitionInput; attach: File[] }) => {
    for (const f of attach) await uploadActionEvidence(action.id, f);
    return transitionAction(action.id, body);
  });
  const submit = async () => {
    // an invalid form shows its errors under the fields; nothing to send
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = transitionBody(kind, v.note, toApiDate(v.date));
    if (!body) return;
    try {
      await run.mutateAsync({ body, attach: files });
      void message.success(t('quality.actions.transitioned'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      title={t(`quality.actions.${dialog.title}`)}
      okText={t(`quality.actions.${kind}`)}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={run.isPending}
      okButtonProps={{ 'data-testid': 'transition-submit', danger: kind === 'reject' }}
      destroyOnHidden
    >
      {run.error ? <ErrorAlert error={run.error} testId="transition-error" /> : null}
      <Typography.Paragraph type="secondary">{action.text}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs() }}>
        <Form.Item
          name="note"
          label={t(`quality.actions.${dialog.noteLabel}`)}
          rules={[{ required: true, whitespace: true, message: t(`quality.actions.${dialog.noteRequired}`) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="transition-note" />
        </Form.Item>
        <Form.Item name="date" label={t('quality.actions.date')}>
          <DatePicker format="D. M. YYYY" />
        </Form.Item>
        {dialog.files ? (
          <Form.Item label={t('quality.actions.doneFiles')} extra={t('quality.actions.doneFilesHint')}>
            <Upload
              accept={EVIDENCE_ACCEPT}
              multiple
              fileList={files.map((f, i) => ({ uid: `${i}-${f.name}`, name: f.name, status: 'done' as const }))}
              beforeUpload={(f) => {
                setFiles((list) => [...list, f]);
                return false;
              }}
              onRemove={(u) => setFiles((list) => list.filter((f, i) => `${i}-${f.name}` !== u.uid))}
            >
              <Button icon={<UploadOutlined />} data-testid="transition-files">
                {t('quality.common.upload')}
              </Button>
            </Upload>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export default function ActionDetailPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const action = useAction(id);
  const user = useCurrentUser();
  const [modal, setModal] = useState<Exclude<TransitionKind, 'start'> | null>(null);
  const [editing, setEditing] = useState(false);
  const run = useQualityMutation((body: QTransitionInput) => transitionAction(id, body));
  const a = action.data;
  if (action.error) return <ErrorAlert error={action.error} onRetry={() => void action.refetch()} />;
  if (!a) return <Card loading />;

  const simple = async (to: string) => {
    try {
      await run.mutateAsync({ to });
      void message.success(t('quality.actions.transitioned'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  const report = a.status === 'done' || a.status === 'verified' ? lastDoneReport(a.history) : null;
  const current = ACTION_STATUSES.indexOf(a.status as (typeof ACTION_STATUSES)[number]);
  const ind = a.indicator;
  const canUpload = a.allowed_transitions.length > 0 || a.status === 'in_progress';
  // a verified action is final; otherwise those who plan actions may edit it (the server decides)
  const canEdit = a.status !== 'verified' && hasPermission(user.permissions, 'quality.assess');

  return (
    <div data-testid="action-page" data-status={a.status}>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="action-text-value">{a.text}</span>
            <ActionStatusTag status={a.status} testId="action-status" />
          </Space>
        }
        subtitle={`${a.service_name || a.provider_name} · ${a.audit_title}`}
        extra={[
          canEdit ? (
            <Button key="edit" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="action-edit">
              {t('quality.actions.edit')}
            </Button>
          ) : null,
          ...a.allowed_transitions.map((to) => {
            const kind = transitionKind(a.status, to);
            if (!kind) return null;
            const needsNote = kind !== 'start';
            return (
              <Button
                key={to}
                type={kind === 'reject' ? 'default' : 'primary'}
                danger={kind === 'reject'}
                loading={!needsNote && run.isPending}
                onClick={() => (kind !== 'start' ? setModal(kind) : void simple(to))}
                data-testid={`action-${kind}`}
              >
                {t(`quality.actions.${kind}`)}
              </Button>
            );
          }),
        ]}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          status={a.due_state === 'overdue' ? 'error' : undefined}
          items={ACTION_STATUSES.map((s) => ({ title: t(`quality.actionStatus.${s}`) }))}
          data-testid="action-steps"
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('quality.actions.owner')}>
                <span data-testid="action-owner-value">{a.owner}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('quality.actions.dueDate')}>
                <Space>
                  <span data-testid="action-due-value">{formatDate(a.due_date)}</span>
                  <DueStateTag action={a} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('quality.actions.finding')}>
                {/* one inline flow: as separate flex items the tag shrank to a letter a line on a phone */}
                <span data-testid="action-finding">
                  {a.criterion_code ? (
                    <strong style={{ whiteSpace: 'nowrap', marginRight: 6 }}>{a.criterion_code}</strong>
                  ) : null}
                  <SeverityTag severity={a.severity} /> {a.finding_text}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('quality.actions.audit')}>
                <Link to={`/quality/audits/${a.audit_id}?tab=findings`}>{a.audit_title}</Link>
              </Descriptions.Item>
              {a.done_date ? (
                <Descriptions.Item label={t('quality.actionStatus.done')}>{formatDate(a.done_date)}</Descriptions.Item>
              ) : null}
              {report ? (
                <Descriptions.Item label={t('quality.actions.doneNote')}>
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="action-done-report">
                    {report.note}
                  </span>
                  <div style={{ fontSize: 12, color: '#595959' }}>
                    {report.user_name} · {formatDate(report.on_date)}
                  </div>
                </Descriptions.Item>
              ) : null}
              {a.verified_date ? (
                <Descriptions.Item label={t('quality.actionStatus.verified')}>
                  {formatDate(a.verified_date)}
                </Descriptions.Item>
              ) : null}
              {a.verification_evidence ? (
                <Descriptions.Item label={t('quality.actions.verification')}>
                  <span data-testid="action-verification">{a.verification_evidence}</span>
                </Descriptions.Item>
              ) : null}
              {a.rejection_reason ? (
                <Descriptions.Item label={t('quality.actions.rejection')}>
                  <Typography.Text type="danger">{a.rejection_reason}</Typography.Text>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card
            size="small"
            title={t('quality.common.evidence')}
            extra={
              canUpload ? (
                <EvidenceUpload upload={(f) => uploadActionEvidence(id, f)} testId="action-evidence-upload" />
              ) : null
            }
          >
            {a.evidence.length ? (
              <EvidenceList items={a.evidence} testId="action-evidence" />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('quality.actions.history')} style={{ marginBottom: 16 }}>
            {a.history.length ? (
              <Timeline
                data-testid="action-history"
                items={a.history.map((h, i) => ({
                  color: h.from_status ? undefined : 'gray',
                  children: (
                    <div data-testid={`action-event-${i}`} data-from={h.from_status} data-to={h.to_status}>
                      <strong>
                        {h.from_status
                          ? `${t(`quality.actionStatus.${h.from_status}`, { defaultValue: h.from_status })} → `
                          : `${t('quality.actions.createdEvent')} → `}
                        {t(`quality.actionStatus.${h.to_status}`, { defaultValue: h.to_status })}
                      </strong>
                      <div style={{ fontSize: 12, color: '#595959' }}>
                        {h.user_name} · {formatDate(h.on_date)} ({formatDateTime(h.at)})
                      </div>
                      {h.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div> : null}
                    </div>
                  ),
                }))}
              />
            ) : (
              <Typography.Text type="secondary">{t('quality.actions.noHistory')}</Typography.Text>
            )}
          </Card>
          {!ind && a.bm_indicator_name ? (
            <Card size="small" title={t('quality.actions.indicatorTitle')} data-testid="action-indicator">
              <strong data-testid="action-indicator-name">{a.bm_indicator_name}</strong>
            </Card>
          ) : null}
          {ind ? (
            <Card size="small" title={t('quality.actions.indicatorTitle')} data-testid="action-indicator">
              <Typography.Paragraph>
                <strong data-testid="action-indicator-name">{ind.name || ind.code}</strong>
                {ind.unit ? ` (${ind.unit})` : ''} · {ind.group_name}
              </Typography.Paragraph>
              <Space size="large" wrap>
                <Statistic title={t('quality.actions.before')} value={formatDecimal(ind.before)} />
                <Statistic title={t('quality.actions.after')} value={formatDecimal(ind.after)} />
                <Statistic
                  title={t('quality.actions.change')}
                  value={ind.change == null ? '—' : `${ind.change > 0 ? '+' : ''}${formatDecimal(ind.change)}`}
                  valueStyle={{
                    color:
                      ind.change == null || ind.direction === 'neutral'
                        ? undefined
                        : ind.change > 0 === (ind.direction === 'higher_better')
                          ? '#389e0d'
                          : '#cf1322',
                  }}
                />
              </Space>
              {ind.points.length ? (
                <Chart
                  option={indicatorOption(ind)}
                  height={200}
                  testId="action-indicator-chart"
                  data={{ points: ind.points.length }}
                />
              ) : null}
            </Card>
          ) : null}
        </Col>
      </Row>
      {modal ? <TransitionModal action={a} kind={modal} onClose={() => setModal(null)} /> : null}
      {editing ? <ActionModal action={a} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
