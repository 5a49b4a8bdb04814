// The entrustment acts (pověření) of the region's services: number, period, capacity, forms, territories and the
// service's scope; filter by service. The region's managers issue and amend acts; a provider sees its own.
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateRange } from '../../../../lib/format';
import { RegionPicker } from '../../components/RegionPicker';
import { createEntrustment, updateEntrustment, useEntrustments, usePlanMutation, useYear, useYears } from '../api';
import { CapacityText, useRegionSuffix, useStanding } from '../components/common';
import { ActStatusTag, useUnitName } from '../components/Tags';
import { useCatalogueOptions } from '../components/useCatalogueOptions';
import { ACT_STATUSES, CAPACITY_UNITS, type Entrustment, type EntrustmentInput } from '../types';
import { actFromEntry, sortYears } from '../years';
import { useFeedback } from '../../../../app/feedback';

interface ActValues {
  service_id: number;
  act_number: string;
  issued_on: Dayjs;
  period: [Dayjs, Dayjs];
  capacity?: number | null;
  capacity_unit?: string;
  forms?: string[];
  territories?: string[];
  scope?: string;
  status?: string;
  note?: string;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

export default function EntrustmentsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const suffix = useRegionSuffix();
  const { code, manages, region } = useStanding();
  const [service, setService] = useState<number>();
  const acts = useEntrustments(code);
  const years = useYears(code);
  const latest = sortYears(years.data?.items ?? [])[0];
  const latestYear = useYear(manages ? (latest?.id ?? 0) : 0);
  const options = useCatalogueOptions(region?.region_code);
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Entrustment | 'new' | null>(null);
  const [form] = Form.useForm<ActValues>();
  const save = usePlanMutation((v: { id?: number; body: EntrustmentInput }) =>
    v.id ? updateEntrustment(v.id, v.body) : createEntrustment(v.body),
  );
  const items = (acts.data?.items ?? []).filter((a) => !service || a.service_id === service);
  const serviceOptions = [...new Map((acts.data?.items ?? []).map((a) => [a.service_id, a.service_name]))]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'cs'));
  const networkServices = (latestYear.data?.entries ?? []).map((e) => ({
    value: e.service_id,
    label: `${e.service_name} (${e.provider_name})`,
  }));

  const open = (a: Entrustment | 'new') => {
    save.reset();
    form.resetFields();
    if (a === 'new') {
      const y = latest?.year ?? dayjs().year();
      form.setFieldsValue({
        issued_on: dayjs(),
        period: [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)],
        status: 'valid',
      });
    } else {
      form.setFieldsValue({
        service_id: a.service_id,
        act_number: a.act_number,
        issued_on: a.issued_on ? dayjs(a.issued_on) : undefined,
        period: [dayjs(a.valid_from), dayjs(a.valid_to)],
        capacity: a.capacity ?? null,
        capacity_unit: a.capacity_unit || undefined,
        forms: a.forms.map((f) => f.code),
        territories: a.territories.map((x) => x.code),
        scope: a.scope,
        status: a.status,
        note: a.note,
      });
    }
    setEditing(a);
  };

  const submit = async () => {
    const v = await form.validateFields();
    const body: EntrustmentInput = {
      act_number: v.act_number.trim(),
      issued_on: iso(v.issued_on),
      valid_from: iso(v.period[0]),
      valid_to: iso(v.period[1]),
      forms: v.forms ?? [],
      territories: v.territories ?? [],
      scope: (v.scope ?? '').trim(),
      note: (v.note ?? '').trim(),
      status: v.status ?? 'valid',
    };
    if (v.capacity !== null && v.capacity !== undefined) body.capacity = v.capacity;
    if (v.capacity_unit) body.capacity_unit = v.capacity_unit;
    if (editing === 'new') body.service_id = v.service_id;
    try {
      await save.mutateAsync({ id: editing && editing !== 'new' ? editing.id : undefined, body });
      void message.success(t('networkPlan.acts.saved'));
      setEditing(null);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="nwp-acts-page">
      <PageHeader
        title={t('networkPlan.acts.title')}
        extra={
          manages ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="nwp-act-create">
              {t('networkPlan.acts.create')}
            </Button>
          ) : null
        }
      />
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('networkPlan.acts.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('networkPlan.acts.allServices')}
          style={{ minWidth: 260, maxWidth: '100%' }}
          value={service}
          onChange={(v?: number) => setService(v)}
          options={serviceOptions}
          data-testid="nwp-acts-service"
        />
      </Space>
      {acts.error ? <ErrorAlert error={acts.error} onRetry={() => void acts.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<Entrustment>
          rowKey="id"
          size="small"
          loading={acts.isPending}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          data-testid="nwp-acts"
          locale={{ emptyText: t('networkPlan.acts.empty') }}
          columns={[
            {
              key: 'service',
              title: t('networkPlan.common.service'),
              render: (_, a) => (
                <div style={{ minWidth: 160, maxWidth: 260, whiteSpace: 'normal' }}>
                  <Link to={`/network/years/service/${a.service_id}${suffix}`}>{a.service_name}</Link>
                  <div className="kv-muted">{a.provider_name}</div>
                </div>
              ),
            },
            {
              key: 'number',
              title: t('networkPlan.acts.number'),
              render: (_, a) => (
                <>
                  {a.act_number}
                  <div className="kv-muted">
                    {t('networkPlan.acts.issuedOn')} {formatDate(a.issued_on)}
                  </div>
                </>
              ),
            },
            {
              key: 'period',
              title: t('networkPlan.acts.period'),
              render: (_, a) => formatDateRange(a.valid_from, a.valid_to),
            },
            {
              key: 'capacity',
              title: t('networkPlan.common.capacity'),
              render: (_, a) => <CapacityText capacity={a.capacity} unit={a.capacity_unit} />,
            },
            {
              key: 'where',
              title: t('networkPlan.acts.where'),
              responsive: ['lg'],
              render: (_, a) => (
                <Space size={[0, 4]} wrap style={{ maxWidth: 200 }}>
                  {a.forms.map((f) => (
                    <Tag key={`f${f.code}`} color="blue">
                      {options.formName(f.code, f.name)}
                    </Tag>
                  ))}
                  {a.territories.map((x) => (
                    <Tag key={x.code}>{x.name || x.code}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('networkPlan.common.status'),
              render: (_, a) => <ActStatusTag status={a.status} />,
            },
            ...(manages
              ? [
                  {
                    key: 'edit',
                    title: '',
                    render: (_: unknown, a: Entrustment) => (
                      <Button size="small" onClick={() => open(a)} data-testid="nwp-act-edit">
                        {t('networkPlan.common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('networkPlan.acts.create') : t('networkPlan.acts.edit')}
        okText={t('networkPlan.common.save')}
        cancelText={t('networkPlan.common.cancel')}
        onOk={() => void submit()}
        confirmLoading={save.isPending}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={640}
        okButtonProps={{ 'data-testid': 'nwp-act-save' } as Record<string, string>}
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Form form={form} layout="vertical">
          {editing === 'new' ? (
            <Form.Item
              name="service_id"
              label={t('networkPlan.common.service')}
              rules={[{ required: true, message: t('networkPlan.decision.serviceRequired') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={networkServices}
                data-testid="nwp-act-service"
                onChange={(id: number) =>
                  form.setFieldsValue(
                    actFromEntry(
                      latestYear.data?.entries.find((e) => e.service_id === id),
                      form.getFieldsValue(['capacity', 'capacity_unit', 'territories']),
                    ),
                  )
                }
              />
            </Form.Item>
          ) : null}
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="act_number"
                label={t('networkPlan.acts.number')}
                rules={[{ required: true, whitespace: true, message: t('networkPlan.acts.numberRequired') }]}
              >
                <Input maxLength={100} data-testid="nwp-act-number" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="issued_on"
                label={t('networkPlan.acts.issuedOn')}
                rules={[{ required: true, message: t('networkPlan.common.dateRequired') }]}
              >
                <DatePicker format="D. M. YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="period"
            label={t('networkPlan.acts.period')}
            rules={[{ required: true, message: t('networkPlan.common.dateRequired') }]}
          >
            <DatePicker.RangePicker format="D. M. YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={12}>
              <Form.Item name="capacity" label={t('networkPlan.common.capacity')}>
                <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="capacity_unit" label={t('networkPlan.common.unit')}>
                <Select allowClear options={CAPACITY_UNITS.map((u) => ({ value: u, label: unitName(u) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="forms" label={t('networkPlan.acts.forms')}>
            <Select mode="multiple" options={options.forms} />
          </Form.Item>
          <Form.Item name="territories" label={t('networkPlan.common.territories')}>
            <Select mode="multiple" optionFilterProp="label" options={options.territories} />
          </Form.Item>
          <Form.Item name="scope" label={t('networkPlan.acts.scope')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          {editing !== 'new' ? (
            <Form.Item name="status" label={t('networkPlan.common.status')}>
              <Select options={ACT_STATUSES.map((s) => ({ value: s, label: t(`networkPlan.actStatus.${s}`) }))} />
            </Form.Item>
          ) : null}
          <Form.Item name="note" label={t('networkPlan.acts.note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
