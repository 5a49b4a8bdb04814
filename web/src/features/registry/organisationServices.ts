// Which services belong to an organisation's page, by its type.
import type { Organisation } from './types';
import { DEFAULT_STATUS, type ServiceFilters } from './serviceFilters';

/**
 * provider → its own services; region → services in the region; municipality (OSPOD) → services in
 * its ORP territory; audit body → none yet (audited services come with the quality module).
 */
export function servicesFilterFor(o: Organisation, page = 1, pageSize = 20): ServiceFilters | null {
  const base: ServiceFilters = { status: DEFAULT_STATUS, page, page_size: pageSize };
  switch (o.type) {
    case 'provider':
      return { ...base, provider: o.id };
    case 'region':
      return o.region_code ? { ...base, region: o.region_code } : null;
    case 'municipality':
      return o.territory_code ? { ...base, territory: o.territory_code } : null;
    default:
      return null;
  }
}
