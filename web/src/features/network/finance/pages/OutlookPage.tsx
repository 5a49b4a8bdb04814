// The financing outlook of the network: revenues by year and source (stacked bars), costs and the optimal
// subsidy by year, by kind and per service; with a what-if scenario the change against the base; the Excel
// workbook of it all.
import { Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../app/SessionContext';
import { Chart } from '../../../../components/charts/Chart';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal } from '../../../../lib/format';
import { unitsText } from '../units';
import { isRegionStaff, managesRegion } from '../../network';
import { financeLinks, useOutlook, useScenarios } from '../api';
import { FinanceNav } from '../components/FinanceNav';
import { WhatIfCard } from '../components/WhatIfCard';
import {
  FIN_SOURCES,
  demandOption,
  demandRows,
  formatCzk,
  formatCzkDelta,
  outlookByKindOption,
  outlookBySourceOption,
  yearDeltas,
} from '../finance';
import type { DemandRow } from '../finance';
import type { FinKindValues, FinOutlook } from '../types';

const THIS_YEAR = new Date().getFullYear();

export default function OutlookPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const yearFrom = Number(params.get('year_from')) || THIS_YEAR;
  const years = Number(params.get('years')) || 3;
  const scenario = Number(params.get('scenario')) || undefined;
  const query = { year_from: yearFrom, years, scenario };
  const outlook = useOutlook(query);
  const manages = managesRegion(user);
  // scenarios are the region's: its staff read them, a provider sees the base outlook of its own services
  const staff = isRegionStaff(user);
  const scenarios = useScenarios(staff);
  const set = (key: string, v: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined || v === '') next.delete(key);
    else next.set(key, String(v));
    setParams(next);
  };
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.outlook.${key}`, o);
  const o = outlook.data;
  const sourceName = (source: string, name: string) =>
    (FIN_SOURCES as readonly string[]).includes(source) ? t(`networkFinance.fin.source.${source}`) : name;
  return (
    <div data-testid="finance-outlook-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('networkFinance.fin.title')}
      </Typography.Title>
      <FinanceNav />
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <label>
          {k('yearFrom')}{' '}
          <InputNumber
            min={2000}
            max={2100}
            value={yearFrom}
            onChange={(v) => set('year_from', v ?? undefined)}
            data-testid="outlook-year-from"
          />
        </label>
        <label>
          {k('years')}{' '}
          <InputNumber
            min={1}
            max={10}
            value={years}
            onChange={(v) => set('years', v ?? undefined)}
            data-testid="outlook-years"
          />
        </label>
        {staff ? (
          <Select
            allowClear
            style={{ minWidth: 220 }}
            placeholder={k('base')}
            value={scenario}
            data-testid="outlook-scenario"
            onChange={(v?: number) => set('scenario', v)}
            options={(scenarios.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : null}
        <Button
          icon={<FileExcelOutlined />}
          href={financeLinks.outlookXlsx({ ...query, lang: i18n.language.startsWith('en') ? 'en' : 'cs' })}
          data-testid="outlook-xlsx"
        >
          {k('export')}
        </Button>
      </Space>
      {outlook.error ? <ErrorAlert error={outlook.error} onRetry={() => outlook.refetch()} /> : null}
      <Card size="small" className="kv-section" title={k('bySource')}>
        <Chart
          option={o ? outlookBySourceOption(o, sourceName) : {}}
          loading={outlook.isLoading}
          height={320}
          testId="outlook-chart"
          data={{ years: o?.years.length ?? 0, scenario: scenario ?? 0 }}
          empty={o && o.services_total === 0 ? true : undefined}
        />
        {o ? <Totals o={o} sourceName={sourceName} /> : null}
      </Card>
      {o ? (
        <>
          <Demand o={o} />
          <Card size="small" className="kv-section" title={k('byKind')}>
            <Chart option={outlookByKindOption(o, !!o.scenario, k('base'))} height={300} testId="outlook-kind-chart" />
            <ByKind o={o} />
          </Card>
          <Services o={o} />
        </>
      ) : null}
      {manages || (scenarios.data?.items.length ?? 0) > 0 ? (
        <WhatIfCard
          outlook={o}
          scenarioId={scenario}
          yearFrom={yearFrom}
          years={years}
          manages={manages}
          onScenario={(id) => set('scenario', id)}
        />
      ) : null}
    </div>
  );
}

function Totals({ o, sourceName }: { o: FinOutlook; sourceName: (source: string, name: string) => string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.outlook.${key}`);
  const withBase = !!o.scenario;
  type Row = { key: string; label: string; values: number[]; base?: number[] };
  const rows: Row[] = [
    ...o.by_source
      .filter((s) => s.values.some((v) => v !== 0) || s.base_values.some((v) => v !== 0))
      .map((s) => ({ key: s.source, label: sourceName(s.source, s.name), values: s.values, base: s.base_values })),
    { key: 'total_cost', label: k('totalCost'), values: o.total_cost, base: o.base_total_cost },
    { key: 'total_optimal', label: k('totalOptimal'), values: o.total_optimal, base: o.base_total_optimal },
    { key: 'uncovered', label: k('uncovered'), values: o.uncovered },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={rows}
      data-testid="outlook-totals"
      onRow={(r) => ({ 'data-testid': `outlook-row-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '', dataIndex: 'label' },
        ...o.years.map((y, i) => ({
          title: String(y),
          key: String(y),
          align: 'right' as const,
          render: (_: unknown, r: Row) => {
            const delta = withBase && r.base ? yearDeltas(r.values, r.base)[i] : 0;
            return (
              <span data-testid={`outlook-${r.key}-${y}`} data-value={Math.round(r.values[i] ?? 0)}>
                {formatCzk(r.values[i])}
                {delta ? (
                  <Typography.Text type={delta > 0 ? 'danger' : 'success'} style={{ display: 'block', fontSize: 12 }}>
                    {formatCzkDelta(delta)}
                  </Typography.Text>
                ) : null}
              </span>
            );
          },
        })),
      ]}
    />
  );
}

/** The network's financial demand: the optimal subsidy (operating) and the supported development, by year. */
function Demand({ o }: { o: FinOutlook }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.outlook.${key}`);
  const rows = demandRows(o);
  type Line = { key: string; label: string; value: (r: DemandRow) => number; strong?: boolean };
  const lines: Line[] = [
    { key: 'optimal', label: k('demandOptimal'), value: (r) => r.optimal },
    { key: 'dev_personnel', label: k('devPersonnel'), value: (r) => r.personnel },
    { key: 'dev_operating', label: k('devOperating'), value: (r) => r.operating },
    { key: 'dev_investment', label: k('devInvestment'), value: (r) => r.investment },
    { key: 'development', label: k('development'), value: (r) => r.development, strong: true },
    { key: 'total_demand', label: k('totalDemand'), value: (r) => r.total, strong: true },
  ];
  const plans = o.development?.plans ?? [];
  return (
    <Card
      size="small"
      className="kv-section"
      title={k('demand')}
      data-testid="outlook-demand"
      extra={
        <Link to="/network/dev-plans?status=decided" data-testid="outlook-dev-plans-link">
          {k('devPlansLink')}
        </Link>
      }
    >
      <Typography.Paragraph type="secondary">{k('demandIntro')}</Typography.Paragraph>
      <Chart
        option={demandOption(rows, { optimal: k('demandOptimal'), development: k('development') })}
        height={260}
        testId="outlook-demand-chart"
        data={{ years: rows.length, development: Math.round(rows.reduce((a, r) => a + r.development, 0)) }}
      />
      <Table<Line>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={lines}
        data-testid="outlook-demand-table"
        onRow={(l) => ({ 'data-testid': `outlook-row-${l.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '', key: 'label', render: (_, l) => (l.strong ? <strong>{l.label}</strong> : l.label) },
          ...rows.map((r) => ({
            title: String(r.year),
            key: String(r.year),
            align: 'right' as const,
            render: (_: unknown, l: Line) => (
              <span data-testid={`outlook-${l.key}-${r.year}`} data-value={Math.round(l.value(r))}>
                {l.strong ? <strong>{formatCzk(l.value(r))}</strong> : formatCzk(l.value(r))}
              </span>
            ),
          })),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {k('devPlans')}
      </Typography.Title>
      {plans.length === 0 ? (
        <Typography.Paragraph type="secondary" data-testid="outlook-no-development">
          {k('noDevelopment')}
        </Typography.Paragraph>
      ) : (
        <Table
          rowKey="dev_plan_id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={plans}
          data-testid="outlook-dev-plans"
          columns={[
            {
              title: t('networkFinance.common.service'),
              key: 's',
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <span>{p.service_name}</span>
                  <Typography.Text type="secondary">{p.provider_name}</Typography.Text>
                </Space>
              ),
            },
            {
              title: k('planTitle'),
              key: 'p',
              render: (_, p) => <Link to={`/network/dev-plans/${p.dev_plan_id}`}>{p.plan_title}</Link>,
            },
            ...rows.map((r, i) => ({
              title: String(r.year),
              key: String(r.year),
              align: 'right' as const,
              render: (_: unknown, p: (typeof plans)[number]) => formatCzk(p.years[i]?.total ?? 0),
            })),
          ]}
        />
      )}
    </Card>
  );
}

function ByKind({ o }: { o: FinOutlook }) {
  const { t } = useTranslation();
  return (
    <Table<FinKindValues>
      rowKey="kind_code"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={o.by_kind}
      data-testid="outlook-by-kind"
      columns={[
        { title: t('networkFinance.common.kind'), dataIndex: 'kind_name' },
        { title: t('networkFinance.outlook.kindServices'), dataIndex: 'services', align: 'right', responsive: ['sm'] },
        ...o.years.map((y, i) => ({
          title: String(y),
          key: String(y),
          align: 'right' as const,
          render: (_: unknown, r: FinKindValues) => formatCzk(r.optimal[i]),
        })),
      ]}
    />
  );
}

function Services({ o }: { o: FinOutlook }) {
  const { t, i18n } = useTranslation();
  const k = (key: string, x?: Record<string, unknown>) => t(`networkFinance.outlook.${key}`, x);
  const last = o.years.length - 1;
  return (
    <Card size="small" className="kv-section" title={k('services')}>
      {o.services.length < o.services_total ? (
        <Typography.Paragraph type="secondary">
          {k('servicesShown', { shown: o.services.length, total: o.services_total })}
        </Typography.Paragraph>
      ) : null}
      <Table
        rowKey="service_id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={o.services}
        data-testid="outlook-services"
        columns={[
          {
            title: t('networkFinance.common.service'),
            key: 's',
            render: (_, s) => (
              <Space direction="vertical" size={0}>
                <span>{s.service_name}</span>
                <Typography.Text type="secondary">
                  {s.provider_name} · {s.kind_name}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: k('capacity'),
            key: 'c',
            align: 'right',
            responsive: ['md'],
            render: (_, s) => formatDecimal(s.capacity[0]),
          },
          {
            title: k('units'),
            key: 'u',
            align: 'right',
            responsive: ['md'],
            render: (_, s) => unitsText(Math.round(s.units[0] ?? 0), s.unit, s.unit_name, i18n.language),
          },
          ...o.years.map((y, i) => ({
            title: `${k('optimal')} ${y}`,
            key: String(y),
            align: 'right' as const,
            responsive: i === 0 || i === last ? undefined : (['lg'] as 'lg'[]),
            render: (_: unknown, s: FinOutlook['services'][number]) => formatCzk(s.optimal[i]),
          })),
        ]}
      />
    </Card>
  );
}
