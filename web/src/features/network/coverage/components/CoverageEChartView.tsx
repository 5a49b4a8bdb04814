// ECharts for the coverage map: the heatmap and the map series (with the visual map and the tooltip) on the
// tree-shaken core, SVG rendered, in Czech or English. Its own chunk, loaded by CoverageChart.tsx. The boundaries
// are registered under their name (echarts.registerMap) before the first chart that draws them.
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { HeatmapChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langCS from 'echarts/lib/i18n/langCS';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([HeatmapChart, MapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);
echarts.registerLocale('CS', langCS);

export interface GeoMap {
  name: string;
  // echarts' GeoJSON type is stricter than the boundaries file's; its shape is checked by the registry's tests
  geoJson: object;
}

export default function CoverageEChartView({
  option,
  height,
  locale,
  geo,
}: {
  option: EChartsCoreOption;
  height: number;
  locale: 'CS' | 'EN';
  geo?: GeoMap;
}) {
  if (geo && !echarts.getMap(geo.name))
    echarts.registerMap(geo.name, geo.geoJson as Parameters<typeof echarts.registerMap>[1]);
  return (
    <ReactEChartsCore
      key={`${locale}-${geo?.name ?? ''}`}
      echarts={echarts}
      option={option}
      notMerge
      style={{ height, width: '100%' }}
      opts={{ renderer: 'svg', locale }}
    />
  );
}
