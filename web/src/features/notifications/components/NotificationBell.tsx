// The bell in the app header: the count of unread notifications, and the newest of them in a popover with a
// link to the whole list. Opening an item marks it read.
import { Badge, Popover, Space, Spin } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMarkRead, useNotifications } from '../api';
import { badgeText, newFirst } from '../notifications';
import { TextButton } from '../../../components/TextButton';
import { todayIso } from '../../../lib/format';

// The items (antd List) load when the popover first opens, not with the shell.
const NotificationItems = lazy(() => import('./NotificationItems').then((m) => ({ default: m.NotificationItems })));

const BELL_ITEMS = 6;

export function NotificationBell() {
  const { t } = useTranslation();
  const list = useNotifications();
  const mark = useMarkRead();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  const items = newFirst(list.data?.items ?? []).slice(0, BELL_ITEMS);
  const today = todayIso();
  const content = (
    <div style={{ width: 380, maxWidth: '90vw' }} data-testid="notification-popover">
      <Suspense fallback={<Spin size="small" />}>
        <NotificationItems
          items={items}
          today={today}
          loading={list.isLoading}
          onOpen={(item) => {
            setOpen(false);
            if (item.state === 'new') mark.mutate({ keys: [item.key] });
          }}
        />
      </Suspense>
      <Space style={{ marginTop: 8 }}>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-all">
          {t('notifications.showAll')}
        </Link>
      </Space>
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <TextButton
        data-testid="notification-bell"
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        icon={
          <Badge count={badgeText(unread)} size="small" data-testid="notification-count">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
