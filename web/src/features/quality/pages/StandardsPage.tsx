// Standards library: every set the user may see, its versions, and a new own set.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { createSet, useQualityMutation, useSets } from '../api';
import { SetEditor } from '../components/SetEditor';
import { editorProblems, editorToInput, type EditorState } from '../setEditor';
import type { QSetSummary } from '../types';
import { useFeedback } from '../../../app/feedback';

function CreateSetModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string; name: string; description?: string; change_note?: string }>();
  const [editor, setEditor] = useState<EditorState>({
    standards: [{ number: 1, name_cs: '', part: '' }],
    criteria: [],
  });
  const create = useQualityMutation(createSet);
  const problems = editorProblems(editor);
  const submit = async () => {
    const v = await form.validateFields();
    if (problems.length) return;
    try {
      const s = await create.mutateAsync(
        editorToInput(editor, {
          code: v.code.trim(),
          name: v.name.trim(),
          description: v.description ?? '',
          change_note: v.change_note,
        }),
      );
      void message.success(t('quality.standards.created'));
      navigate(`/quality/standards/${s.set.id}`);
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      width={1000}
      title={t('quality.standards.createSetTitle')}
      okText={t('common.create')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'set-create-submit', disabled: problems.length > 0 }}
      destroyOnHidden
    >
      {create.error ? <ErrorAlert error={create.error} testId="set-create-error" /> : null}
      <Form form={form} layout="vertical">
        <Space wrap>
          <Form.Item
            name="code"
            label={t('quality.standards.code')}
            rules={[{ required: true, pattern: /^[A-Z0-9_-]{2,32}$/ }]}
          >
            <Input
              style={{ width: 200 }}
              data-testid="set-code"
              onChange={(e) => form.setFieldValue('code', e.target.value.toUpperCase())}
            />
          </Form.Item>
          <Form.Item name="name" label={t('quality.standards.name')} rules={[{ required: true, whitespace: true }]}>
            <Input style={{ width: 480 }} data-testid="set-name" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('quality.templates.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
      {problems.length ? (
        <Alert type="warning" showIcon message={t('quality.standards.fixProblems')} style={{ marginBottom: 12 }} />
      ) : null}
      <SetEditor value={editor} onChange={setEditor} />
    </Modal>
  );
}

export default function StandardsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const sets = useSets();
  const [creating, setCreating] = useState(false);
  const items = sets.data?.items ?? [];
  const latest = items.filter((s) => s.latest);
  const versionsOf = (code: string) => items.filter((s) => s.code === code && !s.latest);
  const canCreate = hasPermission(user.permissions, 'quality.manage');

  return (
    <div data-testid="standards-page">
      <PageHeader
        title={t('quality.standards.title')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="set-create">
              {t('quality.standards.createSet')}
            </Button>
          ) : null
        }
      />
      {sets.error ? <ErrorAlert error={sets.error} onRetry={() => void sets.refetch()} /> : null}
      <Card className="kv-table-card" title={t('quality.standards.sets')}>
        <Table<QSetSummary>
          rowKey="id"
          data-testid="sets-table"
          loading={sets.isPending}
          dataSource={latest}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          expandable={{
            rowExpandable: (s) => versionsOf(s.code).length > 0,
            expandedRowRender: (s) => (
              <Space wrap>
                {t('quality.standards.versions')}:
                {versionsOf(s.code).map((v) => (
                  <Link key={v.id} to={`/quality/standards/${v.id}`}>
                    <Tag>
                      v{v.version} · {formatDate(v.valid_from)}
                    </Tag>
                  </Link>
                ))}
              </Space>
            ),
          }}
          onRow={(s) => ({ 'data-testid': `set-row-${s.code}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('quality.standards.code'),
              key: 'code',
              render: (_, s) => (
                <Link to={`/quality/standards/${s.id}`} data-testid={`set-link-${s.code}`}>
                  {s.code}
                </Link>
              ),
            },
            {
              title: t('quality.standards.name'),
              key: 'name',
              render: (_, s) => (
                <>
                  {s.name}
                  {s.source_act ? <div style={{ fontSize: 12, color: '#595959' }}>{s.source_act}</div> : null}
                </>
              ),
            },
            {
              title: '',
              key: 'kind',
              render: (_, s) => (
                <Tag color={s.kind === 'builtin' ? 'blue' : 'purple'}>
                  {t(`quality.standards.kind.${s.kind}`, { defaultValue: s.kind })}
                </Tag>
              ),
            },
            { title: t('quality.standards.owner'), dataIndex: 'owner_name' },
            { title: t('quality.standards.versions'), key: 'v', render: (_, s) => `v${s.version}` },
            { title: t('quality.standards.validFrom'), key: 'from', render: (_, s) => formatDate(s.valid_from) },
            {
              title: t('quality.standards.criteria'),
              key: 'crit',
              render: (_, s) => (
                <Space size={4} wrap>
                  {s.standards} / {s.criteria}
                  {s.criteria_missing_text ? (
                    <Tag color="warning">{t('quality.standards.missingTexts', { n: s.criteria_missing_text })}</Tag>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {creating ? <CreateSetModal onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
