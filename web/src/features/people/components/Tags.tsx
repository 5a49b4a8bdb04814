// Translated tags for the codes the server sends (categories, states, kinds): never a raw code on screen.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATES,
  CATEGORIES,
  MEETING_STATES,
  REGISTRATION_STATES,
  SESSION_STATES,
  codeKey,
  type RequirementState,
} from '../people';

/** A code's text: its translation, or "unknown code x" when the server sends a code this version does not know. */
export function useCodeText() {
  const { t } = useTranslation();
  return (group: string, known: readonly string[], code: string | null | undefined): string => {
    if (!code) return '—';
    const key = codeKey(group, known, code);
    return key ? t(key) : t('people.common.unknownCode', { code });
  };
}

export function CategoryTag({ code }: { code: string }) {
  const text = useCodeText();
  return <Tag data-testid="people-category">{text('category', CATEGORIES, code)}</Tag>;
}

const SESSION_COLOURS: Record<string, string> = { planned: 'default', open: 'blue', held: 'green', cancelled: 'red' };
export function SessionStateTag({ state }: { state: string }) {
  const text = useCodeText();
  return (
    <Tag color={SESSION_COLOURS[state] ?? 'default'} data-testid="session-state" data-state={state}>
      {text('sessionState', SESSION_STATES, state)}
    </Tag>
  );
}

const REG_COLOURS: Record<string, string> = {
  registered: 'blue',
  waiting: 'orange',
  cancelled: 'default',
  attended: 'green',
  absent: 'red',
};
export function RegistrationStateTag({ state, position }: { state: string; position?: number | null }) {
  const text = useCodeText();
  return (
    <Tag color={REG_COLOURS[state] ?? 'default'} data-testid="registration-state" data-state={state}>
      {text('registrationState', REGISTRATION_STATES, state)}
      {state === 'waiting' && position ? ` (${position}.)` : ''}
    </Tag>
  );
}

const REQ_COLOURS: Record<RequirementState, string> = { none: 'default', met: 'green', planned: 'gold', short: 'red' };
export function RequirementTag({ state }: { state: RequirementState }) {
  const { t } = useTranslation();
  return (
    <Tag color={REQ_COLOURS[state]} data-testid="requirement-state" data-state={state}>
      {t(`people.reqState.${state}`)}
    </Tag>
  );
}

const MEETING_COLOURS: Record<string, string> = { planned: 'blue', held: 'green', cancelled: 'default' };
export function MeetingStateTag({ state }: { state: string }) {
  const text = useCodeText();
  return (
    <Tag color={MEETING_COLOURS[state] ?? 'default'} data-testid="meeting-state">
      {text('meetingState', MEETING_STATES, state)}
    </Tag>
  );
}

const ACTION_COLOURS: Record<string, string> = { open: 'orange', done: 'green', dropped: 'default' };
export function ActionStateTag({ state }: { state: string }) {
  const text = useCodeText();
  return (
    <Tag color={ACTION_COLOURS[state] ?? 'default'} data-testid="action-state">
      {text('actionState', ACTION_STATES, state)}
    </Tag>
  );
}
