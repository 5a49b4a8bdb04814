// Findings of an audit (per criterion, with severity) and each finding's corrective actions.
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
  type ButtonProps,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, toApiDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { normaliseLanguage } from '../../../i18n';
import {
  createAction,
  createFinding,
  deleteFinding,
  updateAction,
  updateFinding,
  useIndicatorChoices,
  useQualityMutation,
} from '../api';
import { choiceMatches, choiceValue, indicatorChoiceOptions, parseChoiceValue } from '../indicatorChoices';
import { SEVERITIES } from '../filters';
import type { QAction, QAudit, QFinding } from '../types';
import { SeverityTag } from './Tags';
import { actionRowProps, actionStatusColumn, actionTextColumn } from './actionColumns';
import { useFeedback } from '../../../app/feedback';

interface FindingValues {
  criterion_id?: number | null;
  severity: string;
  text: string;
  recommendation?: string;
}

/** Adds a finding, or edits one (severity, text, recommendation, criterion) when `finding` is given. */
export function FindingModal({
  audit,
  criterionId,
  finding,
  onClose,
}: {
  audit: QAudit;
  criterionId?: number;
  finding?: QFinding;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<FindingValues>();
  const save = useQualityMutation((v: FindingValues) => {
    const body = { severity: v.severity, text: v.text, recommendation: v.recommendation ?? '' };
    // on an edit, a cleared criterion is sent as 0 (a general finding)
    return finding
      ? updateFinding(finding.id, { ...body, criterion_id: v.criterion_id ?? 0 })
      : createFinding(audit.summary.id, { ...body, criterion_id: v.criterion_id ?? undefined });
  });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync(v);
      void message.success(t(finding ? 'quality.findings.saved' : 'quality.findings.added'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  const initial: FindingValues = finding
    ? {
        criterion_id: finding.criterion_id ?? undefined,
        severity: finding.severity,
        text: finding.text,
        recommendation: finding.recommendation,
      }
    : { criterion_id: criterionId, severity: 'medium', text: '' };
  return (
    <Modal
      open
      title={t(finding ? 'quality.findings.edit' : 'quality.findings.add')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'finding-submit' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} testId="finding-error" /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="criterion_id" label={t('quality.findings.criterion')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('quality.findings.general')}
            data-testid="finding-criterion"
            options={audit.criteria.map((c) => ({
              value: c.criterion_id,
              label: `${c.code} ${c.text_cs}`.slice(0, 120),
            }))}
            optionRender={(o) => <span data-testid={`finding-criterion-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="severity" label={t('quality.findings.severity')} rules={[{ required: true }]}>
          <Select
            data-testid="finding-severity"
            options={SEVERITIES.map((s) => ({ value: s, label: t(`quality.severity.${s}`) }))}
            optionRender={(o) => <span data-testid={`finding-severity-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="text" label={t('quality.findings.text')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="finding-text" />
        </Form.Item>
        <Form.Item name="recommendation" label={t('quality.findings.recommendation')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="finding-recommendation" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ActionValues {
  text: string;
  owner: string;
  due?: Dayjs;
  /** "<group id>:<indicator code>" of the linked benchmark indicator */
  indicator?: string;
}

/**
 * Adds a corrective action to a finding, or edits one (text, owner, due date, the benchmark indicator
 * link) when `action` is given. The indicator is chosen by name among those of the working groups the
 * audited organisation takes part in; clearing the choice on an edit removes the link ('').
 */
export function ActionModal({
  finding,
  action,
  onClose,
}: {
  finding?: QFinding;
  action?: QAction;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const user = useCurrentUser();
  const canBenchmark = hasPermission(user.permissions, 'benchmark.read');
  const auditId = finding?.audit_id ?? action?.audit_id ?? 0;
  const choices = useIndicatorChoices(auditId, canBenchmark);
  const current =
    action?.bm_group_id && action.bm_indicator_code
      ? {
          bm_group_id: action.bm_group_id,
          bm_indicator_code: action.bm_indicator_code,
          name: action.bm_indicator_name || action.indicator?.name,
          group_name: action.indicator?.group_name,
        }
      : null;
  const options = indicatorChoiceOptions(choices.data?.items ?? [], normaliseLanguage(i18n.language), current);
  const [form] = Form.useForm<ActionValues>();
  const save = useQualityMutation((v: ActionValues) => {
    const link = parseChoiceValue(v.indicator);
    const common = { text: v.text, owner: v.owner, due_date: toApiDate(v.due) };
    if (action)
      return updateAction(action.id, {
        ...common,
        // only those who may see benchmarking touch the link
        ...(canBenchmark
          ? { bm_group_id: link?.bm_group_id ?? 0, bm_indicator_code: link?.bm_indicator_code ?? '' }
          : {}),
      });
    return createAction(finding!.id, {
      ...common,
      bm_group_id: link?.bm_group_id,
      bm_indicator_code: link?.bm_indicator_code,
    });
  });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync(v);
      void message.success(t(action ? 'quality.actions.saved' : 'quality.actions.added'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  const initial: Partial<ActionValues> | undefined = action
    ? {
        text: action.text,
        owner: action.owner,
        due: action.due_date ? dayjs(action.due_date) : undefined,
        indicator: current ? choiceValue(current) : undefined,
      }
    : undefined;
  const context = finding
    ? { code: finding.criterion_code, text: finding.text }
    : { code: action?.criterion_code ?? '', text: action?.finding_text ?? '' };
  return (
    <Modal
      open
      title={t(action ? 'quality.actions.edit' : 'quality.actions.add')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'action-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {context.code ? `${context.code}: ` : ''}
        {context.text}
      </Typography.Paragraph>
      {save.error ? <ErrorAlert error={save.error} testId="action-error" /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="text" label={t('quality.actions.text')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="action-text" />
        </Form.Item>
        <Form.Item name="owner" label={t('quality.actions.owner')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="action-owner" />
        </Form.Item>
        <Form.Item name="due" label={t('quality.actions.dueDate')} rules={[{ required: true }]}>
          <DatePicker format="D. M. YYYY" data-testid="action-due" />
        </Form.Item>
        {canBenchmark ? (
          <Form.Item name="indicator" label={t('quality.actions.indicator')} extra={t('quality.actions.indicatorHint')}>
            <Select
              allowClear
              showSearch
              loading={choices.isPending}
              placeholder={t('quality.actions.indicatorPlaceholder')}
              options={options}
              filterOption={(input, o) =>
                !!o && 'code' in o && choiceMatches(input, o as { label: string; code: string })
              }
              notFoundContent={choices.isPending ? undefined : t('quality.actions.indicatorNone')}
              optionRender={(o) => <span data-testid={`action-bm-indicator-option-${String(o.value)}`}>{o.label}</span>}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
              styles={{ popup: { root: { minWidth: 420, maxWidth: 560 } } }}
              data-testid="action-bm-indicator"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export function ActionsTable({ actions, testId }: { actions: QAction[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<QAction>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={actions}
      data-testid={testId}
      onRow={actionRowProps}
      columns={[
        actionTextColumn(t),
        { title: t('quality.actions.owner'), dataIndex: 'owner' },
        { title: t('quality.common.due'), key: 'due', render: (_, a) => formatDate(a.due_date) },
        actionStatusColumn(t),
      ]}
    />
  );
}

/**
 * The findings of an audit with their actions. `editable`: the caller may score (add findings and
 * actions); findings are edited by those who score or manage the audit and deleted by those who score,
 * both only in a draft (the server refuses them on a closed audit).
 */
export function FindingsPanel({
  audit,
  editable,
  draft,
  onAddFinding,
}: {
  audit: QAudit;
  editable: boolean;
  draft: boolean;
  onAddFinding: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [actionFor, setActionFor] = useState<QFinding | null>(null);
  const [editing, setEditing] = useState<QFinding | null>(null);
  const del = useQualityMutation(deleteFinding);
  const canEditFindings = draft && (audit.can_edit || audit.can_manage);
  const canDelete = draft && audit.can_edit;
  const remove = async (f: QFinding) => {
    try {
      await del.mutateAsync(f.id);
      void message.success(t('quality.findings.deleted'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  return (
    <div data-testid="findings">
      {editable ? (
        <Button icon={<PlusOutlined />} onClick={onAddFinding} style={{ marginBottom: 16 }} data-testid="finding-add">
          {t('quality.findings.add')}
        </Button>
      ) : null}
      {!audit.findings.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.findings.empty')} />
      ) : null}
      {audit.findings.map((f) => (
        <Card
          key={f.id}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`finding-${f.id}`}
          data-criterion={f.criterion_code}
          data-severity={f.severity}
          title={
            <Space wrap>
              <strong>{f.criterion_code || t('quality.findings.general')}</strong>
              <SeverityTag severity={f.severity} />
            </Space>
          }
          extra={
            <Space>
              {editable ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setActionFor(f)}
                  data-testid={`action-add-${f.id}`}
                >
                  {t('quality.actions.add')}
                </Button>
              ) : null}
              {canEditFindings ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(f)}
                  aria-label={t('quality.findings.edit')}
                  data-testid={`finding-edit-${f.id}`}
                />
              ) : null}
              {canDelete ? (
                <Popconfirm
                  title={t('quality.findings.deleteConfirm')}
                  description={
                    f.actions.length ? t('quality.findings.deleteWithActions', { n: f.actions.length }) : undefined
                  }
                  okText={t('quality.findings.delete')}
                  okButtonProps={{ danger: true, 'data-testid': `finding-delete-confirm-${f.id}` } as ButtonProps}
                  onConfirm={() => remove(f)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('quality.findings.delete')}
                    data-testid={`finding-delete-${f.id}`}
                  />
                </Popconfirm>
              ) : null}
            </Space>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={`finding-text-${f.id}`}>
            {f.text}
          </Typography.Paragraph>
          {f.recommendation ? (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {t('quality.findings.recommendation')}: {f.recommendation}
            </Typography.Paragraph>
          ) : null}
          {f.actions.length ? <ActionsTable actions={f.actions} testId={`finding-actions-${f.id}`} /> : null}
        </Card>
      ))}
      {actionFor ? <ActionModal finding={actionFor} onClose={() => setActionFor(null)} /> : null}
      {editing ? <FindingModal audit={audit} finding={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
