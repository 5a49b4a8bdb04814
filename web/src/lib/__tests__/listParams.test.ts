import { describe, expect, it } from 'vitest';
import {
  fromAntOrder,
  parseEnum,
  parseId,
  parsePage,
  parsePageSize,
  parseText,
  toAntOrder,
  toSearchString,
} from '../listParams';

describe('list params', () => {
  it('parses pages tolerantly', () => {
    expect(parsePage('3')).toBe(3);
    expect([parsePage('0'), parsePage('-1'), parsePage('x'), parsePage(null), parsePage('1.5')]).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });
  it('accepts only offered page sizes', () => {
    expect(parsePageSize('200')).toBe(200);
    expect(parsePageSize('20')).toBe(20);
    expect(parsePageSize('500')).toBe(50);
    expect(parsePageSize(null)).toBe(50);
  });
  it('parses enums, ids and text', () => {
    expect(parseEnum('pob', ['pob', 'amb'] as const)).toBe('pob');
    expect(parseEnum('xyz', ['pob', 'amb'] as const)).toBeUndefined();
    expect(parseId('12')).toBe(12);
    expect(parseId('0')).toBeUndefined();
    expect(parseId('')).toBeUndefined();
    expect(parseText('  a ')).toBe('a');
    expect(parseText('   ')).toBeUndefined();
  });
  it('writes only present values', () => {
    expect(
      toSearchString([
        ['a', 'x'],
        ['b', undefined],
        ['c', ''],
        ['d', 2],
      ]),
    ).toBe('?a=x&d=2');
    expect(toSearchString([['a', undefined]])).toBe('');
  });
  it('converts sort orders', () => {
    expect(toAntOrder('asc')).toBe('ascend');
    expect(toAntOrder('desc')).toBe('descend');
    expect(toAntOrder(undefined)).toBeNull();
    expect(fromAntOrder('descend')).toBe('desc');
    expect(fromAntOrder(null)).toBeUndefined();
  });
});
