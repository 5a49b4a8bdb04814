// Client outcomes of all providers by service kind × region for region staff (the platform administrator sees the
// country): a table with the suppressed cells marked and a chart of one measure.
import { useState } from 'react';
import { Card, Empty, Segmented, Select, Space, Table, Tooltip, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDecimal, formatPercent } from '../../../lib/format';
import { useRegionalOutcomes } from '../api';
import { regionalOption, type RegionalMetric } from '../charts';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { outcomeView, regionalMatrix, yearPeriod } from '../planning';
import type { OutcomeCell } from '../types';

const METRICS: readonly RegionalMetric[] = ['share_attained', 'mean_t', 'mean_ladder_change'];

export default function RegionalPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod(yearPeriod(new Date().getFullYear() - 1));
  const [metric, setMetric] = useState<RegionalMetric>('share_attained');
  const [kind, setKind] = useState<string | undefined>(undefined);
  const outcomes = useRegionalOutcomes({ from: period.from, to: period.to, kind_code: kind });
  const items = outcomes.data?.items ?? [];
  const m = regionalMatrix(items);
  const metricLabel: Record<RegionalMetric, string> = {
    share_attained: t('planning.outcome.shareHeading'),
    mean_t: t('planning.outcome.meanTHeading'),
    mean_ladder_change: t('planning.outcome.ladderHeading'),
  };
  return (
    <div data-testid="planning-regional-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.regional.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('planning.regional.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker value={period} onChange={setPeriod} />
        <Select
          aria-label={t('planning.regional.kind')}
          placeholder={t('planning.regional.kind')}
          allowClear
          style={{ minWidth: 240 }}
          value={kind}
          onChange={setKind}
          options={m.kinds.map((k) => ({ value: k.code, label: k.name }))}
        />
      </Space>
      {outcomes.error ? <ErrorAlert error={outcomes.error} onRetry={() => outcomes.refetch()} /> : null}
      {outcomes.isLoading ? <Card loading /> : null}
      {!outcomes.isLoading && !items.length && !outcomes.error ? (
        <Empty description={t('planning.regional.empty')} />
      ) : null}
      {items.length ? (
        <>
          <Card title={t('planning.regional.table')} className="kv-section">
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={m.kinds}
              data-testid="regional-table"
              columns={[
                { title: t('planning.regional.kind'), dataIndex: 'name', fixed: 'left' },
                ...m.regions.map((r) => ({
                  title: r.name,
                  key: r.code,
                  render: (_: unknown, k: { code: string }) => <Cell cell={m.cell(k.code, r.code)} />,
                })),
              ]}
            />
          </Card>
          <Card
            title={t('planning.regional.chart')}
            className="kv-section"
            style={{ marginTop: 16 }}
            extra={
              <Segmented
                value={metric}
                onChange={(v) => setMetric(v as RegionalMetric)}
                options={METRICS.map((x) => ({ value: x, label: metricLabel[x] }))}
              />
            }
          >
            <Chart
              height={360}
              testId="regional-chart"
              data={{ items: items.length }}
              option={regionalOption(items, metric)}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}

function Cell({ cell }: { cell: OutcomeCell | undefined }) {
  const { t } = useTranslation();
  const v = outcomeView(cell);
  if (v.kind === 'none') return <>—</>;
  if (v.kind === 'suppressed')
    return (
      <Tooltip title={t('planning.outcome.suppressedHelp')}>
        <Tag data-testid="regional-suppressed">{t('planning.outcome.suppressed')}</Tag>
      </Tooltip>
    );
  return (
    <Space direction="vertical" size={0} data-testid="regional-cell">
      <span>{t('planning.outcome.clients', { n: v.clients })}</span>
      <span>
        {t('planning.outcome.shareHeading')}: {formatPercent(v.share)}
      </span>
      {v.meanT !== null ? (
        <span>
          {t('planning.outcome.meanTHeading')}: {formatDecimal(v.meanT, 1)}
          {v.sdT !== null ? ` (${t('planning.outcome.sdHeading')} ${formatDecimal(v.sdT, 1)})` : ''}
        </span>
      ) : null}
      {v.ladder !== null ? (
        <span>
          {t('planning.outcome.ladderHeading')}: {formatDecimal(v.ladder, 1)}
        </span>
      ) : null}
    </Space>
  );
}
