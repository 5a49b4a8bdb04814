// Translated tags and names for the codes the server sends (states, decisions, units, results): never a raw code.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ACT_STATUSES,
  ACTION_PLAN_STATUSES,
  CAPACITY_UNITS,
  COMMENT_STATUSES,
  DECISION_KINDS,
  ITEM_RESULTS,
  PLAN_STATUSES,
  YEAR_STATUSES,
} from '../types';

/** A code's text: its translation, or "unknown code x" when this version of the app does not know it. */
export function useCodeText() {
  const { t } = useTranslation();
  return (group: string, known: readonly string[], code: string | null | undefined, fallback = ''): string => {
    if (!code) return '—';
    if (known.includes(code)) return t(`networkPlan.${group}.${code}`);
    return fallback || t('networkPlan.common.unknownCode', { code });
  };
}

/** The name of a capacity unit ("lůžka"); the server's name when the app does not know the unit. */
export function useUnitName() {
  const text = useCodeText();
  return (unit: string | null | undefined, serverName = '') => text('unit', CAPACITY_UNITS, unit, serverName);
}

function CodeTag({
  group,
  known,
  code,
  colours,
  testId,
}: {
  group: string;
  known: readonly string[];
  code: string;
  colours: Record<string, string>;
  testId: string;
}) {
  const text = useCodeText();
  return (
    <Tag color={colours[code] ?? 'default'} data-testid={testId} data-status={code}>
      {text(group, known, code)}
    </Tag>
  );
}

export const YearStatusTag = ({ status }: { status: string }) => (
  <CodeTag
    group="yearStatus"
    known={YEAR_STATUSES}
    code={status}
    colours={{ draft: 'blue', approved: 'green' }}
    testId="year-status"
  />
);

export const DecisionTag = ({ kind }: { kind: string }) => (
  <CodeTag
    group="decisionKind"
    known={DECISION_KINDS}
    code={kind}
    colours={{ include: 'green', change: 'gold', remove: 'red' }}
    testId="decision-kind"
  />
);

export const ActStatusTag = ({ status }: { status: string }) => (
  <CodeTag
    group="actStatus"
    known={ACT_STATUSES}
    code={status}
    colours={{ valid: 'green', amended: 'gold', revoked: 'red' }}
    testId="act-status"
  />
);

export const PlanStatusTag = ({ status }: { status: string }) => (
  <CodeTag
    group="planStatus"
    known={PLAN_STATUSES}
    code={status}
    colours={{ draft: 'default', comments: 'blue', approved: 'green' }}
    testId="plan-status"
  />
);

export const CommentStatusTag = ({ status }: { status: string }) => (
  <CodeTag
    group="commentStatus"
    known={COMMENT_STATUSES}
    code={status}
    colours={{ open: 'blue', accepted: 'green', partly: 'gold', rejected: 'red' }}
    testId="plan-comment-status"
  />
);

export const ActionPlanStatusTag = ({ status }: { status: string }) => (
  <CodeTag
    group="actionStatus"
    known={ACTION_PLAN_STATUSES}
    code={status}
    colours={{ draft: 'default', approved: 'blue', evaluated: 'green' }}
    testId="action-plan-status"
  />
);

export const ResultTag = ({ result }: { result: string }) =>
  result ? (
    <CodeTag
      group="result"
      known={ITEM_RESULTS}
      code={result}
      colours={{ done: 'green', partly: 'gold', not: 'red' }}
      testId="item-result"
    />
  ) : null;
