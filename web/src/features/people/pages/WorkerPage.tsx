// A worker's page: the record, the requirement this and last year with its reasoning, absences, training outside
// Kvalis, sessions registered and attended (certificates), education plans, appraisals with the next one due and
// supervision hours. Managers of the employer edit; a worker reads their own.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal, todayIso } from '../../../lib/format';
import {
  addAbsence,
  addAppraisal,
  addEducationPlan,
  addExternalTraining,
  deleteAbsence,
  deleteExternalTraining,
  deleteWorker,
  peopleLinks,
  updateEducationPlan,
  updateWorker,
  usePeopleMutation,
  useWorker,
} from '../api';
import { RecordModal, type Field, type Values } from '../components/RecordModal';
import { CategoryTag, RegistrationStateTag, RequirementTag, useCodeText } from '../components/Tags';
import { absenceFields, appraisalFields, planFields, trainingFields, workerFields } from '../components/workerFields';
import { TRAINING_KINDS, hours, isPast, requirementState, workerSessionHours } from '../people';
import type { EducationPlan, RequirementYear, WorkerInput } from '../types';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'absence' }
  | { kind: 'training' }
  | { kind: 'plan'; plan?: EducationPlan }
  | { kind: 'appraisal' }
  | null;

export default function WorkerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const worker = useWorker(id);
  const codeText = useCodeText();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = usePeopleMutation(() => deleteWorker(id));
  const delAbsence = usePeopleMutation(deleteAbsence);
  const delTraining = usePeopleMutation(deleteExternalTraining);
  if (worker.error) return <ErrorAlert error={worker.error} onRetry={() => worker.refetch()} backTo="/people" />;
  const d = worker.data;
  if (!d) return <Card loading />;
  const w = d.worker;
  const canManage = d.can_manage;
  const today = todayIso();
  const nextDue = d.appraisal_next_due_on;
  const year = new Date().getFullYear();

  const dialogProps = (): {
    title: string;
    fields: Field[];
    initial: Values;
    submit: (v: Values) => Promise<unknown>;
  } | null => {
    if (!dialog) return null;
    switch (dialog.kind) {
      case 'edit':
        return {
          title: t('people.worker.edit'),
          fields: workerFields(t),
          initial: { ...w },
          submit: (v) => updateWorker(id, { ...(v as unknown as WorkerInput), organisation_id: w.organisation_id }),
        };
      case 'absence':
        return {
          title: t('people.worker.absences'),
          fields: absenceFields(t),
          initial: {},
          submit: (v) => addAbsence(id, v as never),
        };
      case 'training':
        return {
          title: t('people.worker.trainings'),
          fields: trainingFields(t),
          initial: { kind: 'accredited_course', held_on: today },
          submit: (v) => addExternalTraining(id, v as never),
        };
      case 'plan':
        return {
          title: t('people.worker.plans'),
          fields: planFields(t),
          initial: dialog.plan ? { ...dialog.plan } : { year, agreed_on: today },
          submit: (v) =>
            dialog.plan ? updateEducationPlan(dialog.plan.id, v as never) : addEducationPlan(id, v as never),
        };
      case 'appraisal':
        return {
          title: t('people.worker.appraisals'),
          fields: appraisalFields(t),
          initial: { held_on: today },
          submit: (v) => addAppraisal(id, v as never),
        };
    }
  };
  const form = dialogProps();
  const addButton = (kind: 'absence' | 'training' | 'plan' | 'appraisal') =>
    canManage ? (
      <Button size="small" onClick={() => setDialog({ kind })} data-testid={`worker-add-${kind}`}>
        {t('people.common.add')}
      </Button>
    ) : null;

  return (
    <div data-testid="people-worker-page" data-worker-id={w.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {w.name}
        </Typography.Title>
        <CategoryTag code={w.category} />
        {canManage ? (
          <>
            <Button onClick={() => setDialog({ kind: 'edit' })} data-testid="worker-edit">
              {t('people.worker.edit')}
            </Button>
            <Popconfirm
              title={t('people.worker.deleteConfirm')}
              okText={t('people.common.delete')}
              cancelText={t('people.common.cancel')}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/people') })}
            >
              <Button danger data-testid="worker-delete">
                {t('people.common.delete')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
      </Space>
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <Card title={t('people.worker.record')} className="kv-section" size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('people.staff.position')}>{w.position || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.staff.team')}>{w.team || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.staff.fte')}>{formatDecimal(w.fte, 2)}</Descriptions.Item>
          <Descriptions.Item label={t('people.worker.employmentStart')}>
            {formatDate(w.employment_start)}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.worker.employmentEnd')}>
            {w.employment_end ? formatDate(w.employment_end) : t('people.worker.still')}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.worker.probationEnd')}>{formatDate(w.probation_end)}</Descriptions.Item>
          {w.service_name ? (
            <Descriptions.Item label={t('people.worker.service')}>{w.service_name}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('people.worker.nextDue')}>
            {nextDue ? (
              <Typography.Text type={isPast(nextDue, today) ? 'danger' : undefined} data-testid="worker-next-appraisal">
                {formatDate(nextDue)}
                {isPast(nextDue, today) ? ` (${t('people.staff.overdue')})` : ''}
              </Typography.Text>
            ) : (
              t('people.worker.noneDue')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.worker.supervisionYear', { year })}>
            <span data-testid="worker-supervision">{hours(d.supervision_hours)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {d.rule.text ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="requirement-rule"
          message={t('people.staff.rule', { text: d.rule.text })}
        />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {[...d.requirements]
          .sort((a, b) => b.year - a.year)
          .map((r) => (
            <Col xs={24} lg={12} key={r.year}>
              <RequirementCard r={r} />
            </Col>
          ))}
      </Row>

      <Card title={t('people.worker.sessions')} className="kv-section" size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="registration_id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.sessions}
          data-testid="worker-sessions"
          columns={[
            { title: t('people.common.date'), dataIndex: 'held_on', render: (v: string) => formatDate(v) },
            {
              title: t('people.worker.module'),
              dataIndex: 'module_title',
              render: (v: string, s) => <Link to={`/people/sessions/${s.session_id}`}>{v}</Link>,
            },
            { title: t('people.worker.place'), dataIndex: 'place', responsive: ['md'] },
            {
              title: t('people.common.state'),
              dataIndex: 'state',
              render: (v: string) => <RegistrationStateTag state={v} />,
            },
            {
              title: t('people.common.hours'),
              dataIndex: 'hours',
              align: 'right',
              render: (v: number, s) => {
                const h = workerSessionHours(s.state, v);
                return h.planned ? (
                  <Typography.Text type="secondary" title={t('people.staff.planned')}>
                    {hours(h.hours)}
                  </Typography.Text>
                ) : (
                  hours(h.hours)
                );
              },
            },
            {
              title: t('people.worker.certificate'),
              key: 'cert',
              render: (_, s) =>
                s.state === 'attended' ? (
                  <a href={peopleLinks.certificatePdf(s.registration_id)} data-testid="worker-certificate">
                    PDF
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>

      <Card
        title={t('people.worker.trainings')}
        className="kv-section"
        size="small"
        style={{ marginTop: 16 }}
        extra={addButton('training')}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.trainings}
          columns={[
            { title: t('people.common.date'), dataIndex: 'held_on', render: (v: string) => formatDate(v) },
            { title: t('people.worker.trainingTitle'), dataIndex: 'title' },
            { title: t('people.worker.organiser'), dataIndex: 'organiser', responsive: ['md'] },
            {
              title: t('people.worker.kind'),
              dataIndex: 'kind',
              render: (v: string) => codeText('trainingKind', TRAINING_KINDS, v),
            },
            { title: t('people.common.hours'), dataIndex: 'hours', align: 'right', render: (v: number) => hours(v) },
            ...(canManage
              ? [
                  {
                    key: 'del',
                    render: (_: unknown, x: { id: number }) => (
                      <Button size="small" type="link" danger onClick={() => delTraining.mutate(x.id)}>
                        {t('people.common.delete')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        title={t('people.worker.absences')}
        className="kv-section"
        size="small"
        style={{ marginTop: 16 }}
        extra={addButton('absence')}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={d.absences}
          columns={[
            { title: t('people.common.from'), dataIndex: 'date_from', render: (v: string) => formatDate(v) },
            { title: t('people.common.to'), dataIndex: 'date_to', render: (v: string) => formatDate(v) },
            { title: t('people.worker.reason'), dataIndex: 'reason' },
            ...(canManage
              ? [
                  {
                    key: 'del',
                    render: (_: unknown, x: { id: number }) => (
                      <Button size="small" type="link" danger onClick={() => delAbsence.mutate(x.id)}>
                        {t('people.common.delete')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('people.worker.plans')} size="small" extra={addButton('plan')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={d.education_plans}
              columns={[
                { title: t('people.common.year'), dataIndex: 'year' },
                { title: t('people.worker.agreedOn'), dataIndex: 'agreed_on', render: (v: string) => formatDate(v) },
                { title: t('people.worker.content'), dataIndex: 'content' },
                {
                  title: t('people.worker.nextReview'),
                  dataIndex: 'next_review_on',
                  render: (v: string) => formatDate(v),
                },
                ...(canManage
                  ? [
                      {
                        key: 'edit',
                        render: (_: unknown, p: EducationPlan) => (
                          <Button size="small" type="link" onClick={() => setDialog({ kind: 'plan', plan: p })}>
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
        <Col xs={24} lg={12}>
          <Card title={t('people.worker.appraisals')} size="small" extra={addButton('appraisal')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={d.appraisals}
              columns={[
                { title: t('people.worker.heldOn'), dataIndex: 'held_on', render: (v: string) => formatDate(v) },
                { title: t('people.worker.appraiser'), dataIndex: 'appraiser' },
                { title: t('people.worker.summary'), dataIndex: 'summary', responsive: ['md'] },
                {
                  title: t('people.worker.nextDue'),
                  dataIndex: 'next_due_on',
                  render: (v: string) =>
                    v && isPast(v, today) ? <Tag color="red">{formatDate(v)}</Tag> : formatDate(v),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {form ? (
        <RecordModal
          title={form.title}
          testId={`worker-${dialog?.kind}-form`}
          fields={form.fields}
          initial={form.initial}
          onSubmit={form.submit}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

function RequirementCard({ r }: { r: RequirementYear }) {
  const { t } = useTranslation();
  const state = requirementState(r);
  return (
    <Card
      size="small"
      title={t('people.worker.requirement', { year: r.year })}
      extra={<RequirementTag state={state} />}
      data-testid="worker-requirement"
      data-year={r.year}
      data-shortfall={r.shortfall_hours}
    >
      <Row gutter={8}>
        <Col span={6}>
          <Statistic title={t('people.staff.required')} value={hours(r.required_hours)} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col span={6}>
          <Statistic title={t('people.staff.counted')} value={hours(r.counted_hours)} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('people.staff.shortfall')}
            value={hours(r.shortfall_hours)}
            valueStyle={{ fontSize: 18, color: r.shortfall_hours > 0 ? '#cf1322' : undefined }}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('people.staff.planned')} value={hours(r.planned_hours)} valueStyle={{ fontSize: 18 }} />
        </Col>
      </Row>
      {r.notes.length ? (
        <>
          <Typography.Text strong>{t('people.staff.notes')}</Typography.Text>
          <ul style={{ marginBottom: 0 }} data-testid="requirement-notes">
            {r.notes.map((n) => (
              <li key={n.key + n.text}>{n.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
