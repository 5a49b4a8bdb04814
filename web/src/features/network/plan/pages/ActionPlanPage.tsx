// A one-year action plan of a medium-term plan: its items per measure (what, who, when, budget; items carried from
// the year before say so). The region's managers edit the draft's items and approve it, evaluate each item after
// the year (done, partly, not, with what is left and the evidence; actual values of the plan's indicators), and
// carry what was not done into the next year's action plan.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../../../lib/format';
import {
  approveActionPlan,
  carryFromPrevious,
  evaluateActionPlan,
  saveItems,
  useActionPlan,
  usePlan,
  usePlanMutation,
} from '../api';
import { ApproveModal } from '../components/ApproveModal';
import { useRegionSuffix, useStanding } from '../components/common';
import { ActionPlanStatusTag, ResultTag, useCodeText } from '../components/Tags';
import '../components/plan.css';
import {
  evaluationInput,
  evaluationProblems,
  itemDraft,
  itemNodes,
  itemProblems,
  itemsByNode,
  itemsInput,
  resultCounts,
  resultTone,
  toCarry,
  type ItemDraft,
  type ResultDraft,
} from '../sprss';
import { ITEM_RESULTS, type ActionItem, type ActionPlanDetail, type ItemResultCode, type PlanDetail } from '../types';
import { useFeedback } from '../../../../app/feedback';

function CarriedTag({ item }: { item: ActionItem | undefined }) {
  const { t } = useTranslation();
  const code = useCodeText();
  if (!item?.carried_from) return null;
  return (
    <Tag color="purple" data-testid="nwp-item-carried">
      {t('networkPlan.actionPlan.carriedFrom', {
        year: item.carried_from.year,
        result: code('result', ITEM_RESULTS, item.carried_from.result),
      })}
    </Tag>
  );
}

function ItemsEditor({ ap, plan, onDone }: { ap: ActionPlanDetail; plan: PlanDetail | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [items, setItems] = useState<ItemDraft[]>(() => ap.items.map(itemDraft));
  const [tried, setTried] = useState(false);
  const save = usePlanMutation((list: ItemDraft[]) => saveItems(ap.action_plan.id, itemsInput(list)));
  const problems = itemProblems(items);
  const problem = (k: number, field: string) => {
    const p = tried ? problems.find(([i, f]) => i === k && f === field) : undefined;
    return p ? { validateStatus: 'error' as const, help: t(p[2]) } : {};
  };
  const nodes = itemNodes(plan?.nodes ?? []);
  const set = (k: number, patch: Partial<ItemDraft>) =>
    setItems(items.map((x, i) => (i === k ? { ...x, ...patch } : x)));
  return (
    <Card size="small" title={t('networkPlan.actionPlan.edit')} data-testid="nwp-items-editor">
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {items.map((it, k) => (
        <div key={it.id ?? `new${k}`} className="nwp-node" data-testid="nwp-item-edit">
          <Form layout="vertical">
            <Form.Item
              label={t('networkPlan.items.node')}
              required
              {...problem(k, 'node_id')}
              style={{ marginBottom: 6 }}
            >
              <Select
                showSearch
                optionFilterProp="label"
                value={it.node_id}
                onChange={(v: number) => set(k, { node_id: v })}
                options={nodes.map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }))}
                data-testid="nwp-item-node"
              />
            </Form.Item>
            <Form.Item label={t('networkPlan.items.what')} required {...problem(k, 'what')} style={{ marginBottom: 6 }}>
              <Input.TextArea
                rows={2}
                maxLength={2000}
                value={it.what}
                onChange={(e) => set(k, { what: e.target.value })}
                data-testid="nwp-item-what"
              />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item label={t('networkPlan.items.responsible')} style={{ marginBottom: 6 }}>
                <Input
                  value={it.responsible}
                  maxLength={200}
                  onChange={(e) => set(k, { responsible: e.target.value })}
                />
              </Form.Item>
              <Form.Item label={t('networkPlan.items.due')} style={{ marginBottom: 6 }}>
                <DatePicker
                  format="D. M. YYYY"
                  value={it.due ? dayjs(it.due) : null}
                  onChange={(v: Dayjs | null) => set(k, { due: v ? v.format('YYYY-MM-DD') : '' })}
                />
              </Form.Item>
              <Form.Item label={t('networkPlan.items.budget')} {...problem(k, 'budget')} style={{ marginBottom: 6 }}>
                <Input
                  value={it.budget}
                  inputMode="decimal"
                  onChange={(e) => set(k, { budget: e.target.value })}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('networkPlan.items.remove')}
                onClick={() => setItems(items.filter((_, i) => i !== k))}
                style={{ marginTop: 28 }}
              />
            </Space>
            {it.carried ? <CarriedTag item={ap.items.find((x) => x.id === it.id)} /> : null}
          </Form>
        </div>
      ))}
      <Space wrap style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setItems([...items, { what: '', responsible: '', due: '', budget: '' }])}
          data-testid="nwp-item-add"
        >
          {t('networkPlan.actionPlan.addItem')}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="nwp-items-save"
          onClick={() => {
            setTried(true);
            if (problems.length) return;
            save.mutate(items, {
              onSuccess: () => {
                void message.success(t('networkPlan.items.saved'));
                onDone();
              },
            });
          }}
        >
          {t('networkPlan.common.save')}
        </Button>
        <Button onClick={onDone}>{t('networkPlan.common.cancel')}</Button>
      </Space>
    </Card>
  );
}

