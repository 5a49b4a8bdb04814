// "New audit": template, type, service, dates, team (from the users list when the caller may read it,
// otherwise the caller alone), methods, and the previous audit of the service for a follow-up.
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, toApiDate } from '../../../lib/format';
import { useUserOptions } from '../../accounts/api';
import { normaliseLanguage } from '../../../i18n';
import { scaleName, setTitle } from '../setTitles';
import { createAudit, useAudits, useQualityMutation, useTemplates } from '../api';
import { AUDIT_METHODS, AUDIT_TYPES } from '../filters';
import type { QAuditInput, QTeamInput } from '../types';
import { ServiceSelect } from './ServiceSelect';
import { defaultAuditType, mayConduct } from '../conductors';

interface Values {
  template_id: number;
  type: string;
  service_id: number;
  title?: string;
  place?: string;
  dates?: [Dayjs | null, Dayjs | null];
  leader?: number;
  members?: number[];
  methods?: string[];
  previous_audit_id?: number;
  conducted_by_org_id?: number;
}

const FORM_FIELDS = [
  'template_id',
  'type',
  'service_id',
  'title',
  'place',
  'methods',
  'previous_audit_id',
  'conducted_by_org_id',
] as const;

/** The team as the API wants it: the leader first, members without the leader. */
export function teamInput(leader: number | undefined, members: readonly number[] | undefined): QTeamInput[] {
  const team: QTeamInput[] = [];
  if (leader) team.push({ user_id: leader, role: 'leader' });
  for (const id of members ?? [])
    if (id !== leader && !team.some((m) => m.user_id === id)) team.push({ user_id: id, role: 'member' });
  return team;
}

export function NewAuditModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const templates = useTemplates();
  const canListUsers = hasPermission(user.permissions, 'users.manage');
  const users = useUserOptions(canListUsers);
  const serviceId = Form.useWatch('service_id', form);
  const previous = useAudits({ service_id: serviceId, page: 1, page_size: 50 });
  const create = useQualityMutation(createAudit);

  // organisations the caller may conduct an audit for (admin or manager there)
  const conductors = user.memberships.filter(mayConduct);
  const initialType = defaultAuditType(user.memberships);
  const userOptions = canListUsers
    ? (users.data?.items ?? [])
        .filter((u) => u.active)
        .map((u) => ({ value: u.id, label: `${u.display_name} (${u.login})` }))
    : [{ value: user.id, label: user.display_name }];

  const autoTitle = (type: string) => `${t(`quality.auditType.${type}`)} ${new Date().getFullYear()}`;

  const submit = async () => {
    const v = await form.validateFields();
    const body: QAuditInput = {
      template_id: v.template_id,
      type: v.type,
      service_id: v.service_id,
      title: v.title?.trim() || undefined,
      place: v.place?.trim() || undefined,
      starts_on: toApiDate(v.dates?.[0]),
      ends_on: toApiDate(v.dates?.[1]),
      methods: v.methods ?? [],
      team: teamInput(v.leader ?? user.id, v.members),
      previous_audit_id: v.previous_audit_id,
      conducted_by_org_id: v.conducted_by_org_id,
    };
    try {
      const a = await create.mutateAsync(body);
      onCreated(a.summary.id);
    } catch (e) {
      // the server names the field: show its message there too
      const field = isApiError(e) ? e.field : null;
      if (field && (FORM_FIELDS as readonly string[]).includes(field))
        form.setFields([{ name: field as keyof Values, errors: [(e as Error).message] }]);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('quality.audits.create')}
      okText={t('common.create')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'audit-create-submit' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          type: initialType,
          title: autoTitle(initialType),
          leader: user.id,
          methods: ['document_study'],
        }}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          // the suggested title follows the type until the user writes their own
          if (changed.type && (!all.title || AUDIT_TYPES.some((x) => all.title === autoTitle(x))))
            form.setFieldValue('title', autoTitle(changed.type));
        }}
        data-testid="audit-create-form"
      >
        <Form.Item name="template_id" label={t('quality.audits.template')} rules={[{ required: true }]}>
          <Select
            data-testid="audit-template"
            loading={templates.isPending}
            options={(templates.data?.items ?? [])
              .filter((x) => !x.archived)
              .map((x) => ({
                value: x.id,
                label: `${x.name} (${setTitle(x.set_code, undefined, normaliseLanguage(i18n.language))} v${x.set_version}, ${scaleName(x.scale, normaliseLanguage(i18n.language))})`,
              }))}
            optionRender={(o) => <span data-testid={`audit-template-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="type" label={t('quality.audits.type')} rules={[{ required: true }]}>
          <Select
            data-testid="audit-type"
            options={AUDIT_TYPES.map((x) => ({ value: x, label: t(`quality.auditType.${x}`) }))}
            optionRender={(o) => <span data-testid={`audit-type-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="service_id" label={t('quality.audits.service')} rules={[{ required: true }]}>
          <ServiceSelect testId="audit-service" />
        </Form.Item>
        <Form.Item name="title" label={t('quality.audits.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="audit-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="place" label={t('quality.audits.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="dates" label={`${t('quality.audits.startsOn')} – ${t('quality.audits.endsOn')}`}>
          <DatePicker.RangePicker format="D. M. YYYY" allowEmpty={[false, true]} />
        </Form.Item>
        <Form.Item name="leader" label={t('quality.audits.leader')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={userOptions}
            disabled={!canListUsers}
            data-testid="audit-leader"
          />
        </Form.Item>
        {canListUsers ? (
          <Form.Item name="members" label={t('quality.audits.members')}>
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={userOptions}
              data-testid="audit-members"
            />
          </Form.Item>
        ) : (
          <Alert type="info" showIcon message={t('quality.audits.onlyMe')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="methods" label={t('quality.audits.methods')}>
          <Checkbox.Group options={AUDIT_METHODS.map((m) => ({ value: m, label: t(`quality.method.${m}`) }))} />
        </Form.Item>
        <Form.Item
          name="conducted_by_org_id"
          label={t('quality.audits.conductedBy')}
          extra={t('quality.audits.conductedByHelp')}
        >
          <Select
            allowClear
            data-testid="audit-conductor"
            placeholder={t('quality.audits.conductedByDefault')}
            options={conductors.map((m) => ({ value: m.organisation_id, label: m.organisation_name }))}
          />
        </Form.Item>
        <Form.Item name="previous_audit_id" label={t('quality.audits.previous')}>
          <Select
            allowClear
            disabled={!serviceId}
            data-testid="audit-previous"
            options={(serviceId ? (previous.data?.items ?? []) : []).map((a) => ({
              value: a.id,
              label: `${a.title || t(`quality.auditType.${a.type}`)} (${formatDate(a.ends_on || a.starts_on)})`,
            }))}
          />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} testId="audit-create-error" /> : null}
    </Modal>
  );
}
