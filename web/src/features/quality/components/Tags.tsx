// Small tags of the quality module: verdict, audit status, action status and due state, severity.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { verdictColor } from '../charts';
import type { QAction } from '../types';

export function VerdictTag({ verdict, testId }: { verdict: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={verdictColor(verdict)} data-testid={testId} data-verdict={verdict || 'none'}>
      {t(`quality.verdict.${verdict || 'none'}`)}
    </Tag>
  );
}

export function AuditStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'closed' ? 'default' : 'processing'}>
      {t(`quality.auditStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const ACTION_COLORS: Record<string, string> = {
  open: 'default',
  in_progress: 'processing',
  done: 'warning',
  verified: 'success',
};

export function ActionStatusTag({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ACTION_COLORS[status] ?? 'default'} data-testid={testId} data-status={status}>
      {t(`quality.actionStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function DueStateTag({ action }: { action: Pick<QAction, 'due_state' | 'days_overdue' | 'days_left'> }) {
  const { t } = useTranslation();
  if (action.due_state === 'overdue')
    return (
      <Tag color="error" data-testid="due-overdue">
        {t('quality.dueState.overdue', { n: action.days_overdue })}
      </Tag>
    );
  if (action.due_state === 'on_track')
    return <Tag color="blue">{t('quality.dueState.daysLeft', { n: action.days_left })}</Tag>;
  return <Tag>{t(`quality.dueState.${action.due_state}`, { defaultValue: action.due_state })}</Tag>;
}

const SEVERITY_COLORS: Record<string, string> = { low: 'blue', medium: 'orange', high: 'red' };

export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`quality.severity.${severity}`, { defaultValue: severity })}</Tag>;
}
