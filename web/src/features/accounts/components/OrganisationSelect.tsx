import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganisationSearch } from '../../registry/api';

/** Picks an organisation by typing part of its name (server search, 20 at a time). */
export function OrganisationSelect({ value, onChange, knownNames, testId }: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  /** Names of organisations already chosen, so the current value shows before any search. */
  knownNames: Map<number, string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(h);
  }, [typed]);
  const search = useOrganisationSearch(q);

  const options = useMemo(() => {
    const map = new Map<number, string>();
    if (value !== undefined && knownNames.has(value)) map.set(value, knownNames.get(value)!);
    for (const o of search.data?.items ?? []) map.set(o.id, o.name);
    return [...map].map(([id, name]) => ({ value: id, label: name }));
  }, [search.data, value, knownNames]);

  return (
    <Select<number>
      data-testid={testId}
      showSearch
      value={value}
      placeholder={t('users.chooseOrganisation')}
      filterOption={false}
      onSearch={setTyped}
      onChange={(v) => onChange?.(v)}
      loading={search.isFetching}
      options={options}
      optionRender={(o) => <span data-testid={`${testId ?? 'org-select'}-option-${o.value}`}>{o.label}</span>}
      style={{ width: '100%' }}
    />
  );
}
