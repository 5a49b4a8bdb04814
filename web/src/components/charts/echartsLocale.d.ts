// ECharts ships its Czech texts as an ES module without a declaration next to it.
declare module 'echarts/lib/i18n/langCS' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
