// The coverage map as data: cells by territory and need, the boundaries of the region, the heatmap and map options,
// gaps and overlaps with their names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cellIndex,
  cellOf,
  gapRows,
  geoMapName,
  heatmapOption,
  LEVEL_COLOURS,
  MAP_ATTRIBUTION,
  mapData,
  mapOption,
  mapSummary,
  regionFeatures,
  type GeoCollection,
  type MapLabels,
} from '../coverageMap';
import type { CoverageMap } from '../types';

const labels: MapLabels = {
  gap: '0',
  one: '1',
  two: '2',
  many: '3+',
  direct: 'Přímo',
  mediated: 'Zprostředkováním',
  referred: 'Odkazem',
  none: 'Nenaplňuje',
  services: 'Služeb',
};

// Královéhradecký kraj (86): Trutnov 5214, Náchod 5207, Hradec Králové 5202.
const gap = (
  territory: string,
  territory_name: string,
  need_area_id: number,
  need_name: string,
  kind: string,
  mediated: number,
  services: number,
) => ({
  territory,
  territory_name,
  need_area_id,
  need_name,
  kind,
  mediated,
  referred: 0,
  none: services - mediated,
  services,
});

const map: CoverageMap = {
  round: { id: 4, title: 'Pokrytí 2025', period_from: '2025-01-01', period_to: '2025-12-31', status: 'locked' },
  rounds: [],
  attribution: '© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR',
  needs: [
    { id: 10, code: 'housing', name: 'Bydlení' },
    { id: 11, code: 'food', name: 'Strava' },
  ],
  territories: [
    { code: '5214', name: 'Trutnov', population: 60000 },
    { code: '5207', name: 'Náchod', population: 55000 },
    { code: '5202', name: 'Hradec Králové', population: 160000 },
  ],
  cells: [
    { territory: '5214', need_area_id: 10, direct: 0, mediated: 1, referred: 0, none: 1, services: 2 },
    { territory: '5214', need_area_id: 11, direct: 2, mediated: 0, referred: 0, none: 0, services: 2 },
    { territory: '5202', need_area_id: 10, direct: 3, mediated: 0, referred: 0, none: 0, services: 3 },
    { territory: '5202', need_area_id: 11, direct: 1, mediated: 1, referred: 1, none: 0, services: 3 },
  ],
  // as the server sends them: names given, counts of the gap's own modes (an overlap only its direct count)
  gaps: [
    gap('5214', 'Trutnov', 10, 'Bydlení', 'no_direct', 1, 2),
    gap('5207', 'Náchod', 11, 'Strava', 'unanswered', 0, 0),
    gap('5207', '', 10, '', 'unanswered', 0, 0),
  ],
  overlaps: [
    {
      territory: '5202',
      territory_name: 'Hradec Králové',
      need_area_id: 10,
      need_name: 'Bydlení',
      direct: 3,
      services: 3,
    },
  ],
};

const geo: GeoCollection = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../../public/geo/orp.geojson'), 'utf8'),
);

describe('cells', () => {
  it('finds a cell by territory and need, an empty one where no service answers', () => {
    const index = cellIndex(map.cells);
    expect(cellOf(index, '5202', 11)).toMatchObject({ direct: 1, mediated: 1, referred: 1, services: 3 });
    expect(cellOf(index, '5207', 10)).toEqual({
      territory: '5207',
      need_area_id: 10,
      direct: 0,
      mediated: 0,
      referred: 0,
      none: 0,
      services: 0,
    });
  });
});

describe('regionFeatures', () => {
  it('keeps the ORP of the map territories (shipped boundaries, matched by ČSÚ code)', () => {
    const drawn = regionFeatures(geo, ['5214', '5207', '5202']);
    expect(drawn.features.map((f) => String(f.properties.orp_code)).sort()).toEqual(['5202', '5207', '5214']);
    expect(drawn.attribution).toContain('© ČÚZK (RÚIAN), ČSÚ (SLDB 2021)');
  });

  it('falls back to the ORP of the region when the map lists no territory', () => {
    const kh = regionFeatures(geo, [], '86');
    expect(kh.features.length).toBe(15);
    expect(kh.features.map((f) => f.properties.name)).toContain('Trutnov');
    expect(regionFeatures(geo, [], '').features).toEqual([]);
  });

  it('registers each set of boundaries under its own stable name', () => {
    const a = regionFeatures(geo, ['5214', '5207']);
    const b = regionFeatures(geo, ['5207', '5214']);
    expect(geoMapName(a)).toBe(geoMapName(b));
    expect(geoMapName(a)).not.toBe(geoMapName(regionFeatures(geo, ['5214'])));
  });
});

