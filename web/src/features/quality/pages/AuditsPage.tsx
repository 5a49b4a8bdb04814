// Audits list with filters in the URL, a "new audit" form and a CSV export of the filtered list.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { csvFileName, toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { formatDateRange } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { useUrlState } from '../../../lib/useUrlState';
import { fetchAudits, useAudits } from '../api';
import { formatPct } from '../charts';
import { AuditStatusTag, VerdictTag } from '../components/Tags';
import { NewAuditModal } from '../components/NewAuditModal';
import {
  AUDIT_STATUSES,
  AUDIT_TYPES,
  auditApiQuery,
  parseAuditFilters,
  serializeAuditFilters,
  VERDICTS,
} from '../filters';
import type { QAuditSummary } from '../types';
import { mayConduct } from '../conductors';
import { useFeedback } from '../../../app/feedback';

export default function AuditsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const [filters, setFilters] = useUrlState(parseAuditFilters, serializeAuditFilters);
  const audits = useAudits(auditApiQuery(filters));
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  // an audit is created by an administrator or manager of the organisation that conducts it, or by an
  // audit body's auditor
  const canAssess =
    hasPermission(user.permissions, 'quality.assess') && (user.platform_admin || user.memberships.some(mayConduct));

  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await fetchAudits(auditApiQuery({ ...filters, page: 1 }, 200));
      const csv = toCsv<QAuditSummary>(
        [
          { header: 'id', value: (a) => a.id },
          { header: t('quality.audits.type'), value: (a) => t(`quality.auditType.${a.type}`) },
          { header: t('quality.audits.titleField'), value: (a) => a.title },
          { header: t('quality.common.service'), value: (a) => a.service_name },
          { header: t('quality.common.provider'), value: (a) => a.audited_org_name },
          { header: t('quality.audits.conductedBy'), value: (a) => a.conducted_by_name },
          { header: t('quality.audits.startsOn'), value: (a) => a.starts_on },
          { header: t('quality.audits.endsOn'), value: (a) => a.ends_on },
          { header: t('quality.common.status'), value: (a) => t(`quality.auditStatus.${a.status}`) },
          { header: t('quality.common.verdict'), value: (a) => (a.verdict ? t(`quality.verdict.${a.verdict}`) : '') },
          {
            header: t('quality.common.percentOfMax'),
            value: (a) => (a.total_percent == null ? '' : Math.round(a.total_percent * 10) / 10),
          },
          { header: t('quality.audits.openActions'), value: (a) => a.open_actions },
        ],
        all.items,
      );
      downloadText(csvFileName('kvalis-audity'), csv);
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="audits-page">
      <PageHeader
        title={t('quality.audits.title')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportCsv()}
              data-testid="audits-export"
            >
              {t('quality.audits.exportCsv')}
            </Button>
            {canAssess ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="audit-create"
              >
                {t('quality.audits.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          data-testid="audits-search"
          defaultValue={filters.q}
          placeholder={t('quality.audits.searchPlaceholder')}
          onSearch={(v) => setFilters({ ...filters, q: v.trim() || undefined, page: 1 })}
          style={{ width: 280 }}
        />
        <Select
          allowClear
          data-testid="audits-filter-type"
          style={{ width: 200 }}
          placeholder={t('quality.audits.allTypes')}
          value={filters.type}
          onChange={(v) => setFilters({ ...filters, type: v, page: 1 })}
          options={AUDIT_TYPES.map((x) => ({ value: x, label: t(`quality.auditType.${x}`) }))}
        />
        <Select
          allowClear
          data-testid="audits-filter-status"
          style={{ width: 160 }}
          placeholder={t('quality.audits.allStatuses')}
          value={filters.status}
          onChange={(v) => setFilters({ ...filters, status: v, page: 1 })}
          options={AUDIT_STATUSES.map((x) => ({ value: x, label: t(`quality.auditStatus.${x}`) }))}
        />
        <Select
          allowClear
          data-testid="audits-filter-verdict"
          style={{ width: 160 }}
          placeholder={t('quality.audits.allVerdicts')}
          value={filters.verdict}
          onChange={(v) => setFilters({ ...filters, verdict: v, page: 1 })}
          options={VERDICTS.map((x) => ({ value: x, label: t(`quality.verdict.${x}`) }))}
        />
        {filters.service ? (
          <Tag
            closable
            data-testid="audits-filter-service"
            onClose={() => setFilters({ ...filters, service: undefined, page: 1 })}
          >
            {t('quality.common.serviceFilter', { name: audits.data?.items[0]?.service_name ?? `#${filters.service}` })}
          </Tag>
        ) : null}
      </Space>
      {audits.error ? <ErrorAlert error={audits.error} onRetry={() => void audits.refetch()} /> : null}
      <Card className="kv-table-card">
        <Table<QAuditSummary>
          rowKey="id"
          data-testid="audits-table"
          loading={audits.isFetching}
          dataSource={audits.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.audits.empty')} /> }}
          pagination={{
            current: filters.page,
            pageSize: audits.data?.page_size ?? 50,
            total: audits.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setFilters({ ...filters, page }),
          }}
          onRow={(a) => ({ 'data-testid': `audit-row-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('quality.audits.titleField'),
              key: 'title',
              render: (_, a) => (
                <>
                  <Link to={`/quality/audits/${a.id}`} data-testid={`audit-link-${a.id}`}>
                    {a.title || t(`quality.auditType.${a.type}`)}
                  </Link>
                  <div className="kv-muted">{t(`quality.auditType.${a.type}`, { defaultValue: a.type })}</div>
                </>
              ),
            },
            {
              title: t('quality.common.service'),
              key: 'service',
              render: (_, a) => (
                <>
                  {a.service_name || a.audited_org_name}
                  {a.service_name ? <div className="kv-muted">{a.audited_org_name}</div> : null}
                </>
              ),
            },
            { title: t('quality.audits.conductedBy'), dataIndex: 'conducted_by_name', responsive: ['lg'] },
            {
              title: t('quality.common.dates'),
              key: 'dates',
              width: 130,
              responsive: ['md'],
              // each date stays on one line; the range may break after the dash
              // one dash for an audit not yet dated ("— – —" before); the line breaks only after the dash
              render: (_, a) => {
                const [from, to] = formatDateRange(a.starts_on, a.ends_on).split(' – ');
                return to ? (
                  <>
                    <span className="kv-nowrap">{from} –</span> <span className="kv-nowrap">{to}</span>
                  </>
                ) : (
                  <span className="kv-nowrap">{from}</span>
                );
              },
            },
            {
              title: t('quality.common.status'),
              key: 'status',
              width: 130,
              render: (_, a) => (
                <Space direction="vertical" size={4}>
                  <AuditStatusTag status={a.status} />
                  {a.verdict ? <VerdictTag verdict={a.verdict} /> : null}
                </Space>
              ),
            },
            {
              title: t('quality.common.percentOfMax'),
              key: 'pct',
              align: 'right',
              width: 90,
              responsive: ['sm'],
              render: (_, a) => formatPct(a.total_percent),
            },
            {
              title: t('quality.audits.openActions'),
              key: 'actions',
              align: 'right',
              width: 110,
              responsive: ['sm'],
              render: (_, a) =>
                a.overdue_actions ? (
                  <span style={{ color: '#cf1322' }}>
                    {a.open_actions} ({a.overdue_actions}!)
                  </span>
                ) : (
                  a.open_actions
                ),
            },
          ]}
        />
      </Card>
      {creating ? (
        <NewAuditModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void message.success(t('quality.audits.created'));
            navigate(`/quality/audits/${id}`);
          }}
        />
      ) : null}
    </div>
  );
}
