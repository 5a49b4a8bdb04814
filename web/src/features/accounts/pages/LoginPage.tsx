import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/SessionContext';
import { LanguageSwitch } from '../../../app/AppShell';
import { safeNextPath } from '../../../lib/redirect';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../lib/errors';
import { loginErrorKind } from '../loginErrors';

interface LoginValues {
  login: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeNextPath(params.get('next'));

  if (status === 'authenticated' && !submitting) return <Navigate to={next} replace />;

  const onFinish = async (v: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(v.login.trim(), v.password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const kind = error ? loginErrorKind(error) : null;
  const message =
    kind === 'wrong_password'
      ? t('login.wrongPassword')
      : kind === 'throttled'
        ? t('login.throttled')
        : error
          ? t('login.failed', { message: errorMessage(error, t) })
          : null;

  return (
    <main className="kv-login" data-testid="login-page">
      <Card className="kv-login-card">
        <div className="kv-login-lang">
          <LanguageSwitch />
        </div>
        <div className="kv-login-brand">
          <img src="/favicon.svg" alt="" width={44} height={44} />
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
        </div>
        <Typography.Title level={4} data-testid="page-title">
          {t('login.title')}
        </Typography.Title>
        {message ? (
          <Alert
            type="error"
            showIcon
            message={message}
            data-testid="login-error"
            data-error-code={isApiError(error) ? error.code : 'unknown'}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<LoginValues>
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          data-testid="login-form"
          disabled={submitting}
        >
          <Form.Item
            name="login"
            label={t('login.login')}
            rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
