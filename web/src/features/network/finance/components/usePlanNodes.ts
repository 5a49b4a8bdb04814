// The measures and activities of the region's medium-term plans (SPRSS) an intention of a development plan may
// contribute to, as select groups per plan. Reads the plans the caller sees (region staff: every plan; a
// provider: the plans past their draft) through the plan part's calls.
import { useQueries } from '@tanstack/react-query';
import { fetchPlan, planKeys, usePlans } from '../../plan/api';
import { planNodeGroups } from '../finance';

export function usePlanNodes(enabled = true) {
  const plans = usePlans();
  const ids = enabled ? (plans.data?.items ?? []).map((p) => p.id) : [];
  const details = useQueries({
    queries: ids.map((id) => ({ queryKey: planKeys.plan(id), queryFn: () => fetchPlan(id) })),
  });
  const loaded = details.flatMap((d) => (d.data ? [d.data] : []));
  return {
    groups: planNodeGroups(loaded),
    loading: plans.isLoading || details.some((d) => d.isLoading),
  };
}
