// The signed-in user's own account: who they are, changing their password, and their sessions, each of which
// they can end.
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useEndMyOtherSessions, useEndMySession, useMySessions } from '../api';
import { ChangePasswordCard } from '../components/ChangePasswordCard';
import { SessionsTable } from '../components/SessionsTable';
import { NotificationPreferencesCard } from '../../notifications/components/NotificationPreferencesCard';
import { useFeedback } from '../../../app/feedback';

export default function ProfilePage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useCurrentUser();
  const sessions = useMySessions();
  const end = useEndMySession();
  const endOthers = useEndMyOtherSessions();

  const onEnd = async (id: number) => {
    try {
      await end.mutateAsync(id);
      void message.success(t('mySessions.ended'));
    } catch {
      /* shown below the table */
    }
  };
  const onEndOthers = async () => {
    try {
      const r = await endOthers.mutateAsync();
      void message.success(t('mySessions.endedOthers', { n: r.ended }));
    } catch {
      /* shown below the table */
    }
  };

  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Card className="kv-card" style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('profile.name')}>
            <span data-testid="profile-name">{me.display_name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.login')}>
            <span data-testid="profile-login">{me.login}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <ChangePasswordCard />
      <NotificationPreferencesCard />
      <Card className="kv-card" title={t('mySessions.title')} data-testid="sessions-card">
        <Typography.Paragraph type="secondary">{t('mySessions.intro')}</Typography.Paragraph>
        {sessions.error ? <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
        <SessionsTable
          sessions={sessions.data?.items ?? []}
          loading={sessions.isLoading}
          ending={end.isPending ? (end.variables ?? null) : null}
          endingOthers={endOthers.isPending}
          onEnd={(id) => void onEnd(id)}
          onEndOthers={() => void onEndOthers()}
        />
        {end.error || endOthers.error ? (
          <ErrorAlert error={end.error ?? endOthers.error} testId="sessions-error" />
        ) : null}
      </Card>
    </>
  );
}
