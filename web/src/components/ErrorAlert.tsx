import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../lib/errors';

export function ErrorAlert({ error, onRetry, testId = 'error-alert' }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      data-error-code={errorCode(error)}
      message={t('errors.title')}
      description={errorMessage(error, t)}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
