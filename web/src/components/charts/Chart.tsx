// The one chart component of the app: an ECharts option drawn in the UI language, a skeleton while the data or the
// chart code loads, an "empty" note when there is nothing to draw. ECharts itself is a separate chunk
// (EChartView.tsx), fetched the first time a chart is shown. Every chart has a short description for screen
// readers and a "Show as table" toggle with the same data as a table (ChartFrame.tsx).
import { lazy, Suspense, type ReactNode } from 'react';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { ChartFrame } from './ChartFrame';

const EChartView = lazy(() => import('./EChartView'));

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** data-testid of the chart's box; the empty note gets `<testId>-empty`. */
  testId?: string;
  /** data-* attributes describing what is drawn (for tests and assistive summaries). */
  data?: Record<string, string | number>;
  /** The data is still loading: a skeleton instead of the chart. */
  loading?: boolean;
  /** Nothing to draw: shows this note (or antd's plain "no data" when `true`) instead of the chart. */
  empty?: ReactNode;
  /** What the chart shows, for screen readers; without it a description is made from its kind and series. */
  label?: string;
}

export function Chart({ option, height = 300, testId, data, loading, empty, label }: ChartProps) {
  const { i18n } = useTranslation();
  if (loading) return <Skeleton active paragraph={{ rows: Math.max(2, Math.round(height / 60)) }} />;
  if (empty) {
    return (
      <Empty
        data-testid={testId ? `${testId}-empty` : undefined}
        image={empty === true ? Empty.PRESENTED_IMAGE_SIMPLE : undefined}
        description={empty === true ? undefined : empty}
      />
    );
  }
  return (
    <ChartFrame option={option} label={label} testId={testId}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: Math.max(2, Math.round(height / 60)) }} />}>
        <EChartView
          option={option}
          height={height}
          locale={i18n.language === 'en' ? 'EN' : 'CS'}
          testId={testId}
          data={data}
        />
      </Suspense>
    </ChartFrame>
  );
}
