// "Change password" on the own account page: current, new and repeated new password, checked here first
// (12–128 characters, typed alike); the server's field errors are shown at their field. On success the
// server has ended every other session and renewed this one (api.changePassword adopts the new CSRF token).
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChangePassword } from '../api';
import {
  passwordChangeErrors,
  toPasswordChange,
  type PasswordChangeField,
  type PasswordChangeValues,
} from '../passwordForm';

const FIELDS: PasswordChangeField[] = ['current_password', 'new_password', 'repeat_password'];

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordChangeValues>();
  const change = useChangePassword();
  const [done, setDone] = useState(false);

  // One rule per field, from the pure check of the whole form (the repeat depends on the new password).
  const rule = (name: PasswordChangeField) => ({
    validator: () => {
      const problem = passwordChangeErrors(form.getFieldsValue())[name];
      return problem ? Promise.reject(new Error(t(`changePassword.${problem}`))) : Promise.resolve();
    },
  });

  const onFinish = async (v: PasswordChangeValues) => {
    setDone(false);
    try {
      await change.mutateAsync(toPasswordChange(v));
      form.resetFields();
      setDone(true);
    } catch (e) {
      if (isApiError(e) && e.field && FIELDS.includes(e.field as PasswordChangeField))
        form.setFields([{ name: e.field as PasswordChangeField, errors: [e.message] }]);
    }
  };
  const fieldError =
    isApiError(change.error) && change.error.field && FIELDS.includes(change.error.field as PasswordChangeField);

  return (
    <Card
      className="kv-card"
      title={t('changePassword.title')}
      style={{ marginBottom: 16 }}
      data-testid="password-card"
    >
      <Typography.Paragraph type="secondary">{t('changePassword.intro')}</Typography.Paragraph>
      <Form<PasswordChangeValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        onFinish={(v) => void onFinish(v)}
        onValuesChange={() => setDone(false)}
        data-testid="password-form"
      >
        <Form.Item
          name="current_password"
          label={t('changePassword.current')}
          rules={[rule('current_password')]}
          required
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="new_password"
          label={t('changePassword.new')}
          extra={t('changePassword.hint')}
          rules={[rule('new_password')]}
          required
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="repeat_password"
          label={t('changePassword.repeat')}
          dependencies={['new_password']}
          rules={[rule('repeat_password')]}
          required
        >
          <Input.Password autoComplete="new-password" data-testid="password-repeat" />
        </Form.Item>
        {change.error && !fieldError ? <ErrorAlert error={change.error} testId="password-error" /> : null}
        {done ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('changePassword.done')}
            data-testid="password-done"
          />
        ) : null}
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
          {t('changePassword.submit')}
        </Button>
      </Form>
    </Card>
  );
}
