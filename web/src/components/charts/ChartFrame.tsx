// What every chart has around its drawing: a short description for screen readers (role="img" with an
// aria-label naming the kind of chart and its series) and a "Show as table" toggle that shows the same data
// (chartTable.ts, from the same ECharts option) as a table with a caption and header cells.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { chartTable, type ChartTable, type ChartTableTexts } from './chartTable';

const KINDS = ['bar', 'line', 'scatter', 'boxplot', 'radar', 'heatmap', 'map', 'pie'];

export function chartTableTexts(t: TFunction): ChartTableTexts {
  return {
    series: (n) => t('a11y.chart.series', { n }),
    point: t('a11y.chart.point'),
    x: t('a11y.chart.x'),
    y: t('a11y.chart.y'),
    value: t('a11y.chart.value'),
    boxplot: [t('a11y.chart.min'), t('a11y.chart.q1'), t('a11y.chart.median'), t('a11y.chart.q3'), t('a11y.chart.max')],
  };
}

/** "Bar chart and line chart: Plan, Spent (12 rows, also as a table)". */
export function chartDescription(table: ChartTable, t: TFunction): string {
  const kinds = table.kinds.filter((k) => KINDS.includes(k)).map((k) => t(`a11y.chart.kind.${k}`));
  return t('a11y.chart.description', {
    kind: kinds.length ? kinds.join(', ') : t('a11y.chart.kind.other'),
    series: table.seriesNames.join(', '),
    rows: table.rows.length,
  });
}

export function ChartFrame({
  option,
  label,
  testId,
  children,
}: {
  option: object;
  /** A short description of what the chart shows; without it one is made from the chart's kind and series. */
  label?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const table = useMemo(() => chartTable(option as Record<string, unknown>, chartTableTexts(t)), [option, t]);
  const description = label ?? chartDescription(table, t);
  return (
    <div className="kv-chart">
      <div role="img" aria-label={description} data-testid={testId ? `${testId}-figure` : undefined}>
        {children}
      </div>
      <div className="kv-chart-actions no-print">
        <Button
          type="link"
          size="small"
          icon={<TableOutlined aria-hidden />}
          aria-expanded={showTable}
          aria-controls={showTable ? tableId : undefined}
          onClick={() => setShowTable((v) => !v)}
          data-testid={testId ? `${testId}-table-toggle` : 'chart-table-toggle'}
        >
          {showTable ? t('a11y.chart.hideTable') : t('a11y.chart.showTable')}
        </Button>
      </div>
      {showTable ? (
        <div
          id={tableId}
          className="kv-chart-table"
          role="region"
          aria-label={t('a11y.chart.tableOf', { description })}
          // the table may scroll sideways on a phone: the region takes focus so it scrolls with the keyboard
          tabIndex={0}
          data-testid={testId ? `${testId}-table` : 'chart-table'}
        >
          <table>
            <caption>{description}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c || (i === 0 ? <span className="kv-sr-only">{t('a11y.chart.rowHeader')}</span> : null)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, ri) => (
                <tr key={ri}>
                  {r.map((cell, ci) =>
                    ci === 0 ? (
                      <th key={ci} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={ci}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
