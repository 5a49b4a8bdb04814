import dayjs from 'dayjs';
import { Breadcrumb, Button, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useService } from '../api';
import { ServiceActivity } from '../components/ServiceActivity';
import { ServiceDetailView } from '../components/ServiceDetailView';
import { useCatalogueIndex } from '../useCatalogueIndex';

export default function ServiceDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const service = useService(Number.isInteger(id) ? id : 0);
  const { index, lang } = useCatalogueIndex();
  const today = dayjs().format('YYYY-MM-DD');

  return (
    <div data-testid="service-detail-page">
      <Breadcrumb
        className="no-print"
        items={[{ title: <Link to="/services">{t('nav.services')}</Link> }, { title: service.data?.name ?? '…' }]}
      />
      {service.error ? <ErrorAlert error={service.error} onRetry={() => void service.refetch()} /> : null}
      {service.isPending && !service.error ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {service.data ? (
        <>
          <PageHeader
            title={service.data.name}
            subtitle={service.data.provider_name}
            extra={
              <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
                {t('common.print')}
              </Button>
            }
          />
          <ServiceDetailView service={service.data} index={index} lang={lang} />
          <ServiceActivity serviceId={service.data.id} />
          <div className="print-only kv-print-footer">{`${t('app.name')} · ${t('serviceDetail.printedOn', { date: formatDate(today) })}`}</div>
        </>
      ) : null}
    </div>
  );
}
