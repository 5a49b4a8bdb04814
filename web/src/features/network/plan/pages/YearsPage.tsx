// The region's network year by year: each year's state, services and capacity by unit, a chart of the capacity of
// each kind over the years, and (the region's managers) a new year copied from the latest one.
import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Modal, Segmented, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { Chart } from '../../../../components/charts/Chart';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDecimal } from '../../../../lib/format';
import { RegionPicker } from '../../components/RegionPicker';
import { createYear, usePlanMutation, useYearDetails, useYears } from '../api';
import { capacityChartOption } from '../charts';
import { useRegionSuffix, useStanding } from '../components/common';
import { useUnitName, YearStatusTag } from '../components/Tags';
import { useCatalogueOptions } from '../components/useCatalogueOptions';
import type { NetworkYear, NetworkYearDetail } from '../types';
import { capacityByKind, nextYear, seriesUnits, sortYears } from '../years';
import { useFeedback } from '../../../../app/feedback';

export default function YearsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const suffix = useRegionSuffix();
  const { code, manages, provider, region, loading } = useStanding();
  const years = useYears(code);
  const items = sortYears(years.data?.items ?? []);
  const details = useYearDetails(items.map((y) => y.id));
  const loaded = details.map((d) => d.data).filter((d): d is NetworkYearDetail => !!d);
  const { kindName } = useCatalogueOptions();
  const byKind = capacityByKind(loaded);
  const chart = { ...byKind, series: byKind.series.map((x) => ({ ...x, name: kindName(x.kind, x.name) })) };
  const units = seriesUnits(chart.series);
  const [unit, setUnit] = useState<string>();
  const shownUnit = unit && units.includes(unit) ? unit : units[0];
  const unitName = useUnitName();
  const [creating, setCreating] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const create = usePlanMutation((y: number) => createYear(y, code));

  const submit = async () => {
    if (!year) return;
    try {
      const d = await create.mutateAsync(year);
      void message.success(t('networkPlan.common.saved'));
      setCreating(false);
      navigate(`/network/years/${d.id}${suffix}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="nwp-years-page">
      <PageHeader
        title={t('networkPlan.years.title')}
        extra={
          manages ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="nwp-year-create"
              onClick={() => {
                create.reset();
                setYear(nextYear(items));
                setCreating(true);
              }}
            >
              {t('networkPlan.years.create')}
            </Button>
          ) : null
        }
      />
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('networkPlan.years.intro')}</Typography.Paragraph>
      {provider ? (
        <Alert type="info" showIcon message={t('networkPlan.years.providerHint')} style={{ marginBottom: 12 }} />
      ) : null}
      {!loading && !region && !years.isPending && !years.error && items.length === 0 ? (
        <Alert type="info" showIcon message={t('networkPlan.common.noRegion')} style={{ marginBottom: 12 }} />
      ) : null}
      {years.error ? <ErrorAlert error={years.error} onRetry={() => void years.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<NetworkYear>
          rowKey="id"
          size="small"
          pagination={false}
          loading={years.isPending}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          data-testid="nwp-years-table"
          locale={{ emptyText: t('networkPlan.years.empty') }}
          onRow={(y) => ({ 'data-year': y.year }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'year',
              title: t('networkPlan.common.year'),
              render: (_, y) => (
                <Link to={`/network/years/${y.id}${suffix}`} data-testid="nwp-year-link">
                  {y.year}
                </Link>
              ),
            },
            {
              key: 'status',
              title: t('networkPlan.common.status'),
              render: (_, y) => <YearStatusTag status={y.status} />,
            },
            { key: 'services', title: t('networkPlan.years.services'), align: 'right', render: (_, y) => y.services },
            {
              key: 'capacity',
              title: t('networkPlan.years.capacity'),
              render: (_, y) =>
                y.capacity_by_unit.length
                  ? y.capacity_by_unit
                      .map((c) => `${formatDecimal(c.capacity)} ${unitName(c.unit, c.unit_name)}`)
                      .join(', ')
                  : '—',
            },
            {
              key: 'approved',
              title: t('networkPlan.common.approvedOn'),
              responsive: ['md'],
              render: (_, y) => (y.approved_on ? formatDate(y.approved_on) : '—'),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        className="kv-section"
        title={t('networkPlan.years.chart')}
        style={{ marginTop: 16 }}
        extra={
          units.length > 1 ? (
            <Segmented
              size="small"
              value={shownUnit}
              onChange={(v) => setUnit(String(v))}
              options={units.map((u) => ({ value: u, label: unitName(u) }))}
              data-testid="nwp-chart-unit"
            />
          ) : null
        }
      >
        <Chart
          testId="nwp-capacity-chart"
          height={320}
          loading={years.isPending || details.some((d) => d.isPending)}
          empty={chart.series.length === 0 ? t('networkPlan.years.chartEmpty') : undefined}
          option={capacityChartOption(chart.years, chart.series, shownUnit ?? '', unitName(shownUnit ?? ''))}
          data={{ years: chart.years.length, series: chart.series.filter((s) => s.unit === shownUnit).length }}
        />
      </Card>

      <Modal
        open={creating}
        title={t('networkPlan.years.create')}
        okText={t('networkPlan.common.create')}
        cancelText={t('networkPlan.common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        okButtonProps={{ disabled: !year, ...({ 'data-testid': 'nwp-year-create-submit' } as Record<string, string>) }}
      >
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Typography.Paragraph>{t('networkPlan.years.createText')}</Typography.Paragraph>
        <Space>
          <Typography.Text>{t('networkPlan.years.createYear')}</Typography.Text>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v)} data-testid="nwp-year-input" />
        </Space>
      </Modal>
    </div>
  );
}
