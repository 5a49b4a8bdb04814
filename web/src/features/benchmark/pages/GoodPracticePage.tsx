// One good practice: read it, or write / edit it with links to services, rounds and indicators.
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import type { GoodPracticeLink } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatDecimal } from '../../../lib/format';
import { kindOptions } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { useServices } from '../../registry/api';
import {
  createPractice,
  deletePractice,
  updatePractice,
  useAllRounds,
  useBenchmarkMutation,
  useComparison,
  usePractice,
} from '../api';
import { newPracticeForm, practiceInput, practiceToForm, type PracticeFormValues } from '../goodPracticeForm';
import { KindTags } from '../components/KindTags';
import { RemoveButton } from '../../../components/RemoveButton';
import { useFeedback } from '../../../app/feedback';

function ServicePicker({
  value,
  onChange,
  known,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  known?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const services = useServices({ q: q || undefined, status: 'all', page: 1, page_size: 20 });
  const options = (services.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} – ${s.provider_name}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: known ?? `#${value}` });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      placeholder={t('benchmark.practices.linkService')}
      style={{ width: '100%' }}
    />
  );
}

function IndicatorPicker({
  roundId,
  value,
  onChange,
}: {
  roundId?: number | null;
  value?: number | null;
  onChange?: (v: number | null) => void;
}) {
  const { t } = useTranslation();
  const comparison = useComparison(roundId ?? undefined, {}, Boolean(roundId));
  return (
    <Select
      allowClear
      disabled={!roundId}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      style={{ width: '100%' }}
      placeholder={t(roundId ? 'benchmark.practices.linkIndicator' : 'benchmark.practices.chooseRoundFirst')}
      options={(comparison.data?.indicators ?? []).map((i) => ({ value: i.indicator_id, label: i.name }))}
    />
  );
}

function PracticeEditor({
  initial,
  id,
  knownLinks,
  onDone,
}: {
  initial: PracticeFormValues;
  id: number | null;
  knownLinks: GoodPracticeLink[];
  onDone: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<PracticeFormValues>();
  const { catalogues, lang } = useCatalogueIndex();
  const { rounds } = useAllRounds();
  const save = useBenchmarkMutation((v: PracticeFormValues) =>
    id ? updatePractice(id, practiceInput(v)) : createPractice(practiceInput(v)),
  );
  useEffect(() => form.setFieldsValue(initial), [initial, form]);
  const roundOptions = rounds.map((r) => ({ value: r.id, label: `${r.group_name} – ${r.name}` }));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const p = await save.mutateAsync(v);
      void message.success(t('benchmark.saved'));
      onDone(p.id);
    } catch {
      /* shown above */
    }
  };

  return (
    <Card data-testid="practice-editor">
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="title"
          label={t('benchmark.practices.titleField')}
          rules={[{ required: true, whitespace: true, message: t('benchmark.required') }]}
        >
          <Input maxLength={300} data-testid="practice-title" />
        </Form.Item>
        <Form.Item name="summary" label={t('benchmark.practices.summary')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="body" label={t('benchmark.practices.body')}>
          <Input.TextArea rows={10} maxLength={50000} data-testid="practice-body" />
        </Form.Item>
        <Form.Item name="kinds" label={t('benchmark.groups.kinds')}>
          <Select mode="multiple" optionFilterProp="label" options={kindOptions(catalogues?.service_kinds, lang)} />
        </Form.Item>
        <Typography.Title level={5}>{t('benchmark.practices.links')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('benchmark.practices.linksHelp')}</Typography.Paragraph>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} align="top">
                  <Col xs={24} md={7}>
                    <Form.Item name={[f.name, 'service_id']}>
                      <ServicePicker known={knownLinks[f.name]?.service_name ?? undefined} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[f.name, 'round_id']}>
                      <Select
                        allowClear
                        options={roundOptions}
                        placeholder={t('benchmark.practices.linkRound')}
                        onChange={() => form.setFieldValue(['links', f.name, 'indicator_id'], null)}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item noStyle shouldUpdate>
                      {() => (
                        <Form.Item name={[f.name, 'indicator_id']}>
                          <IndicatorPicker roundId={form.getFieldValue(['links', f.name, 'round_id'])} />
                        </Form.Item>
                      )}
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={5}>
                    <Form.Item name={[f.name, 'note']}>
                      <Input placeholder={t('benchmark.practices.linkNote')} maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <RemoveButton onClick={() => remove(f.name)} />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ note: '' })}>
                {t('benchmark.practices.addLink')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} data-testid="practice-save">
          {t('common.save')}
        </Button>
      </Space>
    </Card>
  );
}