function EvaluationForm({
  ap,
  plan,
  onDone,
}: {
  ap: ActionPlanDetail;
  plan: PlanDetail | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const year = ap.action_plan.year;
  const [drafts, setDrafts] = useState<Record<number, ResultDraft>>(() =>
    Object.fromEntries(
      ap.items.map((i) => [
        i.id,
        {
          result: (ITEM_RESULTS as readonly string[]).includes(i.result) ? (i.result as ItemResultCode) : undefined,
          result_text: i.result_text,
          evidence: i.evidence,
        },
      ]),
    ),
  );
  const [on, setOn] = useState<Dayjs | null>(dayjs());
  const [summary, setSummary] = useState('');
  const [actuals, setActuals] = useState<Record<number, string>>({});
  const [tried, setTried] = useState(false);
  const save = usePlanMutation(() =>
    evaluateActionPlan(
      ap.action_plan.id,
      evaluationInput(ap.items, drafts, on ? on.format('YYYY-MM-DD') : '', summary, actuals),
    ),
  );
  const problems = evaluationProblems(ap.items, drafts);
  const problem = (id: number, field: string) => {
    const p = tried ? problems.find(([i, f]) => i === id && f === field) : undefined;
    return p ? { validateStatus: 'error' as const, help: t(p[2]) } : {};
  };
  const indicators = (plan?.nodes ?? []).flatMap((n) =>
    n.indicators
      .filter((ind) => ind.years.some((y) => y.year === year && y.target !== null && y.target !== undefined))
      .map((ind) => ({ node: n, ind })),
  );
  const set = (id: number, patch: Partial<ResultDraft>) => setDrafts({ ...drafts, [id]: { ...drafts[id], ...patch } });
  return (
    <Card size="small" title={t('networkPlan.evaluate.title', { year })} data-testid="nwp-evaluation">
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {ap.items.map((i) => (
        <div key={i.id} className="nwp-node" data-testid="nwp-eval-item" data-item-id={i.id}>
          <Typography.Text type="secondary">
            {i.node_code} {i.node_title}
          </Typography.Text>
          <Typography.Paragraph strong style={{ margin: '2px 0 6px' }}>
            {i.what}
          </Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item {...problem(i.id, 'result')} style={{ marginBottom: 6 }}>
              <Radio.Group
                value={drafts[i.id]?.result}
                onChange={(e) => set(i.id, { result: e.target.value as ItemResultCode })}
                data-testid="nwp-eval-result"
                options={ITEM_RESULTS.map((r) => ({ value: r, label: t(`networkPlan.result.${r}`) }))}
              />
            </Form.Item>
            <Form.Item
              label={t('networkPlan.items.resultText')}
              {...problem(i.id, 'result_text')}
              style={{ marginBottom: 6 }}
            >
              <Input.TextArea
                rows={2}
                maxLength={4000}
                value={drafts[i.id]?.result_text}
                onChange={(e) => set(i.id, { result_text: e.target.value })}
                data-testid="nwp-eval-text"
              />
            </Form.Item>
            <Form.Item label={t('networkPlan.items.evidence')} style={{ marginBottom: 0 }}>
              <Input
                maxLength={1000}
                value={drafts[i.id]?.evidence}
                onChange={(e) => set(i.id, { evidence: e.target.value })}
                data-testid="nwp-eval-evidence"
              />
            </Form.Item>
          </Form>
        </div>
      ))}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('networkPlan.evaluate.indicators', { year })}
      </Typography.Title>
      {indicators.length === 0 ? (
        <Typography.Text type="secondary">{t('networkPlan.evaluate.noIndicators')}</Typography.Text>
      ) : null}
      {indicators.map(({ node, ind }) => {
        const target = ind.years.find((y) => y.year === year)?.target;
        return (
          <Space key={ind.id} wrap style={{ display: 'flex', marginBottom: 6 }}>
            <Typography.Text>
              {node.code} {ind.name} ({t('networkPlan.indicator.target')}: {formatNumber(target)} {ind.unit})
            </Typography.Text>
            <InputNumber
              decimalSeparator=","
              placeholder={t('networkPlan.indicator.actual')}
              value={actuals[ind.id] ? Number(actuals[ind.id].replace(',', '.')) : null}
              onChange={(v) => setActuals({ ...actuals, [ind.id]: v === null ? '' : String(v) })}
            />
          </Space>
        );
      })}
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item
          label={t('networkPlan.evaluate.evaluatedOn')}
          required
          validateStatus={tried && !on ? 'error' : undefined}
          help={tried && !on ? t('networkPlan.common.dateRequired') : undefined}
        >
          <DatePicker value={on} onChange={setOn} format="D. M. YYYY" data-testid="nwp-eval-date" />
        </Form.Item>
        <Form.Item label={t('networkPlan.evaluate.summary')}>
          <Input.TextArea
            rows={3}
            maxLength={4000}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            data-testid="nwp-eval-summary"
          />
        </Form.Item>
      </Form>
      <Space wrap>
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="nwp-eval-save"
          onClick={() => {
            setTried(true);
            if (problems.length || !on) return;
            save.mutate(undefined, {
              onSuccess: () => {
                void message.success(t('networkPlan.actionPlan.evaluated'));
                onDone();
              },
            });
          }}
        >
          {t('networkPlan.actionPlan.evaluate')}
        </Button>
        <Button onClick={onDone}>{t('networkPlan.common.cancel')}</Button>
      </Space>
    </Card>
  );
}

