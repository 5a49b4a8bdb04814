// A training session: its facts and free places; the organiser opens or cancels it and records attendance; a
// provider's manager registers its workers (waiting list beyond the capacity) and cancels its registrations;
// certificates of those who attended; the questionnaire after a held session.
import { useState } from 'react';
import { Button, Card, Descriptions, Popconfirm, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal, formatNumber } from '../../../lib/format';
import {
  cancelRegistration,
  cancelSession,
  openSession,
  peopleLinks,
  useOrganisations,
  usePeopleMutation,
  useSession,
} from '../api';
import { AttendanceCard } from '../components/AttendanceCard';
import { FeedbackModal } from '../components/FeedbackModal';
import { RegisterModal } from '../components/RegisterModal';
import { SessionModal } from '../components/SessionModal';
import { FreePlaces } from '../components/SessionsTable';
import { RegistrationStateTag, SessionStateTag } from '../components/Tags';
import type { Registration } from '../types';
import { useFeedback } from '../../../app/feedback';

export default function SessionPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const session = useSession(id);
  const orgs = useOrganisations();
  const [dialog, setDialog] = useState<
    { kind: 'register' } | { kind: 'feedback'; registrationId: number } | { kind: 'edit' } | null
  >(null);
  const open = usePeopleMutation(() => openSession(id));
  const cancel = usePeopleMutation(() => cancelSession(id));
  const unregister = usePeopleMutation(cancelRegistration);
  if (session.error)
    return <ErrorAlert error={session.error} onRetry={() => session.refetch()} backTo="/people/sessions" />;
  const d = session.data;
  if (!d) return <Card loading />;
  const s = d.session;
  const all = orgs.data?.items ?? [];
  const organiser = s.can_manage;
  const providers = all.filter((o) => o.can_manage && o.type !== 'region');
  const managed = new Set(all.filter((o) => o.can_manage).map((o) => o.id));
  const taken = new Set(d.registrations.filter((r) => r.state !== 'cancelled').map((r) => r.worker_id));
  const canRegister = d.can_register && providers.length > 0;
  const active = d.registrations.filter((r) => r.state !== 'cancelled');
  const named = {
    registered: d.registrations.filter(
      (r) => r.state === 'registered' || r.state === 'attended' || r.state === 'absent',
    ).length,
    waiting: d.registrations.filter((r) => r.state === 'waiting').length,
  };
  const others = {
    registered: Math.max(0, s.registered - named.registered),
    waiting: Math.max(0, s.waiting - named.waiting),
  };
  const error = open.error ?? cancel.error ?? unregister.error;
  return (
    <div data-testid="people-session-page" data-session-id={s.id} data-state={s.state}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {s.module.title}
        </Typography.Title>
        <SessionStateTag state={s.state} />
        <FreePlaces s={s} />
      </Space>
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        {organiser && s.state === 'planned' ? (
          <Button
            type="primary"
            loading={open.isPending}
            onClick={() => open.mutate(undefined, { onSuccess: () => message.success(t('people.session.opened')) })}
            data-testid="session-open"
          >
            {t('people.session.open')}
          </Button>
        ) : null}
        {organiser && (s.state === 'planned' || s.state === 'open') ? (
          <Button onClick={() => setDialog({ kind: 'edit' })} data-testid="session-edit">
            {t('people.common.edit')}
          </Button>
        ) : null}
        {canRegister ? (
          <Button type="primary" onClick={() => setDialog({ kind: 'register' })} data-testid="session-register">
            {t('people.session.register')}
          </Button>
        ) : null}
        {organiser && (s.state === 'planned' || s.state === 'open') ? (
          <Popconfirm
            title={t('people.session.cancelConfirm')}
            okText={t('people.session.cancel')}
            cancelText={t('people.common.close')}
            onConfirm={() =>
              cancel.mutate(undefined, { onSuccess: () => message.success(t('people.session.cancelled')) })
            }
          >
            <Button danger data-testid="session-cancel">
              {t('people.session.cancel')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      {error ? <ErrorAlert error={error} /> : null}
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('people.sessions.date')}>{formatDate(s.held_on)}</Descriptions.Item>
          {s.time_from ? (
            <Descriptions.Item label={t('people.session.time')}>
              {s.time_from}
              {s.time_to ? `–${s.time_to}` : ''}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('people.sessions.place')}>{s.place}</Descriptions.Item>
          <Descriptions.Item label={t('people.sessions.lecturer')}>{s.lecturer || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.sessions.module')}>
            <Link to={`/people/training/${s.module.id}`}>
              {s.module.code ? `${s.module.code} ` : ''}
              {s.module.title}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('people.catalogue.hours')}>{formatDecimal(s.module.hours, 1)}</Descriptions.Item>
          <Descriptions.Item label={t('people.sessions.capacity')}>
            <span data-testid="session-counts">
              {t('people.session.registered')}: {formatNumber(s.registered)} / {formatNumber(s.capacity)} ·{' '}
              {t('people.sessions.waiting')}: {formatNumber(s.waiting)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('people.sessions.cost')}>{`${formatNumber(s.cost)} Kč`}</Descriptions.Item>
          {s.run_label ? (
            <Descriptions.Item label={t('people.session.runLabel')}>{s.run_label}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('people.session.registrations')} size="small" className="kv-section" style={{ marginTop: 16 }}>
        <Table<Registration>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.registrations}
          data-testid="registrations-table"
          locale={{ emptyText: t('people.session.noRegistrations') }}
          onRow={(r) =>
            ({ 'data-testid': 'registration-row', 'data-registration-id': r.id, 'data-state': r.state }) as never
          }
          columns={[
            {
              title: t('people.session.worker'),
              key: 'name',
              render: (_, r) =>
                managed.has(r.organisation_id) ? (
                  <Link to={`/people/workers/${r.worker_id}`}>{r.worker_name}</Link>
                ) : (
                  r.worker_name || '—'
                ),
            },
            { title: t('people.session.provider'), dataIndex: 'organisation_name', responsive: ['md'] },
            {
              title: t('people.common.state'),
              key: 'state',
              render: (_, r) => <RegistrationStateTag state={r.state} position={r.waiting_position} />,
            },
            {
              title: t('people.session.hours'),
              dataIndex: 'hours_attended',
              align: 'right',
              render: (v: number | null) => (v ? formatDecimal(v, 1) : '—'),
            },
            {
              title: t('people.session.certificate'),
              key: 'cert',
              render: (_, r) =>
                r.state === 'attended' ? (
                  <Space wrap>
                    <a href={peopleLinks.certificatePdf(r.id)} data-testid="certificate-pdf">
                      {t('people.session.certificatePdf')}
                    </a>
                    <a href={peopleLinks.certificateHtml(r.id)} target="_blank" rel="noreferrer">
                      {t('people.session.certificateHtml')}
                    </a>
                    {!r.feedback_given && managed.has(r.organisation_id) ? (
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'feedback', registrationId: r.id })}
                        data-testid="registration-feedback"
                      >
                        {t('people.session.feedbackButton')}
                      </Button>
                    ) : null}
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              key: 'cancel',
              render: (_, r) =>
                (r.state === 'registered' || r.state === 'waiting') &&
                (managed.has(r.organisation_id) || organiser) &&
                s.state !== 'held' ? (
                  <Popconfirm
                    title={t('people.session.cancelRegistrationConfirm')}
                    okText={t('people.session.cancelRegistration')}
                    cancelText={t('people.common.close')}
                    onConfirm={() =>
                      unregister.mutate(r.id, {
                        onSuccess: () => message.success(t('people.session.registrationCancelled')),
                      })
                    }
                  >
                    <Button size="small" type="link" danger data-testid="registration-cancel">
                      {t('people.session.cancelRegistration')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
        {others.registered + others.waiting > 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="registrations-others">
            {t('people.session.othersCount', others)}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {organiser && (s.state === 'open' || s.state === 'held') && active.length ? (
        <AttendanceCard
          key={active.map((r) => `${r.id}:${r.state}:${r.hours_attended ?? ''}`).join(',')}
          sessionId={s.id}
          registrations={active}
          moduleHours={s.module.hours}
          heldOn={s.held_on}
        />
      ) : null}
      {dialog?.kind === 'register' ? (
        <RegisterModal sessionId={s.id} orgs={providers} taken={taken} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <SessionModal
          moduleId={s.module.id}
          session={s}
          onClose={() => setDialog(null)}
          onDone={() => message.success(t('people.session.saved'))}
        />
      ) : null}
      {dialog?.kind === 'feedback' ? (
        <FeedbackModal sessionId={s.id} registrationId={dialog.registrationId} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
