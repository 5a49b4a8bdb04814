// A medium-term plan (SPRSS): its analytical part (vision, the region's analysis, links to the coverage map,
// benchmarking results and the audit overview), its proposal tree, the comment period and the one-year action
// plans. The region's managers edit the draft, send it for comments, answer and approve; municipalities and
// providers read it and comment while the period runs.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { PlanDemandCard } from '../../finance';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate } from '../../../../lib/format';
import { usePrinting } from '../../../../lib/usePrinting';
import { approvePlan, createActionPlan, sendPlan, usePlan, usePlanMutation } from '../api';
import { AnalysisModal } from '../components/AnalysisModal';
import { ApproveModal } from '../components/ApproveModal';
import { useRegionSuffix, useStanding } from '../components/common';
import { PlanComments } from '../components/PlanComments';
import { PlanTree } from '../components/PlanTree';
import { ActionPlanStatusTag, PlanStatusTag } from '../components/Tags';
import { approveWarnings, linkTarget, planYears } from '../sprss';
import type { ActionPlan, ApproveInput } from '../types';
import { useFeedback } from '../../../../app/feedback';

const VIEWS = ['analysis', 'proposal', 'comments', 'action'] as const;

export default function PlanPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const suffix = useRegionSuffix();
  const { staff, manages, region } = useStanding();
  const plan = usePlan(id);
  const printing = usePrinting();
  const d = plan.data;
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'proposal';
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);
  const [until, setUntil] = useState<Dayjs | null>(null);
  const [approving, setApproving] = useState(false);
  const [apYear, setApYear] = useState<number>();
  const [commentNode, setCommentNode] = useState<number>();
  const send = usePlanMutation((date: string) => sendPlan(id, date));
  const approve = usePlanMutation((v: ApproveInput) => approvePlan(id, v));
  const createAp = usePlanMutation((year: number) => createActionPlan(id, year));

  if (plan.error) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} backTo="/network/plans" />;
  if (!d) return <Card loading />;
  const p = d.plan;
  const setView = (v: string) => {
    const next = new URLSearchParams(params);
    if (v === 'proposal') next.delete('view');
    else next.set('view', v);
    setParams(next, { replace: true });
  };
  const freeYears = planYears(p).filter((y) => !d.action_plans.some((a) => a.year === y));
  // the first year without an action plan is offered first
  const newApYear = apYear && freeYears.includes(apYear) ? apYear : freeYears[0];
  const manageActions = manages;

  const analysis = (
    <div data-testid="nwp-analysis">
      <Card size="small" className="kv-section" title={t('networkPlan.plan.vision')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.vision || '—'}</Typography.Paragraph>
      </Card>
      <Card size="small" className="kv-section" title={t('networkPlan.plan.analysisText')} style={{ marginTop: 12 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {d.analysis_text || '—'}
        </Typography.Paragraph>
      </Card>
      <Card size="small" className="kv-section" title={t('networkPlan.plan.links')} style={{ marginTop: 12 }}>
        {d.coverage_round ? (
          <Typography.Paragraph>
            <Link to={`/network/coverage/map${suffix}`} data-testid="nwp-coverage-round">
              {t('networkPlan.plan.coverageRound', { title: d.coverage_round.title })}
            </Link>
          </Typography.Paragraph>
        ) : null}
        {d.benchmark_rounds.map((r) => (
          <Typography.Paragraph key={r.id} style={{ marginBottom: 4 }}>
            <Link to={`/benchmarking/rounds/${r.id}`} data-testid="nwp-benchmark-round">
              {t('networkPlan.plan.benchmarkRound', { year: r.period_year, name: r.name, group: r.group_name })}
            </Link>
          </Typography.Paragraph>
        ))}
        {d.links.length === 0 ? (
          <Typography.Text type="secondary">{t('networkPlan.plan.noLinks')}</Typography.Text>
        ) : null}
        <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="nwp-links">
          {d.links.map((l, i) => {
            const target = linkTarget(l);
            const label = `${t(`networkPlan.linkKind.${(['coverage_map', 'benchmark_round', 'audit_overview'] as string[]).includes(l.kind) ? l.kind : 'other'}`)}: ${l.label}`;
            return (
              <li key={i} data-kind={l.kind}>
                {!target ? (
                  label
                ) : target.external ? (
                  <a href={target.to} target="_blank" rel="noreferrer">
                    {label}
                  </a>
                ) : (
                  <Link to={target.to}>{label}</Link>
                )}
              </li>
            );
          })}
        </ul>
      </Card>
      <PlanDemandCard yearFrom={p.year_from} yearTo={p.year_to} />
    </div>
  );

  const actionPlans = (
    <div data-testid="nwp-action-plans">
      <Typography.Paragraph type="secondary">{t('networkPlan.actionPlans.intro')}</Typography.Paragraph>
      {manageActions && freeYears.length ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            placeholder={t('networkPlan.actionPlans.year')}
            value={newApYear}
            onChange={(v: number) => setApYear(v)}
            options={freeYears.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 120 }}
            data-testid="nwp-ap-year"
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!newApYear}
            loading={createAp.isPending}
            data-testid="nwp-ap-create"
            onClick={() =>
              newApYear &&
              createAp.mutate(newApYear, {
                onSuccess: (r) => {
                  void message.success(t('networkPlan.actionPlans.created'));
                  navigate(`/network/plans/action/${r.action_plan.id}${suffix}`);
                },
              })
            }
          >
            {t('networkPlan.actionPlans.create')}
          </Button>
        </Space>
      ) : null}
      {createAp.error ? <ErrorAlert error={createAp.error} /> : null}
      <Table<ActionPlan>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...d.action_plans].sort((a, b) => a.year - b.year)}
        locale={{ emptyText: t('networkPlan.actionPlans.empty') }}
        onRow={(a) => ({ 'data-year': a.year, 'data-status': a.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'year',
            title: t('networkPlan.actionPlans.year'),
            render: (_, a) => (
              <Link to={`/network/plans/action/${a.id}${suffix}`} data-testid="nwp-ap-link">
                {t('networkPlan.actionPlan.title', { year: a.year })}
              </Link>
            ),
          },
          {
            key: 'status',
            title: t('networkPlan.common.status'),
            render: (_, a) => <ActionPlanStatusTag status={a.status} />,
          },
          { key: 'items', title: t('networkPlan.actionPlans.items'), align: 'right', render: (_, a) => a.items },
          {
            key: 'dates',
            title: t('networkPlan.common.approvedOn'),
            responsive: ['sm'],
            render: (_, a) => (a.approved_on ? formatDate(a.approved_on) : '—'),
          },
        ]}
      />
    </div>
  );

  return (
    <div data-testid="nwp-plan-page" data-status={p.status} data-plan-id={p.id}>
      <PageHeader
        title={
          <Space wrap>
            {p.title}
            <PlanStatusTag status={p.status} />
          </Space>
        }
        subtitle={[
          p.region_name,
          `${p.year_from}–${p.year_to}`,
          p.status === 'comments' && p.comments_until
            ? t('networkPlan.plan.untilInfo', { date: formatDate(p.comments_until) })
            : '',
          p.approved_on
            ? t('networkPlan.common.approvedInfo', { date: formatDate(p.approved_on), by: d.approved_by_text || '—' })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          p.can_manage ? (
            <>
              <Button onClick={() => setEditing(true)} data-testid="nwp-plan-edit">
                {t('networkPlan.plan.edit')}
              </Button>
              {p.status === 'draft' ? (
                <Button
                  type="primary"
                  data-testid="nwp-plan-send"
                  onClick={() => {
                    send.reset();
                    setUntil(dayjs().add(30, 'day'));
                    setSending(true);
                  }}
                >
                  {t('networkPlan.plan.send')}
                </Button>
              ) : null}
              <Button
                data-testid="nwp-plan-approve"
                onClick={() => {
                  approve.reset();
                  setApproving(true);
                }}
              >
                {t('networkPlan.plan.approve')}
              </Button>
            </>
          ) : null
        }
      />
      {(() => {
        const parts = [
          { key: 'analysis', label: t('networkPlan.plan.analysis'), children: analysis },
          {
            key: 'proposal',
            label: t('networkPlan.plan.proposal'),
            children: (
              <PlanTree
                detail={d}
                regionCode={region?.region_code ?? p.region_code}
                onComment={
                  d.can_comment
                    ? (n) => {
                        setCommentNode(n.id);
                        setView('comments');
                      }
                    : undefined
                }
              />
            ),
          },
          {
            key: 'comments',
            label: `${t('networkPlan.plan.comments')}${p.comments_total ? ` (${p.comments_total})` : ''}`,
            children:
              p.status === 'draft' && !p.comments_total ? (
                <Empty description={t('networkPlan.comments.closed')} />
              ) : (
                <PlanComments
                  detail={d}
                  staff={staff}
                  manages={manages}
                  nodeId={commentNode}
                  onNodeChange={setCommentNode}
                />
              ),
          },
          {
            key: 'action',
            label: `${t('networkPlan.plan.actionPlans')} (${d.action_plans.length})`,
            children: actionPlans,
          },
        ];
        // printed, the plan is every part in turn (the analysis, the proposal, the comments, the action plans)
        return printing ? (
          <div data-testid="nwp-plan-print">
            {parts.map((x) => (
              <section key={x.key} className="kv-section">
                <Typography.Title level={3}>{x.label}</Typography.Title>
                {x.children}
              </section>
            ))}
          </div>
        ) : (
          <Tabs activeKey={view} onChange={setView} data-testid="nwp-plan-tabs" items={parts} />
        );
      })()}
      <Typography.Paragraph style={{ marginTop: 8 }} className="no-print">
        <Link to={`/network/plans${suffix}`}>{t('networkPlan.tabs.plans')}</Link>
      </Typography.Paragraph>
      {editing ? <AnalysisModal detail={d} onClose={() => setEditing(false)} /> : null}
      <Modal
        open={sending}
        title={t('networkPlan.plan.sendTitle')}
        okText={t('networkPlan.plan.send')}
        cancelText={t('networkPlan.common.cancel')}
        confirmLoading={send.isPending}
        onCancel={() => setSending(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'nwp-plan-send-submit' } as Record<string, string>}
        onOk={() =>
          until &&
          send.mutate(until.format('YYYY-MM-DD'), {
            onSuccess: () => {
              void message.success(t('networkPlan.plan.sent'));
              setSending(false);
            },
          })
        }
      >
        {send.error ? <ErrorAlert error={send.error} /> : null}
        <Typography.Paragraph>{t('networkPlan.plan.sendText')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item
            label={t('networkPlan.plan.commentsUntil')}
            validateStatus={until && until.isBefore(dayjs(), 'day') ? 'error' : undefined}
            help={until && until.isBefore(dayjs(), 'day') ? t('networkPlan.plan.deadlinePast') : undefined}
          >
            <DatePicker
              value={until}
              onChange={setUntil}
              format="D. M. YYYY"
              disabledDate={(x) => x.isBefore(dayjs(), 'day')}
              data-testid="nwp-plan-until"
            />
          </Form.Item>
        </Form>
      </Modal>
      {approving ? (
        <ApproveModal
          title={t('networkPlan.plan.approveTitle')}
          text={t('networkPlan.plan.approveText')}
          warnings={approveWarnings(d, dayjs().format('YYYY-MM-DD')).map((w) =>
            t(w.key, {
              ...w.values,
              ...(w.values?.until ? { until: formatDate(String(w.values.until)) } : {}),
            }),
          )}
          pending={approve.isPending}
          error={approve.error}
          onClose={() => setApproving(false)}
          onSubmit={(v) =>
            approve.mutate(v, {
              onSuccess: () => {
                void message.success(t('networkPlan.plan.approvedMsg'));
                setApproving(false);
              },
            })
          }
        />
      ) : null}
    </div>
  );
}
