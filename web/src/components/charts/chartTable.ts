// The table alternative of a chart: the same data the ECharts option draws, as rows and columns (pure, unit
// tested in __tests__/chartTable.test.ts). Category charts (bar, line, box plot) give a row per category and a
// column per series; radar charts a row per axis; heat maps a row per row category and a column per column
// category; charts on value or time axes (scatter, lines of dated points) a row per point; maps a row per area.
import { formatDecimal } from '../../lib/format';

export interface ChartTable {
  /** Column headers; the first names what the row headers are (may be empty). */
  columns: string[];
  /** Rows: the first cell is the row's header. */
  rows: string[][];
  /** The kinds of series drawn ('bar', 'line', ...), in order of appearance. */
  kinds: string[];
  /** The series' names (for the chart's short description). */
  seriesNames: string[];
}

/** Texts the table needs in the UI language. */
export interface ChartTableTexts {
  series: (n: number) => string;
  point: string;
  x: string;
  y: string;
  value: string;
  boxplot: [string, string, string, string, string];
}

type Rec = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as the table shows it: numbers with Czech decimals, dates as they are, nothing as a dash. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined || v === '' || v === '-') return '—';
  if (typeof v === 'number') return formatDecimal(v, 3);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(cellText).join(' – ');
  if (isRec(v)) return cellText(v.value);
  return String(v);
}

/** The value of a data item ({ value, name, itemStyle } or the bare value). */
const itemValue = (d: unknown): unknown => (isRec(d) ? d.value : d);

function categoryLabel(c: unknown): string {
  if (isRec(c)) return String(c.value ?? c.name ?? '');
  return c === null || c === undefined ? '' : String(c);
}

interface Axis {
  type?: string;
  data?: unknown[];
  name?: string;
}

function axes(option: Rec, key: 'xAxis' | 'yAxis'): Axis[] {
  return asArray(option[key]).filter(isRec) as Axis[];
}

const isCategory = (a: Axis | undefined) => !!a && (a.type === 'category' || (a.type === undefined && !!a.data));

/** The table of an ECharts option built by the app's chart builders. */
export function chartTable(option: Rec, texts: ChartTableTexts): ChartTable {
  // series that only carry a mark line (no data of their own) have nothing to tabulate
  const series = asArray(option.series)
    .filter(isRec)
    .filter((s) => asArray(s.data).length > 0);
  const kinds = [...new Set(series.map((s) => String(s.type ?? '')))].filter(Boolean);
  const seriesNames = series.map((s, i) => (s.name ? String(s.name) : texts.series(i + 1)));
  const base = { kinds, seriesNames };

  // radar: a row per axis (indicator), a column per drawn polygon
  if (kinds.includes('radar')) {
    const radar = asArray(option.radar).filter(isRec)[0];
    const indicators = asArray(radar?.indicator)
      .filter(isRec)
      .map((i) => String(i.name ?? i.text ?? ''));
    const polygons: { name: string; values: unknown[] }[] = [];
    series.forEach((s, si) => {
      asArray(s.data).forEach((d, di) => {
        const values = asArray(itemValue(d));
        const name = isRec(d) && d.name ? String(d.name) : `${seriesNames[si]}${di ? ` ${di + 1}` : ''}`;
        polygons.push({ name, values });
      });
    });
    return {
      ...base,
      columns: ['', ...polygons.map((p) => p.name)],
      rows: indicators.map((name, i) => [name, ...polygons.map((p) => cellText(p.values[i]))]),
    };
  }

  // maps (and pies): a row per named area
  if (kinds.every((k) => k === 'map' || k === 'pie') && kinds.length) {
    const rows: string[][] = [];
    const names = new Map<string, number>();
    series.forEach((s, si) => {
      asArray(s.data).forEach((d) => {
        if (!isRec(d)) return;
        const key = String(d.name ?? '');
        let row = names.get(key);
        if (row === undefined) {
          row = rows.length;
          names.set(key, row);
          rows.push([key, ...series.map(() => '—')]);
        }
        rows[row]![si + 1] = cellText(d.value);
      });
    });
    return { ...base, columns: ['', ...seriesNames], rows };
  }

  const x = axes(option, 'xAxis');
  const y = axes(option, 'yAxis');

  // heat map: both axes are categories, data are [x index, y index, value]
  if (kinds.includes('heatmap') && isCategory(x[0]) && isCategory(y[0])) {
    const cols = asArray(x[0]!.data).map(categoryLabel);
    const rowNames = asArray(y[0]!.data).map(categoryLabel);
    const cells = rowNames.map(() => cols.map(() => '—'));
    for (const s of series.filter((s) => s.type === 'heatmap')) {
      for (const d of asArray(s.data)) {
        const [xi, yi, v] = asArray(itemValue(d));
        const r = cells[Number(yi)];
        if (r && Number(xi) in r) r[Number(xi)] = cellText(v);
      }
    }
    return { ...base, columns: ['', ...cols], rows: rowNames.map((n, i) => [n, ...cells[i]!]) };
  }

  // a category axis: a row per category, a column per series (five for a box plot)
  const catAxis = isCategory(x[0]) ? x[0] : isCategory(y[0]) ? y[0] : undefined;
  if (catAxis) {
    const cats = asArray(catAxis.data).map(categoryLabel);
    const columns = [catAxis.name ?? ''];
    const perSeries: ((i: number) => string[])[] = [];
    series.forEach((s, si) => {
      const data = asArray(s.data);
      if (s.type === 'boxplot') {
        texts.boxplot.forEach((b) => columns.push(series.length > 1 ? `${seriesNames[si]}: ${b}` : b));
        perSeries.push((i) => {
          const v = asArray(itemValue(data[i]));
          return [0, 1, 2, 3, 4].map((k) => cellText(v[k]));
        });
        return;
      }
      // points given as [category, value] pairs (or a scatter on a category axis) instead of one value per category
      const pairs = data.some((d) => Array.isArray(itemValue(d)));
      if (pairs) {
        const catIndex = catAxis === x[0] ? 0 : 1;
        const byCat = new Map<string, unknown>();
        for (const d of data) {
          const v = asArray(itemValue(d));
          const c = v[catIndex];
          const key = typeof c === 'number' && cats[c] !== undefined ? cats[c]! : categoryLabel(c);
          byCat.set(key, v[1 - catIndex]);
        }
        columns.push(seriesNames[si]!);
        perSeries.push((i) => [cellText(byCat.get(cats[i]!))]);
        return;
      }
      columns.push(seriesNames[si]!);
      perSeries.push((i) => [cellText(itemValue(data[i]))]);
    });
    const rows = cats.map((c, i) => [c, ...perSeries.flatMap((f) => f(i))]);
    // a vertical category axis draws its first category at the bottom: the table reads top to bottom as drawn
    if (catAxis === y[0] && !(catAxis as Rec).inverse) rows.reverse();
    return { ...base, columns, rows };
  }

  // value or time axes: a row per point
  const xName = x[0]?.name ?? texts.x;
  const yName = y[0]?.name ?? texts.y;
  const onTime = (a: Axis | undefined, v: unknown) =>
    a?.type === 'time' && typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : cellText(v);
  const rows: string[][] = [];
  series.forEach((s, si) => {
    asArray(s.data).forEach((d, di) => {
      const v = asArray(itemValue(d));
      const label = isRec(d) && d.name ? String(d.name) : `${texts.point} ${di + 1}`;
      rows.push([series.length > 1 ? `${seriesNames[si]}: ${label}` : label, onTime(x[0], v[0]), onTime(y[0], v[1])]);
    });
  });
  return { ...base, columns: [texts.point, xName, yName], rows };
}
