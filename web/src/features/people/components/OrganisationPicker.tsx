// The organisation whose people a page shows: `?org=` in the URL, else the first the caller may read (one it
// manages first). The picker is shown only when there are several.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOrganisations } from '../api';
import type { PeopleOrganisation } from '../types';

export function useOrganisationChoice(filter?: (o: PeopleOrganisation) => boolean) {
  const orgs = useOrganisations();
  const [params, setParams] = useSearchParams();
  const all = orgs.data?.items ?? [];
  const list = filter ? all.filter(filter) : all;
  const wanted = Number(params.get('org'));
  const org: PeopleOrganisation | undefined =
    list.find((o) => o.id === wanted) ?? list.find((o) => o.can_manage) ?? list[0];
  const setOrg = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    setParams(next, { replace: true });
  };
  return { orgs: list, org, setOrg, loading: orgs.isLoading, error: orgs.error, refetch: orgs.refetch };
}

export function OrganisationPicker({
  orgs,
  org,
  onChange,
}: {
  orgs: readonly PeopleOrganisation[];
  org: PeopleOrganisation | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (orgs.length < 2) return org ? <strong data-testid="people-org-name">{org.name}</strong> : null;
  return (
    <Select
      data-testid="people-org-select"
      aria-label={t('people.common.organisation')}
      placeholder={t('people.common.chooseOrganisation')}
      style={{ minWidth: 260, maxWidth: '100%' }}
      showSearch
      optionFilterProp="label"
      value={org?.id}
      onChange={onChange}
      options={orgs.map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
