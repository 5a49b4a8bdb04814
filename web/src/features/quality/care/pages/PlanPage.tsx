// One transformation plan: progress, milestones (mark done), capacity chart, community check of each place
// with reasons, the region's limits, and inclusion indicators with a trend chart.
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import {
  createMilestone,
  createPlace,
  deleteMilestone,
  deletePlace,
  putLimits,
  putValues,
  updateMilestone,
  updatePlace,
  useCareMutation,
  usePlan,
} from '../api';
import type { QcIndicator, QcMilestone, QcMilestoneInput, QcPlace, QcPlan, QcPlaceInput } from '../types';
import { NEW_PLACE, placeFormValues, placeInput, type PlaceFormValues } from '../careForms';
import { IndicatorModal, markFieldError } from '../components/IndicatorForm';
import {
  capacityOption,
  indicatorTrend,
  indicatorTrendOption,
  indicatorValueText,
  parseHouseholdSizes,
  trendDirection,
  trendsByUnit,
} from '../care';
import { Chart } from '../../../../components/charts/Chart';
import { StateTag } from '../components/StateTag';
import { ServiceSelect } from '../../components/ServiceSelect';
import { CareModal } from '../components/CareModal';

const KINDS = ['capacity_reduction', 'community_service', 'client_moves', 'other'] as const;
const fmt = (d: string) => (d ? dayjs(d).format('D. M. YYYY') : '');

