// Data envelopment analysis of a round: choose the model, orientation, inputs and outputs, run it,
// and read the efficiency of each service with its peers and slacks.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Progress,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, FileExcelOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import type { DeaResult, DeaRunSummary } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime, formatDecimal, formatPercent } from '../../../lib/format';
import { normaliseLanguage } from '../../../i18n';
import { useQueryClient } from '@tanstack/react-query';
import {
  benchmarkKeys,
  benchmarkLinks,
  runDea,
  useBenchmarkMutation,
  useDeaJob,
  useDeaRun,
  useDeaRuns,
  useMethodology,
  useRound,
} from '../api';
import {
  DEA_MODELS,
  DEA_ORIENTATIONS,
  deaBarOption,
  deaBars,
  deaChartHeight,
  deaInputError,
  deaJobActive,
  deaJobPercent,
  deaLabelWidth,
  deaStatusText,
  deaVariables,
  localiseDeaResults,
  peersText,
} from '../dea';
import { reasonText } from '../components/Tags';

import { Chart } from '../../../components/charts/Chart';
import { useFeedback } from '../../../app/feedback';

interface RunForm {
  model: (typeof DEA_MODELS)[number];
  orientation: (typeof DEA_ORIENTATIONS)[number];
  inputs: string[];
  outputs: string[];
}

