// Picks a service by typing part of its name or its provider's (first 20 matches of /api/quality/services,
// which an audit body may search although the registry pages show it no services).
import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditableServices } from '../api';

export function ServiceSelect({ value, onChange, testId = 'service-select' }: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [known, setKnown] = useState(new Map<number, string>());
  useEffect(() => {
    const h = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(h);
  }, [typed]);
  const services = useAuditableServices(q);
  const options = useMemo(() => {
    const map = new Map<number, string>();
    if (value !== undefined && known.has(value)) map.set(value, known.get(value)!);
    for (const s of services.data?.items ?? []) map.set(s.id, `${s.name} — ${s.provider_name}`);
    return [...map].map(([id, label]) => ({ value: id, label }));
  }, [services.data, value, known]);
  return (
    <Select<number>
      data-testid={testId}
      showSearch
      allowClear
      value={value}
      placeholder={t('quality.audits.serviceSearch')}
      filterOption={false}
      onSearch={setTyped}
      onChange={(v) => {
        const o = options.find((x) => x.value === v);
        if (o) setKnown(new Map(known).set(o.value, o.label));
        onChange?.(v);
      }}
      loading={services.isFetching}
      options={options}
      optionRender={(o) => <span data-testid={`${testId}-option-${o.value}`}>{o.label}</span>}
      style={{ width: '100%' }}
    />
  );
}
