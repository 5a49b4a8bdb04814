// The caller's notifications as a list: each with its kind, title (a link to the page) and due date; new ones
// marked. Plain props: the bell's popover and the notifications page show the same list.
import { Badge, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { isPastDue, kindKey } from '../notifications';
import type { Notification } from '../types';

export function NotificationItems({
  items,
  today,
  loading = false,
  onOpen,
}: {
  items: readonly Notification[];
  today: string;
  loading?: boolean;
  onOpen?: (item: Notification) => void;
}) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: <span data-testid="notifications-empty">{t('notifications.empty')}</span> }}
      data-testid="notification-list"
      renderItem={(item) => (
        <List.Item data-testid="notification-item" data-kind={item.kind} data-state={item.state}>
          <List.Item.Meta
            title={
              <span>
                <Tag color={isPastDue(item, today) ? 'red' : 'blue'}>{t(kindKey(item.kind))}</Tag>
                <Link to={item.link} onClick={() => onOpen?.(item)} data-testid="notification-link">
                  {item.title}
                </Link>{' '}
                {item.state === 'new' ? <Badge status="processing" text={t('notifications.new')} /> : null}
              </span>
            }
            description={
              item.due_date ? (
                <Typography.Text type={isPastDue(item, today) ? 'danger' : 'secondary'}>
                  {t('notifications.due', { date: formatDate(item.due_date) })}
                </Typography.Text>
              ) : null
            }
          />
        </List.Item>
      )}
    />
  );
}
