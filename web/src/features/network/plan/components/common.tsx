// Small pieces shared by this part's pages: the caller's standing (region staff, the region's manager, provider),
// capacity with its unit, and the link that keeps the chosen region in the address.
import { Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../app/SessionContext';
import { formatDecimal } from '../../../../lib/format';
import { isRegionStaff } from '../../network';
import { useCurrentRegion } from '../../components/RegionPicker';
import { CAPACITY_UNITS } from '../types';
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

/** "24 klientů", "1 lůžko", "2,5 hodiny": the unit in the plural the number needs; an unknown unit by its name. */
export function capacityWords(
  t: (key: string, o?: Record<string, unknown>) => string,
  capacity: number,
  unit: string,
  unitName: string,
): string {
  if ((CAPACITY_UNITS as readonly string[]).includes(unit))
    return t(`networkPlan.unitCount.${unit}`, { count: capacity, n: formatDecimal(capacity) });
  return `${formatDecimal(capacity)} ${unitName}`;
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
  const { t } = useTranslation();
  if (capacity === null || capacity === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span data-testid="capacity" data-capacity={capacity}>
      {capacityWords(t, capacity, unit, name(unit, unitName))}
    </span>
  );
}
