import { describe, expect, it } from 'vitest';
import type { Organisation } from '../types';
import { organisationApiQuery, organisationFiltersToSearch, parseOrganisationFilters } from '../organisationFilters';
import { servicesFilterFor } from '../organisationServices';

describe('organisation filters', () => {
  it('round-trip through the URL', () => {
    const f = parseOrganisationFilters('?type=provider&q=Domov&page=2&page_size=20');
    expect(f).toEqual({ type: 'provider', q: 'Domov', page: 2, page_size: 20 });
    expect(organisationFiltersToSearch(f)).toBe('?type=provider&q=Domov&page=2&page_size=20');
    expect(organisationApiQuery(f)).toEqual({ type: 'provider', q: 'Domov', page: 2, page_size: 20 });
  });
  it('ignore unknown types', () => {
    expect(parseOrganisationFilters('?type=club').type).toBeUndefined();
  });
});

const org = (over: Partial<Organisation>): Organisation => ({
  id: 5,
  type: 'provider',
  name: 'X',
  ico: '',
  legal_form_code: '',
  legal_form_name: '',
  founder: '',
  region_code: '42',
  territory_code: '4203',
  address: '',
  service_count: 0,
  ...over,
});

describe('servicesFilterFor', () => {
  it('maps each organisation type to its services', () => {
    expect(servicesFilterFor(org({ type: 'provider' }))).toMatchObject({ provider: 5 });
    expect(servicesFilterFor(org({ type: 'region' }))).toMatchObject({ region: '42' });
    expect(servicesFilterFor(org({ type: 'municipality' }))).toMatchObject({ territory: '4203' });
    expect(servicesFilterFor(org({ type: 'audit_body' }))).toBeNull();
    expect(servicesFilterFor(org({ type: 'region', region_code: '' }))).toBeNull();
  });
});
