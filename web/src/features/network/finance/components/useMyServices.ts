// The services of the caller's provider organisation (the registry's list), to pick the service of a new plan
// or the budget shown; the region's staff get every service of the region the server lets them read.
import { useCurrentUser } from '../../../../app/SessionContext';
import { useServices } from '../../../registry/api';
import { parseServiceFilters } from '../../../registry/serviceFilters';

export function useMyServices(enabled = true) {
  const user = useCurrentUser();
  const provider = user.memberships.find((m) => m.organisation_type === 'provider')?.organisation_id;
  const filters = { ...parseServiceFilters(''), provider, page: 1, page_size: 200, sort: 'name' as const };
  const services = useServices(filters, enabled);
  return {
    services: services.data?.items ?? [],
    loading: services.isLoading,
    options: (services.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.kind_name})` })),
  };
}
