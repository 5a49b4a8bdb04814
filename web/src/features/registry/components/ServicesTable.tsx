import { Table, Tag, Tooltip, type TablePaginationConfig, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../types';
import { formatDate } from '../../../lib/format';
import { capacityText } from '../capacity';
import { toAntOrder, type AntOrder } from '../../../lib/listParams';
import { kindLabel, type CatalogueIndex, nameOf } from '../catalogueLabels';
import type { ServiceFilters } from '../serviceFilters';
import { ServiceStatusTag } from './OrganisationTypeTag';

interface Props {
  rows: ServiceSummary[];
  loading: boolean;
  index: CatalogueIndex;
  lang: string;
  sort?: Pick<ServiceFilters, 'sort' | 'order'>;
  pagination: TablePaginationConfig | false;
  onChange?: (page: number, pageSize: number, sorter: { columnKey?: string; order?: AntOrder }) => void;
  hideProvider?: boolean;
  testId?: string;
  emptyText?: React.ReactNode; // default: no service matches the filter
}

export function ServicesTable({
  rows,
  loading,
  index,
  lang,
  sort,
  pagination,
  onChange,
  hideProvider,
  testId = 'services-table',
  emptyText,
}: Props) {
  const { t } = useTranslation();
  const sortable = Boolean(sort && onChange);
  const orderOf = (key: string) => (sortable && sort?.sort === key ? toAntOrder(sort.order) : null);

  const columns: TableProps<ServiceSummary>['columns'] = [
    {
      key: 'name',
      title: t('services.name'),
      dataIndex: 'name',
      sorter: sortable,
      sortOrder: orderOf('name'),
      render: (_, s) => (
        <>
          <Link to={`/services/${s.id}`} data-testid={`service-link-${s.id}`}>
            {s.name}
          </Link>
          <div className="kv-muted" data-testid={`service-registry-id-${s.id}`}>
            {s.registry_id}
          </div>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('services.kind'),
      dataIndex: 'kind_code',
      sorter: sortable,
      sortOrder: orderOf('kind'),
      render: (_, s) => (
        <span data-testid={`service-kind-${s.id}`} data-kind-code={s.kind_code}>
          {kindLabel(index.kinds.get(s.kind_code), lang, s.kind_name)}
        </span>
      ),
    },
    ...(hideProvider
      ? []
      : [
          {
            key: 'provider',
            title: t('services.provider'),
            dataIndex: 'provider_name',
            sorter: sortable,
            sortOrder: orderOf('provider'),
            render: (_: unknown, s: ServiceSummary) => (
              <Link to={`/organisations/${s.provider_id}`}>{s.provider_name}</Link>
            ),
          },
        ]),
    {
      key: 'forms',
      title: t('services.forms'),
      dataIndex: 'forms',
      render: (_, s) => s.forms.map((f) => <Tag key={f}>{t(`serviceForm.${f}`)}</Tag>),
    },
    {
      key: 'territory',
      title: t('services.territory'),
      dataIndex: 'territory_codes',
      render: (_, s) => {
        const names = s.territory_codes.map((c) => nameOf(index.territories, c, lang));
        if (names.length <= 2) return names.join(', ');
        return <Tooltip title={names.join(', ')}>{`${names.slice(0, 2).join(', ')} +${names.length - 2}`}</Tooltip>;
      },
    },
    {
      key: 'capacity',
      title: t('services.capacity'),
      dataIndex: 'capacity_total',
      align: 'right',
      sorter: sortable,
      sortOrder: orderOf('capacity'),
      render: (_, s) => <span className="kv-nowrap">{capacityText(t, s.capacity_total, s.capacity_unit, lang)}</span>,
    },
    {
      key: 'registered_from',
      title: t('services.registeredFrom'),
      dataIndex: 'registered_from',
      sorter: sortable,
      sortOrder: orderOf('registered_from'),
      render: (_, s) => <span className="kv-nowrap">{formatDate(s.registered_from)}</span>,
    },
    {
      key: 'status',
      title: t('services.status'),
      dataIndex: 'status',
      render: (_, s) => <ServiceStatusTag status={s.status} />,
    },
  ];

  return (
    <Table<ServiceSummary>
      data-testid={testId}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 960 }}
      locale={{ emptyText: emptyText ?? t('services.empty') }}
      onRow={(s) =>
        ({ 'data-testid': `service-row-${s.id}`, 'data-kind-code': s.kind_code }) as React.HTMLAttributes<HTMLElement>
      }
      onChange={(p, _filters, sorter) => {
        const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<ServiceSummary> | undefined;
        onChange?.(p.current ?? 1, p.pageSize ?? 50, {
          columnKey: one?.columnKey as string | undefined,
          order: one?.order ?? null,
        });
      }}
    />
  );
}
