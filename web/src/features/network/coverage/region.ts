// The region the pages work for: the one named in the URL (?region=<code>), else the first the caller sees.
import { useSearchParams } from 'react-router-dom';
import { useRegions } from './api';
import type { NetworkRegion } from './types';

export function currentRegion(
  regions: readonly NetworkRegion[],
  code: string | null | undefined,
): NetworkRegion | undefined {
  return (code ? regions.find((r) => r.region_code === code) : undefined) ?? regions[0];
}

/** The current region and whether the caller manages it (region staff); undefined while loading. */
export function useCurrentRegion() {
  const [params] = useSearchParams();
  const regions = useRegions();
  const region = currentRegion(regions.data?.items ?? [], params.get('region'));
  return {
    region,
    /** The region named in the URL, passed on to the server (without it the server takes the caller's own). */
    code: params.get('region') || undefined,
    canManage: Boolean(region?.can_manage),
    isPending: regions.isPending,
  };
}
