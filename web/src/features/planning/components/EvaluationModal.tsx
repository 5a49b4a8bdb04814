// A new evaluation of a goal: date, period, result, conclusion, participants (incl. partner organisations by
// name and role) and the indicator values, computed ones prefilled from the evaluation draft of the period.
import { useMemo, useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDecimal } from '../../../lib/format';
import { createEvaluation, useEvaluationDraft, usePlanningMutation } from '../api';
import { evaluationInput, evaluationRows, missingManualValues, type EvaluationValueRow } from '../planning';
import type { EvaluationDetail, EvaluationKind, EvaluationResult, IndicatorWithValues, Participant } from '../types';
import { ParticipantsEditor } from './ParticipantsEditor';

const RESULTS = ['', 'met', 'partly_met', 'not_met'] as const;

export function EvaluationModal({
  goalId,
  indicators,
  defaultPeriod,
  onClose,
  onSaved,
}: {
  goalId: number;
  indicators: readonly IndicatorWithValues[];
  defaultPeriod: { from: string; to: string };
  onClose: () => void;
  onSaved: (e: EvaluationDetail) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EvaluationKind>('interim');
  const [heldOn, setHeldOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [period, setPeriod] = useState(defaultPeriod);
  const [result, setResult] = useState<EvaluationResult>('');
  const [conclusion, setConclusion] = useState('');
  const [participants, setParticipants] = useState<Participant[]>([]);
  const draft = useEvaluationDraft(goalId, period, true);
  // what the user typed: values of manual indicators and notes; computed values always come from the draft
  const [edits, setEdits] = useState<Record<number, { value?: number | null; note?: string }>>({});
  const rows = useMemo(
    () =>
      evaluationRows(indicators, draft.data).map((r) => ({
        ...r,
        value: r.computed ? r.value : (edits[r.indicator_id]?.value ?? null),
        note: edits[r.indicator_id]?.note ?? '',
      })),
    [indicators, draft.data, edits],
  );
  const [tried, setTried] = useState(false);
  const missing = missingManualValues(rows);
  const save = usePlanningMutation(() =>
    createEvaluation(
      goalId,
      evaluationInput(
        { kind, held_on: heldOn, period_from: period.from, period_to: period.to, result, conclusion },
        participants,
        rows,
      ),
    ),
  );
  const setRow = (id: number, patch: { value?: number | null; note?: string }) =>
    setEdits((e) => ({ ...e, [id]: { ...e[id], ...patch } }));
  return (
    <Modal
      open
      title={t('planning.evaluation.add')}
      onCancel={onClose}
      width={900}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'evaluation-save' } as ButtonProps}
      onOk={() => {
        setTried(true);
        if (missing.length === 0 && !(kind === 'closing' && !result)) save.mutate(undefined, { onSuccess: onSaved });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Space wrap align="start">
          <Form.Item label={t('planning.evaluation.kind')}>
            <Select
              style={{ width: 160 }}
              value={kind}
              onChange={setKind}
              options={(['interim', 'closing'] as const).map((k) => ({
                value: k,
                label: t(`planning.evaluationKind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('planning.evaluation.heldOn')} required>
            <DatePicker
              format="D. M. YYYY"
              allowClear={false}
              value={dayjs(heldOn)}
              onChange={(d) => d && setHeldOn(d.format('YYYY-MM-DD'))}
            />
          </Form.Item>
          <Form.Item label={t('planning.evaluation.period')} required>
            <DatePicker.RangePicker
              format="D. M. YYYY"
              allowClear={false}
              value={[dayjs(period.from), dayjs(period.to)]}
              onChange={(r) =>
                r?.[0] && r[1] && setPeriod({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })
              }
            />
          </Form.Item>
        </Space>
        <Form.Item label={t('planning.evaluation.result')} required={kind === 'closing'}>
          <Radio.Group
            value={result}
            onChange={(e) => setResult(e.target.value)}
            optionType="button"
            data-testid="evaluation-result"
            options={RESULTS.map((r) => ({ value: r, label: t(r ? `planning.result.${r}` : 'planning.result.none') }))}
          />
        </Form.Item>
        <Form.Item label={t('planning.evaluation.conclusion')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            value={conclusion}
            onChange={(e) => setConclusion(e.target.value)}
            data-testid="evaluation-conclusion"
          />
        </Form.Item>
        <Form.Item label={t('planning.evaluation.participants')}>
          <ParticipantsEditor value={participants} onChange={setParticipants} testId="evaluation-participants" />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('planning.evaluation.values')}</Typography.Title>
      {draft.error ? <ErrorAlert error={draft.error} /> : null}
      <Table<EvaluationValueRow>
        rowKey="indicator_id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        loading={draft.isLoading}
        dataSource={rows}
        data-testid="evaluation-values"
        columns={[
          { title: t('planning.indicator.name'), dataIndex: 'name' },
          {
            title: t('planning.indicator.source'),
            dataIndex: 'source',
            render: (s: string) => t(`planning.source.${s}`),
          },
          {
            title: t('planning.evaluation.value'),
            key: 'v',
            render: (_, r) =>
              r.computed ? (
                <Space direction="vertical" size={0}>
                  <span data-testid="evaluation-computed-value">
                    {formatDecimal(r.value)} {r.unit}
                  </span>
                  <Typography.Text type="secondary" title={t('planning.evaluation.computedHelp')}>
                    {t('planning.evaluation.computed')}
                    {r.clients_n !== null ? ` · ${t('planning.indicator.clientsN', { n: r.clients_n })}` : ''}
                  </Typography.Text>
                </Space>
              ) : (
                <InputNumber
                  decimalSeparator=","
                  value={r.value}
                  status={tried && r.value === null ? 'error' : undefined}
                  onChange={(v) => setRow(r.indicator_id, { value: v })}
                  addonAfter={r.unit || undefined}
                  data-testid="evaluation-manual-value"
                />
              ),
          },
          {
            title: t('planning.common.note'),
            key: 'n',
            render: (_, r) => (
              <Input value={r.note} onChange={(e) => setRow(r.indicator_id, { note: e.target.value })} />
            ),
          },
        ]}
      />
      {tried && missing.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={missing.map((m) => t('planning.evaluation.manualMissing', { name: m.name })).join(' ')}
        />
      ) : null}
      {tried && kind === 'closing' && !result ? (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('planning.evaluation.result')} />
      ) : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
