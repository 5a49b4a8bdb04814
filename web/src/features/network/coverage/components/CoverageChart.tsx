// A chart of the coverage map in the UI language, a skeleton while its code loads (ECharts with the map series is
// a chunk of its own, fetched the first time the map is shown).
import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import type { GeoMap } from './CoverageEChartView';
import { ChartFrame } from '../../../../components/charts/ChartFrame';

const CoverageEChartView = lazy(() => import('./CoverageEChartView'));

export function CoverageChart({
  option,
  height,
  geo,
  testId,
  data,
}: {
  option: EChartsCoreOption;
  height: number;
  geo?: GeoMap;
  testId: string;
  data?: Record<string, string | number>;
}) {
  const { i18n } = useTranslation();
  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  return (
    <ChartFrame option={option} testId={testId}>
      <div data-testid={testId} {...attrs}>
        <Suspense fallback={<Skeleton active paragraph={{ rows: Math.max(2, Math.round(height / 60)) }} />}>
          <CoverageEChartView option={option} height={height} geo={geo} locale={i18n.language === 'en' ? 'EN' : 'CS'} />
        </Suspense>
      </div>
    </ChartFrame>
  );
}
