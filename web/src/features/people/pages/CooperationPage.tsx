// Cooperation with partner bodies of an organisation: its partners, and its meetings (planned and held) with the
// open actions; a quarterly series of meetings is planned in one step.
import { useState } from 'react';
import { Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, todayIso } from '../../../lib/format';
import { createMeeting, createPartner, planMeetings, updatePartner, useMeetings, usePartners } from '../api';
import { OrganisationPicker, useCooperationChoice } from '../components/OrganisationPicker';
import { RecordModal, type Field } from '../components/RecordModal';
import { MeetingStateTag, useCodeText } from '../components/Tags';
import { PARTNER_KINDS, meetingSeries } from '../people';
import type { List, Meeting, MeetingInput, Partner, PartnerInput } from '../types';
import { useFeedback } from '../../../app/feedback';

type Dialog = { kind: 'partner'; partner?: Partner } | { kind: 'meeting' } | { kind: 'series' } | null;

export default function CooperationPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const codeText = useCodeText();
  const { orgs, org, setOrg, loading, error, refetch } = useCooperationChoice();
  const [dialog, setDialog] = useState<Dialog>(null);
  const orgId = org?.id;
  const partners = usePartners({ organisation_id: orgId }, !!orgId);
  const meetings = useMeetings({ organisation_id: orgId }, !!orgId);
  const canManage = !!org?.can_manage;
  const partnerFields: Field[] = [
    { name: 'name', label: t('people.cooperation.partner'), required: true },
    {
      name: 'kind',
      label: t('people.cooperation.kind'),
      kind: 'select',
      required: true,
      options: PARTNER_KINDS.map((k) => ({ value: k, label: t(`people.partnerKind.${k}`) })),
    },
    { name: 'contact', label: t('people.cooperation.contact') },
    ...(dialog?.kind === 'partner' && dialog.partner
      ? [{ name: 'archived', label: t('people.cooperation.archived'), kind: 'checkbox' as const }]
      : []),
  ];
  if (error) return <ErrorAlert error={error} onRetry={() => refetch()} />;
  return (
    <div data-testid="people-cooperation-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.cooperation.title')}
      </Typography.Title>
      {!loading && !orgs.length ? <Empty description={t('people.common.noOrganisation')} /> : null}
      {org ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
          </Space>
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={9}>
              <Card
                title={t('people.cooperation.partners')}
                size="small"
                extra={
                  canManage ? (
                    <Button size="small" onClick={() => setDialog({ kind: 'partner' })} data-testid="partner-create">
                      {t('people.cooperation.addPartner')}
                    </Button>
                  ) : null
                }
              >
                {partners.error ? <ErrorAlert error={partners.error} /> : null}
                <Table<Partner>
                  rowKey="id"
                  size="small"
                  loading={partners.isLoading}
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={partners.data?.items ?? []}
                  locale={{ emptyText: t('people.cooperation.emptyPartners') }}
                  data-testid="partners-table"
                  columns={[
                    {
                      title: t('people.cooperation.partner'),
                      dataIndex: 'name',
                      render: (v: string, p) => (
                        <>
                          {v} {p.archived ? <Tag>{t('people.cooperation.archived')}</Tag> : null}
                        </>
                      ),
                    },
                    {
                      title: t('people.cooperation.kind'),
                      dataIndex: 'kind',
                      // the kind is free text on the server: a known code is translated, anything else is shown as written
                      render: (k: string) =>
                        (PARTNER_KINDS as readonly string[]).includes(k)
                          ? codeText('partnerKind', PARTNER_KINDS, k)
                          : k,
                    },
                    { title: t('people.cooperation.contact'), dataIndex: 'contact', responsive: ['md'] },
                    ...(canManage
                      ? [
                          {
                            key: 'edit',
                            render: (_: unknown, p: Partner) => (
                              <Button
                                size="small"
                                type="link"
                                onClick={() => setDialog({ kind: 'partner', partner: p })}
                              >
                                {t('people.common.edit')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xxl={15}>
              <Card
                title={t('people.cooperation.meetings')}
                size="small"
                extra={
                  canManage ? (
                    <Space wrap>
                      <Button size="small" onClick={() => setDialog({ kind: 'series' })} data-testid="meetings-plan">
                        {t('people.cooperation.planSeries')}
                      </Button>
                      <Button size="small" onClick={() => setDialog({ kind: 'meeting' })} data-testid="meeting-create">
                        {t('people.cooperation.newMeeting')}
                      </Button>
                    </Space>
                  ) : null
                }
              >
                {meetings.error ? <ErrorAlert error={meetings.error} /> : null}
                <Table<Meeting>
                  rowKey="id"
                  size="small"
                  loading={meetings.isLoading}
                  pagination={(meetings.data?.items.length ?? 0) > 20 ? { pageSize: 20 } : false}
                  scroll={{ x: true }}
                  dataSource={[...(meetings.data?.items ?? [])].sort((a, b) =>
                    b.planned_on.localeCompare(a.planned_on),
                  )}
                  locale={{ emptyText: t('people.cooperation.emptyMeetings') }}
                  data-testid="meetings-table"
                  columns={[
                    {
                      title: t('people.cooperation.plannedOn'),
                      dataIndex: 'planned_on',
                      render: (v: string, m) => (
                        <Link to={`/people/cooperation/meetings/${m.id}`} data-testid="meeting-link">
                          {formatDate(v)}
                        </Link>
                      ),
                    },
                    { title: t('people.cooperation.meeting'), dataIndex: 'title' },
                    {
                      title: t('people.cooperation.heldOn'),
                      dataIndex: 'held_on',
                      responsive: ['md'],
                      render: (v: string) => formatDate(v),
                    },
                    {
                      title: t('people.common.state'),
                      dataIndex: 'state',
                      render: (v: string) => <MeetingStateTag state={v} />,
                    },
                    {
                      title: t('people.cooperation.openActions'),
                      dataIndex: 'open_actions',
                      align: 'right',
                      responsive: ['md'],
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
      {dialog?.kind === 'partner' && org ? (
        <RecordModal
          title={dialog.partner ? t('people.cooperation.editPartner') : t('people.cooperation.addPartner')}
          testId="partner-form"
          fields={partnerFields}
          initial={dialog.partner ? { ...dialog.partner } : { kind: 'other' }}
          onSubmit={(v) => {
            const body = { ...(v as unknown as PartnerInput), organisation_id: org.id };
            return dialog.partner ? updatePartner(dialog.partner.id, body) : createPartner(body);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'meeting' && org ? (
        <RecordModal
          title={t('people.cooperation.newMeeting')}
          testId="meeting-form"
          fields={[
            { name: 'title', label: t('people.cooperation.seriesTitle'), required: true },
            { name: 'planned_on', label: t('people.cooperation.plannedOn'), kind: 'date', required: true },
            { name: 'place', label: t('people.cooperation.place') },
          ]}
          initial={{ planned_on: todayIso() }}
          onSubmit={(v) =>
            createMeeting({
              ...(v as unknown as MeetingInput),
              organisation_id: org.id,
              held_on: '',
              minutes: '',
              state: 'planned',
              participants: [],
            })
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'series' && org ? (
        <RecordModal<List<Meeting>>
          title={t('people.cooperation.planSeries')}
          testId="series-form"
          fields={[
            { name: 'title', label: t('people.cooperation.seriesTitle'), required: true },
            { name: 'first_on', label: t('people.cooperation.firstOn'), kind: 'date', required: true },
            {
              name: 'every_months',
              label: t('people.cooperation.everyMonths'),
              kind: 'number',
              min: 1,
              max: 12,
              required: true,
            },
            { name: 'count', label: t('people.cooperation.count'), kind: 'number', min: 1, max: 24, required: true },
          ]}
          initial={{ first_on: todayIso(), every_months: 3, count: 4 }}
          onSubmit={(v) =>
            planMeetings({
              organisation_id: org.id,
              title: String(v.title ?? ''),
              first_on: String(v.first_on ?? ''),
              every_months: Number(v.every_months),
              count: Number(v.count),
            })
          }
          onDone={(r) => message.success(t('people.cooperation.seriesCreated', { n: r?.items?.length ?? 0 }))}
          onClose={() => setDialog(null)}
          extra={(v) => (
            <Typography.Paragraph type="secondary" data-testid="series-preview">
              {t('people.cooperation.seriesPreview', {
                dates: meetingSeries(String(v.first_on ?? ''), Number(v.every_months ?? 0), Number(v.count ?? 0))
                  .map(formatDate)
                  .join(', '),
              })}
            </Typography.Paragraph>
          )}
        />
      ) : null}
    </div>
  );
}
