import { useState, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card } from 'antd';
// Input and its Password alone: antd's Input index brings TextArea, Search and OTP too.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/SessionContext';
import { LanguageSwitch } from '../../../app/AppShell';
import { safeNextPath } from '../../../lib/redirect';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../lib/errors';
import { loginErrorKind } from '../loginErrors';
import { missingFields, type LoginField, type LoginValues } from '../loginForm';
import { SecondaryText, Title } from '../../../components/typography';
import { LOGO_SRC } from '../../../components/logo';

/** The names, states and message link of a field's control (those antd's Form.Item gave it). */
function controlProps(id: LoginField, error: string | null) {
  return {
    id,
    status: error ? ('error' as const) : undefined,
    'aria-required': true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}_help` : undefined,
  };
}

/**
 * A field of the vertical form as antd's Form.Item laid it out (styles/app.css, .kv-login-field): the label above, the
 * control, and below it the message in the space kept for it.
 */
function FormField({
  id,
  label,
  error,
  children,
}: {
  id: LoginField;
  label: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <div className="kv-login-field">
      <div className="kv-login-field-label">
        <label htmlFor={id} title={label}>
          {label}
        </label>
      </div>
      {children}
      <div className="kv-login-field-help">
        {error ? (
          <div id={`${id}_help`} className="kv-login-field-error">
            {error}
          </div>
        ) : null}
      </div>
    </div>
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [values, setValues] = useState<LoginValues>({ login: '', password: '' });
  // As antd's Form did: a field is checked when it changes, and both when the form is sent.
  const [checked, setChecked] = useState<Record<LoginField, boolean>>({ login: false, password: false });
  const next = safeNextPath(params.get('next'));

  if (status === 'authenticated' && !submitting) return <Navigate to={next} replace />;

  const missing = missingFields(values);
  const loginError = checked.login && missing.login ? t('login.loginRequired') : null;
  const passwordError = checked.password && missing.password ? t('login.passwordRequired') : null;
  const change = (field: LoginField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setChecked((c) => ({ ...c, [field]: true }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (submitting) return;
    setChecked({ login: true, password: true });
    if (missing.login || missing.password) return;
    void onFinish(values);
  };

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
          <img src={LOGO_SRC} alt="" width={44} height={44} />
          <div>
            <Title level={2} style={{ margin: 0 }}>
              {t('app.name')}
            </Title>
            <SecondaryText>{t('login.subtitle')}</SecondaryText>
          </div>
        </div>
        <Title level={4} data-testid="page-title">
          {t('login.title')}
        </Title>
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
        <form onSubmit={onSubmit} data-testid="login-form">
          <FormField id="login" label={t('login.login')} error={loginError}>
            <Input
              {...controlProps('login', loginError)}
              value={values.login}
              onChange={(e) => change('login', e.target.value)}
              disabled={submitting}
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              data-testid="login-username"
            />
          </FormField>
          <FormField id="password" label={t('login.password')} error={passwordError}>
            <Password
              {...controlProps('password', passwordError)}
              value={values.password}
              onChange={(e) => change('password', e.target.value)}
              disabled={submitting}
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </FormField>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            disabled={submitting}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </form>
      </Card>
    </main>
  );
}
