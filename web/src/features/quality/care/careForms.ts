// Pure data shaping of the care forms added in issue 10: a place edited in place, inclusion-indicator
// definitions on their own page, and the provider picker of the supervision page.
import { parseHouseholdSizes } from './care';
import type { SearchOption } from '../../../components/SearchSelect';
import type { QcIndicator, QcIndicatorInput, QcPlace, QcPlaceInput, QcProviderRef } from './types';

export interface PlaceFormValues {
  name: string;
  address?: string;
  service_id?: number | null;
  capacity: number;
  households: string;
  ordinary_housing: boolean;
  equipment_complete: boolean;
  support_separated: boolean;
  equipment_note?: string;
  note?: string;
}

export const NEW_PLACE: Partial<PlaceFormValues> = {
  ordinary_housing: true,
  equipment_complete: true,
  support_separated: true,
};

/** The form's values of a saved place (households written "3;3", as the user types them). */
export function placeFormValues(p: QcPlace): PlaceFormValues {
  return {
    name: p.name,
    address: p.address,
    service_id: p.service_id ?? null,
    capacity: p.capacity,
    households: p.household_sizes.join(';'),
    ordinary_housing: p.ordinary_housing,
    equipment_complete: p.equipment_complete,
    support_separated: p.support_separated,
    equipment_note: p.equipment_note,
    note: p.note,
  };
}

/** The request body of the form's values; the service stays as it was when the form does not show it. */
export function placeInput(v: PlaceFormValues): QcPlaceInput {
  return {
    name: v.name,
    address: v.address ?? '',
    service_id: v.service_id ?? null,
    capacity: v.capacity,
    household_sizes: parseHouseholdSizes(v.households ?? '') ?? [],
    ordinary_housing: !!v.ordinary_housing,
    equipment_complete: !!v.equipment_complete,
    support_separated: !!v.support_separated,
    equipment_note: v.equipment_note ?? '',
    note: v.note ?? '',
  };
}

/** Indicators in use first, by name (Czech order), then the retired ones. */
export function indicatorRows(items: QcIndicator[]): QcIndicator[] {
  return [...items].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'cs'));
}

/** The whole definition to send (PUT replaces it), with some fields changed — e.g. { archived: true } retires it. */
export function indicatorInput(i: QcIndicator, changes: Partial<QcIndicatorInput> = {}): QcIndicatorInput {
  return {
    code: i.code,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    description: i.description,
    archived: i.archived,
    ...changes,
  };
}

/** The server's field of an error ("values[0].indicator_id" → "indicator_id"), to mark it on the form. */
export function formField(field: string | undefined | null): string | undefined {
  if (!field) return undefined;
  const last = field.split('.').pop() ?? field;
  return last.replace(/\[\d+\]$/, '');
}

/** A provider found by the supervision page's picker, as its option (the shared SearchSelect keeps the chosen one). */
export function providerOption(p: QcProviderRef): SearchOption {
  return { value: p.id, label: p.name };
}
