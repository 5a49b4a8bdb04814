// Translated tags for the codes the server sends (version, comment and meeting states, changes): never a raw code.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANGES, COMMENT_STATUSES, MEETING_STATUSES, VERSION_STATUSES, codeKey } from '../network';

/** A code's text: its translation, or "unknown code x" when the server sends a code this version does not know. */
export function useCodeText() {
  const { t } = useTranslation();
  return (group: string, known: readonly string[], code: string | null | undefined): string => {
    if (!code) return '—';
    const key = codeKey(group, known, code);
    return key ? t(key) : t('network.common.unknownCode', { code });
  };
}

const VERSION_COLOURS: Record<string, string> = {
  draft: 'default',
  comments: 'blue',
  final: 'gold',
  published: 'green',
  superseded: 'default',
};
export function VersionStatusTag({ status }: { status: string }) {
  const text = useCodeText();
  return (
    <Tag color={VERSION_COLOURS[status] ?? 'default'} data-testid="version-status" data-status={status}>
      {text('versionStatus', VERSION_STATUSES, status)}
    </Tag>
  );
}

const COMMENT_COLOURS: Record<string, string> = { open: 'blue', accepted: 'green', partly: 'gold', rejected: 'red' };
export function CommentStatusTag({ status }: { status: string }) {
  const text = useCodeText();
  return (
    <Tag color={COMMENT_COLOURS[status] ?? 'default'} data-testid="comment-status" data-status={status}>
      {text('commentStatus', COMMENT_STATUSES, status)}
    </Tag>
  );
}

const MEETING_COLOURS: Record<string, string> = { planned: 'blue', held: 'green', cancelled: 'red' };
export function MeetingStatusTag({ status }: { status: string }) {
  const text = useCodeText();
  return (
    <Tag color={MEETING_COLOURS[status] ?? 'default'} data-testid="meeting-status" data-status={status}>
      {text('meetingStatus', MEETING_STATUSES, status)}
    </Tag>
  );
}

const CHANGE_COLOURS: Record<string, string> = { added: 'green', removed: 'red', changed: 'gold', same: 'default' };
export function ChangeTag({ change }: { change: string }) {
  const text = useCodeText();
  return (
    <Tag color={CHANGE_COLOURS[change] ?? 'default'} data-testid="compare-change" data-change={change}>
      {text('change', CHANGES, change)}
    </Tag>
  );
}
