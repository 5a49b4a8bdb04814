// OSPOD office: written procedures per OSPOD standard with versions, staffing history with the ratio
// against the norm (chart), and links to the office's self-assessments (audits of the audit side).
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Collapse,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal, formatNumber } from '../../../../lib/format';
import {
  createProcedure,
  createSnapshot,
  putNorm,
  useCareMutation,
  useOffices,
  useProcedures,
  useSelfAssessments,
  useStaffing,
} from '../api';
import type { QcProcedureInput, QcSnapshot, QcSnapshotInput } from '../types';
import { parseWorkers, staffingOption } from '../care';
import { Chart } from '../../../../components/charts/Chart';
import { StateTag } from '../components/StateTag';
import { AuditStatusTag } from '../../components/Tags';
import { CareModal } from '../components/CareModal';

export default function OspodPage() {
  const { t } = useTranslation();
  const offices = useOffices();
  const [picked, setPicked] = useState<number | undefined>();
  const office = picked ?? offices.data?.items[0]?.id;
  const current = offices.data?.items.find((o) => o.id === office);
  if (offices.error) return <ErrorAlert error={offices.error} />;
  return (
    <div data-testid="care-ospod-page">
      <h1>{t('qualityCare.ospod.title')}</h1>
      {offices.data && !offices.data.items.length ? <Empty description={t('qualityCare.ospod.noOffice')} /> : null}
      {(offices.data?.items.length ?? 0) > 1 ? (
        <Select
          style={{ width: 480, maxWidth: '100%', marginBottom: 16 }}
          value={office}
          onChange={setPicked}
          aria-label={t('qualityCare.ospod.office')}
          options={offices.data?.items.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : current ? (
        <h2>{current.name}</h2>
      ) : null}
      {office ? (
        <>
          <SelfAssessments office={office} />
          <Procedures office={office} />
          <Staffing office={office} />
        </>
      ) : null}
    </div>
  );
}

function SelfAssessments({ office }: { office: number }) {
  const { t } = useTranslation();
  const audits = useSelfAssessments(office);
  return (
    <Card
      title={t('qualityCare.ospod.selfAssessments')}
      className="kv-section"
      data-testid="care-ospod-self-assessments"
    >
      {audits.error ? <ErrorAlert error={audits.error} /> : null}
      <List
        loading={audits.isPending}
        dataSource={audits.data?.items ?? []}
        locale={{ emptyText: t('qualityCare.ospod.noSelfAssessments') }}
        renderItem={(a) => (
          <List.Item>
            <Link to={`/quality/audits/${a.id}`}>{a.title || `#${a.id}`}</Link> <AuditStatusTag status={a.status} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function Procedures({ office }: { office: number }) {
  const { t } = useTranslation();
  const data = useProcedures(office);
  const [adding, setAdding] = useState<number | null>(null);
  if (data.error) return <ErrorAlert error={data.error} />;
  return (
    <Card
      title={t('qualityCare.ospod.procedures')}
      className="kv-section"
      loading={data.isPending}
      data-testid="care-ospod-procedures"
    >
      <Collapse
        items={(data.data?.standards ?? []).map((st) => {
          const inForce = st.versions.find((v) => v.in_force);
          return {
            key: String(st.standard_number),
            label: (
              <Space>
                <strong>{st.standard_number}.</strong> {st.standard_name}
                {inForce ? (
                  <Tag color="green">
                    {t('qualityCare.ospod.version')} {inForce.version} – {t('qualityCare.ospod.inForce')}
                  </Tag>
                ) : st.versions.length ? (
                  <Tag>{t('qualityCare.ospod.noneInForce')}</Tag>
                ) : (
                  <Tag color="orange">{t('qualityCare.ospod.noProcedure')}</Tag>
                )}
              </Space>
            ),
            children: (
              <div data-testid={`care-procedure-${st.standard_number}`}>
                {st.versions.map((v) => (
                  <Descriptions
                    key={v.id}
                    size="small"
                    bordered
                    column={1}
                    style={{ marginBottom: 12 }}
                    title={
                      <Space>
                        {t('qualityCare.ospod.version')} {v.version}: {v.title}{' '}
                        {v.in_force ? <Tag color="green">{t('qualityCare.ospod.inForce')}</Tag> : null}
                      </Space>
                    }
                    items={[
                      {
                        key: 'a',
                        label: t('qualityCare.ospod.approvedOn'),
                        children: `${dayjs(v.approved_on).format('D. M. YYYY')} ${v.approved_by}`,
                      },
                      {
                        key: 'e',
                        label: t('qualityCare.ospod.effectiveFrom'),
                        children: dayjs(v.effective_from).format('D. M. YYYY'),
                      },
                      ...(v.change_note
                        ? [{ key: 'n', label: t('qualityCare.ospod.changeNote'), children: v.change_note }]
                        : []),
                      ...(v.content
                        ? [
                            {
                              key: 'c',
                              label: t('qualityCare.ospod.content'),
                              children: <div style={{ whiteSpace: 'pre-wrap' }}>{v.content}</div>,
                            },
                          ]
                        : []),
                    ]}
                  />
                ))}
                {data.data?.can_edit ? (
                  <Button onClick={() => setAdding(st.standard_number)}>{t('qualityCare.ospod.newVersion')}</Button>
                ) : null}
              </div>
            ),
          };
        })}
      />
      {adding ? <ProcedureModal office={office} standard={adding} onClose={() => setAdding(null)} /> : null}
    </Card>
  );
}

function ProcedureModal({ office, standard, onClose }: { office: number; standard: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useCareMutation((body: QcProcedureInput) => createProcedure(office, body));
  return (
    <CareModal
      title={`${t('qualityCare.ospod.newVersion')} – ${t('qualityCare.ospod.standard')} ${standard}`}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
      width={680}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: {
          title: string;
          content?: string;
          approved_on: dayjs.Dayjs;
          approved_by?: string;
          effective_from?: dayjs.Dayjs;
          change_note?: string;
        }) =>
          save.mutate(
            {
              standard_number: standard,
              title: v.title,
              content: v.content ?? '',
              approved_on: v.approved_on.format('YYYY-MM-DD'),
              approved_by: v.approved_by ?? '',
              effective_from: (v.effective_from ?? v.approved_on).format('YYYY-MM-DD'),
              change_note: v.change_note ?? '',
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="title" label={t('qualityCare.ospod.procTitle')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space>
          <Form.Item name="approved_on" label={t('qualityCare.ospod.approvedOn')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="effective_from" label={t('qualityCare.ospod.effectiveFrom')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="approved_by" label={t('qualityCare.ospod.approvedBy')}>
            <Input maxLength={200} />
          </Form.Item>
        </Space>
        <Form.Item name="change_note" label={t('qualityCare.ospod.changeNote')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="content" label={t('qualityCare.ospod.content')}>
          <Input.TextArea rows={8} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}

function ratioCell(t: (k: string, o?: Record<string, unknown>) => string, r: QcSnapshot['cases_ratio']) {
  return (
    <Space direction="vertical" size={0}>
      <span>{r.ratio != null ? formatDecimal(r.ratio, 1) : t('qualityCare.common.none')}</span>
      <StateTag state={r.state} label={t(`qualityCare.ospod.states.${r.state}`)} />
      {r.state === 'over' && r.fte_needed != null ? (
        <small>{t('qualityCare.ospod.fteNeeded', { fte: formatDecimal(r.fte_needed, 2) })}</small>
      ) : null}
    </Space>
  );
}

/** Staffing snapshots, newest first; a row opens to its workers. */
export function StaffingTable({ snapshots }: { snapshots: QcSnapshot[] }) {
  const { t } = useTranslation();
  return (
    <Table<QcSnapshot>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...snapshots].reverse()}
      data-testid="care-staffing-table"
      expandable={{
        // A snapshot's `children` is the number of children in care, not nested rows of the table.
        childrenColumnName: 'nested_rows',
        expandedRowRender: (s) => (
          <List
            size="small"
            dataSource={s.workers}
            renderItem={(w) => (
              <List.Item>
                {w.job}
                {w.name ? ` – ${w.name}` : ''}: {formatDecimal(w.fte, 2)}
              </List.Item>
            )}
          />
        ),
      }}
      columns={[
        {
          title: t('qualityCare.ospod.asOf'),
          dataIndex: 'as_of',
          render: (v: string) => dayjs(v).format('D. M. YYYY'),
        },
        {
          title: t('qualityCare.ospod.cases'),
          dataIndex: 'cases',
          align: 'right',
          render: (v: number | null) => formatNumber(v),
        },
        {
          title: t('qualityCare.ospod.children'),
          dataIndex: 'children',
          align: 'right',
          render: (v: number | null) => formatNumber(v),
        },
        {
          title: t('qualityCare.ospod.fte'),
          dataIndex: 'total_fte',
          align: 'right',
          render: (v: number | null) => formatDecimal(v, 2),
        },
        { title: t('qualityCare.ospod.casesPerFte'), render: (_, s) => ratioCell(t, s.cases_ratio) },
        { title: t('qualityCare.ospod.childrenPerFte'), render: (_, s) => ratioCell(t, s.children_ratio) },
      ]}
    />
  );
}

function Staffing({ office }: { office: number }) {
  const { t } = useTranslation();
  const data = useStaffing(office);
  const [adding, setAdding] = useState(false);
  const [norming, setNorming] = useState(false);
  if (data.error) return <ErrorAlert error={data.error} />;
  const d = data.data;
  return (
    <Card
      title={t('qualityCare.ospod.staffing')}
      className="kv-section"
      loading={data.isPending}
      data-testid="care-ospod-staffing"
      extra={
        <Space>
          {d?.can_set_norm ? <Button onClick={() => setNorming(true)}>{t('qualityCare.ospod.setNorm')}</Button> : null}
          {d?.can_edit ? (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('qualityCare.ospod.addSnapshot')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {d && !d.norm.set ? (
        <Alert
          type="info"
          showIcon
          message={t('qualityCare.ospod.normNotSet')}
          style={{ marginBottom: 12 }}
          data-testid="care-norm-not-set"
        />
      ) : null}
      {d?.norm.set ? (
        <p>
          {t('qualityCare.ospod.norm')}:{' '}
          {d.norm.max_cases_per_fte != null ? `${t('qualityCare.ospod.maxCases')} ${d.norm.max_cases_per_fte}` : ''}
          {d.norm.max_children_per_fte != null
            ? ` · ${t('qualityCare.ospod.maxChildren')} ${d.norm.max_children_per_fte}`
            : ''}
          {d.norm.source ? ` (${d.norm.source})` : ''}
        </p>
      ) : null}
      {d?.snapshots.length ? (
        <Chart
          height={280}
          testId="care-staffing-chart"
          data={{ points: d.snapshots.length }}
          option={staffingOption(
            d.snapshots.map((s) => ({ as_of: s.as_of, ratio: s.cases_ratio.ratio })),
            d.norm.max_cases_per_fte,
            { ratio: t('qualityCare.ospod.casesPerFte'), norm: t('qualityCare.ospod.norm') },
          )}
        />
      ) : null}
      <StaffingTable snapshots={d?.snapshots ?? []} />
      {adding ? <SnapshotModal office={office} onClose={() => setAdding(false)} /> : null}
      {norming && d ? <NormModal office={office} initial={d.norm} onClose={() => setNorming(false)} /> : null}
    </Card>
  );
}

function SnapshotModal({ office, onClose }: { office: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [bad, setBad] = useState<number[]>([]);
  const save = useCareMutation((body: QcSnapshotInput) => createSnapshot(office, body));
  return (
    <CareModal title={t('qualityCare.ospod.addSnapshot')} onClose={onClose} onOk={() => form.submit()} save={save}>
      {bad.length ? (
        <Alert type="error" message={t('qualityCare.ospod.workersBad', { lines: bad.join(', ') })} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: { as_of: dayjs.Dayjs; cases?: number; children?: number; workers: string; note?: string }) => {
          const parsed = parseWorkers(v.workers ?? '');
          setBad(parsed.bad);
          if (parsed.bad.length) return;
          save.mutate(
            {
              as_of: v.as_of.format('YYYY-MM-DD'),
              cases: v.cases ?? null,
              children: v.children ?? null,
              note: v.note ?? '',
              workers: parsed.workers,
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Space>
          <Form.Item name="as_of" label={t('qualityCare.ospod.asOf')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="cases" label={t('qualityCare.ospod.cases')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="children" label={t('qualityCare.ospod.children')}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Form.Item
          name="workers"
          label={t('qualityCare.ospod.fte')}
          extra={t('qualityCare.ospod.workersHelp')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="note" label={t('qualityCare.supervision.note')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}

function NormModal({
  office,
  initial,
  onClose,
}: {
  office: number;
  initial: { max_cases_per_fte?: number | null; max_children_per_fte?: number | null; source: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useCareMutation(
    (body: { max_cases_per_fte: number | null; max_children_per_fte: number | null; source: string }) =>
      putNorm(office, body),
  );
  return (
    <CareModal title={t('qualityCare.ospod.setNorm')} onClose={onClose} onOk={() => form.submit()} save={save}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v: { max_cases_per_fte?: number; max_children_per_fte?: number; source?: string }) =>
          save.mutate(
            {
              max_cases_per_fte: v.max_cases_per_fte ?? null,
              max_children_per_fte: v.max_children_per_fte ?? null,
              source: v.source ?? '',
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="max_cases_per_fte" label={t('qualityCare.ospod.maxCases')}>
          <InputNumber min={0.1} decimalSeparator="," />
        </Form.Item>
        <Form.Item name="max_children_per_fte" label={t('qualityCare.ospod.maxChildren')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="source" label={t('qualityCare.ospod.normSource')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}
