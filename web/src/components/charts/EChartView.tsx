// ECharts on the tree-shaken core with every series the app draws (bar, box plot, line, scatter, radar), SVG
// rendered, in Czech or English. Loaded lazily by Chart.tsx (its own chunk); options come from pure,
// unit-tested builders in the features; this only renders them. echarts-for-react redraws the chart when its
// box changes size (the window or the layout around it).
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langCS from 'echarts/lib/i18n/langCS';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([
  BarChart,
  BoxplotChart,
  LineChart,
  RadarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  SVGRenderer,
]);
// English ('EN') is built in.
echarts.registerLocale('CS', langCS);

export default function EChartView({
  option,
  height,
  locale,
  testId,
  data,
}: {
  option: EChartsCoreOption;
  height: number;
  locale: 'CS' | 'EN';
  testId?: string;
  data?: Record<string, string | number>;
}) {
  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  return (
    <div data-testid={testId} {...attrs}>
      <ReactEChartsCore
        // the locale is fixed when the chart is created: a new language draws a new chart
        key={locale}
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg', locale }}
      />
    </div>
  );
}
