// Editing the header of an audit after it was created (those who manage it): title, place, dates,
// methods, summary and the team (sent whole). The team is chosen from the users list when the caller may
// read it; otherwise from the current team only (members can be removed and the leader changed).
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUserOptions } from '../../accounts/api';
import { qualityKeys, updateAudit, useQualityMutation } from '../api';
import { headerToForm, headerToInput, teamChoices, type HeaderFormValues } from '../auditHeader';
import { AUDIT_METHODS } from '../filters';
import type { QAudit } from '../types';
import { useFeedback } from '../../../app/feedback';

const FIELDS = ['title', 'place', 'methods', 'summary_text'] as const;

export function AuditHeaderModal({ audit, onClose }: { audit: QAudit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const user = useCurrentUser();
  const qc = useQueryClient();
  const [form] = Form.useForm<HeaderFormValues>();
  const closed = audit.summary.status === 'closed';
  const canListUsers = hasPermission(user.permissions, 'users.manage');
  const users = useUserOptions(canListUsers);
  const save = useQualityMutation((v: HeaderFormValues) => updateAudit(audit.summary.id, headerToInput(v, closed)));
  const leader = Form.useWatch('leader', form);
  const options = teamChoices(
    audit.team,
    canListUsers
      ? (users.data?.items ?? []).map((u) => ({ id: u.id, name: u.display_name, login: u.login, active: u.active }))
      : null,
  );

  const submit = async () => {
    const v = await form.validateFields();
    try {
      // the answer carries the new team and its warnings (e.g. too small a team): show them at once
      qc.setQueryData(qualityKeys.audit(audit.summary.id), await save.mutateAsync(v));
      void message.success(t('quality.header.saved'));
      onClose();
    } catch (e) {
      // the server names the field: show its message there too
      const field = isApiError(e) ? e.field : null;
      if (field && (FIELDS as readonly string[]).includes(field))
        form.setFields([{ name: field as keyof HeaderFormValues, errors: [(e as Error).message] }]);
      else if (field === 'starts_on' || field === 'ends_on')
        form.setFields([{ name: 'dates', errors: [(e as Error).message] }]);
      else if (field?.startsWith('team')) form.setFields([{ name: 'members', errors: [(e as Error).message] }]);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('quality.header.title')}
      okText={t('common.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'header-submit' }}
      destroyOnHidden
    >
      {save.error ? <ErrorAlert error={save.error} testId="header-error" /> : null}
      {closed ? (
        <Alert type="info" showIcon message={t('quality.header.closedHint')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" initialValues={headerToForm(audit)} data-testid="header-form">
        <Form.Item name="title" label={t('quality.audits.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} data-testid="header-title" />
        </Form.Item>
        <Form.Item name="place" label={t('quality.audits.place')}>
          <Input maxLength={300} data-testid="header-place" />
        </Form.Item>
        <Form.Item name="dates" label={`${t('quality.audits.startsOn')} – ${t('quality.audits.endsOn')}`}>
          <DatePicker.RangePicker
            format="D. M. YYYY"
            allowEmpty={[true, true]}
            disabled={closed}
            data-testid="header-dates"
          />
        </Form.Item>
        <Form.Item name="leader" label={t('quality.audits.leader')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={closed}
            options={options}
            placeholder={t('quality.header.noLeader')}
            data-testid="header-leader"
            optionRender={(o) => <span data-testid={`header-leader-option-${o.value}`}>{o.label}</span>}
            onChange={(id?: number) => {
              // the new leader is no longer an ordinary member
              if (id)
                form.setFieldValue(
                  'members',
                  ((form.getFieldValue('members') as number[] | undefined) ?? []).filter((m) => m !== id),
                );
            }}
          />
        </Form.Item>
        <Form.Item
          name="members"
          label={t('quality.audits.members')}
          extra={canListUsers || closed ? undefined : t('quality.header.teamHint')}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            disabled={closed}
            options={options.filter((o) => o.value !== leader)}
            data-testid="header-members"
            optionRender={(o) => <span data-testid={`header-member-option-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="methods" label={t('quality.audits.methods')}>
          <Checkbox.Group
            disabled={closed}
            options={AUDIT_METHODS.map((m) => ({ value: m, label: t(`quality.method.${m}`) }))}
            data-testid="header-methods"
          />
        </Form.Item>
        <Form.Item name="summary_text" label={t('quality.detail.summary')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} data-testid="header-summary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
