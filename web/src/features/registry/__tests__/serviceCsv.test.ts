import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, ServiceSummary } from '../types';
import { toCsv } from '../../../lib/csv';
import { indexCatalogues } from '../catalogueLabels';
import { serviceCsvColumns } from '../serviceCsv';

const service: ServiceSummary = {
  id: 1,
  registry_id: '1234567',
  name: 'Domov pro seniory Žatec',
  kind_code: '13',
  kind_name: 'domovy pro seniory',
  provider_id: 7,
  provider_name: 'Domovy sociálních služeb Žatec, p. o.',
  forms: ['pob', 'amb'],
  capacity_total: 120,
  capacity_unit: 'luzka',
  territory_codes: ['4203', '9999'],
  region_code: '42',
  status: 'active',
  registered_from: '2007-01-01',
  ended_on: '',
};

const entry = (code: string, name_cs: string, parent_code = ''): CatalogueEntry => ({
  code,
  name_cs,
  name_en: '',
  parent_code,
  paragraph: '',
  source_act: '',
  valid_from: '',
  valid_to: '',
});

const index = indexCatalogues({
  service_kinds: [
    {
      code: '13',
      paragraph: '§49',
      name_cs: 'Domovy pro seniory',
      name_en: 'homes for the elderly',
      group: 'socialni_pece',
      forms: ['pob'],
      source_act: '',
      valid_from: '',
    },
  ],
  territories: [entry('4203', 'Žatec', '42')],
  regions: [entry('42', 'Ústecký kraj')],
  target_groups: [],
  age_groups: [],
  forms: [],
  capacity_types: [],
  legal_forms: [],
});

const labels = {
  header: (k: string) => `H:${k}`,
  form: (c: string) => ({ pob: 'pobytová', amb: 'ambulantní', ter: 'terénní' })[c] ?? c,
  status: (c: string) => (c === 'active' ? 'aktivní' : 'ukončená'),
  unit: (c: string, n: number) => (c === 'luzka' && n >= 5 ? 'lůžek' : c),
};

describe('serviceCsvColumns', () => {
  it('writes one row per service with catalogue names and Czech dates', () => {
    const csv = toCsv(serviceCsvColumns(labels, index, 'cs'), [service]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'H:registryId;H:name;H:kind;H:provider;H:forms;H:capacity;H:capacityUnit;H:territory;H:region;H:status;H:registeredFrom;H:endedOn',
    );
    expect(row).toBe(
      '1234567;Domov pro seniory Žatec;§49 Domovy pro seniory;Domovy sociálních služeb Žatec, p. o.;pobytová, ambulantní;120;lůžek;Žatec, 9999;Ústecký kraj;aktivní;1. 1. 2007;',
    );
  });
});
