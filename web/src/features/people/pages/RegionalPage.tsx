// The region's view of staff training: aggregates per provider and office in its region (workers by category, how
// many are short, the total shortfall), cells of fewer than 5 workers suppressed; no names.
import { useState } from 'react';
import { Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../lib/format';
import { useRegional } from '../api';
import { useCodeText } from '../components/Tags';
import { CATEGORIES, hours } from '../people';
import type { RegionalCategory, RegionalRow } from '../types';

function Suppressed() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('people.regional.help')}>
      <Tag data-testid="regional-suppressed">{t('people.regional.suppressed')}</Tag>
    </Tooltip>
  );
}

const count = (v: number | null | undefined, suppressed: boolean) =>
  suppressed || v === null || v === undefined ? <Suppressed /> : formatNumber(v);

export default function RegionalPage() {
  const { t } = useTranslation();
  const codeText = useCodeText();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const regional = useRegional({ year });
  const items = regional.data?.items ?? [];
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
      </Space>
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
          expandable={{
            rowExpandable: (r) => !!r.categories?.length,
            expandedRowRender: (r) => (
              <Table<RegionalCategory>
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
                  {
                    title: t('people.regional.workers'),
                    dataIndex: 'workers',
                    align: 'right',
                    render: (v, c) => count(v, c.suppressed),
                  },
                  {
                    title: t('people.regional.short'),
                    dataIndex: 'short',
                    align: 'right',
                    render: (v, c) => count(v, c.suppressed),
                  },
                  {
                    title: t('people.regional.shortfall'),
                    dataIndex: 'shortfall_hours',
                    align: 'right',
                    render: (v: number | null, c) => (c.suppressed || v === null ? <Suppressed /> : hours(v)),
                  },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('people.regional.provider'), dataIndex: 'organisation_name' },
            {
              title: t('people.regional.workers'),
              dataIndex: 'workers',
              align: 'right',
              render: (v, r) => count(v, r.suppressed),
            },
            {
              title: t('people.regional.short'),
              dataIndex: 'short',
              align: 'right',
              render: (v, r) => count(v, r.suppressed),
            },
            {
              title: t('people.regional.shortfall'),
              dataIndex: 'shortfall_hours',
              align: 'right',
              render: (v: number | null, r) => (r.suppressed || v === null ? <Suppressed /> : hours(v)),
            },
          ]}
        />
      </Card>
    </div>
  );
}
