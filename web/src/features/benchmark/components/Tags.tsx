// Small labels of the benchmark module (statuses, participation, direction, RBA), translated.
import { Tag, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { statusColor } from '../completeness';
import { reasonMessage } from '../values';

export function SubmissionStatusTag({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor(status)} data-testid={testId} data-status={status}>
      {t(`benchmark.submissionStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function RoundStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={status === 'locked' ? 'default' : 'processing'}
      icon={status === 'locked' ? <LockOutlined /> : undefined}
      data-testid="round-status"
      data-status={status}
    >
      {t(`benchmark.roundStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function RoundKindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'pilot' ? 'gold' : 'blue'}>{t(`benchmark.roundKind.${kind}`, { defaultValue: kind })}</Tag>
  );
}

export function ParticipationTag({ participation }: { participation: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`benchmark.participationHelp.${participation}`, { defaultValue: '' })}>
      <Tag color={participation === 'full' ? 'green' : 'default'} data-participation={participation}>
        {t(`benchmark.participation.${participation}`, { defaultValue: participation })}
      </Tag>
    </Tooltip>
  );
}

export function MethodologyStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'published' ? 'success' : 'warning'} data-status={status}>
      {t(`benchmark.methodologyStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function DirectionTag({ direction }: { direction: string }) {
  const { t } = useTranslation();
  return (
    <Tag icon={direction === 'lower' ? <ArrowDownOutlined /> : <ArrowUpOutlined />}>
      {t(`benchmark.direction.${direction}`, { defaultValue: direction })}
    </Tag>
  );
}

export function RbaTag({ rba }: { rba: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`benchmark.rbaQuestion.${rba}`, { defaultValue: '' })}>
      <Tag color="purple">{t(`benchmark.rba.${rba}`, { defaultValue: rba })}</Tag>
    </Tooltip>
  );
}

/** Why a value is missing, in words, with the methodology's names instead of codes. */
export function reasonText(
  t: TFunction,
  reason: string | null | undefined,
  fallback?: string,
  names?: ReadonlyMap<string, string>,
): string {
  if (!(reason ?? '').trim()) return '';
  const m = reasonMessage(reason, names);
  if (m) return t(`benchmark.reason.${m.key}`, m.params);
  return fallback || (reason ?? '').trim();
}
