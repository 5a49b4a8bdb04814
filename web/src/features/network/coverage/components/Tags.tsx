// Small labels of the coverage part (states of rounds, forms and minimal forms, modes), translated.
import { Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function RoundStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = status === 'open' ? 'processing' : status === 'draft' ? 'gold' : 'default';
  return (
    <Tag
      color={color}
      icon={status === 'locked' ? <LockOutlined /> : undefined}
      data-testid="cov-round-status"
      data-status={status}
    >
      {t(`networkCoverage.roundStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function SubmissionStatusTag({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'submitted' ? 'success' : 'processing'} data-testid={testId} data-status={status}>
      {t(`networkCoverage.submissionStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function MinimalStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = status === 'set' ? 'success' : status === 'draft' ? 'gold' : 'default';
  return (
    <Tag color={color} data-testid="minimal-status" data-status={status}>
      {t(`networkCoverage.minimalStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const MODE_COLOURS: Record<string, string> = { direct: 'green', mediated: 'blue', referred: 'purple', none: 'red' };

export function ModeTag({ mode }: { mode: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={MODE_COLOURS[mode]} data-mode={mode}>
      {t(`networkCoverage.modeShort.${mode}`, { defaultValue: mode })}
    </Tag>
  );
}
