// One ladder instrument of a client: a radar per assessment (the first one beside it) and the distance travelled
// per area from the first to the last assessment.
import { useState } from 'react';
import { Card, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart';
import { formatDate, formatDecimal } from '../../../lib/format';
import { ladderRadarOption } from '../charts';
import { distanceRows, stageOf } from '../planning';
import type { ClientLadder } from '../types';

export function LadderCard({ l }: { l: ClientLadder }) {
  const { t } = useTranslation();
  const sorted = [...l.assessments].sort((a, b) => a.assessed_on.localeCompare(b.assessed_on));
  const [chosen, setChosen] = useState<number | undefined>(sorted[sorted.length - 1]?.id);
  const current = sorted.find((a) => a.id === chosen) ?? sorted[sorted.length - 1];
  const stages = l.ladder.stage_list ?? [];
  const rows = distanceRows(l);
  const sign = (n: number) => (n > 0 ? `+${formatDecimal(n, 1)}` : formatDecimal(n, 1));
  return (
    <Card size="small" title={l.ladder.name} style={{ marginBottom: 12 }} data-testid="client-ladder">
      {sorted.length > 1 ? (
        <Segmented
          value={current?.id}
          onChange={(v) => setChosen(Number(v))}
          options={sorted.map((a) => ({ value: a.id, label: formatDate(a.assessed_on) }))}
          style={{ marginBottom: 8, maxWidth: '100%', overflowX: 'auto' }}
        />
      ) : null}
      {current ? (
        <Chart
          height={340}
          testId="ladder-radar"
          data={{ areas: l.ladder.areas.length, assessment: current.id }}
          option={ladderRadarOption(l, current.id, { first: t('planning.client.firstAssessment') })}
        />
      ) : null}
      {current && stages.length ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {l.ladder.areas
            .map((a) => {
              const v = current.values.find((x) => x.area_id === a.id)?.value;
              return v === undefined ? null : `${a.name}: ${v} (${stageOf(stages, v) || '—'})`;
            })
            .filter(Boolean)
            .join(' · ')}
        </Typography.Paragraph>
      ) : null}
      {rows.length ? (
        <>
          <Typography.Text strong>{t('planning.client.distance')}</Typography.Text>
          {l.distance.mean_change !== null && l.distance.mean_change !== undefined ? (
            <Typography.Paragraph data-testid="ladder-mean-change">
              {t('planning.client.meanChange', { change: sign(l.distance.mean_change) })}
            </Typography.Paragraph>
          ) : null}
          <Table
            rowKey="area_id"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('planning.client.area'), dataIndex: 'name' },
              {
                title: t('planning.client.change'),
                dataIndex: 'change',
                align: 'right',
                render: (n: number) => sign(n),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
