// Who took part in an evaluation: workers, clients (never identified), partner organisations by name and role.
import { Button, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Participant, ParticipantKind } from '../types';

const KINDS: readonly ParticipantKind[] = ['worker', 'client', 'partner', 'other'];

export const EMPTY_PARTICIPANT: Participant = { kind: 'worker', name: '', role: '', organisation: '' };

export function ParticipantsEditor({
  value,
  onChange,
  testId = 'participants',
}: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Participant>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div data-testid={testId}>
      {value.map((p, i) => (
        <Space key={i} wrap style={{ marginBottom: 8 }} data-testid={`${testId}-row`}>
          <Select
            aria-label={t('planning.evaluation.participantKind')}
            style={{ width: 190 }}
            value={p.kind}
            onChange={(kind) => set(i, { kind })}
            options={KINDS.map((k) => ({ value: k, label: t(`planning.participantKind.${k}`) }))}
          />
          <Input
            aria-label={t('planning.evaluation.participantName')}
            placeholder={t('planning.evaluation.participantName')}
            value={p.name}
            onChange={(e) => set(i, { name: e.target.value })}
            style={{ width: 200 }}
            data-testid={`${testId}-name`}
          />
          <Input
            aria-label={t('planning.evaluation.participantRole')}
            placeholder={t('planning.evaluation.participantRole')}
            value={p.role}
            onChange={(e) => set(i, { role: e.target.value })}
            style={{ width: 160 }}
          />
          {p.kind === 'partner' || p.kind === 'other' ? (
            <Input
              aria-label={t('planning.evaluation.participantOrganisation')}
              placeholder={t('planning.evaluation.participantOrganisation')}
              value={p.organisation}
              onChange={(e) => set(i, { organisation: e.target.value })}
              style={{ width: 200 }}
            />
          ) : null}
          <Button
            aria-label={t('planning.common.remove')}
            icon={<DeleteOutlined />}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          />
        </Space>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...value, { ...EMPTY_PARTICIPANT }])}
        data-testid={`${testId}-add`}
      >
        {t('planning.evaluation.addParticipant')}
      </Button>
    </div>
  );
}

export function ParticipantsText({ list }: { list: readonly Participant[] }) {
  const { t } = useTranslation();
  if (!list.length) return <>{t('planning.common.none')}</>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="participants-list">
      {list.map((p, i) => (
        <li key={i}>
          {p.name || t('planning.evaluation.participantHidden')}
          {p.role ? `, ${p.role}` : ''}
          {p.organisation ? ` (${p.organisation})` : ''} — {t(`planning.participantKind.${p.kind}`)}
        </li>
      ))}
    </ul>
  );
}
