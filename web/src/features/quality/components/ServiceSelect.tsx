// Picks a service by typing part of its name or its provider's (first 20 matches of /api/quality/services,
// which an audit body may search although the registry pages show it no services).
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../components/SearchSelect';
import { fetchAuditableServices, qualityServiceSearchKey } from '../api';
import type { QServiceRef } from '../types';

const toOption = (s: QServiceRef) => ({ value: s.id, label: `${s.name} — ${s.provider_name}` });

export function ServiceSelect({
  value,
  onChange,
  testId = 'service-select',
}: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <SearchSelect<QServiceRef>
      value={value}
      onChange={onChange}
      queryKey={qualityServiceSearchKey}
      fetch={fetchAuditableServices}
      toOption={toOption}
      placeholder={t('quality.audits.serviceSearch')}
      allowClear
      testId={testId}
    />
  );
}
