// Tags of the planning pages: every state, level, result and due state in words (never the raw code).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GoalLevel, GoalState } from '../types';

const GOAL_STATE_COLOR: Record<GoalState, string> = {
  active: 'blue',
  met: 'green',
  partly_met: 'gold',
  not_met: 'red',
  dropped: 'default',
};

/** The server sends states as strings; the ones it may send are GoalState. */
export function GoalStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={GOAL_STATE_COLOR[state as GoalState]} data-testid="goal-state" data-state={state}>
      {t(`planning.goalState.${state}`)}
    </Tag>
  );
}

const LEVEL_COLOR: Record<GoalLevel, string> = { strategic: 'purple', objective: 'geekblue', service: 'cyan' };

export function LevelTag({ level }: { level: string }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLOR[level as GoalLevel]}>{t(`planning.level.${level}`)}</Tag>;
}

export function ResultTag({ result }: { result: string }) {
  const { t } = useTranslation();
  if (!result) return <Tag>{t('planning.result.none')}</Tag>;
  return <Tag color={GOAL_STATE_COLOR[result as GoalState]}>{t(`planning.result.${result}`)}</Tag>;
}

export function DueTag({ state }: { state: string }) {
  const { t } = useTranslation();
  if (state !== 'due_soon' && state !== 'overdue') return null;
  return (
    <Tag color={state === 'overdue' ? 'red' : 'orange'} data-testid="due-state" data-state={state}>
      {t(`planning.dueState.${state}`)}
    </Tag>
  );
}
