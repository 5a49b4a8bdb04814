// The kinds of service and their forms by name (the registry's catalogues) in the UI language: the pages show
// names, never the kind's code.
import { useTranslation } from 'react-i18next';
import { localName } from '../../registry/catalogueLabels';
import { useCatalogues } from '../../registry/api';

export interface KindOption {
  value: string;
  label: string;
  forms: string[];
}

export function useKinds() {
  const { i18n } = useTranslation();
  const catalogues = useCatalogues();
  const en = i18n.language.startsWith('en');
  const pick = (x: { name_cs: string; name_en: string }) => localName({ code: '', ...x }, en ? 'en' : 'cs') ?? '';
  const kinds: KindOption[] = (catalogues.data?.service_kinds ?? []).map((k) => ({
    value: k.code,
    label: pick(k),
    forms: k.forms,
  }));
  const forms = new Map((catalogues.data?.forms ?? []).map((f) => [f.code, pick(f)]));
  return {
    kinds,
    loading: catalogues.isLoading,
    kindName: (code: string) => kinds.find((k) => k.value === code)?.label ?? '',
    formName: (code: string) => forms.get(code) ?? '',
  };
}
