import { Alert, Button } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, isNotFound, listPathFor } from '../lib/errors';

/**
 * A failed call. A missing record (404) does not get better by trying again: it says so and links back to
 * the list the record belongs to (backTo, else derived from the URL).
 */
export function ErrorAlert({
  error,
  onRetry,
  testId = 'error-alert',
  backTo,
}: {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
  backTo?: string;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (isNotFound(error)) {
    const back = backTo ?? listPathFor(pathname);
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="not-found-alert"
        data-error-code={errorCode(error)}
        message={t('errors.notFoundTitle')}
        description={t('errors.notFoundText')}
        action={
          <Link to={back} data-testid="not-found-back">
            {t(back === '/' ? 'errors.backHome' : 'errors.backToList')}
          </Link>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      data-error-code={errorCode(error)}
      message={t('errors.title')}
      description={errorMessage(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
