import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganisationSearch } from '../../registry/api';

/** Picks an organisation of one type by typing part of its name (20 matches at a time). */
export function OrganisationTypeSelect({ value, onChange, knownNames, type, testId, placeholder }: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  knownNames: Map<number, string>;
  type: 'provider' | 'region';
  testId?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(h);
  }, [typed]);
  const search = useOrganisationSearch(q, true, type);
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
      placeholder={placeholder ?? t('benchmark.chooseProvider')}
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
