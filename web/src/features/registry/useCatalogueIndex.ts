import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogues } from './api';
import { indexCatalogues } from './catalogueLabels';
import { normaliseLanguage } from '../../i18n';

/** Catalogues indexed by code, plus the UI language for picking names. */
export function useCatalogueIndex() {
  const { i18n } = useTranslation();
  const lang = normaliseLanguage(i18n.language);
  const query = useCatalogues();
  const index = useMemo(() => indexCatalogues(query.data), [query.data]);
  return { query, index, lang, catalogues: query.data };
}
