import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Empty, List, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { formatNumber } from '../../../lib/format';
import { horizontalBarOption } from '../../../lib/chartOptions';
import { useOrganisationCount, useServiceCount } from '../api';
import { ORGANISATION_TYPES } from '../organisationFilters';
import { OrganisationTypeTag } from '../components/OrganisationTypeTag';

const BarChart = lazy(() => import('../../../components/charts/BarChart'));

function CountCard({ title, value, loading, link, linkText, testId }: {
  title: string; value: number | undefined; loading: boolean; link?: string; linkText?: string; testId: string;
}) {
  return (
    <Card data-testid={testId} extra={link ? <Link to={link}>{linkText}</Link> : null} title={title}>
      <Statistic value={value ?? 0} loading={loading} formatter={(v) => formatNumber(Number(v))} />
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canOrgs = hasPermission(user.permissions, 'organisations.read');
  const canServices = hasPermission(user.permissions, 'services.read');

  const orgs = useOrganisationCount(undefined, canOrgs);
  const active = useServiceCount('active', canServices);
  const all = useServiceCount('all', canServices);
  const byType = [
    useOrganisationCount('region', canOrgs),
    useOrganisationCount('municipality', canOrgs),
    useOrganisationCount('provider', canOrgs),
    useOrganisationCount('audit_body', canOrgs),
  ];
  const chartReady = byType.every((q) => q.data !== undefined);

  return (
    <div data-testid="dashboard-page">
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.welcome', { name: user.display_name })} />
      <Row gutter={[16, 16]}>
        {canOrgs ? (
          <Col xs={24} md={8}>
            <CountCard testId="dashboard-organisations" title={t('dashboard.organisations')} value={orgs.data} loading={orgs.isPending}
              link="/organisations" linkText={t('dashboard.openOrganisations')} />
          </Col>
        ) : null}
        {canServices ? (
          <>
            <Col xs={24} md={8}>
              <CountCard testId="dashboard-services-active" title={t('dashboard.services')} value={active.data} loading={active.isPending}
                link="/services" linkText={t('dashboard.openServices')} />
            </Col>
            <Col xs={24} md={8}>
              <CountCard testId="dashboard-services-all" title={t('dashboard.allServices')} value={all.data} loading={all.isPending}
                link="/services?status=all" linkText={t('dashboard.openServices')} />
            </Col>
          </>
        ) : null}
        {canOrgs ? (
          <Col xs={24} lg={12}>
            <Card title={t('dashboard.organisationsByType')} data-testid="dashboard-org-chart">
              {chartReady ? (
                <Suspense fallback={<Skeleton active />}>
                  <BarChart
                    height={220}
                    option={horizontalBarOption(ORGANISATION_TYPES.map((type, i) => ({
                      label: t(`organisationTypePlural.${type}`),
                      value: byType[i].data ?? 0,
                    })))}
                  />
                </Suspense>
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.memberships')} data-testid="dashboard-memberships">
            {user.memberships.length === 0 ? (
              <Empty description={t('dashboard.noMemberships')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List
                dataSource={user.memberships}
                renderItem={(m) => (
                  <List.Item data-testid={`membership-${m.organisation_id}`}>
                    <List.Item.Meta
                      title={canOrgs ? <Link to={`/organisations/${m.organisation_id}`}>{m.organisation_name}</Link> : m.organisation_name}
                      description={<><OrganisationTypeTag type={m.organisation_type} /> {t(`roles.${m.role}`)}</>}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
