// The coverage map as pure data: the cells by territory and need, the ORP boundaries of the region's territories,
// the ECharts options of the heatmap (territory × need) and of the real map (ECharts' map series), and the gaps and
// overlaps with their names. Components only draw what these give.
import type { CoverageCell, CoverageGap, CoverageMap } from './types';

/** The attribution the boundaries' licence (CC BY 4.0) asks for, shown with every map. */
export const MAP_ATTRIBUTION = '© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR';
export const GEO_URL = '/geo/orp.geojson';

export interface GeoFeature {
  type: 'Feature';
  properties: { orp_code: string | number; name: string; kraj_code_vusc?: string | number };
  geometry: unknown;
}
export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
  attribution?: string;
}

/** Colours of the number of services meeting a need directly: none is a gap, three and more an overlap. */
export const LEVEL_COLOURS = { gap: '#b42318', one: '#b7dcc8', two: '#5fa883', many: '#1f6f5c', empty: '#e5e7eb' };

const key = (territory: string, need: number) => `${territory}|${need}`;

export function cellIndex(cells: readonly CoverageCell[]): Map<string, CoverageCell> {
  return new Map(cells.map((c) => [key(c.territory, c.need_area_id), c]));
}

/** The cell of a territory and a need; a territory no service of the filter answers in has an empty cell. */
export function cellOf(index: ReadonlyMap<string, CoverageCell>, territory: string, need: number): CoverageCell {
  return (
    index.get(key(territory, need)) ?? {
      territory,
      need_area_id: need,
      direct: 0,
      mediated: 0,
      referred: 0,
      none: 0,
      services: 0,
    }
  );
}

/**
 * The boundaries to draw: the ORP of the map's territories, or, when the map lists none, those of the region
 * (its ČSÚ code as the features' kraj_code_vusc).
 */
export function regionFeatures(geo: GeoCollection, territories: readonly string[], regionCode = ''): GeoCollection {
  const codes = new Set(territories);
  const features = geo.features.filter((f) =>
    codes.size ? codes.has(String(f.properties.orp_code)) : String(f.properties.kraj_code_vusc ?? '') === regionCode,
  );
  return { type: 'FeatureCollection', features, attribution: geo.attribution };
}

/** A stable name under which echarts.registerMap keeps one set of boundaries. */
export function geoMapName(geo: GeoCollection): string {
  const codes = geo.features.map((f) => String(f.properties.orp_code)).sort();
  let h = 0;
  for (const c of codes.join(',')) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return `kvalis-orp-${codes.length}-${(h >>> 0).toString(36)}`;
}

export interface MapLabels {
  gap: string;
  one: string;
  two: string;
  many: string;
  direct: string;
  mediated: string;
  referred: string;
  none: string;
  services: string;
}

/** The piecewise scale shared by the heatmap and the map: 0 / 1 / 2 / 3 and more services meeting the need. */
export function levelPieces(labels: MapLabels) {
  return [
    { value: 0, label: labels.gap, color: LEVEL_COLOURS.gap },
    { value: 1, label: labels.one, color: LEVEL_COLOURS.one },
    { value: 2, label: labels.two, color: LEVEL_COLOURS.two },
    { gte: 3, label: labels.many, color: LEVEL_COLOURS.many },
  ];
}

const territoryNames = (map: CoverageMap) => new Map(map.territories.map((t) => [t.code, t.name]));
const needNames = (map: CoverageMap) => new Map(map.needs.map((n) => [n.id, n.name]));

function cellText(c: CoverageCell, labels: MapLabels): string {
  return [
    `${labels.direct}: ${c.direct}`,
    `${labels.mediated}: ${c.mediated}`,
    `${labels.referred}: ${c.referred}`,
    `${labels.none}: ${c.none}`,
    `${labels.services}: ${c.services}`,
  ].join('<br/>');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Territories in the order of the rows: by name. */
export function sortedTerritories(map: CoverageMap) {
  return [...map.territories].sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

/** The heatmap: a row per territory, a column per need, the colour = services meeting the need directly. */
export function heatmapOption(map: CoverageMap, labels: MapLabels) {
  const territories = sortedTerritories(map);
  const index = cellIndex(map.cells);
  const data = territories.flatMap((t, y) =>
    map.needs.map((n, x) => [x, y, cellOf(index, t.code, n.id).direct] as [number, number, number]),
  );
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, number] }) => {
        const t = territories[p.data[1]];
        const n = map.needs[p.data[0]];
        if (!t || !n) return '';
        return `<strong>${escapeHtml(t.name)}</strong> · ${escapeHtml(n.name)}<br/>${cellText(cellOf(index, t.code, n.id), labels)}`;
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category',
      data: map.needs.map((n) => n.name),
      position: 'top',
      axisLabel: { interval: 0, rotate: 40, width: 140, overflow: 'truncate' },
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: territories.map((t) => t.name), inverse: true, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      pieces: levelPieces(labels),
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
    },
    series: [{ type: 'heatmap', data, label: { show: true }, emphasis: { itemStyle: { borderColor: '#000' } } }],
  };
}

