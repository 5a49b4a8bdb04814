// Choices from the registry's catalogues by name in the UI language: kinds of service, target groups, forms and the
// ORP territories of a region (the pages send codes and show names, never a code).
import { useTranslation } from 'react-i18next';
import { localName } from '../../../registry/catalogueLabels';
import { useCatalogues } from '../../../registry/api';

export interface CodeOption {
  value: string;
  label: string;
}

export function useCatalogueOptions(regionCode?: string) {
  const { i18n } = useTranslation();
  const catalogues = useCatalogues();
  const en = i18n.language.startsWith('en');
  const pick = (x: { name_cs: string; name_en: string }) => localName({ code: '', ...x }, en ? 'en' : 'cs') ?? '';
  const byLabel = (a: CodeOption, b: CodeOption) => a.label.localeCompare(b.label, 'cs');
  const c = catalogues.data;
  const kindNames = new Map((c?.service_kinds ?? []).map((k) => [k.code, pick(k)]));
  const formNames = new Map((c?.forms ?? []).map((f) => [f.code, pick(f)]));
  return {
    /** A kind's name in the UI language; the server's (Czech) name until the catalogue is loaded. */
    kindName: (code: string, fallback = '') => kindNames.get(code) || fallback || code,
    /** A form's name (ambulantní, pobytová, terénní) in the UI language, as kindName. */
    formName: (code: string, fallback = '') => formNames.get(code) || fallback || code,
    loading: catalogues.isLoading,
    kinds: (c?.service_kinds ?? []).map((k) => ({ value: k.code, label: pick(k) })).sort(byLabel),
    targetGroups: (c?.target_groups ?? []).map((g) => ({ value: g.code, label: pick(g) })).sort(byLabel),
    forms: (c?.forms ?? []).map((f) => ({ value: f.code, label: pick(f) })),
    territories: (c?.territories ?? [])
      .filter((x) => !regionCode || x.parent_code === regionCode)
      .map((x) => ({ value: x.code, label: pick(x) }))
      .sort(byLabel),
  };
}
