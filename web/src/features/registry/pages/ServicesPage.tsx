import { useCallback, useMemo } from 'react';
import { Card, Empty, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/SessionContext';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverPagination } from '../../../components/pagination';
import { formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { useServices } from '../api';
import { kindOptions, namedOptions, territoryOptions } from '../catalogueLabels';
import { ExportCsvButton } from '../components/ExportCsvButton';
import { ServiceFilterBar, type ServiceFilterOptions } from '../components/ServiceFilterBar';
import { ServicesTable } from '../components/ServicesTable';
import {
  applyFilterPatch,
  applyTableChange,
  clearFilters,
  hasActiveFilters,
  parseServiceFilters,
  serviceFiltersToSearch,
  servicesEmptyReason,
  type ServiceFilterPatch,
} from '../serviceFilters';
import { useCatalogueIndex } from '../useCatalogueIndex';

export default function ServicesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState(parseServiceFilters, serviceFiltersToSearch);
  const { query: cat, index, lang, catalogues } = useCatalogueIndex();
  const services = useServices(filters);
  const user = useCurrentUser();
  const emptyReason = servicesEmptyReason(hasActiveFilters(filters), user);
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid={`services-empty-${emptyReason}`}
      description={
        emptyReason === 'noAccess' ? (
          <>
            {t('services.emptyNoAccess')}{' '}
            {user.permissions.includes('quality.read') ? (
              <Link to="/quality/audits">{t('services.emptyNoAccessAudits')}</Link>
            ) : null}
          </>
        ) : (
          t(emptyReason === 'noMatch' ? 'services.empty' : 'services.emptyNone')
        )
      }
    />
  );

  const options = useMemo<ServiceFilterOptions>(
    () => ({
      kinds: kindOptions(catalogues?.service_kinds, lang),
      territories: territoryOptions(catalogues?.territories, filters.region, lang),
      regions: namedOptions(catalogues?.regions, lang),
      targetGroups: namedOptions(catalogues?.target_groups, lang),
    }),
    [catalogues, lang, filters.region],
  );

  const onFilter = useCallback(
    (patch: ServiceFilterPatch) => setFilters(applyFilterPatch(filters, patch)),
    [filters, setFilters],
  );
  const provider =
    filters.provider && services.data?.items[0]?.provider_id === filters.provider
      ? services.data.items[0].provider_name
      : null;

  return (
    <div
      data-testid="services-page"
      data-ready={String(services.isSuccess && !services.isFetching && !services.isPlaceholderData)}
      data-search={serviceFiltersToSearch(filters)}
    >
      <PageHeader
        title={t('services.title')}
        subtitle={provider ? `${t('services.provider')}: ${provider}` : undefined}
        extra={<ExportCsvButton filters={filters} index={index} lang={lang} disabled={!services.data?.total} />}
      />
      {cat.error ? <ErrorAlert error={cat.error} onRetry={() => void cat.refetch()} /> : null}
      <ServiceFilterBar
        filters={filters}
        options={options}
        loading={cat.isPending}
        onChange={onFilter}
        onReset={() => setFilters(clearFilters(filters))}
        showReset={hasActiveFilters(filters)}
      />
      {services.error ? <ErrorAlert error={services.error} onRetry={() => void services.refetch()} /> : null}
      <Card size="small" className="kv-table-card">
        <Typography.Text type="secondary" data-testid="services-total" data-total={services.data?.total ?? ''}>
          {services.data ? t('common.total', { n: formatNumber(services.data.total) }) : '\u00a0'}
        </Typography.Text>
        <ServicesTable
          rows={services.data?.items ?? []}
          loading={services.isFetching}
          index={index}
          lang={lang}
          sort={filters}
          pagination={serverPagination(t, filters, services.data?.total)}
          emptyText={emptyText}
          onChange={(page, pageSize, sorter) =>
            setFilters(applyTableChange(filters, page, pageSize, sorter.columnKey, sorter.order))
          }
        />
      </Card>
    </div>
  );
}
