// One development plan: the provider edits its intentions while draft and submits it; the region returns it with a
// note, scores every criterion with a reason while the evidence panel of the service is open beside, decides
// (support / partly / not, per intention) and sees the effect on the network and the demand.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Input, Modal, Row, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDateTime, formatDecimal } from '../../../../lib/format';
import { returnDevPlan, submitDevPlan, updateDevPlan, useDevPlan, useFinanceMutation } from '../api';
import { EvidencePanel } from '../components/EvidencePanel';
import { IntentionModal } from '../components/IntentionModal';
import { useCapacityUnits } from '../components/useCapacityUnits';
import { capacityWords } from '../../plan/components/common';
import { EvaluationCard } from '../components/EvaluationCard';
import { DecisionCard } from '../components/DecisionCard';
import { EffectCard } from '../components/EffectCard';
import { submitHint } from '../devPlanHints';
import { formatCzk, intentionInput, statusLabel, yearRange } from '../finance';
import type { DevIntention, DevIntentionInput, DevPlan, DevYear } from '../types';

export default function DevPlanPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const plan = useDevPlan(id);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const { unitName } = useCapacityUnits();
  if (plan.error) return <ErrorAlert error={plan.error} onRetry={() => plan.refetch()} />;
  const p = plan.data;
  if (!p) return <Card loading />;
  const allowed = (a: string) => p.allowed.includes(a);
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.dev.${key}`, o);
  const hint = submitHint(p);
  return (
    <div data-testid="dev-plan-page" data-status={p.status}>
      <Link to="/network/dev-plans" className="no-print">
        ← {t('networkFinance.common.back')}
      </Link>
      <Space wrap align="center" style={{ margin: '8px 0', justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {p.service_name}: {p.title}
        </Typography.Title>
        <Space wrap className="no-print">
          <Button onClick={() => setEvidenceOpen((x) => !x)} data-testid="evidence-toggle" aria-pressed={evidenceOpen}>
            {evidenceOpen ? k('hideEvidence') : k('showEvidence')}
          </Button>
          <PlanActions plan={p} />
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={evidenceOpen ? 14 : 24}>
          <Card size="small" className="kv-section">
            <Descriptions
              size="small"
              column={
                evidenceOpen
                  ? { xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 }
                  : { xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 3 }
              }
            >
              <Descriptions.Item label={t('networkFinance.common.provider')}>{p.provider_name}</Descriptions.Item>
              <Descriptions.Item label={t('networkFinance.common.kind')}>{p.kind_name}</Descriptions.Item>
              <Descriptions.Item label={t('networkFinance.common.years')}>
                {p.year_from}–{p.year_to}
              </Descriptions.Item>
              <Descriptions.Item label={t('networkFinance.common.state')}>
                <span data-testid="dev-plan-status">{statusLabel(t, p.status, p.status_name)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={k('registeredCapacity')}>
                {capacityWords(t, p.service_capacity, p.service_capacity_unit, unitName(p.service_capacity_unit))}
              </Descriptions.Item>
              <Descriptions.Item label={k('totalCost')}>
                <span data-testid="dev-plan-total">{formatCzk(p.total_cost)}</span>
              </Descriptions.Item>
              {p.submitted_at ? (
                <Descriptions.Item label={k('submittedAt')}>{formatDateTime(p.submitted_at)}</Descriptions.Item>
              ) : null}
            </Descriptions>
            {p.summary ? <Typography.Paragraph>{p.summary}</Typography.Paragraph> : null}
            {hint ? <Alert type="info" showIcon message={t(hint)} data-testid="dev-plan-submit-hint" /> : null}
            {p.region_note ? (
              <Alert
                type="warning"
                showIcon
                message={k('regionNote')}
                description={p.region_note}
                data-testid="dev-plan-note"
              />
            ) : null}
          </Card>
          <Intentions plan={p} />
          <YearsTable title={k('costsByYear')} rows={p.costs} testId="dev-plan-costs" />
          {p.evaluation || allowed('evaluate') ? <EvaluationCard plan={p} /> : null}
          {allowed('decide') || p.evaluation?.decision ? <DecisionCard plan={p} /> : null}
          {p.status !== 'draft' && !p.evaluation && !allowed('evaluate') ? (
            <Alert type="info" showIcon message={k('evaluationHidden')} style={{ marginBottom: 12 }} />
          ) : null}
          {p.demand.length ? <YearsTable title={k('demand')} rows={p.demand} testId="dev-plan-demand" /> : null}
          <EffectCard plan={p} />
        </Col>
        {evidenceOpen ? (
          <Col xs={24} xl={10}>
            <div style={{ position: 'sticky', top: 8 }}>
              <EvidencePanel serviceId={p.service_id} />
            </div>
          </Col>
        ) : null}
      </Row>
    </div>
  );
}

function PlanActions({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const submit = useFinanceMutation(submitDevPlan);
  const ret = useFinanceMutation(({ id, note }: { id: number; note: string }) => returnDevPlan(id, note));
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const error = submit.error ?? ret.error;
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      {plan.allowed.includes('submit') ? (
        <Button
          type="primary"
          loading={submit.isPending}
          data-testid="dev-plan-submit"
          onClick={() =>
            Modal.confirm({
              title: t('networkFinance.dev.submit'),
              content: t('networkFinance.dev.submitConfirm'),
              okText: t('networkFinance.dev.submit'),
              cancelText: t('networkFinance.common.cancel'),
              okButtonProps: { 'data-testid': 'dev-plan-submit-ok' } as ButtonProps,
              onOk: () => submit.mutateAsync(plan.id),
            })
          }
        >
          {t('networkFinance.dev.submit')}
        </Button>
      ) : null}
      {plan.allowed.includes('return') ? (
        <Button onClick={() => setReturning(true)} data-testid="dev-plan-return">
          {t('networkFinance.dev.returnTo')}
        </Button>
      ) : null}
      {returning ? (
        <Modal
          open
          title={t('networkFinance.dev.returnTo')}
          onCancel={() => setReturning(false)}
          okText={t('networkFinance.dev.returnTo')}
          cancelText={t('networkFinance.common.cancel')}
          okButtonProps={
            { disabled: !note.trim(), loading: ret.isPending, 'data-testid': 'dev-plan-return-ok' } as ButtonProps
          }
          onOk={() => ret.mutate({ id: plan.id, note }, { onSuccess: () => setReturning(false) })}
        >
          <Typography.Text>{t('networkFinance.dev.returnNote')}</Typography.Text>
          <Input.TextArea
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="dev-plan-return-note"
          />
        </Modal>
      ) : null}
    </>
  );
}

function Intentions({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const editable = plan.allowed.includes('edit');
  const { unitName } = useCapacityUnits();
  const save = useFinanceMutation((list: DevIntentionInput[]) => updateDevPlan(plan.id, { intentions: list }));
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const years = yearRange(plan.year_from, plan.year_to);
  const inputs = plan.intentions.map(intentionInput);
  const k = (key: string) => t(`networkFinance.dev.${key}`);
  const answers = (i: DevIntention) => [i.need_name, i.finding_text, i.answers_text].filter(Boolean).join('; ') || '—';
  return (
    <Card
      size="small"
      className="kv-section"
      title={k('intentions')}
      extra={
        editable ? (
          <Button onClick={() => setEditing('new')} data-testid="intention-add">
            {k('addIntention')}
          </Button>
        ) : null
      }
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Table<DevIntention>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={plan.intentions}
        locale={{ emptyText: k('noIntentions') }}
        data-testid="intentions-table"
        columns={[
          {
            title: k('type'),
            key: 'type',
            render: (_, i) => (
              <Space direction="vertical" size={0}>
                <strong>{i.type_name}</strong>
                <span>{i.description}</span>
              </Space>
            ),
          },
          {
            title: k('capacityChange'),
            key: 'cap',
            render: (_, i) =>
              [
                i.capacity_delta
                  ? `${i.capacity_delta > 0 ? '+' : ''}${capacityWords(t, i.capacity_delta, i.capacity_unit, unitName(i.capacity_unit))}`
                  : '',
                i.form_name,
                i.territory_name,
                i.fte_delta ? `${formatDecimal(i.fte_delta)} FTE` : '',
              ]
                .filter(Boolean)
                .join(', ') || '—',
          },
          { title: k('fromYear'), dataIndex: 'from_year', responsive: ['sm'] },
          { title: k('answers'), key: 'answers', responsive: ['md'], render: (_, i) => answers(i) },
          {
            title: k('planNode'),
            key: 'node',
            responsive: ['md'],
            render: (_, i) => <PlanNodeRef intention={i} />,
          },
          {
            title: t('networkFinance.common.total'),
            key: 'total',
            align: 'right',
            render: (_, i) => formatCzk(i.total),
          },
          ...(plan.intentions.some((i) => i.decision_name)
            ? [{ title: k('decision'), key: 'dec', render: (_: unknown, i: DevIntention) => i.decision_name || '—' }]
            : []),
          ...(editable
            ? [
                {
                  title: '',
                  key: 'act',
                  render: (_: unknown, _i: DevIntention, index: number) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(index)} data-testid="intention-edit">
                        {t('networkFinance.common.edit')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        data-testid="intention-remove"
                        onClick={() => save.mutate(inputs.filter((_x, j) => j !== index))}
                      >
                        {t('networkFinance.common.remove')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== null ? (
        <IntentionModal
          initial={editing === 'new' ? null : inputs[editing]}
          years={years}
          serviceId={plan.service_id}
          kindCode={plan.kind_code}
          capacityUnit={plan.service_capacity_unit}
          saving={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(v) =>
            save.mutate(editing === 'new' ? [...inputs, v] : inputs.map((x, j) => (j === editing ? v : x)), {
              onSuccess: () => setEditing(null),
            })
          }
        />
      ) : null}
    </Card>
  );
}

/** The SPRSS measure or activity an intention contributes to ("code title"), or a dash. */
export function PlanNodeRef({
  intention,
}: {
  intention: Pick<DevIntention, 'plan_node_id' | 'plan_node_code' | 'plan_node_title'>;
}) {
  if (!intention.plan_node_id) return <>—</>;
  return (
    <span data-testid="intention-plan-node-ref" data-node-id={intention.plan_node_id}>
      {[intention.plan_node_code, intention.plan_node_title].filter(Boolean).join(' ')}
    </span>
  );
}

export function YearsTable({ title, rows, testId }: { title: string; rows: DevYear[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="kv-section" title={title}>
      <Table<DevYear>
        rowKey="year"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        data-testid={testId}
        columns={[
          { title: t('networkFinance.common.year'), dataIndex: 'year' },
          ...(['personnel', 'operating', 'investment'] as const).map((c) => ({
            title: t(`networkFinance.costCategory.${c}`),
            key: c,
            align: 'right' as const,
            responsive: ['sm' as const],
            render: (_: unknown, r: DevYear) => formatCzk(r[c]),
          })),
          {
            title: t('networkFinance.common.total'),
            key: 'total',
            align: 'right',
            render: (_, r) => formatCzk(r.total),
          },
        ]}
      />
    </Card>
  );
}
