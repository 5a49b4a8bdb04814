// Picks a provider the caller may record consultations and supervisions for, by typing part of its name
// (GET /api/quality/care/providers: a region's providers, an audit body's audited providers, one's own).
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../../components/SearchSelect';
import { careKeys, fetchSupervisionProviders } from '../api';
import { providerOption } from '../careForms';
import type { QcProviderRef } from '../types';

export function ProviderSelect({
  value,
  onChange,
  names,
  testId = 'care-provider',
}: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  /** Names of providers known from elsewhere (the records shown), so the chosen one has its label at once. */
  names?: ReadonlyMap<number, string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ minWidth: 320 }}>
      <SearchSelect<QcProviderRef>
        value={value}
        onChange={onChange}
        queryKey={careKeys.providers}
        fetch={fetchSupervisionProviders}
        toOption={providerOption}
        knownLabels={names}
        placeholder={t('qualityCare.supervision.pickProvider')}
        notFoundText={t('qualityCare.supervision.noProviderFound')}
        testId={testId}
      />
    </div>
  );
}
