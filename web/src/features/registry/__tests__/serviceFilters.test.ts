import { describe, expect, it } from 'vitest';
import {
  applyFilterPatch,
  applyTableChange,
  clearFilters,
  hasActiveFilters,
  parseServiceFilters,
  serviceApiQuery,
  serviceFiltersToSearch,
  servicesEmptyReason,
} from '../serviceFilters';
import { buildQueryString } from '../../../api/client';

describe('parseServiceFilters', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseServiceFilters('')).toEqual({
      kind: undefined,
      provider: undefined,
      territory: undefined,
      region: undefined,
      target_group: undefined,
      form: undefined,
      q: undefined,
      status: 'active',
      sort: undefined,
      order: undefined,
      page: 1,
      page_size: 50,
    });
  });

  it('reads every filter', () => {
    const f = parseServiceFilters(
      '?kind=13&territory=4203&region=42&target_group=24&form=pob&q=Domov&status=all&sort=capacity&order=desc&page=3&page_size=100',
    );
    expect(f).toMatchObject({
      kind: '13',
      territory: '4203',
      region: '42',
      target_group: '24',
      form: 'pob',
      q: 'Domov',
      status: 'all',
      sort: 'capacity',
      order: 'desc',
      page: 3,
      page_size: 100,
    });
  });

  it('drops invalid values', () => {
    const f = parseServiceFilters('?form=xyz&status=gone&sort=evil&order=up&page=-2&page_size=7&provider=abc');
    expect(f).toMatchObject({
      form: undefined,
      status: 'active',
      sort: undefined,
      order: undefined,
      page: 1,
      page_size: 50,
      provider: undefined,
    });
  });

  it('defaults order to asc when a sort is given', () => {
    expect(parseServiceFilters('?sort=name').order).toBe('asc');
  });
});

describe('URL round trip', () => {
  it('reproduces the view from the link', () => {
    const search =
      '?kind=13&territory=4203&form=ter&q=Dom+%C5%BDatec&status=ended&sort=name&order=desc&page=2&page_size=20';
    const f = parseServiceFilters(search);
    expect(parseServiceFilters(serviceFiltersToSearch(f))).toEqual(f);
  });

  it('leaves defaults out of the URL', () => {
    expect(serviceFiltersToSearch(parseServiceFilters(''))).toBe('');
    expect(serviceFiltersToSearch({ ...parseServiceFilters(''), kind: '13' })).toBe('?kind=13');
  });
});

describe('serviceApiQuery', () => {
  it('always sends status, page and page size', () => {
    const q = serviceApiQuery(parseServiceFilters('?kind=13'));
    expect(buildQueryString(q)).toBe('?kind=13&status=active&page=1&page_size=50');
  });
  it('takes page overrides for the export loop', () => {
    const q = serviceApiQuery(parseServiceFilters('?kind=13&page=4'), 2, 200);
    expect(q.page).toBe(2);
    expect(q.page_size).toBe(200);
  });
  it("sends the provider as the server's provider_id", () => {
    expect(buildQueryString(serviceApiQuery(parseServiceFilters('?provider=17')))).toBe(
      '?provider_id=17&status=active&page=1&page_size=50',
    );
  });
  it('sends the sort with its order', () => {
    expect(buildQueryString(serviceApiQuery(parseServiceFilters('?sort=registered_from&order=desc')))).toBe(
      '?status=active&sort=registered_from&order=desc&page=1&page_size=50',
    );
  });
});

describe('filter changes', () => {
  it('go back to page 1 and clear with empty values', () => {
    const f = parseServiceFilters('?kind=13&page=5');
    const g = applyFilterPatch(f, { kind: '', form: 'amb' });
    expect(g).toMatchObject({ kind: undefined, form: 'amb', page: 1 });
    expect(applyFilterPatch(f, { status: undefined }).status).toBe('active');
  });
  it('clearFilters keeps sort and page size', () => {
    const f = parseServiceFilters('?kind=13&q=x&sort=name&order=desc&page_size=100&page=3');
    expect(clearFilters(f)).toEqual({ status: 'active', page: 1, page_size: 100, sort: 'name', order: 'desc' });
    expect(hasActiveFilters(clearFilters(f))).toBe(false);
    expect(hasActiveFilters(f)).toBe(true);
    expect(hasActiveFilters(parseServiceFilters('?status=all'))).toBe(true);
  });
});

describe('applyTableChange', () => {
  const base = parseServiceFilters('?page=3');
  it('moves the page when only the page changed', () => {
    expect(applyTableChange(base, 4, 50, undefined, null)).toMatchObject({ page: 4, sort: undefined });
  });
  it('starts at page 1 on a new sort', () => {
    expect(applyTableChange(base, 3, 50, 'capacity', 'descend')).toMatchObject({
      page: 1,
      sort: 'capacity',
      order: 'desc',
    });
  });
  it('clears the sort when the column order is removed', () => {
    const sorted = parseServiceFilters('?sort=name&order=desc&page=2');
    expect(applyTableChange(sorted, 2, 50, 'name', undefined)).toMatchObject({
      sort: undefined,
      order: undefined,
      page: 1,
    });
  });
  it('ignores columns the server cannot sort by', () => {
    expect(applyTableChange(base, 3, 50, 'forms', 'ascend')).toMatchObject({ sort: undefined, page: 3 });
  });
  it('starts at page 1 on a new page size', () => {
    expect(applyTableChange(base, 3, 200, undefined, null)).toMatchObject({ page: 1, page_size: 200 });
  });
});

describe('why the services list is empty', () => {
  const member = (organisation_type: string) => ({ platform_admin: false, memberships: [{ organisation_type }] });
  it('tells a filter that matches nothing from a caller who sees no services', () => {
    expect(servicesEmptyReason(true, member('audit_body'))).toBe('noMatch');
    expect(servicesEmptyReason(false, member('audit_body'))).toBe('noAccess');
    expect(servicesEmptyReason(false, { platform_admin: false, memberships: [] })).toBe('noAccess');
    expect(servicesEmptyReason(false, member('provider'))).toBe('none');
    expect(servicesEmptyReason(false, member('region'))).toBe('none');
    expect(servicesEmptyReason(false, { platform_admin: true, memberships: [] })).toBe('none');
  });
});
