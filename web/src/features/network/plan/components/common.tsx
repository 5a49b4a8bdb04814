// Small pieces shared by this part's pages: the caller's standing (region staff, the region's manager, provider),
// capacity with its unit, and the link that keeps the chosen region in the address.
import { Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { useCurrentUser } from '../../../../app/SessionContext';
import { formatDecimal } from '../../../../lib/format';
import { isRegionStaff } from '../../network';
import { useCurrentRegion } from '../../components/RegionPicker';
import { useUnitName } from './Tags';

/** How the caller stands to the region shown: reads all (region staff), manages, or a provider seeing its own. */
export function useStanding() {
  const user = useCurrentUser();
  const { region, code, loading } = useCurrentRegion();
  const staff = isRegionStaff(user);
  const provider = !staff && user.memberships.some((m) => m.organisation_type === 'provider');
  return { region, code, loading, staff, manages: !!region?.can_manage, provider };
}

/** "?region=86" when the address names a region (kept on links between the pages), else "". */
export function useRegionSuffix(): string {
  const { search } = useLocation();
  const region = new URLSearchParams(search).get('region');
  return region ? `?region=${encodeURIComponent(region)}` : '';
}

export function CapacityText({
  capacity,
  unit,
  unitName,
}: {
  capacity: number | null | undefined;
  unit: string;
  unitName?: string;
}) {
  const name = useUnitName();
  if (capacity === null || capacity === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span data-testid="capacity" data-capacity={capacity}>
      {formatDecimal(capacity)} {name(unit, unitName)}
    </span>
  );
}
