// The user's own sessions (OWASP ASVS 3.3.4): the browser and system, the address, when each began and was last
// used, this session marked; another session ends after a confirmation, so do all others at once.
import { Button, Grid, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionItem } from '../types';
import { formatSessionTime, otherSessions } from '../sessions';

export interface SessionsTableProps {
  sessions: readonly SessionItem[];
  loading?: boolean;
  /** The id of the session being ended, while it is. */
  ending?: number | null;
  endingOthers?: boolean;
  onEnd: (id: number) => void;
  onEndOthers: () => void;
}

export function SessionsTable({ sessions, loading, ending, endingOthers, onEnd, onEndOthers }: SessionsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const others = otherSessions(sessions).length;
  // On a phone the address and times go under the browser, so that the end button stays in view.
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Table<SessionItem>
        rowKey="id"
        size="middle"
        loading={loading}
        pagination={false}
        scroll={narrow ? undefined : { x: 'max-content' }}
        dataSource={[...sessions]}
        data-testid="sessions-table"
        locale={{ emptyText: t('mySessions.empty') }}
        onRow={(s) => ({ 'data-testid': `session-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'client',
            title: t('mySessions.client'),
            render: (_, s) => (
              <Space wrap>
                <span data-testid="session-client">{s.user_agent || t('mySessions.unknownClient')}</span>
                {s.current ? (
                  <Tag color="green" data-testid="session-current">
                    {t('mySessions.current')}
                  </Tag>
                ) : null}
                {narrow ? (
                  <Typography.Text type="secondary">
                    {s.ip || '—'} · {t('mySessions.lastUsed')}{' '}
                    <span data-testid="session-last-used">{formatSessionTime(s.last_used_at, lang)}</span>
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          ...(narrow
            ? []
            : [
                { key: 'ip', title: t('mySessions.ip'), dataIndex: 'ip', render: (ip: string) => ip || '—' },
                {
                  key: 'created',
                  title: t('mySessions.created'),
                  render: (_: unknown, s: SessionItem) => (
                    <span data-testid="session-created">{formatSessionTime(s.created_at, lang)}</span>
                  ),
                },
                {
                  key: 'used',
                  title: t('mySessions.lastUsed'),
                  render: (_: unknown, s: SessionItem) => (
                    <span data-testid="session-last-used">{formatSessionTime(s.last_used_at, lang)}</span>
                  ),
                },
              ]),
          {
            key: 'actions',
            title: '',
            align: 'right',
            render: (_, s) =>
              s.current ? (
                narrow ? null : (
                  <Typography.Text type="secondary">{t('mySessions.currentHint')}</Typography.Text>
                )
              ) : (
                <Popconfirm
                  title={t('mySessions.endConfirm', { client: s.user_agent || t('mySessions.unknownClient') })}
                  okText={t('mySessions.end')}
                  cancelText={t('mySessions.cancel')}
                  okButtonProps={{ danger: true, 'data-testid': 'session-end-confirm' }}
                  onConfirm={() => onEnd(s.id)}
                >
                  <Button danger size="small" loading={ending === s.id} data-testid={`session-end-${s.id}`}>
                    {t('mySessions.end')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Popconfirm
        title={t('mySessions.endOthersConfirm', { n: others })}
        okText={t('mySessions.endOthers')}
        cancelText={t('mySessions.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'sessions-end-others-confirm' }}
        onConfirm={onEndOthers}
        disabled={others === 0}
      >
        <Button danger disabled={others === 0} loading={endingOthers} data-testid="sessions-end-others">
          {t('mySessions.endOthers')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
