// The region's view of staff training: aggregates per provider and office in its region (workers by category, how
// many are short, the total shortfall), cells of fewer than 5 workers suppressed; no names.
import { useState } from 'react';
import { Alert, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../lib/format';
import { useCurrentUser } from '../../../app/SessionContext';
import { useCatalogues } from '../../registry/api';
import { useRegional } from '../api';
import { useCodeText } from '../components/Tags';
import { CATEGORIES, hours } from '../people';
import type { RegionalCell, RegionalRow } from '../types';

function Suppressed() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('people.regional.help')}>
      <Tag data-testid="regional-suppressed">{t('people.regional.suppressed')}</Tag>
    </Tooltip>
  );
}

function CellValue({ cell, field }: { cell: RegionalCell; field: 'workers' | 'short_workers' | 'shortfall_hours' }) {
  const v = cell[field];
  if (cell.suppressed || v === null || v === undefined) return <Suppressed />;
  return <>{field === 'shortfall_hours' ? hours(v) : formatNumber(v)}</>;
}

export default function RegionalPage() {
  const { t, i18n } = useTranslation();
  const codeText = useCodeText();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  // region staff see their own region; the platform administrator picks one
  const user = useCurrentUser();
  const picksRegion = user.platform_admin && !user.memberships.some((m) => m.organisation_type === 'region');
  const catalogues = useCatalogues();
  const regions = picksRegion ? (catalogues.data?.regions ?? []) : [];
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const region = regionCode ?? regions[0]?.code;
  const regional = useRegional({ year, region_code: picksRegion ? region : undefined }, !picksRegion || !!region);
  const items = regional.data?.items ?? [];
  const rule = regional.data?.rule;
  const cellColumns = <T,>(cellOf: (x: T) => RegionalCell) => [
    {
      title: t('people.regional.workers'),
      key: 'workers',
      align: 'right' as const,
      render: (_: unknown, x: T) => <CellValue cell={cellOf(x)} field="workers" />,
    },
    {
      title: t('people.regional.short'),
      key: 'short',
      align: 'right' as const,
      render: (_: unknown, x: T) => <CellValue cell={cellOf(x)} field="short_workers" />,
    },
    {
      title: t('people.regional.shortfall'),
      key: 'shortfall',
      align: 'right' as const,
      render: (_: unknown, x: T) => <CellValue cell={cellOf(x)} field="shortfall_hours" />,
    },
  ];
  return (
    <div data-testid="people-regional-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.regional.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('people.regional.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('people.common.year')}
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
        />
        {picksRegion ? (
          <Select
            aria-label={t('people.regional.region')}
            style={{ minWidth: 240 }}
            value={region}
            onChange={setRegionCode}
            showSearch
            optionFilterProp="label"
            loading={catalogues.isLoading}
            options={regions.map((r) => ({ value: r.code, label: i18n.language === 'en' ? r.name_en : r.name_cs }))}
            data-testid="regional-region"
          />
        ) : null}
      </Space>
      {rule ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="requirement-rule"
          message={t('people.staff.rule', { text: rule.text })}
        />
      ) : null}
      {regional.error ? <ErrorAlert error={regional.error} onRetry={() => regional.refetch()} /> : null}
      <Card className="kv-section">
        <Table<RegionalRow>
          rowKey="organisation_id"
          size="small"
          loading={regional.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: true }}
          data-testid="regional-table"
          locale={{ emptyText: <Empty description={t('people.regional.empty')} /> }}
          onRow={(r) => ({ 'data-testid': 'regional-row', 'data-organisation-id': r.organisation_id }) as never}
          expandable={{
            rowExpandable: (r) => r.categories.length > 0,
            expandedRowRender: (r) => (
              <Table<RegionalCell>
                rowKey="category"
                size="small"
                pagination={false}
                dataSource={r.categories}
                columns={[
                  {
                    title: t('people.common.category'),
                    dataIndex: 'category',
                    render: (c: string) => codeText('category', CATEGORIES, c),
                  },
                  ...cellColumns<RegionalCell>((c) => c),
                ]}
              />
            ),
          }}
          columns={[
            { title: t('people.regional.provider'), dataIndex: 'organisation_name' },
            ...cellColumns<RegionalRow>((r) => r.total),
          ]}
        />
      </Card>
    </div>
  );
}
