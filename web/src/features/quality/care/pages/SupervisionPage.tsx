// Consultations and supervisions of a provider: list, form, hours per worker and per team with charts, CSV.
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Table,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatDecimal } from '../../../../lib/format';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { isApiError } from '../../../../api/client';
import { useCurrentUser } from '../../../../app/SessionContext';
import {
  createSupervision,
  deleteSupervision,
  supervisionCsvUrl,
  updateSupervision,
  useCareMutation,
  useHours,
  useProviderFindings,
  useSupervisionProviders,
  useSupervisions,
} from '../api';
import type { QcSupervision, QcSupervisionInput } from '../types';
import {
  defaultSupervisionKind,
  formatParticipants,
  recordsOfKind,
  hoursBarOption,
  latestRecordYear,
  parseParticipants,
  supervisionProviders,
  thisYear,
} from '../care';
import { Chart } from '../../../../components/charts/Chart';
import { CareModal } from '../components/CareModal';
import { ProviderSelect } from '../components/ProviderSelect';

const KINDS = ['supervision', 'consultation'] as const;
const FORMS = ['individual', 'group', 'team', 'case'] as const;

export default function SupervisionPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [pickedYear, setYear] = useState<number | undefined>();
  const [pickedKind, setKind] = useState<'supervision' | 'consultation' | 'all'>();
  const all = useSupervisions(undefined, undefined);
  const providers = useMemo(
    () => supervisionProviders(all.data?.items ?? [], user.memberships),
    [all.data, user.memberships],
  );
  const names = useMemo(() => new Map(providers.map((p) => [p.id, p.name])), [providers]);
  // Every provider the caller may record for (a region: its region's, an audit body: those it audits).
  const mayRecord = useSupervisionProviders('');
  const [picked, setPicked] = useState<number | undefined>();
  // Wait for the caller's records: they decide the provider and the year to open on; without any, the first
  // provider the caller may record for.
  const provider = all.data ? (picked ?? providers[0]?.id ?? mayRecord.data?.items[0]?.id) : undefined;
  const year = pickedYear ?? latestRecordYear(all.data?.items ?? [], provider, thisYear());
  const kind = pickedKind ?? defaultSupervisionKind(all.data?.items ?? [], provider, year);
  const list = useSupervisions(provider, year);
  const hours = useHours(provider, year, kind);
  // A provider the caller reads only through its own records answers 404 for a year without any: say so.
  const noRecordsThisYear = isApiError(hours.error) && hours.error.status === 404;
  const [editing, setEditing] = useState<QcSupervision | 'new' | null>(null);
  const remove = useCareMutation((id: number) => deleteSupervision(id));

  return (
    <div data-testid="care-supervision-page">
      <h1>{t('qualityCare.supervision.title')}</h1>
      <Space wrap style={{ marginBottom: 16 }}>
        <ProviderSelect value={provider} onChange={setPicked} names={names} />
        <InputNumber
          min={1990}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
          addonBefore={t('qualityCare.common.year')}
          aria-label={t('qualityCare.common.year')}
        />
        <Select
          value={kind}
          onChange={setKind}
          aria-label={t('qualityCare.supervision.kind')}
          style={{ minWidth: 180 }}
          options={(['supervision', 'consultation', 'all'] as const).map((k) => ({
            value: k,
            label: t(`qualityCare.supervision.kinds.${k}`),
          }))}
        />
        <Button
          type="primary"
          onClick={() => setEditing('new')}
          disabled={!provider}
          data-testid="care-supervision-add"
        >
          {t('qualityCare.supervision.add')}
        </Button>
        {provider ? (
          <Button href={supervisionCsvUrl(provider, year, kind)} data-testid="care-supervision-csv">
            {t('qualityCare.supervision.export')}
          </Button>
        ) : null}
      </Space>
      {all.data && !providers.length && mayRecord.data && !mayRecord.data.items.length ? (
        <Empty data-testid="care-supervision-no-provider" description={t('qualityCare.supervision.noProvider')} />
      ) : null}
      {noRecordsThisYear ? (
        <Empty
          data-testid="care-supervision-empty-year"
          description={t('qualityCare.supervision.emptyYear', {
            year,
            kind: t(`qualityCare.supervision.kinds.${kind}`),
          })}
        />
      ) : hours.error ? (
        <ErrorAlert error={hours.error} />
      ) : null}
      {hours.data ? (
        <Card title={t('qualityCare.supervision.hoursTitle', { year })} className="kv-section" data-testid="care-hours">
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title={t('qualityCare.supervision.sessions')} value={hours.data.sessions} />
            <Statistic title={t('qualityCare.supervision.sessionHours')} value={hours.data.session_hours} />
            <Statistic title={t('qualityCare.supervision.workers')} value={hours.data.workers.length} />
          </Space>
          {hours.data.workers.length ? (
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <h3>{t('qualityCare.supervision.perWorker')}</h3>
                <Chart
                  testId="care-hours-workers"
                  data={{ rows: hours.data.workers.length }}
                  height={Math.max(200, hours.data.workers.length * 28)}
                  option={hoursBarOption(
                    hours.data.workers.map((w) => ({ name: w.name, hours: w.hours })),
                    t('qualityCare.supervision.hoursUnit'),
                  )}
                />
                <Table
                  size="small"
                  rowKey="name"
                  pagination={false}
                  dataSource={hours.data.workers}
                  columns={[
                    { title: t('qualityCare.supervision.workerColumn'), dataIndex: 'name' },
                    {
                      title: t('qualityCare.supervision.teamColumn'),
                      dataIndex: 'team',
                      render: (v: string) => v || t('qualityCare.supervision.noTeam'),
                    },
                    {
                      title: t('qualityCare.supervision.hours'),
                      dataIndex: 'hours',
                      align: 'right',
                      render: (v: number) => formatDecimal(v, 1),
                    },
                    { title: t('qualityCare.supervision.sessionsColumn'), dataIndex: 'sessions', align: 'right' },
                  ]}
                />
              </Col>
              <Col xs={24} lg={12}>
                <h3>{t('qualityCare.supervision.perTeam')}</h3>
                <Chart
                  height={280}
                  testId="care-hours-teams"
                  data={{ rows: hours.data.teams.length }}
                  option={hoursBarOption(
                    hours.data.teams.map((x) => ({
                      name: x.team || t('qualityCare.supervision.noTeam'),
                      hours: x.hours,
                    })),
                    t('qualityCare.supervision.hoursUnit'),
                  )}
                />
                <Table
                  size="small"
                  rowKey="team"
                  pagination={false}
                  dataSource={hours.data.teams}
                  columns={[
                    {
                      title: t('qualityCare.supervision.teamColumn'),
                      dataIndex: 'team',
                      render: (v: string) => v || t('qualityCare.supervision.noTeam'),
                    },
                    {
                      title: t('qualityCare.supervision.hours'),
                      dataIndex: 'hours',
                      align: 'right',
                      render: (v: number) => formatDecimal(v, 1),
                    },
                    {
                      title: t('qualityCare.supervision.personHoursColumn'),
                      dataIndex: 'person_hours',
                      align: 'right',
                      render: (v: number) => formatDecimal(v, 1),
                    },
                    { title: t('qualityCare.supervision.workersColumn'), dataIndex: 'workers', align: 'right' },
                  ]}
                />
              </Col>
            </Row>
          ) : (
            <Empty
              data-testid="care-supervision-empty-year"
              description={t('qualityCare.supervision.emptyYear', {
                year,
                kind: t(`qualityCare.supervision.kinds.${kind}`),
              })}
            />
          )}
        </Card>
      ) : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Table<QcSupervision>
        rowKey="id"
        loading={list.isPending}
        dataSource={recordsOfKind(list.data?.items ?? [], kind)}
        data-testid="care-supervision-list"
        locale={{ emptyText: t('qualityCare.supervision.empty') }}
        columns={[
          {
            title: t('qualityCare.supervision.date'),
            dataIndex: 'held_on',
            render: (v: string) => <span className="kv-nowrap">{formatDate(v)}</span>,
          },
          {
            title: t('qualityCare.supervision.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`qualityCare.supervision.kinds.${k}`),
          },
          {
            title: t('qualityCare.supervision.form'),
            dataIndex: 'form',
            render: (f: string) => t(`qualityCare.supervision.forms.${f}`),
          },
          { title: t('qualityCare.supervision.supervisor'), dataIndex: 'supervisor' },
          {
            title: t('qualityCare.supervision.hours'),
            dataIndex: 'hours',
            align: 'right',
            render: (v: number) => formatDecimal(v, 1),
          },
          {
            title: t('qualityCare.supervision.participants'),
            render: (_, r) => r.participants.map((p) => p.name).join(', '),
          },
          { title: t('qualityCare.supervision.topics'), dataIndex: 'topics' },
          {
            title: t('qualityCare.supervision.findings'),
            render: (_, r) =>
              r.findings.map((f) => (
                <div key={f.id}>
                  <Link to={`/quality/audits/${f.audit_id}`}>{f.text}</Link>
                </div>
              )),
          },
          { title: t('qualityCare.supervision.recordedBy'), dataIndex: 'recorded_by_name' },
          {
            key: 'actions',
            render: (_, r) =>
              r.can_edit ? (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('qualityCare.common.edit')}
                  </Button>
                  <Popconfirm title={t('qualityCare.common.confirmDelete')} onConfirm={() => remove.mutate(r.id)}>
                    <Button size="small" danger>
                      {t('qualityCare.common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {editing && provider ? (
        <SupervisionModal
          provider={provider}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}

interface FormValues {
  kind: string;
  form: string;
  supervisor: string;
  held_on: dayjs.Dayjs;
  hours: number;
  topics?: string;
  note?: string;
  participants: string;
  finding_ids?: number[];
}

function SupervisionModal({
  provider,
  record,
  onClose,
}: {
  provider: number;
  record: QcSupervision | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const findings = useProviderFindings(provider);
  const save = useCareMutation((body: QcSupervisionInput) =>
    record ? updateSupervision(record.id, body) : createSupervision(body),
  );
  const [badLines, setBadLines] = useState<number[]>([]);
  const submit = (v: FormValues) => {
    const parsed = parseParticipants(v.participants ?? '');
    setBadLines(parsed.bad);
    if (parsed.bad.length) return;
    save.mutate(
      {
        provider_org_id: provider,
        kind: v.kind,
        form: v.form,
        supervisor: v.supervisor,
        held_on: v.held_on.format('YYYY-MM-DD'),
        hours: v.hours,
        topics: v.topics ?? '',
        note: v.note ?? '',
        participants: parsed.participants,
        finding_ids: v.finding_ids ?? [],
        ...(record ? {} : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <CareModal
      title={t(record ? 'qualityCare.supervision.edit' : 'qualityCare.supervision.add')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
      width={680}
      testId="care-supervision-modal"
    >
      {badLines.length ? (
        <Alert type="error" message={t('qualityCare.supervision.participantsBad', { lines: badLines.join(', ') })} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          record
            ? {
                kind: record.kind,
                form: record.form,
                supervisor: record.supervisor,
                held_on: dayjs(record.held_on),
                hours: record.hours,
                topics: record.topics,
                note: record.note,
                participants: formatParticipants(record.participants),
                finding_ids: record.findings.map((f) => f.id),
              }
            : { kind: 'supervision', form: 'group', hours: 2 }
        }
      >
        <Space wrap>
          <Form.Item name="kind" label={t('qualityCare.supervision.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={KINDS.map((k) => ({ value: k, label: t(`qualityCare.supervision.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="form" label={t('qualityCare.supervision.form')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={FORMS.map((k) => ({ value: k, label: t(`qualityCare.supervision.forms.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="held_on" label={t('qualityCare.supervision.date')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="hours" label={t('qualityCare.supervision.hours')} rules={[{ required: true }]}>
            <InputNumber min={0.25} max={24} step={0.25} decimalSeparator="," />
          </Form.Item>
        </Space>
        <Form.Item name="supervisor" label={t('qualityCare.supervision.supervisor')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('qualityCare.supervision.participants')}
          extra={t('qualityCare.supervision.participantsHelp')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={4} data-testid="care-participants" />
        </Form.Item>
        <Form.Item name="topics" label={t('qualityCare.supervision.topics')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item name="finding_ids" label={t('qualityCare.supervision.findings')}>
          <Select
            mode="multiple"
            loading={findings.isPending}
            options={(findings.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.audit_title}: ${f.text}` }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('qualityCare.supervision.note')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}
