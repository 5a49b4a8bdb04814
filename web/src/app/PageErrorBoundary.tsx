// One page that throws while rendering shows a message in its place; the navigation and the rest of the
// application keep working. Going to another address (resetKey) or "try again" renders the page anew.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LazyResult } from '../components/LazyResult';
import { Paragraph } from '../components/typography';

interface Props {
  /** The page's address: when it changes, a shown error is forgotten. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** resetKey when the error was caught. */
  failedAt: string | null;
}

export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error && state.failedAt !== null && state.failedAt !== props.resetKey)
      return { error: null, failedAt: null };
    return null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedAt: this.props.resetKey });
    // React logs the error itself; the component stack says where it happened.
    console.error('page error', error instanceof Error ? error.message : error, info.componentStack ?? '');
  }

  private retry = () => this.setState({ error: null, failedAt: null });

  render() {
    if (this.state.error) return <PageErrorFallback error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

export function PageErrorFallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="page-error" role="alert">
      <LazyResult
        status="error"
        title={t('pageError.title')}
        subTitle={t('pageError.text')}
        extra={[
          <Button key="retry" type="primary" onClick={onRetry} data-testid="page-error-retry">
            {t('pageError.retry')}
          </Button>,
          <Link key="back" to="/" data-testid="page-error-back">
            {t('pageError.back')}
          </Link>,
        ]}
      >
        <Paragraph secondary className="kv-detail">
          {t('pageError.detail')}: {error.message}
        </Paragraph>
      </LazyResult>
    </div>
  );
}