/** Height of the heatmap: a row per territory under the rotated need names. */
export const heatmapHeight = (territories: number) => Math.max(260, 160 + territories * 26);

/** The map's data: per drawn territory, the services meeting the chosen need directly (0 where none does). */
export function mapData(map: CoverageMap, geo: GeoCollection, needId: number | undefined) {
  const index = cellIndex(map.cells);
  const names = territoryNames(map);
  return geo.features.map((f) => {
    const code = String(f.properties.orp_code);
    const c = needId ? cellOf(index, code, needId) : null;
    return { name: code, territoryName: names.get(code) ?? f.properties.name, value: c ? c.direct : null, cell: c };
  });
}

/** The real map: ECharts' map series over the registered boundaries, matched by ORP code. */
export function mapOption(
  map: CoverageMap,
  geo: GeoCollection,
  geoName: string,
  needId: number | undefined,
  labels: MapLabels,
) {
  const data = mapData(map, geo, needId);
  const needName = needId ? (needNames(map).get(needId) ?? '') : '';
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: (typeof data)[number] }) => {
        const d = p.data;
        if (!d) return '';
        const head = `<strong>${escapeHtml(d.territoryName)}</strong>`;
        return d.cell ? `${head} · ${escapeHtml(needName)}<br/>${cellText(d.cell, labels)}` : head;
      },
    },
    visualMap: {
      type: 'piecewise',
      pieces: levelPieces(labels),
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      show: Boolean(needId),
    },
    series: [
      {
        type: 'map',
        map: geoName,
        nameProperty: 'orp_code',
        roam: false,
        top: 8,
        bottom: 48,
        itemStyle: { areaColor: LEVEL_COLOURS.empty, borderColor: '#ffffff', borderWidth: 1 },
        emphasis: {
          label: { show: true, formatter: (p: { data?: { territoryName: string } }) => p.data?.territoryName ?? '' },
        },
        select: { disabled: true },
        label: { show: false },
        data,
      },
    ],
  };
}

/** A gap or an overlap with its names and every count of its cell. */
export interface GapRow extends CoverageCell {
  territory_name: string;
  need_name: string;
  /** Nobody answers the need there at all: no service meets it directly, mediates it or refers to it. */
  nobody: boolean;
}

type GapLike = Pick<CoverageGap, 'territory' | 'need_area_id'> & { territory_name?: string; need_name?: string };

/**
 * Gaps or overlaps with the names of their territory and need and the counts of their cell, for one need or all,
 * by territory then in the card's order of needs.
 */
export function gapRows(map: CoverageMap, rows: readonly GapLike[], needId?: number): GapRow[] {
  const tn = territoryNames(map);
  const nn = needNames(map);
  const index = cellIndex(map.cells);
  const order = new Map(map.needs.map((n, i) => [n.id, i]));
  return rows
    .filter((g) => !needId || g.need_area_id === needId)
    .map((g) => {
      const c = cellOf(index, g.territory, g.need_area_id);
      return {
        ...c,
        territory_name: g.territory_name || tn.get(g.territory) || g.territory,
        need_name: g.need_name || nn.get(g.need_area_id) || '',
        nobody: c.direct + c.mediated + c.referred === 0,
      };
    })
    .sort(
      (a, b) =>
        a.territory_name.localeCompare(b.territory_name, 'cs') ||
        (order.get(a.need_area_id) ?? 0) - (order.get(b.need_area_id) ?? 0),
    );
}

/** Counts shown above the map: territories, territory × need cells without a direct answer, and where nobody answers. */
export function mapSummary(map: CoverageMap, needId?: number) {
  const gaps = gapRows(map, map.gaps, needId);
  return {
    territories: map.territories.length,
    gaps: gaps.length,
    nobody: gaps.filter((g) => g.nobody).length,
    overlaps: gapRows(map, map.overlaps, needId).length,
  };
}
