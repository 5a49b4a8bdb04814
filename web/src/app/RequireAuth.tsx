import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from './SessionContext';
import { hasPermission } from './navigation';
import { loginPathFor } from '../lib/redirect';
import { errorMessage } from '../lib/errors';
import { LazyResult } from '../components/LazyResult';

export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="kv-fullpage" data-testid="app-loading">
      <Spin size="large" tip={t('app.loading')}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </div>
  );
}

/** Renders its children for a logged-in user; otherwise sends to /login?next=<here>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, error, reload } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (status === 'loading') return <FullPageSpinner />;
  if (status === 'error')
    return (
      <LazyResult
        status="warning"
        title={t('errors.title')}
        subTitle={errorMessage(error, t)}
        extra={
          <Button onClick={reload} data-testid="session-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  if (status === 'anonymous')
    return <Navigate to={loginPathFor(location.pathname, location.search, location.hash)} replace />;
  return <>{children}</>;
}

/** Shows a 403 page instead of children when the user lacks the permission. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { user } = useSession();
  const { t } = useTranslation();
  if (!hasPermission(user?.permissions, permission))
    return (
      <div data-testid="forbidden">
        <LazyResult status="403" title="403" subTitle={t('errors.forbidden')} />
      </div>
    );
  return <>{children}</>;
}
