// ECharts on the tree-shaken core with the series the benchmark pages draw (box plot, scatter,
// line, bar). Options come from pure, unit-tested builders; this only renders them.
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, BoxplotChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export default function EChart({ option, height = 320, testId, data }: {
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
