import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { formatNumber } from '../lib/format';
import { PAGE_SIZES } from '../lib/listParams';

/** Server-side pagination of an antd Table, with a Czech-formatted "1–50 of 1 234". */
export function serverPagination(
  t: TFunction,
  state: { page: number; page_size: number },
  total: number | undefined,
): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.page_size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (tot, [from, to]) =>
      t('common.rangeOfTotal', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(tot) }),
    position: ['bottomRight'],
  };
}
