// One client of a service (staff only): contract data, personal goals in the client's words with the five GAS
// levels and weight, steps and who does what, reviews (record one) with the T-score over time, ladder assessments
// with a radar each and the distance travelled, the export (JSON and printable) and the erasure.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { downloadText } from '../../../lib/download';
import { formatDate, formatDecimal } from '../../../lib/format';
import {
  eraseClient,
  fetchClientExport,
  planningLinks,
  updateClient,
  useClient,
  useLadders,
  usePlanningMutation,
  useClientServiceGoals,
  useServices,
} from '../api';
import { tScoreOption } from '../charts';
import { ClientGoalModal } from '../components/ClientGoalModal';
import { LadderAssessmentModal } from '../components/LadderAssessmentModal';
import { LadderCard } from '../components/LadderCard';
import { ReviewModal } from '../components/ReviewModal';
import { DueTag } from '../components/Tags';
import { DESCRIBED_LEVELS, gasLevelKey, gasLevelText, reportedLevel } from '../planning';
import type { ClientDetail, ClientGoal, ClientState, PlanningService, Review } from '../types';
import { useFeedback } from '../../../app/feedback';

const LEVEL_VALUE = { plus2: 2, plus1: 1, zero: 0, minus1: -1, minus2: -2 } as const;

export default function ClientPage() {
  const id = Number(useParams().id);
  const client = useClient(id);
  if (client.error) return <ErrorAlert error={client.error} backTo="/planning/clients" />;
  if (!client.data) return <Card loading />;
  return <ClientView d={client.data} />;
}

function ClientView({ d }: { d: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const c = d.client;
  const services = useServices({ organisation_id: c.organisation_id });
  const service = services.data?.items.find((s) => s.id === c.service_id);
  const serviceGoals = useClientServiceGoals(c.id).data?.items ?? [];
  const ladders = useLadders({ organisation_id: c.organisation_id });
  const [goal, setGoal] = useState<ClientGoal | 'new' | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [assessing, setAssessing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const erased = c.state === 'erased';
  const goalText = (id: number) => d.goals.find((g) => g.id === id)?.wording ?? String(id);
  return (
    <div data-testid="client-page" data-client-id={c.id}>
      <Link to={`/planning/clients?service=${c.service_id}`}>{t('planning.client.back')}</Link>
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {c.code}
        {c.name ? ` – ${c.name}` : ''}
      </Typography.Title>
      {erased ? (
        <Alert type="info" showIcon message={t('planning.client.erasedInfo')} style={{ marginBottom: 12 }} />
      ) : null}
      <Card
        title={t('planning.client.contract')}
        className="kv-section"
        extra={
          !erased ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('planning.client.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 's', label: t('planning.common.service'), children: c.service_name },
            {
              key: 'c',
              label: t('planning.clients.contract'),
              children: `${formatDate(c.contract_from)} – ${c.contract_to ? formatDate(c.contract_to) : '…'}`,
            },
            {
              key: 'k',
              label: t('planning.clients.keyWorker'),
              children: c.key_worker?.display_name ?? t('planning.clients.noKeyWorker'),
            },
            {
              key: 'st',
              label: t('planning.common.state'),
              children: <Tag>{t(`planning.clientState.${c.state}`)}</Tag>,
            },
            {
              key: 'n',
              label: t('planning.clients.nextReview'),
              children: (
                <Space size={4}>
                  {formatDate(c.next_review_on)}
                  <DueTag state={c.review_state} />
                </Space>
              ),
            },
            { key: 't', label: t('planning.clients.lastT'), children: formatDecimal(c.last_t, 1) },
          ]}
        />
      </Card>
      <Card
        title={t('planning.client.goals')}
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          !erased ? (
            <Button icon={<PlusOutlined />} onClick={() => setGoal('new')} data-testid="client-goal-add">
              {t('planning.client.addGoal')}
            </Button>
          ) : null
        }
      >
        {d.goals.length === 0 ? <Empty description={t('planning.client.noGoals')} /> : null}
        {d.goals.map((g) => (
          <GoalCard key={g.id} g={g} onEdit={erased ? undefined : () => setGoal(g)} />
        ))}
      </Card>
      <Card
        title={t('planning.client.reviews')}
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          !erased ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setReviewing(true)} data-testid="review-add">
              {t('planning.client.addReview')}
            </Button>
          ) : null
        }
      >
        <Typography.Title level={5}>{t('planning.client.tChart')}</Typography.Title>
        <Chart
          height={240}
          testId="client-t-chart"
          data={{ points: d.t_history.filter((h) => h.t !== null).length }}
          empty={d.t_history.some((h) => h.t !== null) ? undefined : t('planning.client.noT')}
          option={tScoreOption(d.t_history, {
            t: t('planning.client.tLine'),
            expected: t('planning.client.tExpected'),
          })}
        />
        <List<Review>
          data-testid="client-reviews"
          dataSource={[...d.reviews].sort((a, b) => b.held_on.localeCompare(a.held_on))}
          locale={{ emptyText: t('planning.client.noReviews') }}
          renderItem={(r) => (
            <List.Item data-testid="client-review" data-review-id={r.id}>
              <div style={{ width: '100%' }}>
                <Space wrap>
                  <strong>{formatDate(r.held_on)}</strong>
                  {r.t !== null ? (
                    <Tag color="blue">{`${t('planning.client.tScore')} ${formatDecimal(r.t, 1)}`}</Tag>
                  ) : null}
                  {r.next_review_on ? (
                    <Typography.Text type="secondary">
                      {t('planning.client.nextReviewOn')}: {formatDate(r.next_review_on)}
                    </Typography.Text>
                  ) : null}
                </Space>
                <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
                  {r.ratings.map((x) => (
                    <li key={x.client_goal_id}>
                      {goalText(x.client_goal_id)}: <strong>{gasLevelText(x.level)}</strong>{' '}
                      {gasLevelKey(x.level) ? t(`planning.gasLevel.${gasLevelKey(x.level)}`) : ''}
                      {x.note ? ` — ${x.note}` : ''}
                    </li>
                  ))}
                </ul>
                <ReviewText label={t('planning.client.whatChanged')} text={r.what_changed} />
                <ReviewText label={t('planning.client.clientView')} text={r.client_view} />
                <ReviewText label={t('planning.client.nextSteps')} text={r.next_steps} />
                <ReviewText label={t('planning.client.participants')} text={r.participants} />
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card
        title={t('planning.client.ladders')}
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          !erased && (ladders.data?.items.length ?? 0) > 0 ? (
            <Button icon={<PlusOutlined />} onClick={() => setAssessing(true)}>
              {t('planning.client.addAssessment')}
            </Button>
          ) : null
        }
      >
        {d.ladders.length === 0 ? <Empty description={t('planning.client.noLadders')} /> : null}
        {d.ladders.map((l) => (
          <LadderCard key={l.ladder.id} l={l} />
        ))}
      </Card>
      <Card title={t('planning.client.export')} className="kv-section" style={{ marginTop: 16 }}>
        <Space wrap>
          <ExportJson id={c.id} code={c.code} />
          <a
            href={planningLinks.clientExportHtml(c.id, i18n.language === 'en' ? 'en' : 'cs')}
            target="_blank"
            rel="noreferrer"
            data-testid="client-export-html"
          >
            <Button icon={<PrinterOutlined />}>{t('planning.client.exportHtml')}</Button>
          </a>
          {d.can_erase && !erased ? (
            <Button danger onClick={() => setErasing(true)} data-testid="client-erase">
              {t('planning.client.erase')}
            </Button>
          ) : null}
        </Space>
      </Card>
      {goal ? (
        <ClientGoalModal
          clientId={c.id}
          goal={goal === 'new' ? undefined : goal}
          serviceGoals={serviceGoals}
          onClose={() => setGoal(null)}
        />
      ) : null}
      {reviewing ? <ReviewModal clientId={c.id} goals={d.goals} onClose={() => setReviewing(false)} /> : null}
      {assessing ? (
        <LadderAssessmentModal
          clientId={c.id}
          ladders={ladders.data?.items ?? []}
          onClose={() => setAssessing(false)}
        />
      ) : null}
      {editing ? <EditClientModal d={d} service={service} onClose={() => setEditing(false)} /> : null}
      {erasing ? <EraseModal id={c.id} code={c.code} onClose={() => setErasing(false)} /> : null}
    </div>
  );
}

