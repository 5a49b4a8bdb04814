// Every notification of the signed-in user, new ones first, with a button that marks them all read.
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMarkRead, useNotifications } from '../api';
import { NotificationItems } from '../components/NotificationItems';
import { newFirst } from '../notifications';
import { useFeedback } from '../../../app/feedback';
import { todayIso } from '../../../lib/format';

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const list = useNotifications();
  const mark = useMarkRead();
  const today = todayIso();
  const markAll = async () => {
    try {
      await mark.mutateAsync({ all: true });
      void message.success(t('notifications.markedAll'));
    } catch {
      /* shown above the list */
    }
  };
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <Button
            onClick={() => void markAll()}
            loading={mark.isPending}
            disabled={(list.data?.unread ?? 0) === 0}
            data-testid="notifications-mark-all"
          >
            {t('notifications.markAll')}
          </Button>
        }
      />
      <Card className="kv-card">
        <Typography.Paragraph type="secondary">{t('notifications.intro')}</Typography.Paragraph>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {mark.error ? <ErrorAlert error={mark.error} /> : null}
        <NotificationItems
          items={newFirst(list.data?.items ?? [])}
          today={today}
          loading={list.isLoading}
          onOpen={(item) => {
            if (item.state === 'new') mark.mutate({ keys: [item.key] });
          }}
        />
      </Card>
    </>
  );
}
