// A meeting with the providers of a kind: its facts, the card version discussed, the minutes, and the invited
// providers with who came (recorded by the region).
import { useState } from 'react';
import { Button, Card, Checkbox, Descriptions, Input, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { saveAttendance, useCards, useMeeting, useNetworkMutation } from '../api';
import { MeetingModal } from '../components/MeetingModal';
import { useRegionCode } from '../components/RegionPicker';
import { MeetingStatusTag } from '../components/Tags';
import { useKinds } from '../components/useKinds';
import { attendanceCounts } from '../network';
import type { AttendanceItem, Invitation, KindMeeting } from '../types';

export default function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const region = useRegionCode();
  const meeting = useMeeting(id);
  const cards = useCards(region);
  const { kindName } = useKinds();
  const [editing, setEditing] = useState(false);
  if (meeting.error)
    return <ErrorAlert error={meeting.error} onRetry={() => meeting.refetch()} backTo="/network/meetings" />;
  const m = meeting.data;
  if (!m) return <Card loading />;
  const canManage = m.can_manage;
  const kind = m.kind_name || kindName(m.kind_code);
  return (
    <div data-testid="network-meeting-page" data-meeting-id={m.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {m.title || kind}
        </Typography.Title>
        <MeetingStatusTag status={m.status} />
        {canManage ? (
          <Button onClick={() => setEditing(true)} data-testid="meeting-edit">
            {t('network.meetings.edit')}
          </Button>
        ) : null}
      </Space>
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('network.common.kind')}>{kind}</Descriptions.Item>
          <Descriptions.Item label={t('network.meetings.heldOn')}>
            {formatDate(m.held_on)}
            {m.starts_at ? ` ${m.starts_at}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('network.meetings.place')}>{m.place || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('network.meetings.cardVersion')}>
            {m.card_version_id ? (
              <Link to={`/network/versions/${m.card_version_id}`} data-testid="meeting-version">
                {m.card_version_no ? t('network.cards.versionNo', { no: m.card_version_no }) : t('network.cards.show')}
              </Link>
            ) : (
              t('network.meetings.noCardVersion')
            )}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('network.meetings.minutes')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-minutes">
          {m.minutes || t('network.meetings.noMinutes')}
        </Typography.Paragraph>
      </Card>
      <AttendanceCard key={JSON.stringify(m.invitations)} meeting={m} canManage={canManage} />
      {editing ? (
        <MeetingModal meeting={m} kinds={[]} cards={cards.data?.items ?? []} onClose={() => setEditing(false)} />
      ) : null}
    </div>
  );
}

export function AttendanceCard({ meeting, canManage }: { meeting: KindMeeting; canManage: boolean }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AttendanceItem[]>(() =>
    meeting.invitations.map((i) => ({ org_id: i.org_id, attended: i.attended, attendees: i.attendees })),
  );
  const save = useNetworkMutation((items: AttendanceItem[]) => saveAttendance(meeting.id, items));
  const row = (orgId: number) => rows.find((r) => r.org_id === orgId);
  const set = (orgId: number, patch: Partial<AttendanceItem>) =>
    setRows((rs) => rs.map((r) => (r.org_id === orgId ? { ...r, ...patch } : r)));
  const counts = attendanceCounts(rows);
  return (
    <Card
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      title={`${t('network.meetings.invitations')} (${counts.attended} / ${counts.invited})`}
      data-testid="meeting-attendance"
    >
      <Table<Invitation>
        rowKey="org_id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={meeting.invitations}
        locale={{ emptyText: t('network.meetings.noInvitations') }}
        columns={[
          { title: t('network.meetings.provider'), dataIndex: 'org_name' },
          {
            title: t('network.meetings.attended'),
            key: 'attended',
            render: (_, i) => (
              <Checkbox
                checked={!!row(i.org_id)?.attended}
                disabled={!canManage}
                aria-label={`${t('network.meetings.attended')}: ${i.org_name}`}
                onChange={(e) => set(i.org_id, { attended: e.target.checked })}
                data-testid="attendance-attended"
              />
            ),
          },
          {
            title: t('network.meetings.attendees'),
            key: 'attendees',
            render: (_, i) =>
              canManage ? (
                <Input
                  value={row(i.org_id)?.attendees ?? ''}
                  aria-label={`${t('network.meetings.attendees')}: ${i.org_name}`}
                  onChange={(e) => set(i.org_id, { attendees: e.target.value })}
                  data-testid="attendance-attendees"
                  style={{ minWidth: 180 }}
                />
              ) : (
                i.attendees || '—'
              ),
          },
        ]}
      />
      {canManage && meeting.invitations.length > 0 ? (
        <Button
          type="primary"
          style={{ marginTop: 8 }}
          loading={save.isPending}
          onClick={() => save.mutate(rows.map((r) => ({ ...r, attendees: (r.attendees ?? '').trim() })))}
          data-testid="attendance-save"
        >
          {t('network.meetings.saveAttendance')}
        </Button>
      ) : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Card>
  );
}
