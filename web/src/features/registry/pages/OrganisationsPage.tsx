import { Link } from 'react-router-dom';
import { Card, Col, Input, Row, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverPagination } from '../../../components/pagination';
import { formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import type { Organisation, OrganisationType } from '../types';
import { useOrganisations } from '../api';
import { ORGANISATION_TYPES, organisationFiltersToSearch, parseOrganisationFilters } from '../organisationFilters';
import { OrganisationTypeTag } from '../components/OrganisationTypeTag';
import { nameOf } from '../catalogueLabels';
import { useCatalogueIndex } from '../useCatalogueIndex';
import { useDraft } from '../../../lib/useDraft';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(parseOrganisationFilters, organisationFiltersToSearch);
  const orgs = useOrganisations(filters);
  const { index, lang } = useCatalogueIndex();
  const [text, setText] = useDraft(filters.q ?? '');

  return (
    <div data-testid="organisations-page">
      <PageHeader title={t('organisations.title')} />
      <div className="kv-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={10}>
            <Input.Search
              data-testid="org-filter-q"
              allowClear
              value={text}
              placeholder={t('organisations.search')}
              aria-label={t('organisations.search')}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => setFilters({ ...filters, q: v.trim() || undefined, page: 1 })}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Select<OrganisationType>
              data-testid="org-filter-type"
              style={{ width: '100%' }}
              allowClear
              placeholder={t('organisations.anyType')}
              value={filters.type}
              options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypePlural.${type}`) }))}
              optionRender={(o) => <span data-testid={`org-filter-type-option-${o.value}`}>{o.label}</span>}
              onChange={(type) => setFilters({ ...filters, type: type ?? undefined, page: 1 })}
            />
          </Col>
        </Row>
      </div>
      {orgs.error ? <ErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} /> : null}
      <Card size="small" className="kv-table-card">
        <Typography.Text type="secondary" data-testid="organisations-total">
          {orgs.data ? t('common.total', { n: formatNumber(orgs.data.total) }) : '\u00a0'}
        </Typography.Text>
        <Table<Organisation>
          data-testid="organisations-table"
          rowKey="id"
          size="middle"
          loading={orgs.isFetching}
          dataSource={orgs.data?.items ?? []}
          pagination={serverPagination(t, filters, orgs.data?.total)}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('organisations.empty') }}
          onRow={(o) => ({ 'data-testid': `organisation-row-${o.id}` }) as React.HTMLAttributes<HTMLElement>}
          onChange={(p) => {
            const size = p.pageSize ?? filters.page_size;
            setFilters({ ...filters, page: size !== filters.page_size ? 1 : (p.current ?? 1), page_size: size });
          }}
          columns={[
            {
              key: 'name',
              title: t('organisations.name'),
              render: (_, o) => (
                <Link to={`/organisations/${o.id}`} data-testid={`organisation-link-${o.id}`}>
                  {o.name}
                </Link>
              ),
            },
            { key: 'type', title: t('organisations.type'), render: (_, o) => <OrganisationTypeTag type={o.type} /> },
            { key: 'ico', title: t('organisations.ico'), dataIndex: 'ico', render: (v: string) => v || '—' },
            {
              key: 'region',
              title: t('organisations.region'),
              render: (_, o) => (o.region_code ? nameOf(index.regions, o.region_code, lang) : '—'),
            },
            {
              key: 'address',
              title: t('organisations.address'),
              dataIndex: 'address',
              render: (v: string) => v || '—',
            },
            {
              key: 'services',
              title: t('organisations.serviceCount'),
              align: 'right',
              render: (_, o) => formatNumber(o.service_count),
            },
          ]}
        />
      </Card>
    </div>
  );
}