function ReviewText({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
    </div>
  );
}

function GoalCard({ g, onEdit }: { g: ClientGoal; onEdit?: () => void }) {
  const { t } = useTranslation();
  // On a phone the level column must leave room for the client's own words beside it.
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="client-goal"
      data-goal-id={g.id}
      title={<span style={{ whiteSpace: 'normal' }}>„{g.wording}“</span>}
      extra={
        onEdit ? (
          <Button size="small" icon={<EditOutlined />} aria-label={t('planning.common.edit')} onClick={onEdit} />
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag>{t(`planning.clientGoalState.${g.state}`)}</Tag>
        {g.service_goal ? (
          <Link to={`/planning/goals/${g.service_goal.id}`} data-testid="client-goal-service-goal-link">
            {t('planning.client.serviceGoal')}: {g.service_goal.code} {g.service_goal.title}
          </Link>
        ) : (
          <Typography.Text type="secondary">
            {t('planning.client.noServiceGoal')}
            {g.unlinked_reason ? `: ${g.unlinked_reason}` : ''}
          </Typography.Text>
        )}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 's',
            label: t('planning.client.steps'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{g.steps || '—'}</span>,
          },
          {
            key: 'r',
            label: t('planning.client.responsibilities'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{g.responsibilities || '—'}</span>,
          },
          { key: 'w', label: t('planning.client.weight'), children: formatDecimal(g.weight, 2) },
          { key: 'o', label: t('planning.client.setOn'), children: formatDate(g.set_on) },
          {
            key: 'n',
            label: t('planning.client.nextReview'),
            children: (
              <Space size={4}>
                {formatDate(g.next_review_on)}
                <DueTag state={g.review_state} />
              </Space>
            ),
          },
          {
            key: 'l',
            label: t('planning.client.latest'),
            children: g.latest ? (
              <span data-testid="client-goal-latest">
                {gasLevelText(g.latest.level)} {t(`planning.gasLevel.${gasLevelKey(g.latest.level)}`)} (
                {formatDate(g.latest.held_on)})
              </span>
            ) : (
              t('planning.client.notRated')
            ),
          },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey="k"
        style={{ marginTop: 8 }}
        data-testid="client-goal-levels"
        dataSource={DESCRIBED_LEVELS.map((k) => ({ k, value: LEVEL_VALUE[k], text: g.levels[k] }))}
        columns={[
          {
            title: t('planning.client.levels'),
            key: 'l',
            width: wide ? 260 : 140,
            render: (_, r) => (
              <>
                <strong>{gasLevelText(r.value)}</strong> {t(`planning.gasLevel.${r.k}`)}
                {g.latest && reportedLevel(g.latest.level) === r.value ? (
                  <Tag color="blue" style={{ marginLeft: 6 }} data-testid="client-goal-current-level">
                    {t('planning.client.latest')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          { title: t('planning.common.description'), dataIndex: 'text' },
        ]}
      />
    </Card>
  );
}

function ExportJson({ id, code }: { id: number; code: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid="client-export-json"
        onClick={() => {
          setBusy(true);
          setError(null);
          fetchClientExport(id)
            .then((data) =>
              downloadText(`klient-${code}.json`, JSON.stringify(data, null, 2), 'application/json;charset=utf-8'),
            )
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {t('planning.client.exportJson')}
      </Button>
      {error ? <ErrorAlert error={error} /> : null}
    </>
  );
}

interface EditValues {
  name: string;
  contract_from: dayjs.Dayjs;
  contract_to?: dayjs.Dayjs | null;
  key_worker_user_id?: number | null;
  state: ClientState;
}

function EditClientModal({ d, service, onClose }: { d: ClientDetail; service?: PlanningService; onClose: () => void }) {
  const { t } = useTranslation();
  const c = d.client;
  const [form] = Form.useForm<EditValues>();
  const save = usePlanningMutation((v: EditValues) =>
    updateClient(c.id, {
      service_id: c.service_id,
      code: c.code,
      name: (v.name ?? '').trim(),
      contract_from: v.contract_from.format('YYYY-MM-DD'),
      contract_to: v.contract_to ? v.contract_to.format('YYYY-MM-DD') : '',
      key_worker_user_id: v.key_worker_user_id ?? null,
      state: v.state,
    }),
  );
  const staff =
    service?.staff ?? (c.key_worker ? [{ user_id: c.key_worker.id, display_name: c.key_worker.display_name }] : []);
  return (
    <Modal
      open
      title={t('planning.client.edit')}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: c.name,
          contract_from: c.contract_from ? dayjs(c.contract_from) : dayjs(),
          contract_to: c.contract_to ? dayjs(c.contract_to) : null,
          key_worker_user_id: c.key_worker?.id,
          state: c.state,
        }}
        onFinish={(v) => save.mutate(v, { onSuccess: onClose })}
      >
        <Form.Item name="name" label={t('planning.clients.name')} extra={t('planning.clients.nameHelp')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="contract_from"
            label={t('planning.clients.contractFrom')}
            rules={[{ required: true, message: t('planning.common.required') }]}
          >
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
          <Form.Item name="contract_to" label={t('planning.clients.contractTo')}>
            <DatePicker format="D. M. YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="key_worker_user_id" label={t('planning.clients.keyWorker')}>
          <Select allowClear options={staff.map((s) => ({ value: s.user_id, label: s.display_name }))} />
        </Form.Item>
        <Form.Item name="state" label={t('planning.common.state')}>
          <Select
            options={(['active', 'ended'] as const).map((s) => ({ value: s, label: t(`planning.clientState.${s}`) }))}
          />
        </Form.Item>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Form>
    </Modal>
  );
}

function EraseModal({ id, code, onClose }: { id: number; code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [typed, setTyped] = useState('');
  const erase = usePlanningMutation(() => eraseClient(id, typed.trim()));
  const matches = typed.trim() === code;
  return (
    <Modal
      open
      title={t('planning.client.erase')}
      onCancel={onClose}
      okText={t('planning.client.eraseSubmit')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={
        {
          danger: true,
          disabled: !matches,
          loading: erase.isPending,
          'data-testid': 'client-erase-confirm',
        } as ButtonProps
      }
      onOk={() =>
        erase.mutate(undefined, {
          onSuccess: () => {
            void message.success(t('planning.client.erased'));
            onClose();
          },
        })
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('planning.client.eraseHelp')} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item
          label={t('planning.client.eraseConfirm', { code })}
          validateStatus={typed && !matches ? 'error' : undefined}
          help={typed && !matches ? t('planning.client.codeMismatch') : undefined}
        >
          <Input value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="client-erase-code" />
        </Form.Item>
      </Form>
      {erase.error ? <ErrorAlert error={erase.error} /> : null}
    </Modal>
  );
}
