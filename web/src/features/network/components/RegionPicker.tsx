// The region the pages work in: `?region=<code>` in the address (kept across the tabs); without it the server
// answers for the caller's own region. The picker shows only when the caller sees more than one region.
import { Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../api';
import type { Region } from '../types';

export function useRegionCode(): string | undefined {
  const [params] = useSearchParams();
  return params.get('region') || undefined;
}

/** The region in effect: the chosen one, else the first the caller sees (its own). */
export function useCurrentRegion(): { region: Region | undefined; code: string | undefined; loading: boolean } {
  const code = useRegionCode();
  const regions = useRegions();
  const items = regions.data?.items ?? [];
  const region = code ? items.find((r) => r.region_code === code) : items[0];
  return { region, code, loading: regions.isLoading };
}

export function RegionPicker() {
  const { t } = useTranslation();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const items = regions.data?.items ?? [];
  if (items.length < 2) return null;
  const value = params.get('region') || items[0].region_code;
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <Typography.Text>{t('network.common.region')}</Typography.Text>
      <Select
        value={value}
        data-testid="network-region"
        style={{ minWidth: 220 }}
        options={items.map((r) => ({ value: r.region_code, label: r.name }))}
        onChange={(v: string) => {
          const next = new URLSearchParams(params);
          next.set('region', v);
          setParams(next);
        }}
      />
    </Space>
  );
}
