import dayjs from 'dayjs';
import { Card, Col, DatePicker, Input, InputNumber, Row, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverPagination } from '../../../components/pagination';
import { formatDateTime, formatNumber, toApiDate } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import type { AuditEntry } from '../types';
import { useUserOptions } from '../../accounts/api';
import { useAuditLog } from '../api';
import { auditDetailText, auditFiltersToSearch, parseAuditFilters } from '../auditFilters';
import { auditActionLabel, auditEntityLabel } from '../auditLabels';
import { normaliseLanguage } from '../../../i18n';
import { useDraft } from '../../../lib/useDraft';

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const lang = normaliseLanguage(i18n.language);
  const user = useCurrentUser();
  const [filters, setFilters] = useUrlState(parseAuditFilters, auditFiltersToSearch);
  const log = useAuditLog(filters);
  const canListUsers = hasPermission(user.permissions, 'users.manage');
  const users = useUserOptions(canListUsers);
  const [action, setAction] = useDraft(filters.action ?? '');

  return (
    <div data-testid="audit-log-page">
      <PageHeader title={t('audit.title')} />
      <div className="kv-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8} xl={6}>
            <Input.Search
              data-testid="audit-filter-action"
              allowClear
              value={action}
              addonBefore={t('audit.action')}
              placeholder={t('audit.actionPlaceholder')}
              onChange={(e) => setAction(e.target.value)}
              onSearch={(v) => setFilters({ ...filters, action: v.trim() || undefined, page: 1 })}
            />
          </Col>
          <Col xs={24} md={8} xl={6}>
            {canListUsers ? (
              <Select<number>
                data-testid="audit-filter-user"
                style={{ width: '100%' }}
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('audit.anyUser')}
                value={filters.user_id}
                loading={users.isPending}
                options={(users.data?.items ?? []).map((u) => ({
                  value: u.id,
                  label: `${u.display_name} (${u.login})`,
                }))}
                onChange={(v) => setFilters({ ...filters, user_id: v ?? undefined, page: 1 })}
              />
            ) : (
              <InputNumber<number>
                data-testid="audit-filter-user-id"
                style={{ width: '100%' }}
                min={1}
                placeholder={t('audit.userId')}
                value={filters.user_id ?? null}
                onChange={(v) => setFilters({ ...filters, user_id: v ?? undefined, page: 1 })}
              />
            )}
          </Col>
          <Col xs={24} md={8} xl={8}>
            <DatePicker.RangePicker
              data-testid="audit-filter-dates"
              style={{ width: '100%' }}
              format="D. M. YYYY"
              allowEmpty={[true, true]}
              placeholder={[t('common.from'), t('common.to')]}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              onChange={(range) =>
                setFilters({ ...filters, from: toApiDate(range?.[0]), to: toApiDate(range?.[1]), page: 1 })
              }
            />
          </Col>
        </Row>
      </div>
      {log.error ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
      <Card size="small" className="kv-table-card">
        <Typography.Text type="secondary">
          {log.data ? t('common.total', { n: formatNumber(log.data.total) }) : '\u00a0'}
        </Typography.Text>
        <Table<AuditEntry>
          data-testid="audit-table"
          rowKey="id"
          size="small"
          loading={log.isFetching}
          dataSource={log.data?.items ?? []}
          pagination={serverPagination(t, filters, log.data?.total)}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('audit.empty') }}
          onRow={(e) => ({ 'data-testid': `audit-row-${e.id}` }) as React.HTMLAttributes<HTMLElement>}
          onChange={(p) => {
            const size = p.pageSize ?? filters.page_size;
            setFilters({ ...filters, page: size !== filters.page_size ? 1 : (p.current ?? 1), page_size: size });
          }}
          columns={[
            {
              key: 'at',
              title: t('audit.at'),
              width: 150,
              render: (_, e) => <span className="kv-nowrap">{formatDateTime(e.at)}</span>,
            },
            {
              key: 'user',
              title: t('audit.user'),
              render: (_, e) => e.user_login || (e.user_id ? `#${e.user_id}` : '—'),
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, e) => {
                const label = auditActionLabel(e.action, lang);
                return label ? (
                  <span data-testid="audit-action-label">
                    {label}
                    <br />
                    <code className="kv-muted">{e.action}</code>
                  </span>
                ) : (
                  <code>{e.action}</code>
                );
              },
            },
            {
              key: 'entity',
              title: t('audit.entity'),
              render: (_, e) => (e.entity ? auditEntityLabel(e.entity, e.entity_id, lang) : '—'),
            },
            {
              key: 'detail',
              title: t('audit.detail'),
              render: (_, e) => <span className="kv-detail">{auditDetailText(e.detail) || '—'}</span>,
            },
            { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip || '—' },
          ]}
        />
      </Card>
    </div>
  );
}
