// One service's indicator across rounds against its peer median and the Q1–Q3 band.
import { useMemo } from 'react';
import { Card, Empty, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useServiceScores } from '../api';
import { trendData, trendOption } from '../trend';

import { Chart } from '../../../components/charts/Chart';

export function TrendCard({
  serviceId,
  groupId,
  indicatorCode,
  services,
  onService,
}: {
  serviceId: number | undefined;
  groupId: number;
  indicatorCode: string;
  /** Services to choose from (the caller's own). */
  services: { id: number; name: string }[];
  onService: (id: number) => void;
}) {
  const { t } = useTranslation();
  const scores = useServiceScores(serviceId, groupId);
  const trend = scores.data?.groups
    .find((g) => g.group_id === groupId)
    ?.indicators.find((i) => i.code === indicatorCode);
  const data = useMemo(() => (trend ? trendData(trend, t('benchmark.roundKind.pilot')) : null), [trend, t]);
  const choices = [...services];
  if (serviceId && scores.data && !choices.some((s) => s.id === serviceId))
    choices.push({ id: serviceId, name: scores.data.service_name });

  return (
    <Card
      title={t('benchmark.comparison.trend')}
      className="kv-section"
      data-testid="comparison-trend"
      extra={
        choices.length > 1 ? (
          <Select
            size="small"
            style={{ minWidth: 220 }}
            value={serviceId}
            onChange={onService}
            options={choices.map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : scores.data ? (
          <span className="kv-muted">{scores.data.service_name}</span>
        ) : null
      }
    >
      {!serviceId ? <Empty description={t('benchmark.comparison.pickService')} /> : null}
      {serviceId && scores.isPending ? <Skeleton active /> : null}
      {scores.error && !(isApiError(scores.error) && scores.error.status === 404) ? (
        <ErrorAlert error={scores.error} />
      ) : null}
      {serviceId && (scores.isSuccess || scores.isError) && !data?.hasData ? (
        <Empty description={t('benchmark.comparison.noTrend')} />
      ) : null}
      {data?.hasData ? (
        <Chart
          height={300}
          testId="trend-chart"
          data={{ rounds: data.categories.length }}
          option={trendOption(data, {
            own: scores.data?.service_name ?? t('benchmark.comparison.ownService'),
            median: t('benchmark.comparison.peerMedian'),
            band: t('benchmark.comparison.band'),
            unit: trend?.unit ?? '',
          })}
        />
      ) : null}
    </Card>
  );
}