export default function PlanPage() {
  const { t } = useTranslation();
  const id = Number(useParams().planId);
  const plan = usePlan(Number.isFinite(id) ? id : 0);
  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return <Card loading />;
  const p = plan.data;
  const s = p.summary;
  return (
    <div data-testid="care-plan-page">
      <Link to="/quality/care/transformation">{t('qualityCare.transformation.back')}</Link>
      <h1>{s.title}</h1>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        className="kv-section"
        items={[
          {
            key: 's',
            label: t('qualityCare.transformation.service'),
            children: `${s.service_name} (${s.provider_name})`,
          },
          {
            key: 'st',
            label: t('qualityCare.transformation.status'),
            children: t(`qualityCare.transformation.statuses.${s.status}`),
          },
          {
            key: 'c',
            label: t('qualityCare.transformation.current'),
            children: `${s.current_capacity} (${s.baseline_capacity} → ${s.target_capacity})`,
          },
          { key: 'd', label: t('qualityCare.transformation.baselineOn'), children: fmt(s.baseline_on) },
          { key: 't', label: t('qualityCare.transformation.targetOn'), children: fmt(s.target_on) },
          {
            key: 'm',
            label: t('qualityCare.transformation.milestones'),
            children: (
              <Space>
                {t('qualityCare.transformation.progress', { done: s.milestones_done, total: s.milestones_total })}
                {s.milestones_overdue ? (
                  <Tag color="red">{t('qualityCare.transformation.overdue', { count: s.milestones_overdue })}</Tag>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {p.description ? <p style={{ whiteSpace: 'pre-wrap' }}>{p.description}</p> : null}
      <Card title={t('qualityCare.transformation.capacityChart')} className="kv-section">
        {p.reduction_percent != null ? (
          <p>{t('qualityCare.transformation.reduction', { percent: Math.round(p.reduction_percent) })}</p>
        ) : null}
        <Chart
          height={280}
          testId="care-capacity-chart"
          data={{ planned: p.capacity_planned.length, actual: p.capacity_actual.length }}
          option={capacityOption(
            p.capacity_planned,
            p.capacity_actual,
            { date: s.target_on, capacity: s.target_capacity },
            {
              planned: t('qualityCare.transformation.plannedLine'),
              actual: t('qualityCare.transformation.actualLine'),
              target: t('qualityCare.transformation.targetPoint'),
            },
          )}
        />
      </Card>
      <Milestones plan={p} />
      <Places plan={p} />
      <Indicators plan={p} />
    </div>
  );
}

function milestoneBody(m: QcMilestone, patch: Partial<QcMilestoneInput> = {}): QcMilestoneInput {
  return {
    kind: m.kind,
    title: m.title,
    planned_on: m.planned_on,
    done_on: m.done_on,
    note: m.note,
    capacity_after: m.capacity_after ?? null,
    new_service_id: m.new_service_id ?? null,
    clients_moved: m.clients_moved ?? null,
    ...patch,
  };
}

function Milestones({ plan }: { plan: QcPlan }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const edit = plan.summary.can_edit;
  const update = useCareMutation(({ id, body }: { id: number; body: QcMilestoneInput }) => updateMilestone(id, body));
  const remove = useCareMutation((id: number) => deleteMilestone(id));
  return (
    <Card
      title={t('qualityCare.transformation.milestones')}
      className="kv-section"
      data-testid="care-milestones"
      extra={
        edit ? <Button onClick={() => setAdding(true)}>{t('qualityCare.transformation.addMilestone')}</Button> : null
      }
    >
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <Table<QcMilestone>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={plan.milestones}
        columns={[
          { title: t('qualityCare.transformation.planned'), dataIndex: 'planned_on', render: fmt },
          {
            title: t('qualityCare.transformation.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`qualityCare.transformation.kinds.${k}`),
          },
          {
            title: t('qualityCare.transformation.planTitle'),
            render: (_, m) => (
              <Space direction="vertical" size={0}>
                <span>{m.title}</span>
                {m.capacity_after != null ? (
                  <small>
                    {t('qualityCare.transformation.capacityAfter')}: {m.capacity_after}
                  </small>
                ) : null}
                {m.new_service_name ? <small>{m.new_service_name}</small> : null}
                {m.clients_moved != null ? (
                  <small>
                    {t('qualityCare.transformation.clientsMoved')}: {m.clients_moved}
                  </small>
                ) : null}
              </Space>
            ),
          },
          { title: t('qualityCare.transformation.done'), dataIndex: 'done_on', render: fmt },
          {
            title: t('qualityCare.transformation.status'),
            dataIndex: 'state',
            render: (st: string) => <StateTag state={st} label={t(`qualityCare.transformation.states.${st}`)} />,
          },
          {
            key: 'a',
            render: (_, m) =>
              edit ? (
                <Space>
                  {!m.done_on ? (
                    <Button
                      size="small"
                      onClick={() =>
                        update.mutate({ id: m.id, body: milestoneBody(m, { done_on: dayjs().format('YYYY-MM-DD') }) })
                      }
                    >
                      {t('qualityCare.transformation.markDone')}
                    </Button>
                  ) : null}
                  <Popconfirm title={t('qualityCare.common.confirmDelete')} onConfirm={() => remove.mutate(m.id)}>
                    <Button size="small" danger>
                      {t('qualityCare.common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {adding ? <MilestoneModal planId={plan.summary.id} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

function MilestoneModal({ planId, onClose }: { planId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as string | undefined;
  const save = useCareMutation((body: QcMilestoneInput) => createMilestone(planId, body));
  return (
    <CareModal
      title={t('qualityCare.transformation.addMilestone')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'capacity_reduction' }}
        onFinish={(v: {
          kind: string;
          title: string;
          planned_on: dayjs.Dayjs;
          done_on?: dayjs.Dayjs;
          capacity_after?: number;
          new_service_id?: number;
          clients_moved?: number;
          note?: string;
        }) =>
          save.mutate(
            {
              kind: v.kind,
              title: v.title,
              planned_on: v.planned_on.format('YYYY-MM-DD'),
              done_on: v.done_on ? v.done_on.format('YYYY-MM-DD') : '',
              capacity_after: v.kind === 'capacity_reduction' ? (v.capacity_after ?? null) : null,
              new_service_id: v.kind === 'community_service' ? (v.new_service_id ?? null) : null,
              clients_moved: v.kind === 'client_moves' ? (v.clients_moved ?? null) : null,
              note: v.note ?? '',
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="kind" label={t('qualityCare.transformation.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`qualityCare.transformation.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('qualityCare.transformation.planTitle')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space>
          <Form.Item name="planned_on" label={t('qualityCare.transformation.planned')} rules={[{ required: true }]}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="done_on" label={t('qualityCare.transformation.done')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
        </Space>
        {kind === 'capacity_reduction' ? (
          <Form.Item
            name="capacity_after"
            label={t('qualityCare.transformation.capacityAfter')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} />
          </Form.Item>
        ) : null}
        {kind === 'community_service' ? (
          <Form.Item name="new_service_id" label={t('qualityCare.transformation.newService')}>
            <ServiceSelect testId="milestone-service" />
          </Form.Item>
        ) : null}
        {kind === 'client_moves' ? (
          <Form.Item
            name="clients_moved"
            label={t('qualityCare.transformation.clientsMoved')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('qualityCare.supervision.note')}>
          <Input maxLength={4000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}

function Places({ plan }: { plan: QcPlan }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<QcPlace | 'new' | null>(null);
  const [limitsOpen, setLimitsOpen] = useState(false);
  const remove = useCareMutation((id: number) => deletePlace(id));
  const limits = plan.limits;
  return (
    <Card
      title={t('qualityCare.transformation.places')}
      className="kv-section"
      data-testid="care-places"
      extra={
        <Space>
          {limits?.can_edit ? (
            <Button onClick={() => setLimitsOpen(true)}>{t('qualityCare.transformation.setLimits')}</Button>
          ) : null}
          {plan.summary.can_edit ? (
            <Button onClick={() => setEditing('new')} data-testid="care-place-add">
              {t('qualityCare.transformation.addPlace')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {limits && !limits.set ? (
        <Alert
          type="warning"
          showIcon
          message={t('qualityCare.transformation.limitsNotSet')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {limits?.set ? (
        <p>
          {t('qualityCare.transformation.limits')}: {t('qualityCare.transformation.maxCapacity')}{' '}
          {limits.max_capacity_per_place ?? '—'} · {t('qualityCare.transformation.maxPersons')}{' '}
          {limits.max_persons_per_household ?? '—'} · {t('qualityCare.transformation.maxHouseholds')}{' '}
          {limits.max_households_per_place ?? '—'}
          {!limits.verified ? (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('qualityCare.transformation.limitsUnverified', { source: limits.source })}
            </Tag>
          ) : null}
        </p>
      ) : null}
      {!plan.places.length ? <Empty /> : null}
      {plan.places.map((pl) => (
        <Card
          key={pl.id}
          type="inner"
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`care-place-${pl.id}`}
          title={
            <Space>
              {pl.name}
              <StateTag state={pl.result} label={t(`qualityCare.transformation.results.${pl.result}`)} />
            </Space>
          }
          extra={
            plan.summary.can_edit ? (
              <Space>
                <Button size="small" onClick={() => setEditing(pl)} data-testid={`care-place-edit-${pl.id}`}>
                  {t('qualityCare.common.edit')}
                </Button>
                <Popconfirm title={t('qualityCare.common.confirmDelete')} onConfirm={() => remove.mutate(pl.id)}>
                  <Button size="small" danger>
                    {t('qualityCare.common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ) : null
          }
        >
          <p>
            {pl.address}
            {pl.service_name ? ` · ${pl.service_name}` : ''} · {t('qualityCare.transformation.capacity')}: {pl.capacity}{' '}
            · {t('qualityCare.transformation.households')}: {pl.household_sizes.join(' + ')}
          </p>
          <List
            size="small"
            dataSource={pl.checks}
            renderItem={(c) => (
              <List.Item>
                <Space align="start">
                  <StateTag state={c.state} label={t(`qualityCare.transformation.results.${c.state}`)} />
                  <strong>{t(`qualityCare.transformation.criteria.${c.criterion}`)}</strong>
                  <span>{c.reason}</span>
                </Space>
              </List.Item>
            )}
          />
          {pl.equipment_note || pl.note ? (
            <small>{[pl.equipment_note, pl.note].filter(Boolean).join(' ')}</small>
          ) : null}
        </Card>
      ))}
      {editing ? (
        <PlaceModal
          planId={plan.summary.id}
          place={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {limitsOpen && limits ? <LimitsModal plan={plan} onClose={() => setLimitsOpen(false)} /> : null}
    </Card>
  );
}

// A new place, or one edited in place (every field; the service it belongs to stays unless changed).
function PlaceModal({ planId, place, onClose }: { planId: number; place?: QcPlace; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlaceFormValues>();
  const save = useCareMutation((body: QcPlaceInput) =>
    place ? updatePlace(place.id, body) : createPlace(planId, body),
  );
  return (
    <CareModal
      title={t(place ? 'qualityCare.transformation.editPlace' : 'qualityCare.transformation.addPlace')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
      okTestId="care-place-save"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={place ? placeFormValues(place) : NEW_PLACE}
        onFinish={(v) =>
          save.mutate(placeInput({ ...v, service_id: place?.service_id ?? null }), {
            onSuccess: onClose,
            onError: (e) => markFieldError(form, e, { household_sizes: 'households' }),
          })
        }
      >
        <Form.Item name="name" label={t('qualityCare.transformation.placeName')} rules={[{ required: true }]}>
          <Input maxLength={300} data-testid="care-place-name" />
        </Form.Item>
        <Form.Item name="address" label={t('qualityCare.transformation.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Space>
          <Form.Item name="capacity" label={t('qualityCare.transformation.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} data-testid="care-place-capacity" />
          </Form.Item>
          <Form.Item
            name="households"
            label={t('qualityCare.transformation.households')}
            extra={t('qualityCare.transformation.householdsHelp')}
            rules={[
              { required: true },
              {
                validator: (_, v: string) =>
                  parseHouseholdSizes(v ?? '')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('qualityCare.transformation.householdsBad'))),
              },
            ]}
          >
            <Input data-testid="care-place-households" />
          </Form.Item>
        </Space>
        <Form.Item name="ordinary_housing" valuePropName="checked">
          <Checkbox>{t('qualityCare.transformation.ordinaryHousing')}</Checkbox>
        </Form.Item>
        <Form.Item name="equipment_complete" valuePropName="checked">
          <Checkbox>{t('qualityCare.transformation.equipment')}</Checkbox>
        </Form.Item>
        <Form.Item name="support_separated" valuePropName="checked">
          <Checkbox data-testid="care-place-separated">{t('qualityCare.transformation.separated')}</Checkbox>
        </Form.Item>
        <Form.Item name="equipment_note" label={t('qualityCare.transformation.equipmentNote')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="note" label={t('qualityCare.supervision.note')}>
          <Input maxLength={4000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}

function LimitsModal({ plan, onClose }: { plan: QcPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const limits = plan.limits!;
  const save = useCareMutation(
    (body: {
      max_capacity_per_place: number | null;
      max_persons_per_household: number | null;
      max_households_per_place: number | null;
      source: string;
      verified: boolean;
    }) => putLimits(limits.region_org_id, body),
  );
  return (
    <CareModal
      title={`${t('qualityCare.transformation.limits')} – ${limits.region_name}`}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={limits}
        onFinish={(v: {
          max_capacity_per_place?: number;
          max_persons_per_household?: number;
          max_households_per_place?: number;
          source?: string;
          verified?: boolean;
        }) =>
          save.mutate(
            {
              max_capacity_per_place: v.max_capacity_per_place ?? null,
              max_persons_per_household: v.max_persons_per_household ?? null,
              max_households_per_place: v.max_households_per_place ?? null,
              source: v.source ?? '',
              verified: !!v.verified,
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="max_capacity_per_place" label={t('qualityCare.transformation.maxCapacity')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="max_persons_per_household" label={t('qualityCare.transformation.maxPersons')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="max_households_per_place" label={t('qualityCare.transformation.maxHouseholds')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="source" label={t('qualityCare.transformation.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('qualityCare.transformation.verified')}</Checkbox>
        </Form.Item>
      </Form>
    </CareModal>
  );
}

function Indicators({ plan }: { plan: QcPlan }) {
  const { t } = useTranslation();
  const trend = useMemo(() => indicatorTrend(plan.indicators, plan.values), [plan.indicators, plan.values]);
  const [valueOpen, setValueOpen] = useState(false);
  const [defOpen, setDefOpen] = useState(false);
  return (
    <Card
      title={t('qualityCare.transformation.indicators')}
      className="kv-section"
      data-testid="care-indicators"
      extra={
        <Space>
          {plan.limits ? (
            <Link
              to={`/quality/care/transformation/indicators?region=${plan.limits.region_org_id}`}
              data-testid="care-indicators-manage"
            >
              {t('qualityCare.indicators.manage')}
            </Link>
          ) : null}
          {plan.limits?.can_edit ? (
            <Button onClick={() => setDefOpen(true)}>{t('qualityCare.transformation.addIndicator')}</Button>
          ) : null}
          {plan.summary.can_edit && plan.indicators.length ? (
            <Button onClick={() => setValueOpen(true)}>{t('qualityCare.transformation.addValue')}</Button>
          ) : null}
        </Space>
      }
    >
      {!plan.indicators.length ? <Empty description={t('qualityCare.transformation.noIndicators')} /> : null}
      {trend.series.length ? (
        <Row gutter={[16, 16]}>
          {trendsByUnit(trend).map((g) => (
            <Col key={g.unit} xs={24} lg={12}>
              <Chart
                height={280}
                testId={`care-indicator-chart-${g.unit}`}
                data={{ periods: g.periods.length, series: g.series.length, unit: g.unit }}
                option={indicatorTrendOption(g)}
              />
            </Col>
          ))}
        </Row>
      ) : null}
      {plan.indicators.length ? (
        <Table<QcIndicator>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={plan.indicators.filter((i) => !i.archived)}
          columns={[
            {
              title: t('qualityCare.transformation.name'),
              render: (_, i) => <span title={i.description}>{i.name}</span>,
            },
            { title: t('qualityCare.transformation.unit'), dataIndex: 'unit' },
            {
              title: t('qualityCare.transformation.direction'),
              dataIndex: 'direction',
              render: (d: string) => t(`qualityCare.transformation.directions.${d}`),
            },
            ...trend.periods.map((period, k) => ({
              title: period,
              key: period,
              align: 'right' as const,
              render: (_: unknown, i: QcIndicator) =>
                indicatorValueText(trend.series.find((s) => s.indicator.id === i.id)?.data[k]),
            })),
            {
              title: '',
              key: 'trend',
              render: (_: unknown, i: QcIndicator) => {
                const d = trendDirection(i.direction, trend.series.find((s) => s.indicator.id === i.id)?.data ?? []);
                return d === 'unknown' ? null : (
                  <Tag color={d === 'better' ? 'green' : d === 'worse' ? 'red' : 'default'}>
                    {t(`qualityCare.transformation.trend.${d}`)}
                  </Tag>
                );
              },
            },
          ]}
        />
      ) : null}
      {valueOpen ? <ValueModal plan={plan} onClose={() => setValueOpen(false)} /> : null}
      {defOpen && plan.limits ? (
        <IndicatorModal region={plan.limits.region_org_id} onClose={() => setDefOpen(false)} />
      ) : null}
    </Card>
  );
}

function ValueModal({ plan, onClose }: { plan: QcPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useCareMutation((v: { indicator_id: number; period: string; value: number | null; note: string }) =>
    putValues(plan.summary.id, [v]),
  );
  return (
    <CareModal
      title={t('qualityCare.transformation.addValue')}
      onClose={onClose}
      onOk={() => form.submit()}
      save={save}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: { indicator_id: number; period: string; value?: number; note?: string }) =>
          save.mutate(
            { indicator_id: v.indicator_id, period: v.period.trim(), value: v.value ?? null, note: v.note ?? '' },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="indicator_id" label={t('qualityCare.transformation.name')} rules={[{ required: true }]}>
          <Select options={plan.indicators.filter((i) => !i.archived).map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('qualityCare.transformation.period')}
          extra={t('qualityCare.transformation.periodHelp')}
          rules={[{ required: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="value" label={t('qualityCare.transformation.value')}>
          <InputNumber decimalSeparator="," />
        </Form.Item>
        <Form.Item name="note" label={t('qualityCare.supervision.note')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </CareModal>
  );
}