export default function ActionPlanPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const suffix = useRegionSuffix();
  const { manages } = useStanding();
  const ap = useActionPlan(id);
  const d = ap.data;
  const plan = usePlan(d?.action_plan.plan_id ?? 0);
  const [mode, setMode] = useState<'view' | 'edit' | 'evaluate'>('view');
  const [approving, setApproving] = useState(false);
  const approve = usePlanMutation((date: string) => approveActionPlan(id, date));
  const carry = usePlanMutation((year: number) => carryFromPrevious(d?.action_plan.plan_id ?? 0, year));
  const nextId = plan.data?.action_plans.find((x) => x.year === (d?.action_plan.year ?? 0) + 1)?.id ?? 0;
  const next = useActionPlan(nextId);

  if (ap.error) return <ErrorAlert error={ap.error} onRetry={() => void ap.refetch()} backTo="/network/plans" />;
  if (!d) return <Card loading />;
  const a = d.action_plan;
  const status = a.status;
  const nextYear = a.year + 1;
  const canCarry = manages && status === 'evaluated' && !!plan.data && nextYear <= plan.data.plan.year_to;
  const carryCount = toCarry(d.items, next.data?.items);
  const carriedAll = canCarry && !!next.data && carryCount === 0 && toCarry(d.items) > 0;
  const counts = resultCounts(d.items);

  const columns = [
    {
      key: 'what',
      title: t('networkPlan.items.what'),
      render: (_: unknown, i: ActionItem) => (
        <div style={{ minWidth: 200, maxWidth: 420, whiteSpace: 'normal' }}>
          {i.what}
          {i.carried_from ? (
            <div>
              <CarriedTag item={i} />
              {i.carried_from.result_text ? <div className="kv-muted">{i.carried_from.result_text}</div> : null}
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'who',
      title: t('networkPlan.items.responsible'),
      responsive: ['md' as const],
      render: (_: unknown, i: ActionItem) => i.responsible || '—',
    },
    { key: 'due', title: t('networkPlan.items.due'), render: (_: unknown, i: ActionItem) => formatDate(i.due) },
    {
      key: 'budget',
      title: t('networkPlan.items.budget'),
      align: 'right' as const,
      responsive: ['sm' as const],
      render: (_: unknown, i: ActionItem) =>
        i.budget === null || i.budget === undefined ? '—' : formatNumber(i.budget),
    },
    ...(status === 'evaluated'
      ? [
          {
            key: 'result',
            title: t('networkPlan.items.result'),
            render: (_: unknown, i: ActionItem) => (
              <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                <ResultTag result={i.result} />
                {i.result_text ? <div>{i.result_text}</div> : null}
                {i.evidence ? (
                  <div className="kv-muted">
                    {t('networkPlan.items.evidence')}: {i.evidence}
                  </div>
                ) : null}
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="nwp-action-plan-page" data-status={status} data-year={a.year}>
      <PageHeader
        title={
          <Space wrap>
            {t('networkPlan.actionPlan.title', { year: a.year })}
            <ActionPlanStatusTag status={status} />
          </Space>
        }
        subtitle={[
          d.plan_title,
          a.approved_on ? `${t('networkPlan.common.approvedOn')}: ${formatDate(a.approved_on)}` : '',
          a.evaluated_on ? `${t('networkPlan.evaluate.evaluatedOn')}: ${formatDate(a.evaluated_on)}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          d.can_manage && mode === 'view' ? (
            <>
              {status === 'draft' ? (
                <>
                  <Button onClick={() => setMode('edit')} data-testid="nwp-ap-edit">
                    {t('networkPlan.actionPlan.edit')}
                  </Button>
                  <Button
                    type="primary"
                    disabled={d.items.length === 0}
                    data-testid="nwp-ap-approve"
                    onClick={() => {
                      approve.reset();
                      setApproving(true);
                    }}
                  >
                    {t('networkPlan.actionPlan.approve')}
                  </Button>
                </>
              ) : null}
              {status === 'approved' ? (
                <Button type="primary" onClick={() => setMode('evaluate')} data-testid="nwp-ap-evaluate">
                  {t('networkPlan.actionPlan.evaluate')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Link to={`/network/plans/${a.plan_id}${suffix}`}>{t('networkPlan.actionPlan.planLink')}</Link>
        {d.previous ? (
          <Link to={`/network/plans/action/${d.previous.id}${suffix}`} data-testid="nwp-ap-previous">
            {t('networkPlan.actionPlan.previous', { year: d.previous.year })}
          </Link>
        ) : null}
      </Space>
      {status === 'evaluated' ? (
        <Alert
          type={resultTone(counts)}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="nwp-ap-summary"
          message={t('networkPlan.actionPlan.counts', counts)}
          description={d.evaluation_summary || undefined}
          action={
            canCarry && carryCount > 0 ? (
              <Button
                size="small"
                type="primary"
                loading={carry.isPending}
                data-testid="nwp-ap-carry"
                onClick={() =>
                  carry.mutate(nextYear, {
                    onSuccess: (r) => {
                      void message.success(t('networkPlan.actionPlan.carried', { year: nextYear }));
                      navigate(`/network/plans/action/${r.action_plan.id}${suffix}`);
                    },
                  })
                }
              >
                {t('networkPlan.actionPlan.carry', { year: nextYear })}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {canCarry && carryCount > 0 ? (
        <Typography.Paragraph type="secondary">
          {t('networkPlan.actionPlan.carryText', { count: carryCount, year: nextYear })}
        </Typography.Paragraph>
      ) : null}
      {carriedAll ? (
        <Typography.Paragraph type="secondary" data-testid="nwp-ap-carried-all">
          {t('networkPlan.actionPlan.carriedAll', { year: nextYear })}{' '}
          <Link to={`/network/plans/action/${nextId}${suffix}`}>
            {t('networkPlan.actionPlan.openNext', { year: nextYear })}
          </Link>
        </Typography.Paragraph>
      ) : null}
      {carry.error ? <ErrorAlert error={carry.error} /> : null}
      {mode === 'edit' ? <ItemsEditor ap={d} plan={plan.data} onDone={() => setMode('view')} /> : null}
      {mode === 'evaluate' ? <EvaluationForm ap={d} plan={plan.data} onDone={() => setMode('view')} /> : null}
      {mode === 'view' ? (
        d.items.length === 0 ? (
          <Empty description={t('networkPlan.actionPlan.noItems')} />
        ) : (
          <div data-testid="nwp-ap-items">
            <Typography.Title level={4}>{t('networkPlan.actionPlan.items')}</Typography.Title>
            {itemsByNode(d.items).map((g) => (
              <Card
                key={g.node_id}
                size="small"
                className="kv-section"
                style={{ marginBottom: 12 }}
                title={`${g.code} ${g.title}`}
              >
                <Table<ActionItem>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={g.items}
                  scroll={{ x: 'max-content' }}
                  onRow={(i) =>
                    ({
                      'data-testid': 'nwp-ap-item',
                      'data-result': i.result,
                      'data-carried': i.carried_from ? 'yes' : 'no',
                    }) as React.HTMLAttributes<HTMLElement>
                  }
                  columns={columns}
                />
              </Card>
            ))}
          </div>
        )
      ) : null}
      {approving ? (
        <ApproveModal
          title={t('networkPlan.actionPlan.approveTitle', { year: a.year })}
          text={t('networkPlan.actionPlans.intro')}
          withBy={false}
          pending={approve.isPending}
          error={approve.error}
          onClose={() => setApproving(false)}
          onSubmit={(v) =>
            approve.mutate(v.approved_on, {
              onSuccess: () => {
                void message.success(t('networkPlan.actionPlan.approved'));
                setApproving(false);
              },
            })
          }
        />
      ) : null}
    </div>
  );
}