describe('heatmapOption', () => {
  it('has a row per territory (by name), a column per need, and the services meeting it directly', () => {
    const o = heatmapOption(map, labels);
    expect(o.yAxis.data).toEqual(['Hradec Králové', 'Náchod', 'Trutnov']);
    expect(o.xAxis.data).toEqual(['Bydlení', 'Strava']);
    expect(o.series[0].data).toEqual([
      [0, 0, 3],
      [1, 0, 1],
      [0, 1, 0],
      [1, 1, 0],
      [0, 2, 0],
      [1, 2, 2],
    ]);
    expect(o.visualMap.pieces.map((p) => p.color)).toEqual([
      LEVEL_COLOURS.gap,
      LEVEL_COLOURS.one,
      LEVEL_COLOURS.two,
      LEVEL_COLOURS.many,
    ]);
  });

  it('says in the tooltip every mode of the cell, with the names', () => {
    const o = heatmapOption(map, labels);
    const text = o.tooltip.formatter({ data: [1, 0, 1] });
    expect(text).toContain('Hradec Králové');
    expect(text).toContain('Strava');
    expect(text).toContain('Zprostředkováním: 1');
    expect(text).toContain('Odkazem: 1');
  });
});

describe('mapOption', () => {
  const drawn = regionFeatures(geo, ['5214', '5207', '5202']);

  it('colours each territory by the services meeting the chosen need directly', () => {
    const byCode = Object.fromEntries(mapData(map, drawn, 10).map((d) => [d.name, d.value]));
    expect(byCode).toEqual({ '5214': 0, '5207': 0, '5202': 3 });
    const o = mapOption(map, drawn, 'kh', 10, labels);
    expect(o.series[0]).toMatchObject({ type: 'map', map: 'kh', nameProperty: 'orp_code' });
    expect(o.visualMap.show).toBe(true);
  });

  it('draws the territories without colour until a need is chosen', () => {
    expect(mapData(map, drawn, undefined).every((d) => d.value === null)).toBe(true);
    expect(mapOption(map, drawn, 'kh', undefined, labels).visualMap.show).toBe(false);
  });

  it('names the territory in the tooltip, escaped', () => {
    const o = mapOption(map, drawn, 'kh', 11, labels);
    const d = mapData(map, drawn, 11).find((x) => x.name === '5214')!;
    expect(o.series[0].type).toBe('map');
    expect(o.tooltip.formatter({ data: d })).toContain('<strong>Trutnov</strong> · Strava<br/>Přímo: 2');
  });

  it('carries the attribution of the boundaries', () => {
    expect(MAP_ATTRIBUTION).toBe('© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR');
  });
});

describe('gaps and overlaps', () => {
  it('name territory and need, sort by territory then the card order, and mark where nobody answers', () => {
    expect(gapRows(map, map.gaps).map((g) => [g.territory_name, g.need_name, g.nobody])).toEqual([
      ['Náchod', 'Bydlení', true],
      ['Náchod', 'Strava', true],
      ['Trutnov', 'Bydlení', false],
    ]);
    expect(gapRows(map, map.gaps, 11).map((g) => g.territory)).toEqual(['5207']);
    expect(gapRows(map, map.overlaps).map((g) => [g.territory_name, g.need_name, g.direct])).toEqual([
      ['Hradec Králové', 'Bydlení', 3],
    ]);
    // every count comes from the cell: a gap has its direct 0, an overlap its mediated and referred
    expect(gapRows(map, map.gaps, 10)[1]).toMatchObject({ territory: '5214', direct: 0, mediated: 1, none: 1 });
  });

  it('counts them for the summary, for one need or all', () => {
    expect(mapSummary(map)).toEqual({ territories: 3, gaps: 3, nobody: 2, overlaps: 1 });
    expect(mapSummary(map, 11)).toEqual({ territories: 3, gaps: 1, nobody: 1, overlaps: 0 });
  });
});
