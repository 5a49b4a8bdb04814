// The region's evaluation of a plan: each criterion of the region scored on its scale with a reason, the
// weighted score (0–100) shown as the points are entered; read-only once decided or for the provider.
import { useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal } from '../../../../lib/format';
import { evaluateDevPlan, useCriteria, useFinanceMutation } from '../api';
import { evaluationComplete, weightedScore } from '../finance';
import type { DevPlan } from '../types';

interface Row {
  criterion_id: number;
  name: string;
  weight: number;
  scale_max: number;
  evidence: string;
  score: number | null;
  reason: string;
}

export function EvaluationCard({ plan }: { plan: DevPlan }) {
  const { t } = useTranslation();
  const editable = plan.allowed.includes('evaluate');
  const criteria = useCriteria();
  const saved = plan.evaluation?.scores ?? [];
  const base: Row[] = saved.length
    ? saved.map((s) => ({
        criterion_id: s.criterion_id,
        name: s.name,
        weight: s.weight,
        scale_max: s.scale_max,
        evidence: s.evidence,
        score: s.score ?? null,
        reason: s.reason,
      }))
    : (criteria.data?.items ?? [])
        .filter((c) => c.active)
        .map((c) => ({
          criterion_id: c.id,
          name: c.name,
          weight: c.weight,
          scale_max: c.scale_max,
          evidence: c.evidence,
          score: null,
          reason: '',
        }));
  const [edits, setEdits] = useState<Record<number, { score?: number | null; reason?: string }>>({});
  const rows = base.map((r) => ({ ...r, ...edits[r.criterion_id] }));
  const save = useFinanceMutation(() =>
    evaluateDevPlan(plan.id, {
      scores: rows.map((r) => ({ criterion_id: r.criterion_id, score: r.score ?? 0, reason: r.reason })),
    }),
  );
  const preview = weightedScore(rows);
  const complete = evaluationComplete(rows);
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.dev.${key}`, o);
  const set = (id: number, v: { score?: number | null; reason?: string }) =>
    setEdits((e) => ({ ...e, [id]: { ...e[id], ...v } }));
  return (
    <Card size="small" className="kv-section" title={k('evaluation')} data-testid="dev-evaluation">
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Table<Row>
        rowKey="criterion_id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        loading={criteria.isLoading && !saved.length}
        dataSource={rows}
        columns={[
          {
            title: k('criterion'),
            key: 'name',
            render: (_, r) => (
              <>
                <div>{r.name}</div>
                <Typography.Text type="secondary">
                  {t(`networkFinance.evidenceKind.${r.evidence || 'none'}`)}
                </Typography.Text>
              </>
            ),
          },
          { title: k('weight'), key: 'w', align: 'right', render: (_, r) => formatDecimal(r.weight) },
          {
            title: k('score'),
            key: 'score',
            render: (_, r) =>
              editable ? (
                <InputNumber
                  min={0}
                  max={r.scale_max}
                  precision={0}
                  value={r.score}
                  aria-label={k('scoreOf', { max: r.scale_max })}
                  data-testid={`score-${r.criterion_id}`}
                  onChange={(v) => set(r.criterion_id, { score: v === null ? null : Number(v) })}
                />
              ) : (
                `${r.score ?? '—'} / ${r.scale_max}`
              ),
          },
          {
            title: t('networkFinance.common.reason'),
            key: 'reason',
            render: (_, r) =>
              editable ? (
                <Input.TextArea
                  autoSize
                  style={{ minWidth: 200 }}
                  value={r.reason}
                  data-testid={`reason-${r.criterion_id}`}
                  onChange={(e) => set(r.criterion_id, { reason: e.target.value })}
                />
              ) : (
                r.reason || '—'
              ),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="dev-evaluation-score">
        {editable
          ? k('totalScorePreview', { score: preview === null ? '—' : formatDecimal(preview, 1) })
          : `${k('totalScore')}: ${
              plan.evaluation?.total_score === null || plan.evaluation?.total_score === undefined
                ? '—'
                : formatDecimal(plan.evaluation.total_score, 1)
            }`}
      </Typography.Paragraph>
      {editable ? (
        <>
          {!complete ? (
            <Alert type="info" showIcon message={k('evaluationMissing')} style={{ marginBottom: 8 }} />
          ) : null}
          <Button
            type="primary"
            disabled={!complete}
            loading={save.isPending}
            onClick={() => save.mutate(undefined, { onSuccess: () => setEdits({}) })}
            data-testid="dev-evaluation-save"
          >
            {k('evaluate')}
          </Button>
        </>
      ) : null}
    </Card>
  );
}
