// An outcome cell and an indicator value as words: "méně než 5 klientů" for a suppressed cell, the share of goals
// attained, mean T with its spread and the ladder change otherwise; a value against its target.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatPercent } from '../../../lib/format';
import { outcomeView } from '../planning';
import type { OutcomeCell } from '../types';

export function OutcomeText({ cell, compact }: { cell: OutcomeCell | null | undefined; compact?: boolean }) {
  const { t } = useTranslation();
  const v = outcomeView(cell);
  if (v.kind === 'none')
    return (
      <Typography.Text type="secondary" data-testid="outcome-none">
        {t('planning.outcome.none')}
      </Typography.Text>
    );
  if (v.kind === 'suppressed')
    return (
      <Tooltip title={t('planning.outcome.suppressedHelp')}>
        <Tag data-testid="outcome-suppressed">{t('planning.outcome.suppressed')}</Tag>
      </Tooltip>
    );
  const parts = [
    t('planning.outcome.clients', { n: v.clients }),
    t('planning.outcome.attained', { attained: v.attained, goals: v.goals, share: formatPercent(v.share) }),
    v.meanT !== null
      ? v.sdT !== null
        ? t('planning.outcome.meanTsd', { t: formatDecimal(v.meanT, 1), sd: formatDecimal(v.sdT, 1) })
        : t('planning.outcome.meanT', { t: formatDecimal(v.meanT, 1) })
      : null,
    v.ladder !== null && !compact
      ? t('planning.outcome.ladder', { change: formatDecimal(v.ladder, 1), n: v.ladderClients })
      : null,
  ].filter(Boolean);
  return (
    <Typography.Text data-testid="outcome-values" data-clients={v.clients}>
      {parts.join(' · ')}
    </Typography.Text>
  );
}

export function IndicatorValue({
  value,
  unit,
  target,
  onTarget,
}: {
  value: number | null | undefined;
  unit: string;
  target: number | null | undefined;
  onTarget: boolean | null | undefined;
}) {
  const { t } = useTranslation();
  const withUnit = (n: number) => `${formatDecimal(n)}${unit ? `\u00a0${unit}` : ''}`;
  return (
    <Space size={4} wrap>
      <span>{value === null || value === undefined ? t('planning.indicatorValue.noValue') : withUnit(value)}</span>
      {target !== null && target !== undefined ? (
        <Typography.Text type="secondary">
          ({t('planning.indicatorValue.target', { target: withUnit(target) })})
        </Typography.Text>
      ) : null}
      {onTarget === true ? <Tag color="green">{t('planning.indicatorValue.onTarget')}</Tag> : null}
      {onTarget === false ? <Tag color="orange">{t('planning.indicatorValue.offTarget')}</Tag> : null}
    </Space>
  );
}
