// Columns of the service list export (CSV). Labels come from the caller (already translated).
import type { ServiceSummary } from './types';
import type { CsvColumn } from '../../lib/csv';
import { formatDate } from '../../lib/format';
import { kindLabel, nameOf, type CatalogueIndex } from './catalogueLabels';

export interface ServiceCsvLabels {
  header: (key: string) => string;
  form: (code: string) => string;
  status: (code: string) => string;
  /** The capacity unit (a capacity type code) as a word for the count. */
  unit: (code: string, count: number) => string;
}

export function serviceCsvColumns(
  labels: ServiceCsvLabels,
  index: CatalogueIndex,
  lang: string,
): CsvColumn<ServiceSummary>[] {
  const h = labels.header;
  return [
    { header: h('registryId'), value: (s) => s.registry_id },
    { header: h('name'), value: (s) => s.name },
    { header: h('kind'), value: (s) => kindLabel(index.kinds.get(s.kind_code), lang, s.kind_name) },
    { header: h('provider'), value: (s) => s.provider_name },
    { header: h('forms'), value: (s) => s.forms.map((f) => labels.form(f)).join(', ') },
    { header: h('capacity'), value: (s) => s.capacity_total },
    {
      header: h('capacityUnit'),
      value: (s) => (s.capacity_unit ? labels.unit(s.capacity_unit, s.capacity_total) : ''),
    },
    {
      header: h('territory'),
      value: (s) => s.territory_codes.map((c) => nameOf(index.territories, c, lang)).join(', '),
    },
    { header: h('region'), value: (s) => (s.region_code ? nameOf(index.regions, s.region_code, lang) : '') },
    { header: h('status'), value: (s) => labels.status(s.status) },
    { header: h('registeredFrom'), value: (s) => (s.registered_from ? formatDate(s.registered_from) : '') },
    { header: h('endedOn'), value: (s) => (s.ended_on ? formatDate(s.ended_on) : '') },
  ];
}
