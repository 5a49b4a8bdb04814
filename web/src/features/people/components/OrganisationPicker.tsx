// The organisation whose people a page shows: `?org=` in the URL, else the first the caller may read (one it
// manages first). The picker is shown only when there are several.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/SessionContext';
import { useMeetings, useOrganisations, useProjects } from '../api';
import { cooperationOrganisations } from '../people';
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

/**
 * The organisation whose cooperation or projects a page shows: members of an organisation (any role, an evaluator
 * too) and its region read them, so the choice is the caller's memberships, the organisations whose people it
 * sees, and those of the meetings and projects it can read.
 */
export function useCooperationChoice() {
  const user = useCurrentUser();
  const orgs = useOrganisations();
  const meetings = useMeetings({});
  const projects = useProjects({});
  const [params, setParams] = useSearchParams();
  const list = cooperationOrganisations(user.memberships, orgs.data?.items ?? [], [
    ...(meetings.data?.items ?? []),
    ...(projects.data?.items ?? []),
  ]);
  const wanted = Number(params.get('org'));
  const org = list.find((o) => o.id === wanted) ?? list.find((o) => o.can_manage) ?? list[0];
  const setOrg = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    setParams(next, { replace: true });
  };
  return {
    orgs: list,
    org,
    setOrg,
    loading: orgs.isLoading || meetings.isLoading || projects.isLoading,
    error: orgs.error ?? meetings.error ?? projects.error,
    refetch: () => {
      orgs.refetch();
      meetings.refetch();
      projects.refetch();
    },
  };
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
