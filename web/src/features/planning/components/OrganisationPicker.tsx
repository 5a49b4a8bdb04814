// The organisation whose plans a page shows: `?org=` in the URL, else the first organisation the caller may read
// that has a strategic plan (else the first).
// The picker is shown only when there are several.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOrganisations, useStrategicPlans } from '../api';
import { defaultOrganisation } from '../planning';
import type { PlanningOrganisation } from '../types';

export function useOrganisationChoice() {
  const orgs = useOrganisations();
  const allPlans = useStrategicPlans({});
  const [params, setParams] = useSearchParams();
  const list = orgs.data?.items ?? [];
  const wanted = Number(params.get('org'));
  // Wait for the plans before choosing, so the page does not flash an organisation without plans.
  const org: PlanningOrganisation | undefined =
    list.length > 1 && allPlans.isLoading
      ? list.find((o) => o.id === wanted)
      : defaultOrganisation(list, allPlans.data?.items ?? [], wanted);
  const setOrg = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    setParams(next);
  };
  return {
    orgs: list,
    org,
    setOrg,
    loading: orgs.isLoading || (list.length > 1 && allPlans.isLoading),
    error: orgs.error,
  };
}

export function OrganisationPicker({
  orgs,
  org,
  onChange,
}: {
  orgs: readonly PlanningOrganisation[];
  org: PlanningOrganisation | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (orgs.length < 2) return org ? <strong data-testid="planning-org-name">{org.name}</strong> : null;
  return (
    <Select
      data-testid="planning-org-select"
      aria-label={t('planning.common.organisation')}
      placeholder={t('planning.common.chooseOrganisation')}
      style={{ minWidth: 260, maxWidth: '100%' }}
      showSearch
      optionFilterProp="label"
      value={org?.id}
      onChange={onChange}
      options={orgs.map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
