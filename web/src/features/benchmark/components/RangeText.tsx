import { useTranslation } from 'react-i18next';
import type { BmFormItem } from '../types';
import { formatDecimal } from '../../../lib/format';
import { rangeHint } from '../formValues';

/** "0–500", "at least 1" … for an item's allowed values. */
export function RangeText({ item }: { item: Pick<BmFormItem, 'min_value' | 'max_value'> }) {
  const { t } = useTranslation();
  const r = rangeHint(item);
  const f = (v: number) => formatDecimal(v, 6);
  switch (r.kind) {
    case 'between':
      return <>{t('benchmark.form.rangeBetween', { min: f(r.min), max: f(r.max) })}</>;
    case 'min':
      return <>{t('benchmark.form.rangeMin', { min: f(r.min) })}</>;
    case 'max':
      return <>{t('benchmark.form.rangeMax', { max: f(r.max) })}</>;
    default:
      return null;
  }
}
