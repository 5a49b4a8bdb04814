// The period a page shows (`?from=&to=` in the URL, else the given default) and its picker: a year or a date range.
import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { yearPeriod } from '../planning';

export interface Period {
  [key: string]: string | undefined;
  from?: string;
  to?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function usePeriod(defaults?: Period) {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const period: Period = {
    from: from && ISO.test(from) ? from : defaults?.from,
    to: to && ISO.test(to) ? to : defaults?.to,
  };
  const set = (p: Period) => {
    const next = new URLSearchParams(params);
    if (p.from) next.set('from', p.from);
    else next.delete('from');
    if (p.to) next.set('to', p.to);
    else next.delete('to');
    setParams(next, { replace: true });
  };
  return [period, set] as const;
}

export function PeriodPicker({
  value,
  onChange,
  years,
}: {
  value: Period;
  onChange: (p: Period) => void;
  /** Whole years offered in a quick pick. */
  years?: readonly number[];
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const offered = years ?? [thisYear - 2, thisYear - 1, thisYear];
  const yearOf =
    value.from &&
    value.to &&
    value.from.endsWith('-01-01') &&
    value.to.endsWith('-12-31') &&
    value.from.slice(0, 4) === value.to.slice(0, 4)
      ? Number(value.from.slice(0, 4))
      : undefined;
  return (
    <Space wrap data-testid="period-picker">
      <Select
        aria-label={t('planning.common.year')}
        placeholder={t('planning.common.year')}
        style={{ width: 110 }}
        value={yearOf}
        allowClear
        onChange={(y?: number) => onChange(y ? yearPeriod(y) : {})}
        options={offered.map((y) => ({ value: y, label: String(y) }))}
        data-testid="period-year"
      />
      <DatePicker.RangePicker
        aria-label={t('planning.common.period')}
        format="D. M. YYYY"
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        allowEmpty={[true, true]}
        onChange={(r) =>
          onChange({
            from: r?.[0] ? r[0].format('YYYY-MM-DD') : undefined,
            to: r?.[1] ? r[1].format('YYYY-MM-DD') : undefined,
          })
        }
      />
    </Space>
  );
}
