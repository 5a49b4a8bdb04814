import { useState } from 'react';
import { Button, Card, Col, Input, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined, TeamOutlined, CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverPagination } from '../../../components/pagination';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import type { User } from '../types';
import { useCreateUser, useReplaceMemberships, useUpdateUser, useUsers } from '../api';
import { parseUserFilters, userFiltersToSearch } from '../userFilters';
import { sameMemberships, toMembershipInputs, toUserCreate, toUserUpdate, type UserFormValues } from '../userForm';
import { UserFormModal, type UserModalMode } from '../components/UserFormModal';
import { useDraft } from '../../../lib/useDraft';
import { useFeedback } from '../../../app/feedback';

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useCurrentUser();
  const [filters, setFilters] = useUrlState(parseUserFilters, userFiltersToSearch);
  const users = useUsers(filters);
  const create = useCreateUser();
  const update = useUpdateUser();
  const memberships = useReplaceMemberships();
  const [mode, setMode] = useState<UserModalMode | null>(null);
  const [text, setText] = useDraft(filters.q ?? '');

  const active = mode?.kind === 'create' ? create : mode?.kind === 'edit' ? update : memberships;

  const open = (m: UserModalMode) => {
    create.reset();
    update.reset();
    memberships.reset();
    setMode(m);
  };

  const submit = async (v: UserFormValues) => {
    if (!mode) return;
    try {
      if (mode.kind === 'create') {
        const u = await create.mutateAsync(toUserCreate(v));
        void message.success(t('users.created', { login: u.login }));
      } else if (mode.kind === 'edit') {
        const body = toUserUpdate(mode.user, v);
        if (Object.keys(body).length) await update.mutateAsync({ id: mode.user.id, body });
        void message.success(t('users.saved'));
      } else {
        const next = toMembershipInputs(v.memberships);
        const current = mode.user.memberships.map((m) => ({ organisation_id: m.organisation_id, role: m.role }));
        if (!sameMemberships(next, current)) await memberships.mutateAsync({ id: mode.user.id, memberships: next });
        void message.success(t('users.saved'));
      }
      setMode(null);
    } catch {
      /* shown in the modal */
    }
  };

  const setActive = async (u: User, value: boolean) => {
    try {
      await update.mutateAsync({ id: u.id, body: { active: value } });
      void message.success(t(value ? 'users.activated' : 'users.deactivated', { login: u.login }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <div data-testid="users-page">
      <PageHeader
        title={t('users.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => open({ kind: 'create' })}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        }
      />
      <div className="kv-filters">
        <Row gutter={12}>
          <Col xs={24} md={12} xl={10}>
            <Input.Search
              data-testid="users-filter-q"
              allowClear
              value={text}
              placeholder={t('users.search')}
              aria-label={t('users.search')}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => setFilters({ ...filters, q: v.trim() || undefined, page: 1 })}
            />
          </Col>
        </Row>
      </div>
      {users.error ? <ErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
      <Card size="small" className="kv-table-card">
        <Typography.Text type="secondary">
          {users.data ? t('common.total', { n: formatNumber(users.data.total) }) : '\u00a0'}
        </Typography.Text>
        <Table<User>
          data-testid="users-table"
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          pagination={serverPagination(t, filters, users.data?.total)}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('users.empty') }}
          onRow={(u) => ({ 'data-testid': `user-row-${u.login}` }) as React.HTMLAttributes<HTMLElement>}
          onChange={(p) => {
            const size = p.pageSize ?? filters.page_size;
            setFilters({ ...filters, page: size !== filters.page_size ? 1 : (p.current ?? 1), page_size: size });
          }}
          columns={[
            {
              key: 'name',
              title: t('users.displayName'),
              render: (_, u) => (
                <>
                  <div>
                    {u.display_name} {u.platform_admin ? <Tag color="red">{t('users.platformAdmin')}</Tag> : null}
                  </div>
                  <Typography.Text type="secondary">{u.login}</Typography.Text>
                </>
              ),
            },
            { key: 'email', title: t('users.email'), responsive: ['md'], render: (_, u) => u.email || '—' },
            {
              key: 'memberships',
              title: t('users.memberships'),
              render: (_, u) => (
                <Space size={[4, 4]} wrap>
                  {u.memberships.map((m) => (
                    <Tag
                      key={m.organisation_id}
                      className="kv-wrap-tag"
                    >{`${m.organisation_name} · ${t(`roles.${m.role}`)}`}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'active',
              title: t('users.status'),
              render: (_, u) =>
                u.active ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>,
            },
            {
              key: 'last',
              title: t('users.lastLogin'),
              responsive: ['lg'],
              render: (_, u) => (u.last_login_at ? formatDateTime(u.last_login_at) : t('users.never')),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, u) => (
                <Space size={4} wrap>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => open({ kind: 'edit', user: u })}
                    data-testid={`user-edit-${u.login}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="small"
                    icon={<TeamOutlined />}
                    onClick={() => open({ kind: 'memberships', user: u })}
                    data-testid={`user-memberships-${u.login}`}
                  >
                    {t('users.editMemberships')}
                  </Button>
                  {/* nobody deactivates their own account here (they would lock themselves out) */}
                  {u.id === me.id ? null : u.active ? (
                    <Popconfirm
                      title={t('users.deactivateConfirm', { name: u.display_name })}
                      okText={t('users.deactivate')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-deactivate' } as object) }}
                      onConfirm={() => setActive(u, false)}
                    >
                      <Button size="small" danger icon={<StopOutlined />} data-testid={`user-deactivate-${u.login}`}>
                        {t('users.deactivate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      size="small"
                      icon={<CheckOutlined />}
                      onClick={() => void setActive(u, true)}
                      data-testid={`user-activate-${u.login}`}
                    >
                      {t('users.activate')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <UserFormModal
        mode={mode}
        saving={active.isPending}
        error={active.error}
        onCancel={() => setMode(null)}
        onSubmit={(v) => void submit(v)}
      />
    </div>
  );
}
