// A service's history in the region's network year by year: in the network or not, its capacity, the decisions of
// each year and the entrustment act in force, a chart of the capacity, and every entrustment act of the service.
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { Chart } from '../../../../components/charts/Chart';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateRange } from '../../../../lib/format';
import { useHistory } from '../api';
import { historyChartOption } from '../charts';
import { CapacityText, useRegionSuffix } from '../components/common';
import { useCatalogueOptions } from '../components/useCatalogueOptions';
import { ActStatusTag, DecisionTag, useCodeText, YearStatusTag } from '../components/Tags';
import { SERVICE_STATUSES, type Entrustment, type HistoryYear } from '../types';

export default function ServiceHistoryPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const suffix = useRegionSuffix();
  const history = useHistory(id);
  const code = useCodeText();
  const { kindName } = useCatalogueOptions();
  const h = history.data;
  if (history.error) return <ErrorAlert error={history.error} backTo="/network/years" />;
  if (!h) return <Card loading />;
  const years = [...h.years].sort((a, b) => a.year - b.year);
  return (
    <div data-testid="nwp-history-page" data-service-id={h.service_id}>
      <PageHeader title={h.service_name} subtitle={`${h.provider_name} · ${kindName(h.kind_code, h.kind_name)}`} />
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('networkPlan.common.region')}>{h.region_name}</Descriptions.Item>
        <Descriptions.Item label={t('networkPlan.history.registry')}>
          {code('serviceStatus', SERVICE_STATUSES, h.registry_status)}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" className="kv-section" title={t('networkPlan.history.chart')}>
        <Chart
          testId="nwp-history-chart"
          height={220}
          empty={years.length === 0 ? t('networkPlan.history.empty') : undefined}
          option={historyChartOption(
            years.map((y) => ({ year: y.year, capacity: y.in_network ? (y.capacity ?? null) : null })),
            t('networkPlan.common.capacity'),
          )}
        />
      </Card>
      <Card size="small" className="kv-section" title={t('networkPlan.history.years')} style={{ marginTop: 12 }}>
        <Table<HistoryYear>
          rowKey="network_year_id"
          size="small"
          pagination={false}
          dataSource={[...years].reverse()}
          scroll={{ x: 'max-content' }}
          data-testid="nwp-history-years"
          locale={{ emptyText: t('networkPlan.history.empty') }}
          onRow={(y) =>
            ({ 'data-year': y.year, 'data-in': y.in_network ? 'yes' : 'no' }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'year',
              title: t('networkPlan.common.year'),
              render: (_, y) => (
                <Space>
                  <Link to={`/network/years/${y.network_year_id}${suffix}`}>{y.year}</Link>
                  <YearStatusTag status={y.status} />
                </Space>
              ),
            },
            {
              key: 'in',
              title: t('networkPlan.history.inNetwork'),
              render: (_, y) =>
                y.in_network ? (
                  <Tag color="green">{t('networkPlan.history.inNetwork')}</Tag>
                ) : (
                  <Tag>{t('networkPlan.history.notInNetwork')}</Tag>
                ),
            },
            {
              key: 'capacity',
              title: t('networkPlan.common.capacity'),
              render: (_, y) => (y.in_network ? <CapacityText capacity={y.capacity} unit={y.capacity_unit} /> : '—'),
            },
            {
              key: 'decisions',
              title: t('networkPlan.year.decisions'),
              render: (_, y) => (
                <Space direction="vertical" size={2}>
                  {y.decisions.map((x) => (
                    <span key={x.id}>
                      <DecisionTag kind={x.kind} /> {formatDate(x.decided_on)}
                      <div className="kv-muted" style={{ maxWidth: 360, whiteSpace: 'normal' }}>
                        {x.reason}
                        {x.decided_by_text ? ` (${x.decided_by_text})` : ''}
                      </div>
                    </span>
                  ))}
                </Space>
              ),
            },
            {
              key: 'act',
              title: t('networkPlan.year.entrustment'),
              render: (_, y) =>
                y.entrustment ? (
                  <>
                    {y.entrustment.act_number}
                    <div className="kv-muted">{formatDateRange(y.entrustment.valid_from, y.entrustment.valid_to)}</div>
                  </>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" className="kv-section" title={t('networkPlan.history.acts')} style={{ marginTop: 12 }}>
        <Table<Entrustment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={h.entrustments}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('networkPlan.acts.empty') }}
          columns={[
            { key: 'n', title: t('networkPlan.acts.number'), render: (_, a) => a.act_number },
            {
              key: 'p',
              title: t('networkPlan.acts.period'),
              render: (_, a) => formatDateRange(a.valid_from, a.valid_to),
            },
            {
              key: 'c',
              title: t('networkPlan.common.capacity'),
              render: (_, a) => <CapacityText capacity={a.capacity} unit={a.capacity_unit} />,
            },
            { key: 's', title: t('networkPlan.common.status'), render: (_, a) => <ActStatusTag status={a.status} /> },
            {
              key: 'scope',
              title: t('networkPlan.acts.scope'),
              responsive: ['md'],
              render: (_, a) => <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>{a.scope || '—'}</div>,
            },
          ]}
        />
      </Card>
      <Typography.Paragraph style={{ marginTop: 8 }}>
        <Link to={`/network/years${suffix}`}>{t('networkPlan.tabs.years')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
