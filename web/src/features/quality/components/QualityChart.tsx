// ECharts on the tree-shaken core with the series the quality pages draw (radar, bar, line).
// Options come from pure, unit-tested builders in ../charts.ts; this only renders them.
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, RadarChart, GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TooltipComponent, SVGRenderer]);

export default function QualityChart({ option, height = 300, testId, data }: {
  option: EChartsCoreOption;
  height?: number;
  testId?: string;
  /** data-* attributes describing what is drawn (for tests and assistive summaries). */
  data?: Record<string, string | number>;
}) {
  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  return (
    <div data-testid={testId} {...attrs}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} opts={{ renderer: 'svg' }} />
    </div>
  );
}
