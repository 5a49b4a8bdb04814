// The effect of a decided development plan on the network: the proposals of the decision just made, the network
// decisions recorded from it, and the region's note on what could not be proposed (a year not set up yet, an
// approved year, another unit). "No effect" only when there is none of these, so the card never contradicts the
// note (e.g. "the network of 2027 is not set up yet; record the change when it is").
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../../lib/format';
import { useCapacityUnits } from './useCapacityUnits';
import type { DevPlan } from '../types';

export function EffectCard({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.dev.${key}`);
  const { proposed, network_decisions } = plan.effect;
  const { unitName } = useCapacityUnits();
  if (plan.status !== 'decided') return null;
  // The proposals answered by the decision repeat the note line by line: the note only when they are absent.
  const note = proposed.length ? '' : (plan.evaluation?.effect_note ?? '').trim();
  return (
    <Card size="small" className="kv-section" title={k('effect')} data-testid="dev-plan-effect">
      <Typography.Paragraph type="secondary">{k('effectIntro')}</Typography.Paragraph>
      {proposed.length === 0 && network_decisions.length === 0 && !note ? (
        <Typography.Paragraph data-testid="effect-none">{k('noEffect')}</Typography.Paragraph>
      ) : null}
      {note ? (
        <Typography.Paragraph data-testid="effect-note" style={{ whiteSpace: 'pre-line' }}>
          {note}
        </Typography.Paragraph>
      ) : null}
      {proposed.length ? (
        <ul data-testid="effect-proposed">
          {proposed.map((x) => (
            <li key={`${x.intention_id}-${x.year}`}>{x.outcome_text}</li>
          ))}
        </ul>
      ) : null}
      {network_decisions.length ? (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          caption={k('networkDecisions')}
          dataSource={network_decisions}
          data-testid="effect-network"
          columns={[
            { title: t('networkFinance.common.year'), dataIndex: 'year' },
            { title: t('networkFinance.dev.type'), dataIndex: 'kind_name' },
            {
              title: k('capacityBefore'),
              key: 'b',
              align: 'right',
              render: (_, r) =>
                r.capacity_before === null || r.capacity_before === undefined ? '—' : formatDecimal(r.capacity_before),
            },
            {
              title: k('capacityAfter'),
              key: 'a',
              align: 'right',
              render: (_, r) =>
                r.capacity_after === null || r.capacity_after === undefined
                  ? '—'
                  : `${formatDecimal(r.capacity_after)} (${unitName(r.capacity_unit)})`,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
