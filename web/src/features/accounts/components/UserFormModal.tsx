import { useEffect, useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../types';
import { errorMessage } from '../../../lib/errors';
import { normaliseLanguage } from '../../../i18n';
import { isApiError } from '../../../api/client';
import { LOGIN_PATTERN, MIN_PASSWORD_LENGTH, validateMemberships, type UserFormValues } from '../userForm';
import { MembershipsEditor } from './MembershipsEditor';

export type UserModalMode = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'memberships'; user: User };

interface Props {
  mode: UserModalMode | null;
  saving: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: UserFormValues) => void;
}

/** One modal for creating a user, editing one, or changing memberships. */
export function UserFormModal({ mode, saving, error, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const user = mode && mode.kind !== 'create' ? mode.user : null;
  const [localError, setLocalError] = useState<string | null>(null);
  const knownNames = useMemo(
    () => new Map((user?.memberships ?? []).map((m) => [m.organisation_id, m.organisation_name])),
    [user],
  );

  // a newly opened form starts without the last one's error
  const [shownMode, setShownMode] = useState(mode);
  if (shownMode !== mode) {
    setShownMode(mode);
    setLocalError(null);
  }

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        login: user.login,
        display_name: user.display_name,
        email: user.email ?? '',
        language: normaliseLanguage(user.language),
        active: user.active,
        memberships: user.memberships.map((m) => ({ organisation_id: m.organisation_id, role: m.role })),
      });
    } else {
      form.setFieldsValue({ language: 'cs', memberships: [] });
    }
  }, [mode, user, form]);

  const title = !mode
    ? ''
    : mode.kind === 'create'
      ? t('users.createTitle')
      : mode.kind === 'edit'
        ? t('users.editTitle')
        : `${t('users.membershipsTitle')}: ${mode.user.display_name}`;
  const showIdentity = mode?.kind !== 'memberships';
  const showMemberships = mode?.kind !== 'edit';
  const field = isApiError(error) ? error.field : null;

  return (
    <Modal
      open={mode !== null}
      title={title}
      width={680}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'user-form-submit' } as Record<string, string>}
      destroyOnHidden
      forceRender
    >
      {localError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={localError}
          data-testid="user-form-local-error"
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="user-form-error"
          message={errorMessage(error, t)}
          description={field ? t('errors.field', { field }) : undefined}
        />
      ) : null}
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          const err = validateMemberships(v.memberships);
          if (err === 'duplicateMembership') return setLocalError(t('users.duplicateMembership'));
          setLocalError(null);
          onSubmit(v);
        }}
        data-testid="user-form"
        requiredMark
      >
        {showIdentity ? (
          <>
            <Form.Item
              name="login"
              label={t('users.login')}
              rules={[
                { required: true, message: t('users.required') },
                { pattern: LOGIN_PATTERN, message: t('users.loginPattern') },
              ]}
            >
              <Input disabled={mode?.kind === 'edit'} autoComplete="off" data-testid="user-form-login" />
            </Form.Item>
            <Form.Item
              name="display_name"
              label={t('users.displayName')}
              rules={[{ required: true, whitespace: true, message: t('users.required') }]}
            >
              <Input data-testid="user-form-display-name" />
            </Form.Item>
            <Form.Item
              name="email"
              label={t('users.email')}
              rules={[{ type: 'email', message: t('users.invalidEmail') }]}
            >
              <Input type="email" data-testid="user-form-email" />
            </Form.Item>
            {mode?.kind === 'create' ? (
              <Form.Item
                name="password"
                label={t('users.password')}
                extra={t('users.passwordHint')}
                rules={[
                  { required: true, message: t('users.required') },
                  { min: MIN_PASSWORD_LENGTH, message: t('users.passwordTooShort') },
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="user-form-password" />
              </Form.Item>
            ) : null}
            <Form.Item name="language" label={t('users.language')} rules={[{ required: true }]}>
              <Select
                data-testid="user-form-language"
                options={[
                  { value: 'cs', label: t('shell.languageCs') },
                  { value: 'en', label: t('shell.languageEn') },
                ]}
              />
            </Form.Item>
            {mode?.kind === 'edit' ? (
              <Form.Item name="active" label={t('users.active')} valuePropName="checked">
                <Switch data-testid="user-form-active" />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        {showMemberships ? (
          <Form.Item label={t('users.memberships')}>
            <MembershipsEditor knownNames={knownNames} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
