// The ORP and kraj boundaries shipped for maps (public/geo) agree with the territories catalogue and carry
// the attribution their licence (CC BY 4.0) asks for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Feature {
  properties: Record<string, string | number>;
  geometry: { type: string; coordinates: unknown[] };
}
interface Collection {
  attribution: string;
  features: Feature[];
}

const root = resolve(__dirname, '../../../../..');
const read = (name: string): Collection => JSON.parse(readFileSync(resolve(root, 'web/public/geo', name), 'utf8'));

// code → [kraj code, RÚIAN code] from catalogues/territories.csv (no quoted field before these columns).
function catalogue(): Map<string, [string, string]> {
  const [header, ...rows] = readFileSync(resolve(root, 'catalogues/territories.csv'), 'utf8').trim().split('\n');
  const cols = header.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)];
  return new Map(
    rows.map((line) => line.split(',')).map((r) => [at(r, 'code'), [at(r, 'parent_code'), at(r, 'ruian_code')]]),
  );
}

describe('map boundaries', () => {
  it('has the 206 ORP of the catalogue with their kraj and RÚIAN code', () => {
    const orp = read('orp.geojson');
    const codes = catalogue();
    expect(codes.size).toBe(206);
    expect(orp.features).toHaveLength(206);
    for (const f of orp.features) {
      const code = String(f.properties.orp_code);
      expect(codes.get(code), code).toEqual([String(f.properties.kraj_code_vusc), String(f.properties.orp_code_ruian)]);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    expect(new Set(orp.features.map((f) => f.properties.orp_code)).size).toBe(206);
  });

  it('has the 14 kraje and the attribution', () => {
    const kraje = read('kraje.geojson');
    expect(kraje.features.map((f) => String(f.properties.kraj_code_vusc)).sort()).toEqual(
      ['19', '27', '35', '43', '51', '60', '78', '86', '94', '108', '116', '124', '132', '141'].sort(),
    );
    for (const file of ['orp.geojson', 'kraje.geojson'])
      expect(read(file).attribution).toContain('© ČÚZK (RÚIAN), ČSÚ (SLDB 2021)');
  });
});
