// Issue 10: a place edited in place keeps every field, indicator definitions are sent whole (retiring one is
// a change of `archived`), and the supervision page's provider picker keeps the chosen provider's name.
import { describe, expect, it } from 'vitest';
import { searchOptions } from '../../../../components/SearchSelect';
import { formField, indicatorInput, indicatorRows, placeFormValues, placeInput, providerOption } from '../careForms';
import type { QcIndicator, QcPlace, QcProviderRef } from '../types';

const PLACE = {
  id: 7,
  name: 'Rodinný dům Hořice',
  address: 'Husova 405, Hořice',
  service_id: 12,
  service_name: 'Chráněné bydlení',
  ordinary_housing: true,
  capacity: 8,
  household_sizes: [4, 4],
  equipment_complete: true,
  equipment_note: 'Dvě jednotky',
  support_separated: false,
  note: 'Kancelář v přízemí',
  result: 'not_met',
  checks: [],
} as QcPlace;

const indicator = (id: number, name: string, archived: boolean): QcIndicator =>
  ({
    id,
    region_org_id: 1,
    code: `c${id}`,
    name,
    unit: '%',
    direction: 'higher',
    description: '',
    archived,
  }) as QcIndicator;

describe('a place edited in place', () => {
  it('opens the form with the saved values, households as typed', () => {
    expect(placeFormValues(PLACE)).toEqual({
      name: 'Rodinný dům Hořice',
      address: 'Husova 405, Hořice',
      service_id: 12,
      capacity: 8,
      households: '4;4',
      ordinary_housing: true,
      equipment_complete: true,
      support_separated: false,
      equipment_note: 'Dvě jednotky',
      note: 'Kancelář v přízemí',
    });
  });

  it('sends back every field, the edited ones changed and the service kept', () => {
    const body = placeInput({ ...placeFormValues(PLACE), capacity: 6, households: '3; 3', support_separated: true });
    expect(body).toEqual({
      name: 'Rodinný dům Hořice',
      address: 'Husova 405, Hořice',
      service_id: 12,
      capacity: 6,
      household_sizes: [3, 3],
      ordinary_housing: true,
      equipment_complete: true,
      support_separated: true,
      equipment_note: 'Dvě jednotky',
      note: 'Kancelář v přízemí',
    });
  });

  it('marks the field the server names, on the form name where it differs', () => {
    expect(formField('household_sizes')).toBe('household_sizes');
    expect(formField('values[0].indicator_id')).toBe('indicator_id');
    expect(formField('participants[2].name')).toBe('name');
    expect(formField(null)).toBeUndefined();
  });
});

describe('inclusion-indicator definitions', () => {
  it('lists those in use first by Czech name, then the retired ones', () => {
    const rows = indicatorRows([
      indicator(1, 'Zaměstnání', false),
      indicator(2, 'Čas venku', true),
      indicator(3, 'Bydlení', false),
      indicator(4, 'Čtení', false),
    ]);
    expect(rows.map((i) => i.id)).toEqual([3, 4, 1, 2]);
  });

  it('retires and brings back an indicator by sending the whole definition with archived changed', () => {
    const i = { ...indicator(5, 'Vlastní klíč', false), description: 'Podíl klientů' };
    expect(indicatorInput(i, { archived: true })).toEqual({
      code: 'c5',
      name: 'Vlastní klíč',
      unit: '%',
      direction: 'higher',
      description: 'Podíl klientů',
      archived: true,
    });
    expect(indicatorInput({ ...i, archived: true }, { archived: false }).archived).toBe(false);
    expect(indicatorInput(i, { name: 'Klíč od bytu' }).name).toBe('Klíč od bytu');
  });
});

describe('the provider picker', () => {
  it('offers the providers found and keeps the chosen one although the search no longer finds it', () => {
    const known = new Map([[3, 'Charita Hradec Králové']]);
    const found = [{ id: 5, name: 'Krkonošská asistence' }] as QcProviderRef[];
    expect(searchOptions(3, known, found.map(providerOption))).toEqual([
      { value: 3, label: 'Charita Hradec Králové' },
      { value: 5, label: 'Krkonošská asistence' },
    ]);
    expect(searchOptions(undefined, known, found.map(providerOption))).toEqual([
      { value: 5, label: 'Krkonošská asistence' },
    ]);
  });
});
