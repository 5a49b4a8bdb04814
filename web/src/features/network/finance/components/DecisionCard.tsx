// The region's decision on an evaluated plan: support, partly or not, with a reason, the date, and a decision
// per intention that has to agree with it; once decided, what was decided.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Radio, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, todayIso } from '../../../../lib/format';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { decideDevPlan, useFinanceMutation } from '../api';
import { DEV_DECISIONS, choicesForDecision, decisionFromIntentions, decisionLabel, formatCzk } from '../finance';
import type { DevDecision, DevIntention, DevPlan, IntentionDecision } from '../types';

export function DecisionCard({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.dev.${key}`, o);
  const ev = plan.evaluation;
  if (!plan.allowed.includes('decide')) {
    if (!ev?.decision) return null;
    return (
      <Card size="small" className="kv-section" title={k('decisionTitle')} data-testid="dev-decision">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={k('decision')}>
            <strong data-testid="dev-decision-name">{decisionLabel(t, ev.decision, ev.decision_name)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={k('decidedOn')}>{formatDate(ev.decided_on)}</Descriptions.Item>
          <Descriptions.Item label={k('decisionReason')}>{ev.decision_reason || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  return <DecisionForm plan={plan} />;
}

function DecisionForm({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.dev.${key}`, o);
  const [choices, setChoices] = useState<IntentionDecision[]>(() => plan.intentions.map(() => 'support'));
  const [decision, setDecision] = useState<DevDecision>('support');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const decide = useFinanceMutation(() =>
    decideDevPlan(plan.id, {
      decision,
      reason,
      decided_on: decidedOn,
      intentions: plan.intentions.map((i, j) => ({ id: i.id, decision: choices[j] })),
    }),
  );
  const consistent = plan.intentions.length === 0 || decisionFromIntentions(choices) === decision;
  return (
    <Card size="small" className="kv-section" title={k('decisionTitle')} data-testid="dev-decision-form">
      {decide.error ? <ErrorAlert error={decide.error} /> : null}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          value={decision}
          optionType="button"
          data-testid="dev-decision"
          onChange={(e) => {
            const d = e.target.value as DevDecision;
            setDecision(d);
            setChoices((c) => choicesForDecision(d, c));
          }}
          options={DEV_DECISIONS.map((d) => ({
            value: d,
            label: <span data-testid={`dev-decision-${d}`}>{t(`networkFinance.decision.${d}`)}</span>,
          }))}
        />
        <Table<DevIntention>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          caption={k('perIntention')}
          dataSource={plan.intentions}
          columns={[
            { title: k('type'), key: 't', render: (_, i) => `${i.type_name}: ${i.description}` },
            {
              title: k('planNode'),
              key: 'n',
              render: (_, i) =>
                i.plan_node_id ? [i.plan_node_code, i.plan_node_title].filter(Boolean).join(' ') : '—',
            },
            { title: t('networkFinance.common.total'), key: 'c', align: 'right', render: (_, i) => formatCzk(i.total) },
            {
              title: k('decision'),
              key: 'd',
              render: (_, i, j) => (
                <Select
                  style={{ minWidth: 150 }}
                  value={choices[j]}
                  data-testid={`intention-decision-${i.id}`}
                  onChange={(v: IntentionDecision) => {
                    const next = choices.map((c, x) => (x === j ? v : c));
                    setChoices(next);
                    setDecision(decisionFromIntentions(next));
                  }}
                  options={(['support', 'not_support'] as const).map((d) => ({
                    value: d,
                    label: t(`networkFinance.intentionDecision.${d}`),
                  }))}
                />
              ),
            },
          ]}
        />
        <label>
          {k('decidedOn')}
          <DatePicker
            value={decidedOn ? dayjs(decidedOn) : null}
            onChange={(d) => setDecidedOn(d ? d.format('YYYY-MM-DD') : '')}
            format="D. M. YYYY"
            allowClear={false}
            style={{ display: 'block', width: 200 }}
            data-testid="dev-decided-on"
          />
        </label>
        <label>
          {k('decisionReason')}
          <Input.TextArea
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="dev-decision-reason"
          />
        </label>
        {!consistent ? (
          <Alert
            type="warning"
            showIcon
            message={k('decisionMismatch', { decision: t(`networkFinance.decision.${decision}`) })}
          />
        ) : null}
        <Button
          type="primary"
          disabled={!consistent || !reason.trim() || !decidedOn}
          loading={decide.isPending}
          onClick={() => decide.mutate(undefined)}
          data-testid="dev-decision-save"
        >
          {k('decide')}
        </Button>
      </Space>
    </Card>
  );
}
