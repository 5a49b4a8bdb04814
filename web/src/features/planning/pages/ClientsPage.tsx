// Clients of a service, for its staff only: search, state, my clients, key worker, next review and the last
// T-score; a new client with a pseudonymous code.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type dayjs from 'dayjs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal } from '../../../lib/format';
import { createClient, useClients, usePlanningMutation, useServices } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import { DueTag } from '../components/Tags';
import type { ClientSummary, PlanningService } from '../types';
import { useFeedback } from '../../../app/feedback';

const STATES = ['active', 'ended', 'erased'] as const;

export default function ClientsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const services = useServices({ organisation_id: org?.id }, Boolean(org));
  const mine = (services.data?.items ?? []).filter((s) => s.is_staff);
  const wanted = Number(params.get('service'));
  const service = mine.find((s) => s.id === wanted) ?? mine[0];
  const q = params.get('q') ?? '';
  const state = params.get('state') ?? 'active';
  const onlyMine = params.get('mine') === '1';
  const [search, setSearch] = useState(q);
  const clients = useClients(
    {
      service_id: service?.id,
      q: q || undefined,
      state: state === 'all' ? undefined : state,
      key_worker: onlyMine ? 'me' : undefined,
    },
    Boolean(service),
  );
  const [creating, setCreating] = useState(false);
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key === 'q' });
  };
  if (error) return <ErrorAlert error={error} />;
  if (loading || services.isLoading) return <Card loading />;
  return (
    <div data-testid="planning-clients-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.clients.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('planning.clients.help')}</Typography.Paragraph>
      {services.error ? <ErrorAlert error={services.error} /> : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
        {mine.length ? (
          <Select
            aria-label={t('planning.clients.service')}
            placeholder={t('planning.clients.chooseService')}
            style={{ minWidth: 260, maxWidth: '100%' }}
            value={service?.id}
            onChange={(id: number) => setParam('service', String(id))}
            options={mine.map((s) => ({ value: s.id, label: s.name }))}
            data-testid="clients-service"
          />
        ) : null}
      </Space>
      {!mine.length ? (
        <Empty description={t('planning.clients.noServices')} data-testid="clients-no-services">
          {org?.can_manage ? <Link to="/planning/services">{t('planning.services.title')}</Link> : null}
        </Empty>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Input.Search
              allowClear
              placeholder={t('planning.clients.search')}
              aria-label={t('planning.clients.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => setParam('q', v.trim() || undefined)}
              style={{ width: 240 }}
              data-testid="clients-search"
            />
            <Select
              aria-label={t('planning.clients.state')}
              style={{ width: 220 }}
              value={state}
              onChange={(v: string) => setParam('state', v)}
              options={[
                { value: 'all', label: t('planning.clients.anyState') },
                ...STATES.map((s) => ({ value: s, label: t(`planning.clientState.${s}`) })),
              ]}
            />
            <Checkbox
              checked={onlyMine}
              onChange={(e) => setParam('mine', e.target.checked ? '1' : undefined)}
              data-testid="clients-mine"
            >
              {t('planning.clients.onlyMine')}
            </Checkbox>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="client-create"
            >
              {t('planning.clients.create')}
            </Button>
          </Space>
          {clients.error ? <ErrorAlert error={clients.error} onRetry={() => clients.refetch()} /> : null}
          <Table<ClientSummary>
            rowKey="id"
            size="small"
            loading={clients.isLoading}
            dataSource={clients.data?.items ?? []}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: true }}
            locale={{ emptyText: t('planning.clients.empty') }}
            data-testid="clients-table"
            columns={[
              {
                title: t('planning.clients.code'),
                dataIndex: 'code',
                render: (v: string, c) => (
                  <Link to={`/planning/clients/${c.id}`} data-testid="client-link">
                    {v}
                  </Link>
                ),
              },
              { title: t('planning.clients.name'), dataIndex: 'name' },
              {
                title: t('planning.clients.state'),
                dataIndex: 'state',
                render: (s: string) => (
                  <Tag color={s === 'active' ? 'blue' : 'default'}>{t(`planning.clientState.${s}`)}</Tag>
                ),
              },
              {
                title: t('planning.clients.keyWorker'),
                key: 'kw',
                render: (_, c) => c.key_worker?.display_name ?? t('planning.clients.noKeyWorker'),
              },
              { title: t('planning.clients.goalsActive'), dataIndex: 'goals_active', align: 'right' },
              {
                title: t('planning.clients.nextReview'),
                key: 'nr',
                render: (_, c) => (
                  <Space size={4}>
                    {formatDate(c.next_review_on)}
                    <DueTag state={c.review_state} />
                  </Space>
                ),
              },
              {
                title: t('planning.clients.lastT'),
                dataIndex: 'last_t',
                align: 'right',
                render: (v: number | null) => formatDecimal(v, 1),
              },
            ]}
          />
        </>
      )}
      {creating && service ? <NewClientModal service={service} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

interface NewClientValues {
  code: string;
  name: string;
  contract_from: dayjs.Dayjs;
  contract_to?: dayjs.Dayjs | null;
  key_worker_user_id?: number;
}

function NewClientModal({ service, onClose }: { service: PlanningService; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewClientValues>();
  const save = usePlanningMutation((v: NewClientValues) =>
    createClient({
      service_id: service.id,
      code: v.code?.trim() || undefined,
      name: v.name?.trim() || undefined,
      contract_from: v.contract_from.format('YYYY-MM-DD'),
      contract_to: v.contract_to ? v.contract_to.format('YYYY-MM-DD') : undefined,
      key_worker_user_id: v.key_worker_user_id ?? null,
    }),
  );
  return (
    <Modal
      open
      title={`${t('planning.clients.create')}: ${service.name}`}
      onCancel={onClose}
      okText={t('planning.common.create')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'client-save' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('planning.clients.nameHelp')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (d) => {
              void message.success(t('planning.clients.created'));
              navigate(`/planning/clients/${d.client.id}`);
            },
          })
        }
      >
        <Form.Item name="code" label={t('planning.clients.code')} extra={t('planning.clients.codeHelp')}>
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="name" label={t('planning.clients.name')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="contract_from"
            label={t('planning.clients.contractFrom')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <DatePicker format="D. M. YYYY" data-testid="client-contract-from" />
          </Form.Item>
          <Form.Item name="contract_to" label={t('planning.clients.contractTo')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="key_worker_user_id" label={t('planning.clients.keyWorker')}>
          <Select allowClear options={service.staff.map((s) => ({ value: s.user_id, label: s.display_name }))} />
        </Form.Item>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