export default function DeaPage() {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const roundId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const round = useRound(roundId);
  const methodology = useMethodology(round.data?.round.methodology_id);
  const runs = useDeaRuns(roundId);
  const latest = runs.data?.items[0]?.id;
  const runId = Number(params.get('run')) || latest;
  const run = useDeaRun(runId);
  const [form] = Form.useForm<RunForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const start = useBenchmarkMutation((v: RunForm) => runDea(roundId, v));
  // A large round runs as a job on the server: its progress is polled until it is done or failed.
  const [jobId, setJobId] = useState<number>();
  const job = useDeaJob(jobId);
  const qc = useQueryClient();
  const lang = normaliseLanguage(i18n.language);
  const results = useMemo(() => localiseDeaResults(run.data?.results ?? [], lang), [run.data, lang]);
  const bars = useMemo(() => deaBars(results), [results]);
  // When the polled job is done, show its run once (the progress goes: it is shown only while the job
  // waits, runs or failed).
  const shownJob = useRef<number>(undefined);
  useEffect(() => {
    const j = job.data;
    if (!j || j.id !== jobId || j.state !== 'done' || !j.run_id || shownJob.current === j.id) return;
    shownJob.current = j.id;
    void qc.invalidateQueries({ queryKey: benchmarkKeys.deaRuns(roundId) });
    setParams({ run: String(j.run_id) }, { replace: true });
    void message.success(t('benchmark.dea.job.done', { total: j.total }));
  }, [job.data, jobId, qc, roundId, setParams, message, t]);
  const variables = useMemo(
    () => deaVariables(methodology.data, normaliseLanguage(i18n.language)),
    [methodology.data, i18n.language],
  );
  const names = useMemo(() => new Map(variables.map((v) => [v.code, v.name])), [variables]);
  const options = variables.map((v) => ({
    value: v.code,
    label: `${v.name} (${t(`benchmark.dea.${v.kind}`)}${v.unit ? `, ${v.unit}` : ''})`,
  }));
  const canRun = Boolean(round.data?.can_manage);

  const submit = async () => {
    const v = await form.validateFields();
    const err = deaInputError(v.inputs ?? [], v.outputs ?? []);
    setFormError(err ? t(`benchmark.dea.error.${err}`) : null);
    if (err) return;
    try {
      const r = await start.mutateAsync(v);
      if (r.state === 'done' && r.run_id) {
        setParams({ run: String(r.run_id) }, { replace: true });
        void message.success(t('benchmark.dea.job.done', { total: r.total }));
      } else {
        setJobId(r.id); // queued, running or failed: shown below the form
      }
    } catch {
      /* shown above the form */
    }
  };

  const describe = (r: DeaRunSummary) =>
    `${t(`benchmark.dea.model.${r.model}`)}, ${t(`benchmark.dea.orientation.${r.orientation}`)} · ${formatDateTime(r.created_at)}`;

  return (
    <div data-testid="dea-page" data-run-id={run.data?.run.id}>
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          {
            title: round.data ? (
              <Link to={`/benchmarking/groups/${round.data.round.group_id}`}>{round.data.group_name}</Link>
            ) : (
              '…'
            ),
          },
          { title: round.data ? <Link to={`/benchmarking/rounds/${roundId}`}>{round.data.round.name}</Link> : '…' },
          { title: t('benchmark.dea.short') },
        ]}
      />
      <PageHeader title={t('benchmark.dea.title')} subtitle={t('benchmark.dea.subtitle')} />
      {round.error ? <ErrorAlert error={round.error} /> : null}

      <Row gutter={[16, 16]}>
        {canRun ? (
          <Col xs={24} xl={10}>
            <Card title={t('benchmark.dea.newRun')} className="kv-section" data-testid="dea-form">
              {start.error ? <ErrorAlert error={start.error} /> : null}
              {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} /> : null}
              <Form
                form={form}
                layout="vertical"
                initialValues={{ model: 'bcc', orientation: 'input', inputs: [], outputs: [] }}
              >
                <Form.Item name="model" label={t('benchmark.dea.modelLabel')} extra={t('benchmark.dea.modelHelp')}>
                  <Radio.Group options={DEA_MODELS.map((m) => ({ value: m, label: t(`benchmark.dea.model.${m}`) }))} />
                </Form.Item>
                <Form.Item name="orientation" label={t('benchmark.dea.orientationLabel')}>
                  <Radio.Group
                    optionType="button"
                    options={DEA_ORIENTATIONS.map((o) => ({ value: o, label: t(`benchmark.dea.orientation.${o}`) }))}
                  />
                </Form.Item>
                <Form.Item name="inputs" label={t('benchmark.dea.inputs')} extra={t('benchmark.dea.inputsHelp')}>
                  <Select
                    mode="multiple"
                    options={options}
                    optionFilterProp="label"
                    data-testid="dea-inputs"
                    loading={methodology.isPending}
                    optionRender={(o) => <span data-testid={`dea-inputs-option-${o.value}`}>{o.label}</span>}
                  />
                </Form.Item>
                <Form.Item name="outputs" label={t('benchmark.dea.outputs')} extra={t('benchmark.dea.outputsHelp')}>
                  <Select
                    mode="multiple"
                    options={options}
                    optionFilterProp="label"
                    data-testid="dea-outputs"
                    loading={methodology.isPending}
                    optionRender={(o) => <span data-testid={`dea-outputs-option-${o.value}`}>{o.label}</span>}
                  />
                </Form.Item>
                <Button
                  type="primary"
                  icon={<PlayCircleOutlined />}
                  onClick={() => void submit()}
                  loading={start.isPending || deaJobActive(job.data)}
                  data-testid="dea-run"
                >
                  {t('benchmark.dea.run')}
                </Button>
              </Form>
              {jobId && job.data && job.data.state !== 'done' ? (
                <div data-testid="dea-job" data-state={job.data.state} style={{ marginTop: 12 }}>
                  {job.data.state === 'failed' ? (
                    <Alert
                      type="error"
                      showIcon
                      message={t('benchmark.dea.job.failed', { error: job.data.error ?? '' })}
                    />
                  ) : (
                    <>
                      <Typography.Text type="secondary">
                        {job.data.state === 'queued'
                          ? t('benchmark.dea.job.queued')
                          : t('benchmark.dea.job.running', { done: job.data.done, total: job.data.total })}
                      </Typography.Text>
                      <Progress percent={deaJobPercent(job.data)} status="active" data-testid="dea-job-progress" />
                    </>
                  )}
                </div>
              ) : null}
              {job.error ? <ErrorAlert error={job.error} /> : null}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} xl={canRun ? 14 : 24}>
          <Card title={t('benchmark.dea.runs')} className="kv-section">
            {runs.data && runs.data.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.dea.noRuns')} />
            ) : (
              <Select
                style={{ width: '100%' }}
                value={runId}
                loading={runs.isPending}
                onChange={(v) => setParams({ run: String(v) }, { replace: true })}
                data-testid="dea-run-select"
                options={(runs.data?.items ?? []).map((r) => ({ value: r.id, label: describe(r) }))}
              />
            )}
            {run.data ? (
              <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
                <div>
                  <Typography.Text type="secondary">{t('benchmark.dea.inputs')}: </Typography.Text>
                  {run.data.run.inputs.map((c) => (
                    <Tag key={c}>{names.get(c) ?? c}</Tag>
                  ))}
                </div>
                <div>
                  <Typography.Text type="secondary">{t('benchmark.dea.outputs')}: </Typography.Text>
                  {run.data.run.outputs.map((c) => (
                    <Tag key={c} color="green">
                      {names.get(c) ?? c}
                    </Tag>
                  ))}
                </div>
                <div>
                  {t('benchmark.dea.scored', { scored: run.data.run.scored_count, total: run.data.run.service_count })}
                </div>
                <Space>
                  <Button
                    icon={<FileExcelOutlined />}
                    href={benchmarkLinks.deaExport(run.data.run.id, 'xlsx')}
                    data-testid="dea-export-xlsx"
                  >
                    {t('benchmark.comparison.exportXlsx')}
                  </Button>
                  <Button
                    icon={<DownloadOutlined />}
                    href={benchmarkLinks.deaExport(run.data.run.id, 'csv')}
                    data-testid="dea-export-csv"
                  >
                    {t('benchmark.comparison.exportCsv')}
                  </Button>
                </Space>
              </Space>
            ) : null}
          </Card>
        </Col>
      </Row>

      {run.error ? <ErrorAlert error={run.error} /> : null}
      {runId && run.isPending ? <Skeleton active /> : null}
      {run.data ? (
        <>
          <Card title={t('benchmark.dea.efficiency')} className="kv-section">
            <Chart
              empty={!bars.length && t('benchmark.dea.noScores')}
              height={deaChartHeight(bars, deaLabelWidth(window.innerWidth))}
              testId="dea-chart"
              data={{ bars: bars.length }}
              option={deaBarOption(bars, t('benchmark.dea.efficiency'), deaLabelWidth(window.innerWidth))}
            />
          </Card>
          <Card title={t('benchmark.dea.results')} className="kv-table-card">
            <Table<DeaResult>
              rowKey={(r, i) => `${r.service.service_id ?? r.service.name}-${i}`}
              size="small"
              data-testid="dea-results"
              pagination={false}
              scroll={{ x: true }}
              dataSource={results}
              rowClassName={(r) => (r.service.own ? 'kv-own-row' : '')}
              columns={[
                {
                  key: 'service',
                  title: t('benchmark.round.service'),
                  render: (_, r) => (
                    <>
                      {r.service.name}
                      {r.service.provider_name ? <div className="kv-muted">{r.service.provider_name}</div> : null}
                    </>
                  ),
                },
                {
                  key: 'efficiency',
                  title: t('benchmark.dea.efficiency'),
                  align: 'right',
                  render: (_, r) =>
                    typeof r.efficiency === 'number' ? (
                      <Space>
                        {r.efficient ? <Tag color="green">{t('benchmark.dea.efficient')}</Tag> : null}
                        <strong>{formatPercent(r.efficiency, 1)}</strong>
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">
                        {reasonText(t, r.status, deaStatusText(r, lang), names) || deaStatusText(r, lang)}
                      </Typography.Text>
                    ),
                },
                { key: 'peers', title: t('benchmark.dea.peers'), render: (_, r) => peersText(r) || '—' },
                {
                  key: 'slacks',
                  title: t('benchmark.dea.slacks'),
                  render: (_, r) => {
                    const shown = r.slacks.filter((s) => Math.abs(s.value) > 1e-6);
                    return shown.length
                      ? shown.map((s) => `${names.get(s.variable) ?? s.variable}: ${formatDecimal(s.value)}`).join('; ')
                      : '—';
                  },
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('benchmark.dea.note')}
            </Typography.Paragraph>
          </Card>
        </>
      ) : null}
    </div>
  );
}
