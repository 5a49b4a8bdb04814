import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, Catalogues, ServiceKind } from '../types';
import {
  indexCatalogues,
  kindLabel,
  kindOptions,
  localName,
  nameOf,
  namedOptions,
  territoryOptions,
} from '../catalogueLabels';

const kind = (code: string, paragraph: string, name_cs: string, name_en = ''): ServiceKind => ({
  code,
  paragraph,
  name_cs,
  name_en,
  group: 'socialni_pece',
  forms: ['pob'],
  source_act: 'zákon č. 108/2006 Sb.',
  valid_from: '2007-01-01',
});

const entry = (code: string, name_cs: string, parent_code = '', name_en = ''): CatalogueEntry => ({
  code,
  name_cs,
  name_en,
  parent_code,
  paragraph: '',
  source_act: '',
  valid_from: '',
  valid_to: '',
});

describe('catalogue labels', () => {
  it('picks the name in the UI language with a fallback', () => {
    expect(localName({ code: '1', name_cs: 'senioři', name_en: 'seniors' }, 'en')).toBe('Seniors');
    expect(localName({ code: '1', name_cs: 'senioři', name_en: '' }, 'en')).toBe('senioři');
    expect(localName(undefined, 'cs')).toBeUndefined();
  });

  it('prefixes the kind with its paragraph', () => {
    expect(kindLabel(kind('13', '§49', 'Domovy pro seniory', 'homes for the elderly'), 'cs')).toBe(
      '§49 Domovy pro seniory',
    );
    expect(kindLabel(kind('13', '§49', 'Domovy pro seniory', 'homes for the elderly'), 'en')).toBe(
      '§49 Homes for the elderly',
    );
    expect(kindLabel(undefined, 'cs', 'domovy pro seniory')).toBe('domovy pro seniory');
  });

  it('orders kinds by paragraph, with §60a between §60 and §61', () => {
    const opts = kindOptions(
      [
        kind('24', '§61', 'Nízkoprahová denní centra'),
        kind('34', '§60a', 'Intervenční centra'),
        kind('1', '§37', 'Sociální poradenství'),
        kind('23', '§60', 'Krizová pomoc'),
        kind('35', 'check', 'Centrum duševního zdraví'),
      ],
      'cs',
    );
    expect(opts.map((o) => o.value)).toEqual(['1', '23', '34', '24', '35']);
  });

  it('sorts named options in Czech alphabetical order', () => {
    const opts = namedOptions(
      [
        { code: 'a', name_cs: 'osoby s chronickým onemocněním', name_en: '' },
        { code: 'b', name_cs: 'černá', name_en: '' },
        { code: 'c', name_cs: 'děti', name_en: '' },
        { code: 'd', name_cs: 'chlapci', name_en: '' },
      ],
      'cs',
    );
    // Czech: c < č < d < … < h < ch < i
    expect(opts.map((o) => o.value)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('filters territories by region (the parent code)', () => {
    const list = [entry('4203', 'Žatec', '42'), entry('5101', 'Česká Lípa', '51'), entry('4202', 'Děčín', '42')];
    expect(territoryOptions(list, '42', 'cs').map((o) => o.label)).toEqual(['Děčín', 'Žatec']);
    expect(territoryOptions(list, undefined, 'cs').map((o) => o.label)).toEqual(['Česká Lípa', 'Děčín', 'Žatec']);
  });

  it('names a code in the UI language, or shows the code when unknown', () => {
    const idx = indexCatalogues({
      service_kinds: [],
      territories: [],
      regions: [entry('86', 'Královéhradecký kraj', '', 'Hradec Králové Region')],
      target_groups: [],
      age_groups: [],
      forms: [],
      capacity_types: [],
      legal_forms: [],
    });
    expect(nameOf(idx.regions, '86', 'cs')).toBe('Královéhradecký kraj');
    expect(nameOf(idx.regions, '86', 'en')).toBe('Hradec Králové Region');
    expect(nameOf(idx.regions, '99', 'cs')).toBe('99');
  });

  it('indexes catalogues by code', () => {
    const c: Catalogues = {
      service_kinds: [kind('13', '§49', 'Domovy pro seniory')],
      territories: [],
      regions: [entry('42', 'Ústecký kraj')],
      target_groups: [],
      age_groups: [],
      forms: [],
      capacity_types: [],
      legal_forms: [],
    };
    const idx = indexCatalogues(c);
    expect(idx.kinds.get('13')?.paragraph).toBe('§49');
    expect(idx.regions.get('42')?.name_cs).toBe('Ústecký kraj');
    expect(indexCatalogues(undefined).kinds.size).toBe(0);
  });
});
