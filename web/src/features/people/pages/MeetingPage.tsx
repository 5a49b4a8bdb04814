// A cooperation meeting: its facts and minutes, participants (partner bodies and people), the actions agreed at
// it, and the follow-up of the open actions of earlier meetings (each marked done or dropped with a note).
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, todayIso } from '../../../lib/format';
import { addAgreedAction, updateAgreedAction, updateMeeting, useMeeting, usePartners, usePeopleMutation } from '../api';
import { RecordModal } from '../components/RecordModal';
import { ActionStateTag, MeetingStateTag } from '../components/Tags';
import { MEETING_STATES, isPast } from '../people';
import type { AgreedAction, MeetingDetail, MeetingInput, Participant } from '../types';
import { useFeedback } from '../../../app/feedback';

export function meetingInput(d: MeetingDetail, patch: Partial<MeetingInput> = {}): MeetingInput {
  const m = d.meeting;
  return {
    organisation_id: m.organisation_id,
    title: m.title,
    planned_on: m.planned_on,
    held_on: m.held_on,
    place: m.place,
    minutes: d.minutes,
    state: m.state,
    participants: d.participants.map((p) => ({ partner_id: p.partner_id ?? null, name: p.name, role: p.role })),
    ...patch,
  };
}

export default function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const [dialog, setDialog] = useState<'edit' | 'action' | null>(null);
  const d = meeting.data;
  const partners = usePartners({ organisation_id: d?.meeting.organisation_id }, !!d?.can_manage);
  if (meeting.error)
    return <ErrorAlert error={meeting.error} onRetry={() => meeting.refetch()} backTo="/people/cooperation" />;
  if (!d) return <Card loading />;
  const m = d.meeting;
  const canManage = d.can_manage;
  const today = todayIso();
  return (
    <div data-testid="people-meeting-page" data-meeting-id={m.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <MeetingStateTag state={m.state} />
        {canManage ? (
          <Button onClick={() => setDialog('edit')} data-testid="meeting-edit">
            {t('people.meeting.edit')}
          </Button>
        ) : null}
      </Space>
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('people.cooperation.plannedOn')}>{formatDate(m.planned_on)}</Descriptions.Item>
          <Descriptions.Item label={t('people.cooperation.heldOn')}>{formatDate(m.held_on)}</Descriptions.Item>
          <Descriptions.Item label={t('people.cooperation.place')}>{m.place || '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('people.meeting.minutes')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-minutes">
          {d.minutes || '—'}
        </Typography.Paragraph>
      </Card>
      <ParticipantsCard
        meeting={d}
        canManage={canManage}
        partners={(partners.data?.items ?? []).filter((p) => !p.archived).map((p) => ({ value: p.id, label: p.name }))}
      />
      <Card
        title={t('people.meeting.actions')}
        size="small"
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          canManage ? (
            <Button size="small" onClick={() => setDialog('action')} data-testid="action-create">
              {t('people.meeting.addAction')}
            </Button>
          ) : null
        }
      >
        <Table<AgreedAction>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.actions}
          locale={{ emptyText: t('people.meeting.noActions') }}
          data-testid="meeting-actions"
          columns={[
            { title: t('people.meeting.actionText'), dataIndex: 'text' },
            { title: t('people.meeting.owner'), dataIndex: 'owner' },
            {
              title: t('people.meeting.due'),
              dataIndex: 'due_on',
              render: (v: string, a) =>
                a.state === 'open' && isPast(v, today) ? (
                  <Typography.Text type="danger">{formatDate(v)}</Typography.Text>
                ) : (
                  formatDate(v)
                ),
            },
            {
              title: t('people.common.state'),
              dataIndex: 'state',
              render: (v: string) => <ActionStateTag state={v} />,
            },
            {
              title: t('people.meeting.followedUpAt'),
              key: 'fu',
              responsive: ['md'],
              render: (_, a) =>
                a.follow_up_meeting_id ? (
                  <Link to={`/people/cooperation/meetings/${a.follow_up_meeting_id}`}>{a.follow_up_note || '→'}</Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <FollowUpCard meeting={d} canManage={canManage} />
      {dialog === 'edit' ? (
        <RecordModal
          title={t('people.meeting.edit')}
          testId="meeting-edit-form"
          fields={[
            { name: 'title', label: t('people.cooperation.seriesTitle'), required: true },
            { name: 'planned_on', label: t('people.cooperation.plannedOn'), kind: 'date', required: true },
            { name: 'held_on', label: t('people.cooperation.heldOn'), kind: 'date' },
            { name: 'place', label: t('people.cooperation.place') },
            {
              name: 'state',
              label: t('people.common.state'),
              kind: 'select',
              required: true,
              options: MEETING_STATES.map((s) => ({ value: s, label: t(`people.meetingState.${s}`) })),
            },
            { name: 'minutes', label: t('people.meeting.minutes'), kind: 'textarea' },
          ]}
          initial={{ ...m, minutes: d.minutes }}
          onSubmit={(v) => updateMeeting(m.id, meetingInput(d, v as Partial<MeetingInput>))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'action' ? (
        <RecordModal
          title={t('people.meeting.addAction')}
          testId="action-form"
          fields={[
            { name: 'text', label: t('people.meeting.actionText'), kind: 'textarea', required: true },
            { name: 'owner', label: t('people.meeting.owner'), required: true },
            { name: 'due_on', label: t('people.meeting.due'), kind: 'date' },
          ]}
          initial={{}}
          onSubmit={(v) => addAgreedAction(m.id, v as never)}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

function ParticipantsCard({
  meeting,
  canManage,
  partners,
}: {
  meeting: MeetingDetail;
  canManage: boolean;
  partners: { value: number; label: string }[];
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [rows, setRows] = useState<Participant[] | null>(null);
  const save = usePeopleMutation((ps: Participant[]) =>
    updateMeeting(meeting.meeting.id, meetingInput(meeting, { participants: ps })),
  );
  const editing = rows !== null;
  const list = rows ?? meeting.participants;
  const set = (i: number, patch: Partial<Participant>) =>
    setRows(list.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Card
      title={t('people.meeting.participants')}
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      extra={
        canManage && !editing ? (
          <Button size="small" onClick={() => setRows([...meeting.participants])} data-testid="participants-edit">
            {t('people.common.edit')}
          </Button>
        ) : null
      }
    >
      {!editing ? (
        meeting.participants.length ? (
          <ul style={{ margin: 0 }} data-testid="participants">
            {meeting.participants.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.role ? ` – ${p.role}` : ''}
                {p.partner_name ? ` (${p.partner_name})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {list.map((p, i) => (
            <Space key={i} wrap>
              <Input
                placeholder={t('people.meeting.participantName')}
                aria-label={t('people.meeting.participantName')}
                value={p.name}
                onChange={(e) => set(i, { name: e.target.value })}
              />
              <Input
                placeholder={t('people.meeting.role')}
                aria-label={t('people.meeting.role')}
                value={p.role}
                onChange={(e) => set(i, { role: e.target.value })}
              />
              <Select
                allowClear
                style={{ minWidth: 200 }}
                placeholder={t('people.cooperation.partner')}
                value={p.partner_id ?? undefined}
                onChange={(v) => set(i, { partner_id: v ?? null })}
                options={partners}
              />
              <Button type="link" danger onClick={() => setRows(list.filter((_, j) => j !== i))}>
                {t('people.common.delete')}
              </Button>
            </Space>
          ))}
          <Space wrap>
            <Button onClick={() => setRows([...list, { name: '', role: '', partner_id: null, partner_name: '' }])}>
              {t('people.meeting.addParticipant')}
            </Button>
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  list.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim(), role: p.role.trim() })),
                  {
                    onSuccess: () => {
                      message.success(t('people.common.saved'));
                      setRows(null);
                    },
                  },
                )
              }
              data-testid="participants-save"
            >
              {t('people.common.save')}
            </Button>
            <Button onClick={() => setRows(null)}>{t('people.common.cancel')}</Button>
          </Space>
          {save.error ? <ErrorAlert error={save.error} /> : null}
        </Space>
      )}
    </Card>
  );
}

export function FollowUpCard({ meeting, canManage }: { meeting: MeetingDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<Record<number, string>>({});
  // The note as typed, else the one already recorded (an untouched field keeps it rather than clearing it).
  const noteOf = (a: AgreedAction) => notes[a.id] ?? a.follow_up_note ?? '';
  const update = usePeopleMutation((x: { id: number; state: string; note: string }) =>
    updateAgreedAction(x.id, {
      state: x.state,
      follow_up_meeting_id: meeting.meeting.id,
      follow_up_note: x.note.trim(),
    }),
  );
  return (
    <Card
      title={t('people.meeting.followUp')}
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="follow-up"
    >
      <Typography.Paragraph type="secondary">{t('people.meeting.followUpHelp')}</Typography.Paragraph>
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <Table<AgreedAction>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={meeting.follow_ups}
        locale={{ emptyText: t('people.meeting.noFollowUp') }}
        onRow={(a) => ({ 'data-testid': 'follow-up-row', 'data-action-id': a.id }) as never}
        columns={[
          {
            title: t('people.meeting.fromMeeting'),
            key: 'from',
            render: (_, a) => (
              <Link to={`/people/cooperation/meetings/${a.meeting_id}`}>
                {a.meeting_date ? `${formatDate(a.meeting_date)} · ${a.meeting_title}` : a.meeting_title}
              </Link>
            ),
          },
          { title: t('people.meeting.actionText'), dataIndex: 'text' },
          { title: t('people.meeting.owner'), dataIndex: 'owner', responsive: ['md'] },
          { title: t('people.meeting.due'), dataIndex: 'due_on', render: (v: string) => formatDate(v) },
          ...(canManage
            ? [
                {
                  title: t('people.meeting.followUpNote'),
                  key: 'note',
                  render: (_: unknown, a: AgreedAction) =>
                    a.state !== 'open' ? (
                      // Already settled (done or dropped): show how, not buttons that look undone.
                      <Space wrap data-testid="follow-up-settled">
                        <ActionStateTag state={a.state} />
                        <span>{a.follow_up_note}</span>
                      </Space>
                    ) : (
                      <Space wrap>
                        <Input
                          size="small"
                          style={{ minWidth: 180 }}
                          aria-label={t('people.meeting.followUpNote')}
                          value={noteOf(a)}
                          onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })}
                        />
                        <Button
                          size="small"
                          onClick={() => update.mutate({ id: a.id, state: 'done', note: noteOf(a) })}
                          data-testid="follow-up-done"
                        >
                          {t('people.meeting.markDone')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => update.mutate({ id: a.id, state: 'dropped', note: noteOf(a) })}
                        >
                          {t('people.meeting.markDropped')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : [
                {
                  title: t('people.common.state'),
                  dataIndex: 'state',
                  render: (v: string) => <ActionStateTag state={v} />,
                },
              ]),
        ]}
      />
    </Card>
  );
}
