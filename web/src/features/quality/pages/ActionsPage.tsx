// Corrective actions: filters (status, overdue only) in the URL, due state, CSV/XLSX export.
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Empty, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { qualityLinks, useActions } from '../api';
import { SeverityTag } from '../components/Tags';
import { ACTION_STATUSES, actionApiQuery, parseActionFilters, serializeActionFilters } from '../filters';
import type { QAction } from '../types';
import { actionRowProps, actionStatusColumn, actionTextColumn } from '../components/actionColumns';

export default function ActionsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(parseActionFilters, serializeActionFilters);
  const actions = useActions(actionApiQuery(filters));
  const exportQuery = actionApiQuery(filters, false);
  return (
    <div data-testid="actions-page">
      <PageHeader
        title={t('quality.actions.title')}
        extra={
          <>
            <a href={qualityLinks.actionsExport('csv', exportQuery)} data-testid="actions-export-csv">
              <Button icon={<DownloadOutlined />}>{t('quality.common.exportCsv')}</Button>
            </a>
            <a href={qualityLinks.actionsExport('xlsx', exportQuery)} data-testid="actions-export-xlsx">
              <Button icon={<DownloadOutlined />}>{t('quality.common.exportXlsx')}</Button>
            </a>
          </>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 200 }}
          data-testid="actions-filter-status"
          placeholder={t('quality.actions.allStatuses')}
          value={filters.status}
          onChange={(v) => setFilters({ ...filters, status: v, page: 1 })}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`quality.actionStatus.${s}`) }))}
        />
        <Checkbox
          checked={filters.overdue}
          onChange={(e) => setFilters({ ...filters, overdue: e.target.checked, page: 1 })}
          data-testid="actions-filter-overdue"
        >
          {t('quality.actions.overdueOnly')}
        </Checkbox>
        {filters.service ? (
          <Tag
            closable
            data-testid="actions-filter-service"
            onClose={() => setFilters({ ...filters, service: undefined, page: 1 })}
          >
            {t('quality.common.serviceFilter', { name: actions.data?.items[0]?.service_name ?? `#${filters.service}` })}
          </Tag>
        ) : null}
        {actions.data?.overdue ? (
          <Tag color="error">{t('quality.actions.overdueCount', { n: actions.data.overdue })}</Tag>
        ) : null}
      </Space>
      {actions.error ? <ErrorAlert error={actions.error} onRetry={() => void actions.refetch()} /> : null}
      <Card className="kv-table-card">
        <Table<QAction>
          rowKey="id"
          data-testid="actions-table"
          loading={actions.isFetching}
          dataSource={actions.data?.items ?? []}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.actions.empty')} />,
          }}
          pagination={{
            current: filters.page,
            pageSize: actions.data?.page_size ?? 50,
            total: actions.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setFilters({ ...filters, page }),
          }}
          onRow={actionRowProps}
          columns={[
            actionTextColumn(t),
            {
              title: t('quality.actions.finding'),
              responsive: ['md'],
              key: 'finding',
              render: (_, a) => (
                <>
                  {a.criterion_code ? <strong>{a.criterion_code} </strong> : null}
                  <SeverityTag severity={a.severity} />
                  <div style={{ fontSize: 12, color: '#595959' }}>
                    <Link to={`/quality/audits/${a.audit_id}?tab=findings`}>{a.audit_title}</Link>
                  </div>
                </>
              ),
            },
            {
              title: t('quality.common.service'),
              key: 'svc',
              responsive: ['sm'],
              render: (_, a) => (
                <>
                  {a.service_name || a.provider_name}
                  {a.service_name ? <div style={{ fontSize: 12, color: '#595959' }}>{a.provider_name}</div> : null}
                </>
              ),
            },
            { title: t('quality.actions.owner'), dataIndex: 'owner', responsive: ['lg'] },
            {
              title: t('quality.common.due'),
              key: 'due',
              render: (_, a) => <span className="kv-nowrap">{formatDate(a.due_date)}</span>,
            },
            actionStatusColumn(t),
          ]}
        />
      </Card>
    </div>
  );
}
