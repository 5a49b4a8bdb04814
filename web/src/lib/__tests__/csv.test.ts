import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv, type CsvColumn } from '../csv';

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Domov "Pohoda"; Žatec')).toBe('"Domov ""Pohoda""; Žatec"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain, with comma')).toBe('plain, with comma');
  });
  it('writes numbers with a decimal comma and empty for missing values', () => {
    expect(csvCell(12.5)).toBe('12,5');
    expect(csvCell(40)).toBe('40');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('defuses cells that look like formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });
});

describe('toCsv', () => {
  it('starts with a BOM, uses semicolons and CRLF', () => {
    const cols: CsvColumn<{ n: string; c: number | null }>[] = [
      { header: 'Název', value: (r) => r.n },
      { header: 'Kapacita', value: (r) => r.c },
    ];
    const out = toCsv(cols, [
      { n: 'Domov pro seniory Háje', c: 120 },
      { n: 'Azylový dům; Most', c: null },
    ]);
    expect(out).toBe('\uFEFFNázev;Kapacita\r\nDomov pro seniory Háje;120\r\n"Azylový dům; Most";\r\n');
  });
});

describe('csvFileName', () => {
  it('dates the file', () => {
    expect(csvFileName('kvalis-sluzby', new Date(2026, 10, 4))).toBe('kvalis-sluzby-2026-11-04.csv');
  });
});
