// Sessions in a table: date, module, place, lecturer, capacity with free places and the waiting list, state.
import type { ReactNode } from 'react';
import { Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { freePlaces } from '../people';
import type { Session } from '../types';
import { SessionStateTag } from './Tags';

export function FreePlaces({ s }: { s: Session }) {
  const { t } = useTranslation();
  const free = freePlaces(s);
  // free places matter while one may still register
  if (s.state !== 'open' && s.state !== 'planned') return <>—</>;
  return free > 0 ? (
    <Tag color="green" data-testid="session-free" data-free={free}>
      {t('people.sessions.freeN', { n: free })}
    </Tag>
  ) : (
    <Tag color="red" data-testid="session-free" data-free={0}>
      {t('people.sessions.full')}
    </Tag>
  );
}

export function SessionsTable({
  sessions,
  loading,
  showModule = true,
  action,
}: {
  sessions: readonly Session[];
  loading?: boolean;
  showModule?: boolean;
  /** A last column of the row's commands (the organiser's edit on the module page). */
  action?: (s: Session) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table<Session>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...sessions]}
      pagination={sessions.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: true }}
      data-testid="sessions-table"
      locale={{ emptyText: <Empty description={t('people.sessions.empty')} /> }}
      onRow={(s) => ({ 'data-testid': 'session-row', 'data-session-id': s.id, 'data-state': s.state }) as never}
      columns={[
        {
          title: t('people.sessions.date'),
          dataIndex: 'held_on',
          // a date on one line ("14. 12. 2025"), not three on the phone
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (v: string, s) => (
            <Link to={`/people/sessions/${s.id}`} data-testid="session-link">
              {formatDate(v)}
            </Link>
          ),
        },
        ...(showModule
          ? [
              {
                title: t('people.sessions.module'),
                key: 'module',
                render: (_: unknown, s: Session) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/people/sessions/${s.id}`}>{s.module.title}</Link>
                    {s.module.accredited ? (
                      <Typography.Text type="secondary">{t('people.sessions.accredited')}</Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
            ]
          : []),
        { title: t('people.sessions.place'), dataIndex: 'place' },
        { title: t('people.sessions.lecturer'), dataIndex: 'lecturer', responsive: ['md'] },
        {
          title: t('people.sessions.capacity'),
          key: 'cap',
          align: 'right',
          render: (_, s) => `${formatNumber(s.registered)} / ${formatNumber(s.capacity)}`,
        },
        { title: t('people.sessions.free'), key: 'free', render: (_, s) => <FreePlaces s={s} /> },
        { title: t('people.sessions.waiting'), dataIndex: 'waiting', align: 'right', responsive: ['md'] },
        { title: t('people.common.state'), dataIndex: 'state', render: (v: string) => <SessionStateTag state={v} /> },
        ...(action ? [{ key: 'action', render: (_: unknown, s: Session) => action(s) }] : []),
      ]}
    />
  );
}
