import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverPagination } from '../../../components/pagination';
import { formatNumber } from '../../../lib/format';
import { useOrganisation, useServices } from '../api';
import { OrganisationTypeTag } from '../components/OrganisationTypeTag';
import { ServicesTable } from '../components/ServicesTable';
import { servicesFilterFor } from '../organisationServices';
import { serviceFiltersToSearch } from '../serviceFilters';
import { nameOf } from '../catalogueLabels';
import { useCatalogueIndex } from '../useCatalogueIndex';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';

export default function OrganisationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const org = useOrganisation(Number.isInteger(id) ? id : 0);
  const { index, lang } = useCatalogueIndex();
  const user = useCurrentUser();
  const [page, setPage] = useState({ page: 1, page_size: 20 });
  const filter = org.data ? servicesFilterFor(org.data, page.page, page.page_size) : null;
  const canServices = hasPermission(user.permissions, 'services.read');
  const services = useServices(filter ?? { status: 'active', page: 1, page_size: 20 }, Boolean(filter) && canServices);
  const o = org.data;

  return (
    <div data-testid="organisation-detail-page">
      <Breadcrumb
        items={[{ title: <Link to="/organisations">{t('nav.organisations')}</Link> }, { title: o?.name ?? '…' }]}
      />
      {org.error ? <ErrorAlert error={org.error} onRetry={() => void org.refetch()} /> : null}
      {org.isPending && !org.error ? <Skeleton active /> : null}
      {o ? (
        <>
          <PageHeader title={o.name} subtitle={<OrganisationTypeTag type={o.type} />} />
          <Card className="kv-section" data-testid="organisation-identity">
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('organisations.type')}>{t(`organisationType.${o.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('organisations.ico')}>{o.ico || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('organisations.legalForm')}>{o.legal_form_name || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('organisations.founder')}>{o.founder || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('organisations.region')}>
                {o.region_code ? nameOf(index.regions, o.region_code, lang) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('organisations.territory')}>
                {o.territory_code ? nameOf(index.territories, o.territory_code, lang) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('organisations.address')} span={2}>
                {o.address || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('organisations.serviceCount')}>
                <span data-testid="organisation-service-count">{formatNumber(o.service_count)}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {filter && canServices ? (
            <Card
              className="kv-section"
              title={t('organisations.services')}
              extra={
                <Link to={`/services${serviceFiltersToSearch({ ...filter, page: 1, page_size: 50 })}`}>
                  <Button size="small">{t('dashboard.openServices')}</Button>
                </Link>
              }
            >
              {services.error ? <ErrorAlert error={services.error} /> : null}
              <ServicesTable
                testId="organisation-services-table"
                rows={services.data?.items ?? []}
                loading={services.isFetching}
                index={index}
                lang={lang}
                hideProvider={o.type === 'provider'}
                pagination={serverPagination(t, page, services.data?.total)}
                onChange={(p, size) => setPage({ page: size !== page.page_size ? 1 : p, page_size: size })}
              />
            </Card>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
