// The monitoring report of a project for a period: outputs counted from the linked records, schedule state, budget
// spent in the period and cumulatively, indicators against targets and publicity duties; printable and Excel.
import { useState, type ReactNode } from 'react';
import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal, formatNumber, formatPercent } from '../../../lib/format';
import { peopleLinks, useMonitoring } from '../api';
import {
  BUDGET_CATEGORIES,
  LINK_KINDS,
  SCHEDULE_STATES,
  budgetOption,
  indicatorProgress,
  monitoringBudgetRows,
} from '../people';
import type { CategoryBudget, MonitoringActivity, MonitoringPublicity, ProjectIndicator } from '../types';

/** What the project page and the monitoring report both show of an indicator. */
type IndicatorRow = Pick<ProjectIndicator, 'id' | 'code' | 'name' | 'unit' | 'source' | 'target' | 'value'>;
import { useCodeText } from './Tags';
import { PdfButton } from '../../../components/PdfButton';

export function MonitoringCard({ projectId, startsOn }: { projectId: number; startsOn: string }) {
  const { t, i18n } = useTranslation();
  const codeText = useCodeText();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const end = dayjs().subtract(1, 'month').endOf('month');
    const start = end.subtract(5, 'month').startOf('month');
    return [start.isBefore(dayjs(startsOn)) ? dayjs(startsOn) : start, end];
  });
  const q = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const report = useMonitoring(projectId, q);
  const r = report.data;
  return (
    <Card size="small" data-testid="monitoring-card">
      <Typography.Paragraph type="secondary">{t('people.project.monitoringHelp')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          format="D. M. YYYY"
          allowClear={false}
          value={range}
          onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
          data-testid="monitoring-period"
        />
        <Button
          href={peopleLinks.monitoringHtml(projectId, q, i18n.language === 'en' ? 'en' : 'cs')}
          target="_blank"
          data-testid="monitoring-html"
        >
          {t('people.project.printable')}
        </Button>
        <PdfButton
          href={peopleLinks.monitoringHtml(projectId, q, i18n.language === 'en' ? 'en' : 'cs')}
          fileName={`monitoring-${projectId}.pdf`}
          testId="monitoring-pdf"
        />
        <Button href={peopleLinks.monitoringXlsx(projectId, q)} data-testid="monitoring-xlsx">
          {t('people.project.excel')}
        </Button>
      </Space>
      {report.error ? <ErrorAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      <Typography.Title level={5}>{t('people.project.outputs')}</Typography.Title>
      <Table<MonitoringActivity>
        rowKey={(a) => a.activity.id}
        size="small"
        loading={report.isLoading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={r?.activities ?? []}
        data-testid="monitoring-activities"
        columns={[
          {
            title: t('people.project.activity'),
            key: 'a',
            render: (_, a) => (a.activity.code ? `${a.activity.code} ${a.activity.title}` : a.activity.title),
          },
          {
            title: t('people.project.schedule'),
            dataIndex: 'schedule',
            render: (v: string) => (
              <Tag color={v === 'late' ? 'red' : v === 'finished' ? 'green' : 'blue'}>
                {codeText('scheduleState', SCHEDULE_STATES, v)}
              </Tag>
            ),
          },
          {
            title: t('people.project.links'),
            key: 'counts',
            render: (_, a) =>
              a.outputs_period
                .filter((c) => c.count > 0)
                .map((c) => `${codeText('linkKind', LINK_KINDS, c.kind)}: ${formatNumber(c.count)}`)
                .join(', ') || '—',
          },
          {
            title: t('people.project.cumulative'),
            dataIndex: 'total_cumulative',
            align: 'right',
            render: (v: number) => formatNumber(v),
          },
          { title: t('people.project.output'), key: 'output', responsive: ['md'], render: (_, a) => a.activity.output },
          {
            title: t('people.project.target'),
            key: 'target',
            align: 'right',
            render: (_, a) =>
              a.activity.output_target ? `${formatNumber(a.activity.output_target)} ${a.activity.output_unit}` : '—',
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('people.project.budget')}
      </Typography.Title>
      <Chart
        testId="monitoring-budget-chart"
        height={260}
        loading={report.isLoading}
        empty={r && !r.budget.length ? true : undefined}
        option={budgetOption(
          monitoringBudgetRows(r?.budget ?? [], (c) => codeText('budgetCategory', BUDGET_CATEGORIES, c)),
          {
            planned: t('people.project.planned'),
            spent: t('people.project.spent'),
          },
        )}
      />
      <Table<CategoryBudget>
        rowKey="category"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={r?.budget ?? []}
        columns={[
          {
            title: t('people.common.category'),
            dataIndex: 'category',
            render: (c: string) => codeText('budgetCategory', BUDGET_CATEGORIES, c),
          },
          {
            title: t('people.project.planned'),
            dataIndex: 'planned',
            align: 'right',
            render: (v: number) => `${formatNumber(v)} Kč`,
          },
          {
            title: t('people.project.inPeriod'),
            dataIndex: 'spent_period',
            align: 'right',
            render: (v: number) => `${formatNumber(v)} Kč`,
          },
          {
            title: t('people.project.cumulative'),
            dataIndex: 'spent_cumulative',
            align: 'right',
            render: (v: number) => `${formatNumber(v)} Kč`,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('people.project.indicators')}
      </Typography.Title>
      <IndicatorsTable items={r?.indicators ?? []} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('people.project.publicity')}
      </Typography.Title>
      <Table<MonitoringPublicity>
        rowKey={(p) => p.duty.id}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={r?.publicity ?? []}
        columns={[
          { title: t('people.project.duty'), key: 'duty', render: (_, p: MonitoringPublicity) => p.duty.duty },
          {
            title: t('people.project.dueOn'),
            key: 'due',
            render: (_, p: MonitoringPublicity) =>
              p.overdue ? (
                <Typography.Text type="danger">{formatDate(p.duty.due_on)}</Typography.Text>
              ) : (
                formatDate(p.duty.due_on)
              ),
          },
          {
            title: t('people.project.doneOn'),
            key: 'done',
            render: (_, p: MonitoringPublicity) =>
              p.met ? (
                <Tag color="green">{formatDate(p.duty.done_on)}</Tag>
              ) : (
                <Tag color="orange">{t('people.project.notDone')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

export function IndicatorsTable({
  items,
  extra,
}: {
  items: readonly IndicatorRow[];
  extra?: (i: IndicatorRow) => ReactNode;
}) {
  const { t } = useTranslation();
  const codeText = useCodeText();
  return (
    <Table<IndicatorRow>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={[...items]}
      data-testid="indicators-table"
      columns={[
        { title: t('people.project.code'), dataIndex: 'code', responsive: ['md'] },
        { title: t('people.project.indicator'), dataIndex: 'name' },
        {
          title: t('people.project.source'),
          dataIndex: 'source',
          responsive: ['lg'],
          render: (s: string) =>
            s.startsWith('linked:')
              ? t('people.project.sourceLinked', { kind: codeText('linkKind', LINK_KINDS, s.slice(7)) })
              : t('people.project.sourceManual'),
        },
        {
          title: t('people.project.target'),
          dataIndex: 'target',
          align: 'right',
          render: (v: number | null, i) => (v === null || v === undefined ? '—' : `${formatDecimal(v, 2)} ${i.unit}`),
        },
        {
          title: t('people.project.value'),
          dataIndex: 'value',
          align: 'right',
          render: (v: number | null, i) => (v === null || v === undefined ? '—' : `${formatDecimal(v, 2)} ${i.unit}`),
        },
        {
          title: t('people.project.progress'),
          key: 'p',
          align: 'right',
          render: (_, i) => {
            const p = indicatorProgress(i.value, i.target);
            return p === null ? '—' : <Tag color={p >= 1 ? 'green' : 'blue'}>{formatPercent(p)}</Tag>;
          },
        },
        ...(extra ? [{ key: 'x', render: (_: unknown, i: IndicatorRow) => extra(i) }] : []),
      ]}
    />
  );
}
