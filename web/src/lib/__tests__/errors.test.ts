import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { isNotFound, listPathFor } from '../errors';

describe('a missing record', () => {
  it('is a 404 answer, not any failure', () => {
    expect(isNotFound(new ApiError(404, 'not_found', 'Audit neexistuje.'))).toBe(true);
    expect(isNotFound(new ApiError(500, 'unavailable', 'x'))).toBe(false);
    expect(isNotFound(new Error('x'))).toBe(false);
  });

  it('links back to the list its detail page belongs to', () => {
    expect(listPathFor('/quality/audits/999999')).toBe('/quality/audits');
    expect(listPathFor('/quality/actions/12')).toBe('/quality/actions');
    expect(listPathFor('/services/4711')).toBe('/services');
    expect(listPathFor('/organisations/3')).toBe('/organisations');
    expect(listPathFor('/quality/care/transformation/8')).toBe('/quality/care/transformation');
    expect(listPathFor('/benchmarking/rounds/5/services/9')).toBe('/benchmarking');
    expect(listPathFor('/benchmarking/groups/77')).toBe('/benchmarking');
    expect(listPathFor('/benchmarking/good-practices/4')).toBe('/benchmarking/good-practices');
    expect(listPathFor('/quality/care/supervision')).toBe('/');
  });
});
