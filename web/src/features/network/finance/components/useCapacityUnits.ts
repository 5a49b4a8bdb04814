// Capacity units by name (the registry's catalogue of capacity types) in the UI language: the pages show
// "lůžka", never the unit's code.
import { useTranslation } from 'react-i18next';
import { useCatalogues } from '../../../registry/api';

export function useCapacityUnits() {
  const { i18n } = useTranslation();
  const catalogues = useCatalogues();
  const en = i18n.language.startsWith('en');
  const units = (catalogues.data?.capacity_types ?? []).map((x) => ({
    value: x.code,
    label: en && x.name_en ? x.name_en : x.name_cs,
  }));
  const names = new Map(units.map((u) => [u.value, u.label]));
  return { options: units, unitName: (code: string) => names.get(code) ?? code };
}