export default function GoodPracticePage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const location = useLocation();
  const param = useParams().id;
  const isNew = param === 'new';
  const id = isNew ? 0 : Number(param);
  const practice = usePractice(Number.isInteger(id) ? id : 0);
  const [editing, setEditing] = useState(false);
  const remove = useBenchmarkMutation(() => deletePractice(id));
  const p = practice.data;
  const initial = useMemo(
    () => (isNew ? newPracticeForm(location.search) : p ? practiceToForm(p) : null),
    [isNew, location.search, p],
  );

  const onDelete = async () => {
    try {
      await remove.mutateAsync(undefined);
      void message.success(t('benchmark.practices.deleted'));
      navigate('/benchmarking/good-practices');
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <div data-testid="practice-page">
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          { title: <Link to="/benchmarking/good-practices">{t('benchmark.practices.title')}</Link> },
          { title: isNew ? t('benchmark.practices.create') : (p?.title ?? '…') },
        ]}
      />
      {practice.error ? <ErrorAlert error={practice.error} onRetry={() => void practice.refetch()} /> : null}
      {isNew && initial ? (
        <>
          <PageHeader title={t('benchmark.practices.create')} />
          <PracticeEditor
            initial={initial}
            id={null}
            knownLinks={[]}
            onDone={(newId) => navigate(`/benchmarking/good-practices/${newId}`, { replace: true })}
          />
        </>
      ) : null}
      {!isNew && practice.isPending && !practice.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {!isNew && p && initial ? (
        <>
          <PageHeader
            title={p.title}
            subtitle={`${p.author_org_name} · ${formatDate(p.updated_at)}`}
            extra={
              p.can_edit && !editing ? (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="practice-edit">
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('benchmark.practices.deleteConfirm')}
                    okText={t('benchmark.practices.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void onDelete()}
                    okButtonProps={{ danger: true }}
                  >
                    <Button danger icon={<DeleteOutlined />} data-testid="practice-delete">
                      {t('benchmark.practices.delete')}
                    </Button>
                  </Popconfirm>
                </>
              ) : null
            }
          />
          {editing ? (
            <PracticeEditor initial={initial} id={p.id} knownLinks={p.links} onDone={() => setEditing(false)} />
          ) : (
            <>
              <Card className="kv-section" data-testid="practice-view">
                {p.summary ? <Typography.Paragraph strong>{p.summary}</Typography.Paragraph> : null}
                {p.body ? (
                  <Typography.Paragraph className="kv-pre">{p.body}</Typography.Paragraph>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.practices.noBody')} />
                )}
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('benchmark.groups.kinds')}>
                    <KindTags kinds={p.kinds} />
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={t('benchmark.practices.links')} className="kv-table-card">
                <Table<GoodPracticeLink>
                  rowKey={(_, i) => String(i)}
                  size="small"
                  pagination={false}
                  dataSource={p.links}
                  locale={{ emptyText: t('benchmark.practices.noLinks') }}
                  columns={[
                    {
                      key: 'service',
                      title: t('benchmark.round.service'),
                      render: (_, l) =>
                        l.service_id ? (
                          <Link to={`/services/${l.service_id}`}>{l.service_name ?? `#${l.service_id}`}</Link>
                        ) : (
                          '—'
                        ),
                    },
                    {
                      key: 'round',
                      title: t('benchmark.practices.linkRound'),
                      render: (_, l) =>
                        !l.round_id ? (
                          '—'
                        ) : l.round_readable ? (
                          <Link to={`/benchmarking/rounds/${l.round_id}/comparison`}>
                            {l.round_name ?? `#${l.round_id}`}
                          </Link>
                        ) : (
                          <span data-testid="practice-round-closed" title={t('benchmark.practices.roundMembersOnly')}>
                            {l.round_name ?? `#${l.round_id}`}
                          </span>
                        ),
                    },
                    {
                      key: 'indicator',
                      title: t('benchmark.comparison.indicator'),
                      render: (_, l) => l.indicator_name ?? '—',
                    },
                    {
                      key: 'value',
                      title: t('benchmark.form.value'),
                      align: 'right',
                      render: (_, l) => formatDecimal(l.value),
                    },
                    { key: 'note', title: t('benchmark.practices.linkNote'), dataIndex: 'note' },
                  ]}
                />
              </Card>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
