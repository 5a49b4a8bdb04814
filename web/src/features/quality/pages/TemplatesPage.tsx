// Audit templates: list and a form (set version, scale, pass rule, weights).
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Divider,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { normaliseLanguage } from '../../../i18n';
import { createTemplate, updateTemplate, useQualityMutation, useSets, useTemplates } from '../api';
import { setTitle } from '../setTitles';
import { CUSTOM_SCALE, formToTemplateInput, templateToForm, type TemplateFormValues } from '../templateForm';
import type { QScale, QTemplate } from '../types';
import { RemoveButton } from '../../../components/RemoveButton';
import { useFeedback } from '../../../app/feedback';

function TemplateModal({
  template,
  builtin,
  onClose,
}: {
  template?: QTemplate;
  builtin: QScale[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const sets = useSets();
  const [form] = Form.useForm<TemplateFormValues>();
  const scaleCode = Form.useWatch('scale_code', form);
  const save = useQualityMutation((v: TemplateFormValues) => {
    const body = formToTemplateInput(v, builtin, t('quality.templates.customScale'));
    return template ? updateTemplate(template.id, body) : createTemplate(body);
  });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ ...form.getFieldsValue(true), ...v });
      void message.success(t('quality.templates.saved'));
      onClose();
    } catch {
      /* shown in the modal */
    }
  };
  return (
    <Modal
      open
      width={860}
      title={t(template ? 'quality.templates.edit' : 'quality.templates.create')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'template-submit' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} testId="template-error" /> : null}
      <Form form={form} layout="vertical" initialValues={templateToForm(template, builtin)}>
        <Form.Item name="name" label={t('quality.templates.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="template-name" />
        </Form.Item>
        <Form.Item name="description" label={t('quality.templates.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="set_id" label={t('quality.templates.set')} rules={[{ required: !template }]}>
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!!template && template.audits > 0}
            data-testid="template-set"
            options={(sets.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${setTitle(s.code, s.name, normaliseLanguage(i18n.language), s.kind === 'builtin')} (v${s.version})`,
            }))}
            optionRender={(o) => <span data-testid={`template-set-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="scale_code" label={t('quality.templates.scale')} rules={[{ required: true }]}>
          <Select
            data-testid="template-scale"
            onChange={(code: string) => {
              const b = builtin.find((x) => x.code === code);
              if (b)
                form.setFieldValue(
                  'levels',
                  b.levels.map((l) => ({ ...l })),
                );
            }}
            options={[
              ...builtin.map((b) => ({ value: b.code, label: i18n.language === 'en' ? b.name_en : b.name_cs })),
              { value: CUSTOM_SCALE, label: t('quality.templates.customScale') },
            ]}
            optionRender={(o) => <span data-testid={`template-scale-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Divider orientation="left" plain>
          {t('quality.templates.levels')}
        </Divider>
        <Form.List name="levels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'code']} rules={[{ required: true, pattern: /^[a-z0-9_]{1,32}$/ }]}>
                    <Input
                      placeholder={t('quality.templates.levelCode')}
                      disabled={scaleCode !== CUSTOM_SCALE}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label_cs']} rules={[{ required: true, whitespace: true }]}>
                    <Input
                      placeholder={t('quality.templates.levelLabelCs')}
                      disabled={scaleCode !== CUSTOM_SCALE}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label_en']}>
                    <Input
                      placeholder={t('quality.templates.levelLabelEn')}
                      disabled={scaleCode !== CUSTOM_SCALE}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']}>
                    <InputNumber
                      min={0}
                      placeholder="N/A"
                      disabled={scaleCode !== CUSTOM_SCALE}
                      style={{ width: 100 }}
                      aria-label={t('quality.templates.levelPoints')}
                    />
                  </Form.Item>
                  {scaleCode === CUSTOM_SCALE ? <RemoveButton onClick={() => remove(f.name)} /> : null}
                </Space>
              ))}
              {scaleCode === CUSTOM_SCALE ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ code: '', label_cs: '', points: 0 })}>
                  {t('quality.templates.addLevel')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        <Divider orientation="left" plain>
          {t('quality.templates.passRule')}
        </Divider>
        <Space wrap>
          <Form.Item name="essential_min_points" label={t('quality.templates.essentialMin')}>
            <InputNumber min={0} step={0.5} data-testid="template-essential-min" />
          </Form.Item>
          <Form.Item name="min_share_percent" label={t('quality.templates.minShare')}>
            <InputNumber min={0} max={100} addonAfter="%" data-testid="template-min-share" />
          </Form.Item>
          <Form.Item name="min_share_per_standard_percent" label={t('quality.templates.minSharePerStandard')}>
            <InputNumber min={0} max={100} addonAfter="%" />
          </Form.Item>
        </Space>
        <Divider orientation="left" plain>
          {t('quality.templates.weights')}
        </Divider>
        <Form.List name="weights">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'code']} rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={t('quality.templates.weightCode')} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                    <InputNumber min={0.01} step={0.5} placeholder={t('quality.templates.weight')} />
                  </Form.Item>
                  <RemoveButton onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', weight: 2 })}>
                {t('quality.templates.addWeight')}
              </Button>
            </>
          )}
        </Form.List>
        {template ? (
          <Form.Item name="archived" valuePropName="checked" style={{ marginTop: 16 }}>
            <Checkbox>{t('quality.templates.archived')}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export default function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const sets = useSets();
  const setNames = new Map((sets.data?.items ?? []).map((s) => [s.code, s]));
  const titleOf = (code: string) =>
    setTitle(code, setNames.get(code)?.name, normaliseLanguage(i18n.language), setNames.get(code)?.kind !== 'custom');
  const user = useCurrentUser();
  const templates = useTemplates();
  const [editing, setEditing] = useState<{ template?: QTemplate } | null>(null);
  const builtin = templates.data?.builtin_scales ?? [];
  const canCreate = hasPermission(user.permissions, 'quality.manage');
  return (
    <div data-testid="templates-page">
      <PageHeader
        title={t('quality.templates.title')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="template-create">
              {t('quality.templates.create')}
            </Button>
          ) : null
        }
      />
      {templates.error ? <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} /> : null}
      <Card className="kv-table-card">
        <Table<QTemplate>
          rowKey="id"
          data-testid="templates-table"
          loading={templates.isPending}
          dataSource={templates.data?.items ?? []}
          pagination={false}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.templates.empty')} />,
          }}
          onRow={(x) =>
            ({
              'data-testid': `template-row-${x.id}`,
              'data-set': `${x.set_code} v${x.set_version}`,
              'data-scale': x.scale.code,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('quality.templates.name'),
              key: 'n',
              render: (_, x) => (
                <>
                  {x.name}
                  {x.archived ? <Tag style={{ marginLeft: 8 }}>{t('quality.templates.archived')}</Tag> : null}
                  {x.description ? <div style={{ fontSize: 12, color: '#595959' }}>{x.description}</div> : null}
                </>
              ),
            },
            {
              title: t('quality.templates.set'),
              key: 's',
              render: (_, x) => `${titleOf(x.set_code)} (v${x.set_version})`,
            },
            {
              title: t('quality.templates.scale'),
              key: 'sc',
              render: (_, x) => (i18n.language === 'en' ? x.scale.name_en : x.scale.name_cs),
            },
            { title: t('quality.templates.passRule'), key: 'r', render: (_, x) => x.pass_rule.text },
            { title: t('quality.templates.owner'), dataIndex: 'owner_name' },
            { title: t('quality.templates.audits'), dataIndex: 'audits', align: 'right' },
            {
              title: '',
              key: 'e',
              render: (_, x) =>
                x.can_edit ? (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing({ template: x })}
                    aria-label={t('common.edit')}
                  />
                ) : null,
            },
          ]}
        />
      </Card>
      {editing ? (
        <TemplateModal template={editing.template} builtin={builtin} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
