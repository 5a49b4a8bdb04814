// Findings of an audit (per criterion, with severity) and each finding's corrective actions.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, DatePicker, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, toApiDate } from '../../../lib/format';
import { useGroups } from '../../benchmark/api';
import { createAction, createFinding, deleteFinding, useQualityMutation } from '../api';
import { SEVERITIES } from '../filters';
import type { QAction, QAudit, QFinding } from '../types';
import { ActionStatusTag, DueStateTag, SeverityTag } from './Tags';

export function FindingModal({ audit, criterionId, onClose }: { audit: QAudit; criterionId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ criterion_id?: number; severity: string; text: string; recommendation?: string }>();
  const create = useQualityMutation((v: { criterion_id?: number; severity: string; text: string; recommendation?: string }) =>
    createFinding(audit.summary.id, { ...v, recommendation: v.recommendation ?? '' }),
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await create.mutateAsync(v);
      void message.success(t('quality.findings.added'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      title={t('quality.findings.add')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'finding-submit' }}
      destroyOnHidden
    >
      {create.error ? <ErrorAlert error={create.error} testId="finding-error" /> : null}
      <Form form={form} layout="vertical" initialValues={{ criterion_id: criterionId, severity: 'medium' }}>
        <Form.Item name="criterion_id" label={t('quality.findings.criterion')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('quality.findings.general')}
            data-testid="finding-criterion"
            options={audit.criteria.map((c) => ({ value: c.criterion_id, label: `${c.code} ${c.text_cs}`.slice(0, 120) }))}
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
  bm_group_id?: number;
  bm_indicator_code?: string;
}

export function ActionModal({ finding, onClose }: { finding: QFinding; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const groups = useGroups();
  const [form] = Form.useForm<ActionValues>();
  const create = useQualityMutation((v: ActionValues) =>
    createAction(finding.id, {
      text: v.text,
      owner: v.owner,
      due_date: toApiDate(v.due),
      bm_group_id: v.bm_group_id,
      bm_indicator_code: v.bm_indicator_code?.trim() || undefined,
    }),
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await create.mutateAsync(v);
      void message.success(t('quality.actions.added'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  const canBenchmark = hasPermission(user.permissions, 'benchmark.read');
  return (
    <Modal
      open
      title={t('quality.actions.add')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'action-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{finding.criterion_code ? `${finding.criterion_code}: ` : ''}{finding.text}</Typography.Paragraph>
      {create.error ? <ErrorAlert error={create.error} testId="action-error" /> : null}
      <Form form={form} layout="vertical">
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
          <Space.Compact block>
            <Form.Item name="bm_group_id" label={t('quality.actions.indicator')} style={{ flex: 1 }}>
              <Select allowClear options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))} data-testid="action-bm-group" />
            </Form.Item>
            <Form.Item name="bm_indicator_code" label={t('quality.actions.indicatorCode')} style={{ flex: 1 }}>
              <Input maxLength={64} data-testid="action-bm-indicator" />
            </Form.Item>
          </Space.Compact>
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
      onRow={(a) => ({ 'data-testid': `action-row-${a.id}` } as React.HTMLAttributes<HTMLElement>)}
      columns={[
        { title: t('quality.actions.text'), key: 'text', render: (_, a) => <Link to={`/quality/actions/${a.id}`} data-testid={`action-link-${a.id}`}>{a.text}</Link> },
        { title: t('quality.actions.owner'), dataIndex: 'owner' },
        { title: t('quality.common.due'), key: 'due', render: (_, a) => formatDate(a.due_date) },
        { title: t('quality.common.status'), key: 'status', render: (_, a) => <Space size={4} wrap><ActionStatusTag status={a.status} /><DueStateTag action={a} /></Space> },
      ]}
    />
  );
}

export function FindingsPanel({ audit, editable, onAddFinding }: { audit: QAudit; editable: boolean; onAddFinding: () => void }) {
  const { t } = useTranslation();
  const [actionFor, setActionFor] = useState<QFinding | null>(null);
  const del = useQualityMutation(deleteFinding);
  return (
    <div data-testid="findings">
      {editable ? (
        <Button icon={<PlusOutlined />} onClick={onAddFinding} style={{ marginBottom: 16 }} data-testid="finding-add">
          {t('quality.findings.add')}
        </Button>
      ) : null}
      {!audit.findings.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.findings.empty')} /> : null}
      {audit.findings.map((f) => (
        <Card
          key={f.id}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`finding-${f.id}`}
          data-criterion={f.criterion_code}
          title={
            <Space wrap>
              <strong>{f.criterion_code || t('quality.findings.general')}</strong>
              <SeverityTag severity={f.severity} />
            </Space>
          }
          extra={
            editable ? (
              <Space>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setActionFor(f)} data-testid={`action-add-${f.id}`}>
                  {t('quality.actions.add')}
                </Button>
                <Popconfirm title={t('quality.findings.deleteConfirm')} onConfirm={() => del.mutate(f.id)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('quality.findings.delete')} />
                </Popconfirm>
              </Space>
            ) : null
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{f.text}</Typography.Paragraph>
          {f.recommendation ? (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {t('quality.findings.recommendation')}: {f.recommendation}
            </Typography.Paragraph>
          ) : null}
          {f.actions.length ? <ActionsTable actions={f.actions} testId={`finding-actions-${f.id}`} /> : null}
        </Card>
      ))}
      {actionFor ? <ActionModal finding={actionFor} onClose={() => setActionFor(null)} /> : null}
    </div>
  );
}
