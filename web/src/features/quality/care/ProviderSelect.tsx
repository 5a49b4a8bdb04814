// Picks a provider the caller may record consultations and supervisions for, by typing part of its name
// (GET /api/quality/care/providers: a region's providers, an audit body's audited providers, one's own).
import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSupervisionProviders } from './api';
import { providerOptions } from './careForms';

export function ProviderSelect({ value, onChange, names, testId = 'care-provider' }: {
  value?: number;
  onChange?: (v: number) => void;
  /** Names of providers known from elsewhere (the records shown), so the chosen one has its label at once. */
  names?: Map<number, string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState(new Map<number, string>());
  useEffect(() => {
    const h = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(h);
  }, [typed]);
  const found = useSupervisionProviders(q);
  const known = useMemo(() => new Map([...(names ?? new Map<number, string>()), ...picked]), [names, picked]);
  const options = useMemo(() => providerOptions(found.data?.items ?? [], known, value), [found.data, known, value]);
  return (
    <Select<number>
      data-testid={testId}
      showSearch
      value={value}
      placeholder={t('qualityCare.supervision.pickProvider')}
      filterOption={false}
      onSearch={setTyped}
      onChange={(v) => {
        const o = options.find((x) => x.value === v);
        if (o) setPicked(new Map(picked).set(o.value, o.label));
        onChange?.(v);
      }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? null : t('qualityCare.supervision.noProviderFound')}
      options={options}
      optionRender={(o) => <span data-testid={`${testId}-option-${o.value}`}>{o.label}</span>}
      style={{ minWidth: 320 }}
    />
  );
}
