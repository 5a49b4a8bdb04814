// Picks an organisation (of one type, when given) by typing part of its name: the registry's search, 20 at a time.
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../components/SearchSelect';
import { fetchOrganisations, registryKeys } from '../api';
import type { Organisation, OrganisationType } from '../types';

const toOption = (o: Organisation) => ({ value: o.id, label: o.name });

export function OrganisationSelect({
  value,
  onChange,
  knownNames,
  type,
  testId,
  placeholder,
}: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  /** Names of organisations already chosen, so the current value shows before any search. */
  knownNames: ReadonlyMap<number, string>;
  type?: OrganisationType;
  testId?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <SearchSelect<Organisation>
      value={value}
      onChange={onChange}
      queryKey={(q) => registryKeys.organisationSearch(q, type)}
      fetch={(q) => fetchOrganisations({ q: q || undefined, type, page: 1, page_size: 20 })}
      toOption={toOption}
      knownLabels={knownNames}
      placeholder={placeholder ?? t('users.chooseOrganisation')}
      testId={testId}
      optionTestId={testId ?? 'org-select'}
    />
  );
}
